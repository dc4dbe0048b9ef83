/**
 * The world context layer: Natural Earth admin-0 1:110m via world-atlas, simplified with shared
 * borders kept shared. Names, aliases and notes beyond the ISO 3166 data come from
 * geodata/facts/countries.yaml.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry } from 'geojson';
import * as topojson from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { kinks, feature as turfFeature } from '@turf/turf';
import { npmFile } from './inputs.ts';
import { roundGeometry } from './geom.ts';
import { props, WA } from './props.ts';
import type { Finish } from './finish.ts';
import type { Facts } from './facts.ts';
import type { AppFeature } from '../../src/lib/geodata/types.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');

export const COUNTRY_SIMPLIFY_QUANTILE = 0.3;
/**
 * The world context is 1:110m data, accurate to about 10 km: 2 decimals (about 1.1 km) lose
 * nothing it has, and save the reader a third of its transfer (49.8 → 34.3 KB gzip).
 */
export const COUNTRY_DECIMALS = 2;

const kinkCount = (g: Geometry) => kinks(turfFeature(g) as never).features.length;

export function buildCountries(finish: Finish, facts: Facts): AppFeature[] {
	const defaults = facts.countryDefaults;
	if (!defaults) throw new Error('facts: no country_defaults in geodata/facts/*.yaml');
	const byWorldAtlasName = new Map(
		[...facts.countries]
			.filter(([, c]) => c.value.world_atlas_name)
			.map(([id, c]) => [c.value.world_atlas_name!, { id, ...c.value }])
	);
	const used = new Set<string>();
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
	const out: AppFeature[] = [];
	for (const [i, f] of fc.features.entries()) {
		// tiny island states can collapse when simplified: keep their unsimplified outline
		// and keep the unsimplified outline wherever simplifying added self-intersections
		const simple = roundGeometry(f.geometry, COUNTRY_DECIMALS);
		const rawG = roundGeometry(rawFc.features[i].geometry, COUNTRY_DECIMALS);
		if (!simple || kinkCount(simple) > kinkCount(rawG!)) f.geometry = rawFc.features[i].geometry;
		const waName = f.properties.name;
		let id: string;
		let a3: string | null = null;
		if (f.id) {
			a3 = iso.numericToAlpha3(f.id) ?? null;
			if (!a3) throw new Error(`countries: no alpha-3 for ISO numeric ${f.id} (${waName})`);
			id = `country/${a3.toLowerCase()}`;
		} else {
			const x = byWorldAtlasName.get(waName);
			if (!x)
				throw new Error(
					`countries: world-atlas feature "${waName}" has no ISO code and no entry with world_atlas_name in geodata/facts/countries.yaml`
				);
			id = x.id;
		}
		used.add(id);
		const extra = facts.countries.get(id)?.value ?? {};
		const name = extra.name ?? waName;
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
						// no political fields for the world context (see the head of countries.yaml)
						administered_by: null,
						claimed_by: [],
						status: defaults.status,
						...WA,
						derivation: defaults.derivation,
						accuracy: defaults.accuracy,
						accuracy_km: defaults.accuracy_km,
						accuracy_basis: { method: 'nominal', scale: '1:110m' },
						note: defaults.note
					})
				},
				COUNTRY_DECIMALS
			)
		);
	}
	const unknown = [...facts.countries].filter(([id]) => !used.has(id));
	if (unknown.length)
		throw new Error(
			`facts: ${unknown.map(([id, c]) => `${c.file}:${c.line}: ${id}`).join('; ')}: no world-atlas country has this id`
		);
	return out.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
}
