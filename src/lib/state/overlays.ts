/**
 * Where the explorer's overlays sit over the map, measured: the page passes the rectangles of the
 * overlays as laid out now (`getBoundingClientRect`, relative to the map), and these functions
 * turn them into the padding the map keeps clear when it fits something into view, the share of
 * the map left visible, and whether the layer panel should start open. No sizes are assumed here:
 * the CSS in `Explorer.svelte` can move or resize an overlay and the padding follows.
 */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Size {
	width: number;
	height: number;
}

/** A rectangle in the map's own pixels (0,0 is the map's top-left corner). */
export interface Rect {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** Room kept between a fitted feature and the map's edge or an overlay. */
export const MARGIN = 24;

/** `rect` relative to `origin` (both as `getBoundingClientRect` gives them). */
export function relativeTo(rect: Rect, origin: Rect): Rect {
	return {
		left: rect.left - origin.left,
		top: rect.top - origin.top,
		width: rect.width,
		height: rect.height
	};
}

/**
 * The padding that keeps a fitted view clear of every overlay. Each overlay is cleared along the
 * side that costs the map the least area (a tall panel at the right takes right padding; a sheet
 * at the bottom takes bottom padding); a side never takes more than `maxShare` of the map, so a
 * view always has room.
 */
export function clearOf(map: Size, overlays: readonly Rect[], maxShare = 0.6): Padding {
	const padding: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
	for (const o of overlays) {
		const r = clip(o, map);
		if (!r) continue;
		const options: [keyof Padding, number, number][] = [
			['left', r.left + r.width, (r.left + r.width) * map.height],
			['right', map.width - r.left, (map.width - r.left) * map.height],
			['top', r.top + r.height, (r.top + r.height) * map.width],
			['bottom', map.height - r.top, (map.height - r.top) * map.width]
		];
		const [side, depth] = options.sort((a, b) => a[2] - b[2])[0]!;
		const limit = (side === 'left' || side === 'right' ? map.width : map.height) * maxShare;
		padding[side] = Math.max(padding[side], Math.min(depth + MARGIN, limit));
	}
	return padding;
}

function clip(r: Rect, map: Size): Rect | null {
	const left = Math.max(0, r.left);
	const top = Math.max(0, r.top);
	const right = Math.min(map.width, r.left + r.width);
	const bottom = Math.min(map.height, r.top + r.height);
	if (right <= left || bottom <= top) return null;
	return { left, top, width: right - left, height: bottom - top };
}

/** The share of the map (0–1) that no overlay covers (overlapping overlays count once). */
export function visibleShare(map: Size, overlays: readonly Rect[]): number {
	if (map.width <= 0 || map.height <= 0) return 0;
	const rects = overlays.flatMap((o) => clip(o, map) ?? []);
	// Exact area of a union of rectangles: sweep the distinct x intervals, merge y spans in each.
	const xs = [...new Set(rects.flatMap((r) => [r.left, r.left + r.width]))].sort((a, b) => a - b);
	let covered = 0;
	for (let i = 0; i + 1 < xs.length; i++) {
		const [x0, x1] = [xs[i]!, xs[i + 1]!];
		const spans = rects
			.filter((r) => r.left <= x0 && r.left + r.width >= x1)
			.map((r) => [r.top, r.top + r.height] as const)
			.sort((a, b) => a[0] - b[0]);
		let length = 0;
		let end = -Infinity;
		for (const [y0, y1] of spans) {
			if (y1 <= end) continue;
			length += y1 - Math.max(y0, end);
			end = y1;
		}
		covered += length * (x1 - x0);
	}
	return 1 - covered / (map.width * map.height);
}

/** The layer panel covers too much of the map to start open beyond this share. */
export const LEGEND_SHARE = 0.2;

/**
 * Whether the layer panel starts open: the reader's own last choice when there is one, otherwise
 * open only if, open, it would cover at most a fifth of the map.
 */
export function legendStartsOpen(map: Size, openLegend: Rect, stored: boolean | null): boolean {
	if (stored !== null) return stored;
	return 1 - visibleShare(map, [openLegend]) <= LEGEND_SHARE;
}
