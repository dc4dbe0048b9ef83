import { describe, it, expect } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { area } from '@turf/turf';
import { unionAll, dropSmallHoles, dropSmallParts, closeWith } from './merge';

const sq = (x: number, y: number, s = 1): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + s, y],
			[x + s, y + s],
			[x, y + s],
			[x, y]
		]
	]
});
const km2 = (g: Polygon | { type: 'MultiPolygon'; coordinates: Position[][][] }) => area(g) / 1e6;

describe('unionAll', () => {
	it('merges polygons that share an edge into one without a seam', () => {
		const u = unionAll([sq(0, 0), sq(1, 0)]);
		expect(u.type).toBe('Polygon');
		expect(km2(u)).toBeCloseTo(km2(sq(0, 0)) + km2(sq(1, 0)), 0);
	});
	it('keeps disjoint polygons as a MultiPolygon', () => {
		expect(unionAll([sq(0, 0), sq(5, 5)]).type).toBe('MultiPolygon');
	});
});

describe('dropSmallHoles / dropSmallParts', () => {
	it('removes a sliver hole but keeps a large one', () => {
		const tiny: Position[] = [
			[0.5, 0.5],
			[0.5, 0.5001],
			[0.5001, 0.5001],
			[0.5, 0.5]
		];
		const big: Position[] = [
			[0.1, 0.1],
			[0.1, 0.4],
			[0.4, 0.4],
			[0.1, 0.1]
		];
		const g: Polygon = { type: 'Polygon', coordinates: [sq(0, 0).coordinates[0], tiny, big] };
		expect((dropSmallHoles(g, 1) as Polygon).coordinates).toHaveLength(2);
	});
	it('removes a small island', () => {
		const g = dropSmallParts(
			{ type: 'MultiPolygon', coordinates: [sq(0, 0).coordinates, sq(3, 3, 0.001).coordinates] },
			1
		);
		expect(g.type).toBe('Polygon');
	});
});

describe('closeWith', () => {
	it('closes a line with a boundary path running back to its start', () => {
		const p = closeWith(
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 0],
				[1, 1],
				[0, 0]
			]
		);
		expect(p.coordinates[0]).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]);
	});
	it('accepts the boundary path in either direction', () => {
		const p = closeWith(
			[
				[0, 0],
				[1, 0]
			],
			[
				[0, 0],
				[1, 1],
				[1, 0]
			]
		);
		expect(p.coordinates[0]).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]);
	});
});
