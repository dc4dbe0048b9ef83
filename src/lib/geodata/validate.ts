/**
 * Our own checks on shipped layer files, beyond what generic GeoJSON
 * validators do: coordinate ranges, RFC 7946 ring winding, and the
 * feature properties of docs/data-model.md. Every message names the file, the
 * feature id and the property or coordinate at fault. Pure: no DOM, no node.
 */
import type { Position } from 'geojson';

export interface Problem {
	file: string;
	/** Feature id, or `#<index>` when the feature has no usable id. */
	feature: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}: ${p.feature}: ${p.message}`;
}

const KINDS = ['region', 'zone', 'district', 'line', 'place', 'country', 'water'];
const STATUSES = ['de-facto', 'claim', 'former', 'approximate'];
const ACCURACIES = ['generalised-1:10m', 'generalised-1:50m', 'approximate', 'schematic'];
// `<id>/until-<year>` names the earlier shape of a reshaped unit
const ID_RE = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/until-[0-9]{4})?$/;
const ISO3_RE = /^[A-Z]{3}$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const fmt = (p: Position) => `[${p.join(', ')}]`;

/** Twice the signed planar area of a ring (> 0: counter-clockwise). */
export function ringSignedArea(ring: Position[]): number {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		s += a[0]! * b[1]! - b[0]! * a[1]!;
	}
	return s;
}

function positions(g: Rec): { path: string; p: unknown }[] {
	const out: { path: string; p: unknown }[] = [];
	const walk = (c: unknown, path: string, depth: number) => {
		if (depth === 0) out.push({ path, p: c });
		else if (Array.isArray(c)) c.forEach((x, i) => walk(x, `${path}[${i}]`, depth - 1));
	};
	const depth: Record<string, number> = {
		Point: 0,
		MultiPoint: 1,
		LineString: 1,
		MultiLineString: 2,
		Polygon: 2,
		MultiPolygon: 3
	};
	if (g.type === 'GeometryCollection' && Array.isArray(g.geometries))
		g.geometries.forEach(
			(x, i) =>
				isRec(x) &&
				positions(x).forEach((q) => out.push({ path: `geometries[${i}].${q.path}`, p: q.p }))
		);
	else if (typeof g.type === 'string' && g.type in depth)
		walk(g.coordinates, 'coordinates', depth[g.type] ?? 0);
	return out;
}

/** Coordinate range: two finite numbers, longitude in [-180, 180], latitude in [-90, 90]. */
export function coordinateProblems(file: string, id: string, geometry: unknown): Problem[] {
	const out: Problem[] = [];
	if (!isRec(geometry)) return [{ file, feature: id, message: 'geometry is missing' }];
	for (const { path, p } of positions(geometry)) {
		const bad = (why: string) =>
			out.push({
				file,
				feature: id,
				message: `coordinate ${path} ${Array.isArray(p) ? fmt(p as Position) : JSON.stringify(p)} ${why}`
			});
		if (
			!Array.isArray(p) ||
			p.length < 2 ||
			p.length > 3 ||
			!p.every((x) => typeof x === 'number' && Number.isFinite(x))
		)
			bad('is not a position of 2 or 3 finite numbers');
		else if (p[0] < -180 || p[0] > 180) bad('has longitude outside [-180, 180]');
		else if (p[1] < -90 || p[1] > 90) bad('has latitude outside [-90, 90]');
	}
	return out;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise; rings closed. */
export function windingProblems(file: string, id: string, geometry: unknown): Problem[] {
	if (!isRec(geometry)) return [];
	const polys: { path: string; rings: Position[][] }[] =
		geometry.type === 'Polygon'
			? [{ path: 'coordinates', rings: geometry.coordinates as Position[][] }]
			: geometry.type === 'MultiPolygon'
				? (geometry.coordinates as Position[][][]).map((r, i) => ({
						path: `coordinates[${i}]`,
						rings: r
					}))
				: [];
	const out: Problem[] = [];
	for (const { path, rings } of polys)
		rings.forEach((ring, i) => {
			const where = `ring ${path}[${i}]`;
			const a: Position = ring[0] ?? [];
			const b: Position = ring[ring.length - 1] ?? [];
			if (ring.length < 4 || a[0] !== b[0] || a[1] !== b[1]) {
				out.push({
					file,
					feature: id,
					message: `${where} is not closed (first ${fmt(a)}, last ${fmt(b)}) or has fewer than 4 positions`
				});
				return;
			}
			const ccw = ringSignedArea(ring) > 0;
			if (i === 0 && !ccw)
				out.push({
					file,
					feature: id,
					message: `${where} (exterior, starting ${fmt(a)}) is clockwise; RFC 7946 wants counter-clockwise`
				});
			if (i > 0 && ccw)
				out.push({
					file,
					feature: id,
					message: `${where} (hole, starting ${fmt(a)}) is counter-clockwise; RFC 7946 wants clockwise`
				});
		});
	return out;
}

const str = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const strArr = (v: unknown) => Array.isArray(v) && v.every(str);

/** Required properties (docs/data-model.md) with their types. */
export function propertyProblems(file: string, id: string, props: unknown): Problem[] {
	const out: Problem[] = [];
	const bad = (prop: string, why: string) =>
		out.push({ file, feature: id, message: `property "${prop}" ${why}` });
	if (!isRec(props)) return [{ file, feature: id, message: 'properties are missing' }];
	if (!str(props.id) || !ID_RE.test(props.id as string))
		bad('id', `must be a namespaced kebab-case id, got ${JSON.stringify(props.id)}`);
	if (!KINDS.includes(props.kind as string))
		bad('kind', `must be one of ${KINDS.join(', ')}, got ${JSON.stringify(props.kind)}`);
	for (const k of ['name', 'source', 'source_version', 'license', 'derivation', 'note'])
		if (!str(props[k])) bad(k, 'must be a non-empty string');
	if (!Array.isArray(props.names) || props.names.length === 0)
		bad('names', 'must be a non-empty array');
	else
		props.names.forEach((n, i) => {
			if (!isRec(n) || !str(n.lang) || !str(n.name))
				bad(`names[${i}]`, 'must have a non-empty lang and name');
			else {
				if (n.used_by !== undefined && !str(n.used_by))
					bad(`names[${i}].used_by`, 'must be a non-empty string when present');
				if (n.latin !== undefined && !str(n.latin))
					bad(`names[${i}].latin`, 'must be a non-empty string when present');
			}
		});
	if (!strArr(props.aliases)) bad('aliases', 'must be an array of non-empty strings');
	if (
		props.administered_by !== null &&
		!(typeof props.administered_by === 'string' && ISO3_RE.test(props.administered_by))
	)
		bad(
			'administered_by',
			`must be an ISO alpha-3 code or null, got ${JSON.stringify(props.administered_by)}`
		);
	if (
		!Array.isArray(props.claimed_by) ||
		!props.claimed_by.every((c) => typeof c === 'string' && ISO3_RE.test(c))
	)
		bad('claimed_by', 'must be an array of ISO alpha-3 codes');
	if (!STATUSES.includes(props.status as string))
		bad('status', `must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(props.status)}`);
	if (!ACCURACIES.includes(props.accuracy as string))
		bad(
			'accuracy',
			`must be one of ${ACCURACIES.join(', ')}, got ${JSON.stringify(props.accuracy)}`
		);
	if (typeof props.accuracy_km !== 'number' || !(props.accuracy_km >= 0))
		bad('accuracy_km', 'must be a number ≥ 0');
	for (const k of ['area_km2', 'length_km'])
		if (props[k] !== undefined && (typeof props[k] !== 'number' || !((props[k] as number) > 0)))
			bad(k, 'must be a positive number when present');
	if (props.official !== undefined && props.official !== null) {
		const o = props.official;
		if (
			!isRec(o) ||
			typeof o.value !== 'number' ||
			!['km2', 'km'].includes(o.unit as string) ||
			!str(o.source)
		)
			bad('official', 'must be { value: number, unit: "km2" | "km", source: string } or null');
	}
	if (props.control !== undefined) {
		if (!Array.isArray(props.control)) bad('control', 'must be an array when present');
		else
			props.control.forEach((c, i) => {
				if (
					!isRec(c) ||
					!str(c.from) ||
					!(c.to === null || str(c.to)) ||
					!str(c.by) ||
					!str(c.source)
				)
					bad(`control[${i}]`, 'must be { from, to | null, by, source }');
			});
	}
	return out;
}

/** Geometry/kind agreement: areas are polygons, lines are lines, places are points. */
export function kindProblems(file: string, id: string, props: Rec, geometry: Rec): Problem[] {
	const t = geometry.type as string;
	const kind = props.kind as string;
	const poly = t === 'Polygon' || t === 'MultiPolygon';
	const line = t === 'LineString' || t === 'MultiLineString';
	const ok =
		kind === 'line'
			? line
			: kind === 'place'
				? t === 'Point'
				: kind === 'water'
					? poly || line
					: poly;
	const out: Problem[] = [];
	if (!ok) out.push({ file, feature: id, message: `geometry ${t} does not fit kind "${kind}"` });
	if (poly && typeof props.area_km2 !== 'number')
		out.push({ file, feature: id, message: 'property "area_km2" is missing on a polygon' });
	if (line && typeof props.length_km !== 'number')
		out.push({ file, feature: id, message: 'property "length_km" is missing on a line' });
	return out;
}

/** All of our checks on one parsed layer file. */
export function collectionProblems(file: string, fc: unknown): Problem[] {
	if (!isRec(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return [{ file, feature: '-', message: 'is not a FeatureCollection' }];
	const out: Problem[] = [];
	fc.features.forEach((f, i) => {
		const props = isRec(f) && isRec(f.properties) ? f.properties : null;
		const id = props && str(props.id) ? (props.id as string) : `#${i}`;
		if (!isRec(f)) return out.push({ file, feature: id, message: 'is not an object' });
		out.push(...propertyProblems(file, id, f.properties));
		const noOutline = props?.outline === 'none';
		if (noOutline || props?.outline !== undefined) {
			if (!noOutline)
				out.push({ file, feature: id, message: 'property "outline" must be "none" when present' });
			else if (f.geometry !== null)
				out.push({
					file,
					feature: id,
					message: 'has outline "none" but a geometry (a drawn feature must not say it has none)'
				});
			return;
		}
		out.push(...coordinateProblems(file, id, f.geometry));
		out.push(...windingProblems(file, id, f.geometry));
		if (props && isRec(f.geometry)) out.push(...kindProblems(file, id, props, f.geometry));
	});
	return out;
}
