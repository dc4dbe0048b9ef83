/**
 * What a legend entry shows, as plain data: the layer descriptors build it from the same theme
 * and constants their map layers use, so a swatch is always what the map draws, and components
 * render it without importing the map library. Each entry also says in words what it shows:
 * colour is never the only signal.
 */

/** Which diagonals a hatch draws: "/" forward, "\" backward, both for cross. */
export type HatchDirection = 'forward' | 'backward' | 'cross';

export type Swatch =
	| { type: 'fill'; colour: string; outline: string }
	| { type: 'hatch'; colour: string; direction: HatchDirection; outlineDash: readonly number[] }
	| { type: 'line'; colour: string; dash: readonly number[] | null; width: number }
	| { type: 'point'; colour: string };

export interface LegendItem {
	label: string;
	swatch: Swatch;
}

/** An image a layer draws with (e.g. a fill pattern), made at runtime: nothing is fetched. */
export interface MapImage {
	id: string;
	width: number;
	height: number;
	/** RGBA, row by row. */
	data: Uint8Array;
}

/** A square hatch tile in one colour: the map's fill pattern for what a hatch swatch shows. */
export function hatchImage(id: string, colour: string, direction: HatchDirection): MapImage {
	const size = 12;
	const data = new Uint8Array(size * size * 4);
	const [r, g, b] = hexToRgb(colour);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const forward = (x + y) % size < 2;
			const backward = (x - y + size) % size < 2;
			const on =
				direction === 'forward'
					? forward
					: direction === 'backward'
						? backward
						: forward || backward;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = on ? 200 : 0;
		}
	}
	return { id, width: size, height: size, data };
}

function hexToRgb(hex: string): [number, number, number] {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`hatch colour must be #rrggbb, got "${hex}"`);
	const value = parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
