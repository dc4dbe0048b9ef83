/** Polygon union and hole removal. Pure (turf only). */
import { union, featureCollection, feature, area } from '@turf/turf';
import type { Polygon, MultiPolygon, Position } from 'geojson';

type Poly = Polygon | MultiPolygon;

export function unionAll(polys: Poly[]): Poly {
	if (polys.length === 1) return polys[0];
	const u = union(featureCollection(polys.map((g) => feature(g))));
	if (!u) throw new Error('unionAll: empty union');
	return u.geometry;
}

function ringKm2(r: Position[]): number {
	return area({ type: 'Polygon', coordinates: [r] }) / 1e6;
}

/** Drop interior rings smaller than `minKm2` (slivers between sources that do not nest). */
export function dropSmallHoles(g: Poly, minKm2: number): Poly {
	const fix = (p: Position[][]) => [p[0], ...p.slice(1).filter((r) => ringKm2(r) >= minKm2)];
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: fix(g.coordinates) }
		: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
}

/** Drop polygon parts smaller than `minKm2`. */
export function dropSmallParts(g: Poly, minKm2: number): Poly {
	if (g.type === 'Polygon') return g;
	const parts = g.coordinates.filter((p) => ringKm2(p[0]) >= minKm2);
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/** Build a polygon from a line and the part of a boundary line between the line's ends. */
export function closeWith(line: Position[], boundarySlice: Position[]): Polygon {
	const a = line[0];
	const b = line[line.length - 1];
	const s0 = boundarySlice[0];
	// boundarySlice must run from b back to a
	const back = s0[0] === b[0] && s0[1] === b[1] ? boundarySlice : [...boundarySlice].reverse();
	const ring = [...line, ...back.slice(1)];
	const last = ring[ring.length - 1];
	if (last[0] !== a[0] || last[1] !== a[1]) ring.push(a);
	return { type: 'Polygon', coordinates: [ring] };
}
