import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { distanceToRegions, SEAT_MAX_KM } from './places.ts';

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
