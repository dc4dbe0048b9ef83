/**
 * Distances between shipped lines and polygon edges, on a local
 * equirectangular plane (good to well under 1% over a few hundred km).
 * Pure: no DOM, no node.
 */
import type { Position } from 'geojson';

const R = 6371.0088;
const RAD = Math.PI / 180;

type XY = [number, number];
const xy = (p: Position | undefined): XY => [p?.[0] ?? NaN, p?.[1] ?? NaN];

/** Distance in km from p to segment ab, on the equirectangular plane at p's latitude. */
export function pointSegmentKm(p: Position, a: Position, b: Position): number {
	const [px, py] = xy(p);
	const [a0, a1] = xy(a);
	const [b0, b1] = xy(b);
	const k = Math.cos(py * RAD);
	const ax = (a0 - px) * k;
	const ay = a1 - py;
	const bx = (b0 - px) * k;
	const by = b1 - py;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : -(ax * dx + ay * dy) / len2;
	t = Math.max(0, Math.min(1, t));
	return Math.hypot(ax + t * dx, ay + t * dy) * RAD * R;
}

/** Distance in km from p to the nearest segment of any of the lines. */
export function pointLinesKm(p: Position, lines: Position[][]): number {
	let best = Infinity;
	for (const l of lines)
		for (let i = 0; i < l.length - 1; i++)
			best = Math.min(best, pointSegmentKm(p, l[i]!, l[i + 1]!));
	return best;
}

/** Points along the lines, no further than `stepKm` apart (vertices included). */
export function densify(lines: Position[][], stepKm = 0.25): Position[] {
	const out: Position[] = [];
	for (const l of lines) {
		for (let i = 0; i < l.length - 1; i++) {
			const [a0, a1] = xy(l[i]);
			const [b0, b1] = xy(l[i + 1]);
			const k = Math.cos(((a1 + b1) / 2) * RAD);
			const d = Math.hypot((b0 - a0) * k, b1 - a1) * RAD * R;
			const n = Math.max(1, Math.ceil(d / stepKm));
			for (let j = 0; j < n; j++) out.push([a0 + ((b0 - a0) * j) / n, a1 + ((b1 - a1) * j) / n]);
		}
		const last = l[l.length - 1];
		if (last) out.push(last);
	}
	return out;
}

/** Largest distance from a sample of A to B (directed Hausdorff), km. */
export function directedHausdorffKm(a: Position[][], b: Position[][], stepKm = 0.25): number {
	let worst = 0;
	for (const p of densify(a, stepKm)) worst = Math.max(worst, pointLinesKm(p, b));
	return worst;
}

/** Symmetric Hausdorff distance between two sets of lines, km. */
export function hausdorffKm(a: Position[][], b: Position[][], stepKm = 0.25): number {
	return Math.max(directedHausdorffKm(a, b, stepKm), directedHausdorffKm(b, a, stepKm));
}

/** The lines of a geometry: LineString/MultiLineString as they are, polygon rings as closed lines. */
export function linesOf(g: { type: string; coordinates?: unknown }): Position[][] {
	switch (g.type) {
		case 'LineString':
			return [g.coordinates as Position[]];
		case 'MultiLineString':
			return g.coordinates as Position[][];
		case 'Polygon':
			return g.coordinates as Position[][];
		case 'MultiPolygon':
			return (g.coordinates as Position[][][]).flat();
		default:
			return [];
	}
}
