import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { distanceToRegions, publishedPosition, SEAT_MAX_KM } from './places.ts';

// A 1° × 1° square at the equator (about 111 km a side).
const square = turf.polygon([
	[
		[10, 0],
		[11, 0],
		[11, 1],
		[10, 1],
		[10, 0]
	]
]);

describe('rule district-seat: distance from a town to the regions', () => {
	it('is 0 inside a region', () => {
		expect(distanceToRegions([10.5, 0.5], [square])).toBe(0);
	});

	it('is the distance to the nearer outline outside, in km', () => {
		// 0.2° east of the square: about 22 km, inside the rule's 25 km
		expect(distanceToRegions([11.2, 0.5], [square])).toBeCloseTo(22.2, 0);
		expect(distanceToRegions([11.2, 0.5], [square])).toBeLessThan(SEAT_MAX_KM);
		// 0.3° out: about 33 km, beyond it
		expect(distanceToRegions([10.5, 1.3], [square])).toBeGreaterThan(SEAT_MAX_KM);
	});
});

describe('a place GeoNames lacks, at its published positions', () => {
	const publisher = (sid: string) => ({ a: 'Encyclopedia A', b: 'Guide B', c: 'Atlas C' })[sid]!;

	it('draws the first position and states how far the others lie as its accuracy', () => {
		// 0.01° of longitude at the equator is about 1.11 km
		const placed = publishedPosition(
			[
				{ lng: 10, lat: 0, sources: ['a'] },
				{ lng: 10.01, lat: 0, sources: ['b'] },
				{ lng: 10.005, lat: 0, sources: ['c'] }
			],
			publisher,
			'towns.yaml:1: place/x'
		);
		expect(placed.position).toEqual([10, 0]);
		expect(placed.accuracy.accuracy_basis).toMatchObject({ method: 'measured', max_km: 1.11 });
		expect(placed.accuracy.accuracy_km).toBe(1.5);
		expect(placed.derivation).toMatch(/published by Encyclopedia A/);
		expect(placed.origin.source).not.toMatch(/GeoNames/);
	});

	it('never claims better than a GeoNames point when the sources agree', () => {
		const same = { lng: 46.8, lat: 40.2 };
		const placed = publishedPosition(
			[
				{ ...same, sources: ['a'] },
				{ ...same, sources: ['b'] }
			],
			publisher,
			'towns.yaml:1: place/x'
		);
		expect(placed.accuracy.accuracy_km).toBe(1);
	});

	it('refuses a single position, whose accuracy nothing measures, naming the entry', () => {
		expect(() =>
			publishedPosition([{ lng: 1, lat: 2, sources: ['a'] }], publisher, 'towns.yaml:9: place/y')
		).toThrow(/towns\.yaml:9: place\/y: positions: needs at least two/);
	});
});
