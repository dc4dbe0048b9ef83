/**
 * The heavy case of the benchmark: a grid of small square polygons over the Kashmir and Karabakh
 * boxes, each with the full property schema of src/lib/geodata/types.ts, and passages that name
 * them, to show how the cost grows with the data.
 */
import type { Feature, Polygon } from 'geojson';
import type { FeatureProps } from '../src/lib/geodata/types';

export type Box = [west: number, south: number, east: number, north: number];

export const HEAVY_BOXES: readonly Box[] = [
	[72.5, 32.3, 80.3, 37.1], // Kashmir
	[45.5, 39.0, 47.5, 40.4] // Karabakh
];

/** `count` squares split over `boxes` in proportion to their area, with gaps between cells. */
export function syntheticFeatures(
	count: number,
	boxes: readonly Box[] = HEAVY_BOXES
): Feature<Polygon, FeatureProps>[] {
	const areas = boxes.map(([w, s, e, n]) => (e - w) * (n - s));
	const total = areas.reduce((a, b) => a + b, 0);
	const features: Feature<Polygon, FeatureProps>[] = [];
	boxes.forEach(([w, s, e, n], b) => {
		const want =
			b === boxes.length - 1 ? count - features.length : Math.round((count * areas[b]!) / total);
		const aspect = (e - w) / (n - s);
		const rows = Math.max(1, Math.round(Math.sqrt(want / aspect)));
		const cols = Math.ceil(want / rows);
		const dx = (e - w) / cols;
		const dy = (n - s) / rows;
		for (let i = 0; i < want; i++) {
			const x = w + (i % cols) * dx;
			const y = s + Math.floor(i / cols) * dy;
			const k = features.length + 1;
			const name = `Benchcell ${k}`;
			const ring = [
				[x + dx * 0.1, y + dy * 0.1],
				[x + dx * 0.9, y + dy * 0.1],
				[x + dx * 0.9, y + dy * 0.9],
				[x + dx * 0.1, y + dy * 0.9],
				[x + dx * 0.1, y + dy * 0.1]
			].map(([lng, lat]) => [round(lng!), round(lat!)]);
			features.push({
				type: 'Feature',
				geometry: { type: 'Polygon', coordinates: [ring] },
				properties: {
					id: `bench/cell-${k}`,
					kind: 'zone',
					name,
					names: [{ lang: 'en', name }],
					aliases: [`Bench cell ${k}`],
					administered_by: ['IND', 'PAK', 'CHN', 'AZE'][k % 4]!,
					claimed_by: ['IND', 'PAK'],
					status: 'de-facto',
					source: 'synthetic (npm run bench --heavy)',
					source_version: '1',
					license: 'CC0-1.0',
					derivation: 'Generated grid cell for the benchmark',
					accuracy: 'schematic',
					accuracy_km: 1,
					area_km2: round(dx * dy * 0.64 * 111 * 111 * Math.cos((y * Math.PI) / 180)),
					official: null,
					note: 'Synthetic feature for the heavy benchmark case; not shipped.',
					control: [{ from: '2000', to: null, by: 'IND', source: 'synthetic' }]
				}
			});
		}
	});
	return features;
}

function round(n: number): number {
	return Math.round(n * 1e5) / 1e5;
}

/** Passages that name synthetic cells, for the linker's heavy case (one per article). */
export function syntheticPassages(features: readonly { name: string }[], count: number): string[] {
	return Array.from({ length: count }, (_, i) => {
		const a = features[(i * 37) % features.length]?.name ?? 'Kashmir';
		const b = features[(i * 91 + 5) % features.length]?.name ?? 'Karabakh';
		return `Reports from ${a} and ${b} said the roads near Srinagar and Shusha reopened after talks.`;
	});
}
