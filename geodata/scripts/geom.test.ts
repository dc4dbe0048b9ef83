import { describe, it, expect } from 'vitest';
import type { Polygon, LineString, Position } from 'geojson';
import {
	roundGeometry,
	rewindPolygon,
	ringSignedArea,
	serializeCollection,
	areaKm2,
	lengthKm,
	roundNum
} from './geom';

const cw: Position[] = [
	[0, 0],
	[0, 1],
	[1, 1],
	[1, 0],
	[0, 0]
];

describe('roundGeometry', () => {
	it('rounds to 5 decimals and never writes -0', () => {
		expect(roundNum(12.3456789)).toBe(12.34568);
		expect(Object.is(roundNum(-0.000001), 0)).toBe(true);
	});
	it('drops the duplicate vertices that rounding creates', () => {
		const g: LineString = {
			type: 'LineString',
			coordinates: [
				[0, 0],
				[0.000001, 0.000001],
				[1, 1],
				[2, 0]
			]
		};
		expect((roundGeometry(g) as LineString).coordinates).toEqual([
			[0, 0],
			[1, 1],
			[2, 0]
		]);
	});
	it('rewinds an exterior ring to counter-clockwise (RFC 7946)', () => {
		const out = roundGeometry({ type: 'Polygon', coordinates: [cw] }) as Polygon;
		expect(ringSignedArea(out.coordinates[0])).toBeGreaterThan(0);
	});
	it('drops a polygon part that collapses to nothing', () => {
		const tiny: Position[] = [
			[5, 5],
			[5.000001, 5],
			[5.000001, 5.000001],
			[5, 5]
		];
		const g = roundGeometry({ type: 'MultiPolygon', coordinates: [[cw], [tiny]] });
		expect(g?.type).toBe('Polygon');
	});
	it('removes collinear vertices', () => {
		const ring: Position[] = [
			[0, 0],
			[0.5, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		const out = roundGeometry({ type: 'Polygon', coordinates: [ring] }) as Polygon;
		expect(out.coordinates[0]).toHaveLength(5);
	});
});

describe('rewindPolygon', () => {
	it('makes holes clockwise', () => {
		const hole: Position[] = [
			[0.2, 0.2],
			[0.4, 0.2],
			[0.4, 0.4],
			[0.2, 0.2]
		];
		const [outer, h] = rewindPolygon([cw, hole]);
		expect(ringSignedArea(outer)).toBeGreaterThan(0);
		expect(ringSignedArea(h)).toBeLessThan(0);
	});
});

describe('measurements', () => {
	it('gives whole km² from 100 km² up and one decimal below', () => {
		const big: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		};
		const small: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0.05, 0],
					[0.05, 0.05],
					[0, 0.05],
					[0, 0]
				]
			]
		};
		expect(Number.isInteger(areaKm2(big))).toBe(true);
		expect(areaKm2(big)).toBeGreaterThan(12300);
		expect(areaKm2(small)).toBeCloseTo(30.9, 0);
	});
	it('measures a degree of latitude as about 111.2 km', () => {
		expect(
			lengthKm({
				type: 'LineString',
				coordinates: [
					[0, 0],
					[0, 1]
				]
			})
		).toBe(111.2);
	});
});

describe('serializeCollection', () => {
	it('writes keys in a fixed order, whatever order they came in', () => {
		const a = serializeCollection([
			{
				type: 'Feature',
				properties: { note: 'n', id: 'x/y', kind: 'place', zz: 1 },
				geometry: { type: 'Point', coordinates: [1, 2] }
			}
		]);
		const b = serializeCollection([
			{
				type: 'Feature',
				properties: { zz: 1, kind: 'place', id: 'x/y', note: 'n' },
				geometry: { type: 'Point', coordinates: [1, 2] }
			}
		]);
		expect(a).toBe(b);
		expect(a).toContain('{"id":"x/y","kind":"place","note":"n","zz":1}');
	});
});
