import { describe, it, expect } from 'vitest';
import type { Position } from 'geojson';
import { collectionProblems, formatProblem, ringSignedArea } from './validate';
import { hausdorffKm, directedHausdorffKm, densify } from './measure';

const FILE = 'geodata/test.geojson';

function goodProps(id = 'zone/test') {
	return {
		id,
		kind: 'zone',
		name: 'Test zone',
		names: [{ lang: 'en', name: 'Test zone' }],
		aliases: ['Testland'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		status: 'de-facto',
		source: 'hand-made',
		source_version: '1',
		license: 'CC0',
		derivation: 'drawn for the test',
		accuracy: 'schematic',
		accuracy_km: 0,
		area_km2: 12345,
		note: 'A test feature.'
	} as Record<string, unknown>;
}

function square(ccw = true): Position[] {
	const r: Position[] = [
		[0, 0],
		[1, 0],
		[1, 1],
		[0, 1],
		[0, 0]
	];
	return ccw ? r : [...r].reverse();
}

function collection(props: Record<string, unknown>, geometry: unknown) {
	return {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: props, geometry }]
	};
}

const messages = (fc: unknown) => collectionProblems(FILE, fc).map(formatProblem);

describe('collectionProblems', () => {
	it('accepts a well-formed feature', () => {
		expect(messages(collection(goodProps(), { type: 'Polygon', coordinates: [square()] }))).toEqual(
			[]
		);
	});

	it('accepts a named area without geometry only when it says it has no outline', () => {
		const named = { ...goodProps('kashmir/valley'), area_km2: undefined, outline: 'none' };
		expect(messages(collection(named, null))).toEqual([]);
		expect(messages(collection({ ...named, outline: undefined }, null))).toEqual([
			`${FILE}: kashmir/valley: geometry is missing`
		]);
		expect(messages(collection(named, { type: 'Polygon', coordinates: [square()] }))).toEqual([
			`${FILE}: kashmir/valley: has outline "none" but a geometry (a drawn feature must not say it has none)`
		]);
		expect(messages(collection({ ...named, outline: 'faint' }, null))).toEqual([
			`${FILE}: kashmir/valley: property "outline" must be "none" when present`
		]);
	});

	it('names file, feature and coordinate for a latitude out of range', () => {
		const ring = square();
		ring[2] = [1, 95];
		const m = messages(
			collection(goodProps('zone/bad-lat'), { type: 'Polygon', coordinates: [ring] })
		);
		expect(m).toContainEqual(
			expect.stringMatching(
				/^geodata\/test\.geojson: zone\/bad-lat: coordinate coordinates\[0\]\[2\] \[1, 95\] has latitude outside/
			)
		);
	});

	it('names the coordinate that is not a number', () => {
		const m = messages(
			collection(
				{ ...goodProps('place/bad'), kind: 'place', area_km2: undefined },
				{ type: 'Point', coordinates: ['46.7', 39.7] }
			)
		);
		expect(m).toContainEqual(
			expect.stringMatching(
				/geodata\/test\.geojson: place\/bad: coordinate coordinates \[46\.7, 39\.7\] is not a position/
			)
		);
	});

	it('names the ring with the wrong winding', () => {
		const m = messages(
			collection(goodProps('zone/cw'), { type: 'Polygon', coordinates: [square(false)] })
		);
		expect(m).toContainEqual(
			expect.stringMatching(
				/^geodata\/test\.geojson: zone\/cw: ring coordinates\[0\] \(exterior, starting \[0, 0\]\) is clockwise/
			)
		);
	});

	it('names a counter-clockwise hole', () => {
		const hole: Position[] = [
			[0.2, 0.2],
			[0.4, 0.2],
			[0.4, 0.4],
			[0.2, 0.2]
		];
		const m = messages(
			collection(goodProps('zone/hole'), { type: 'Polygon', coordinates: [square(), hole] })
		);
		expect(m).toContainEqual(
			expect.stringMatching(
				/zone\/hole: ring coordinates\[1\] \(hole, starting \[0\.2, 0\.2\]\) is counter-clockwise/
			)
		);
	});

	it('names each missing or mistyped property', () => {
		const p = goodProps('zone/props');
		delete p.license;
		p.claimed_by = ['Azerbaijan'];
		p.status = 'occupied';
		p.accuracy_km = '1';
		const m = messages(collection(p, { type: 'Polygon', coordinates: [square()] }));
		expect(m).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/zone\/props: property "license" must be a non-empty string/),
				expect.stringMatching(
					/zone\/props: property "claimed_by" must be an array of ISO alpha-3 codes/
				),
				expect.stringMatching(/zone\/props: property "status" must be one of .*"occupied"/),
				expect.stringMatching(/zone\/props: property "accuracy_km" must be a number/)
			])
		);
	});

	it('falls back to the feature index when the id is missing', () => {
		const p = goodProps();
		delete p.id;
		const m = messages(collection(p, { type: 'Polygon', coordinates: [square()] }));
		expect(m).toContainEqual(expect.stringMatching(/^geodata\/test\.geojson: #0: property "id"/));
	});

	it('flags a geometry that does not fit the kind', () => {
		const m = messages(
			collection(
				{ ...goodProps('line/x'), kind: 'line', area_km2: undefined, length_km: 3 },
				{ type: 'Polygon', coordinates: [square()] }
			)
		);
		expect(m).toContainEqual(
			expect.stringMatching(/line\/x: geometry Polygon does not fit kind "line"/)
		);
	});
});

describe('ringSignedArea', () => {
	it('is positive for counter-clockwise rings', () => {
		expect(ringSignedArea(square())).toBeGreaterThan(0);
		expect(ringSignedArea(square(false))).toBeLessThan(0);
	});
});

describe('hausdorffKm', () => {
	it('is zero for a line and its own densified copy', () => {
		const line: Position[] = [
			[74, 33],
			[75, 34],
			[76, 34]
		];
		expect(hausdorffKm([line], [densify([line], 1)])).toBeLessThan(1e-9);
	});

	it('measures a parallel offset of 0.01° latitude as about 1.11 km', () => {
		const a: Position[] = [
			[74, 33],
			[75, 33]
		];
		const b: Position[] = [
			[74, 33.01],
			[75, 33.01]
		];
		expect(hausdorffKm([a], [b])).toBeCloseTo(1.112, 2);
	});

	it('is directed: a short line lies on a longer one but not the reverse', () => {
		const long: Position[] = [
			[74, 33],
			[76, 33]
		];
		const short: Position[] = [
			[74.5, 33],
			[75, 33]
		];
		expect(directedHausdorffKm([short], [long])).toBeLessThan(1e-9);
		expect(directedHausdorffKm([long], [short])).toBeGreaterThan(40);
	});
});
