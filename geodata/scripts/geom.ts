/**
 * Pure geometry helpers for the geodata pipeline: rounding, cleaning,
 * RFC 7946 winding, measurement and deterministic serialisation.
 * Imports only @turf/turf, so the app's vitest can test it.
 */
import { area, length, cleanCoords } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	Position,
	Polygon,
	MultiPolygon
} from 'geojson';

export const DECIMALS = 5;

export function roundNum(n: number, decimals = DECIMALS): number {
	const f = 10 ** decimals;
	const r = Math.round(n * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

export function roundPosition(p: Position, decimals = DECIMALS): Position {
	return [roundNum(p[0], decimals), roundNum(p[1], decimals)];
}

/** Twice the signed planar area of a ring in lon/lat (> 0 means counter-clockwise). */
export function ringSignedArea(ring: Position[]): number {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	}
	return s;
}

/** RFC 7946: outer rings counter-clockwise, holes clockwise. */
export function rewindPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => {
		const ccw = ringSignedArea(ring) > 0;
		const wantCcw = i === 0;
		return ccw === wantCcw ? ring : [...ring].reverse();
	});
}

function dedupeConsecutive(coords: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of coords) {
		const q = out[out.length - 1];
		if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
	}
	return out;
}

function cleanRing(ring: Position[]): Position[] | null {
	const r = dedupeConsecutive(ring);
	if (r.length < 4) return null;
	if (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1]) r.push(r[0]);
	if (r.length < 4 || Math.abs(ringSignedArea(r)) === 0) return null;
	return r;
}

/**
 * Round every coordinate to `decimals`, drop the duplicate and collinear
 * vertices this creates (turf cleanCoords), drop rings that collapse, and
 * rewind to RFC 7946. Returns null if nothing is left.
 */
export function roundGeometry(g: Geometry, decimals = DECIMALS): Geometry | null {
	const rp = (p: Position) => roundPosition(p, decimals);
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: rp(g.coordinates) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: g.coordinates.map(rp) };
		case 'LineString': {
			const c = dedupeConsecutive(g.coordinates.map(rp));
			if (c.length < 2) return null;
			return cleanCoords({ type: 'LineString', coordinates: c }) as Geometry;
		}
		case 'MultiLineString': {
			const lines = g.coordinates
				.map((l) => dedupeConsecutive(l.map(rp)))
				.filter((l) => l.length >= 2)
				.map(
					(l) =>
						(cleanCoords({ type: 'LineString', coordinates: l }) as { coordinates: Position[] })
							.coordinates
				);
			if (!lines.length) return null;
			return lines.length === 1
				? { type: 'LineString', coordinates: lines[0] }
				: { type: 'MultiLineString', coordinates: lines };
		}
		case 'Polygon':
		case 'MultiPolygon': {
			const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
			const out: Position[][][] = [];
			for (const poly of polys) {
				const rings: Position[][] = [];
				for (let i = 0; i < poly.length; i++) {
					let r = cleanRing(poly[i].map(rp));
					if (r) {
						const cleaned = cleanCoords({ type: 'Polygon', coordinates: [r] }) as Polygon;
						r = cleanRing(cleaned.coordinates[0]);
					}
					if (!r) {
						if (i === 0) break; // outer ring collapsed: drop the polygon
						continue;
					}
					rings.push(r);
				}
				if (rings.length) out.push(rewindPolygon(rings));
			}
			if (!out.length) return null;
			return out.length === 1
				? { type: 'Polygon', coordinates: out[0] }
				: { type: 'MultiPolygon', coordinates: out };
		}
		default:
			throw new Error(`roundGeometry: unsupported geometry ${g.type}`);
	}
}

/** Area in km² as shipped: whole km² from 100 up, else 1 decimal. */
export function areaKm2(g: Polygon | MultiPolygon): number {
	const a = area({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
	return a >= 100 ? Math.round(a) : Math.round(a * 10) / 10;
}

/** Length in km, 1 decimal. */
export function lengthKm(g: Geometry): number {
	const l = length(
		{ type: 'Feature', properties: {}, geometry: g as never },
		{ units: 'kilometers' }
	);
	return Math.round(l * 10) / 10;
}

/** Property order of docs/data-model.md (and types.ts FeatureProps); extra keys follow, sorted. */
export const PROP_ORDER = [
	'id',
	'kind',
	'name',
	'names',
	'aliases',
	'administered_by',
	'claimed_by',
	'status',
	'source',
	'source_version',
	'license',
	'derivation',
	'accuracy',
	'accuracy_km',
	'area_km2',
	'length_km',
	'official',
	'note',
	'control'
];

export function orderProps(p: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const k of PROP_ORDER) if (p[k] !== undefined) out[k] = p[k];
	for (const k of Object.keys(p).sort()) if (!(k in out) && p[k] !== undefined) out[k] = p[k];
	return out;
}

/** Deterministic text: one feature per line, keys in a fixed order. */
export function serializeCollection(features: Feature[]): string {
	const lines = features.map((f) =>
		JSON.stringify({
			type: 'Feature',
			id: undefined,
			properties: orderProps(f.properties ?? {}),
			geometry: f.geometry
		})
	);
	return '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
}

export function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}
