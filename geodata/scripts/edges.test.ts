import { describe, it, expect } from 'vitest';
import type { Polygon, Position } from 'geojson';
import {
	sharedSegments,
	chainSegments,
	joinLines,
	sliceBetween,
	orientFrom,
	ringsFromLines,
	closeGaps
} from './edges';

// Two unit squares side by side share the edge x = 1; a third one above the right one.
const sq = (x: number, y: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 1, y],
			[x + 1, y + 1],
			[x, y + 1],
			[x, y]
		]
	]
});
// the left square with an extra vertex on the shared edge, as Natural Earth has
const left: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 0.5],
			[1, 1],
			[0, 1],
			[0, 0]
		]
	]
};
const right: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[1, 0],
			[2, 0],
			[2, 1],
			[1, 1],
			[1, 0.5],
			[1, 0]
		]
	]
};

describe('sharedSegments + chainSegments', () => {
	it('finds the common edge of two polygons and chains it into one line', () => {
		const segs = sharedSegments([left], [right]);
		expect(segs).toHaveLength(2);
		const lines = joinLines(chainSegments(segs));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toEqual([
			[1, 0],
			[1, 0.5],
			[1, 1]
		]);
	});
	it('finds nothing between polygons that only touch at a corner', () => {
		expect(sharedSegments([sq(0, 0)], [sq(1, 1)])).toEqual([]);
	});
	it('chains an L-shaped mesh against two neighbours into one line', () => {
		const lines = joinLines(chainSegments(sharedSegments([sq(1, 0)], [sq(0, 0), sq(1, 1)])));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toHaveLength(3);
	});
	it('is deterministic whatever the segment order', () => {
		const segs = sharedSegments([left], [right]);
		expect(chainSegments([...segs].reverse())).toEqual(chainSegments(segs));
	});
});

describe('sliceBetween', () => {
	const line: Position[] = [
		[0, 0],
		[1, 0],
		[2, 0],
		[3, 0],
		[4, 0]
	];
	it('cuts between the vertices nearest to two points, oriented from the first', () => {
		expect(sliceBetween(line, [3.00001, 0], [1, 0])).toEqual([
			[3, 0],
			[2, 0],
			[1, 0]
		]);
	});
	it('refuses a point far from every vertex, naming it', () => {
		expect(() => sliceBetween(line, [2.5, 0], [4, 0])).toThrow(/2\.5,0/);
	});
	it('orientFrom reverses a line that starts at the far end', () => {
		expect(orientFrom(line, [4, 0.1])[0]).toEqual([4, 0]);
	});
});

describe('ringsFromLines', () => {
	it('chains unordered pieces into a closed ring', () => {
		const pieces: Position[][] = [
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 1],
				[1, 0]
			],
			[
				[1, 1],
				[0, 1],
				[0, 0]
			]
		];
		const rings = ringsFromLines(pieces);
		expect(rings).toHaveLength(1);
		expect(rings[0]).toHaveLength(5);
	});
	it('closes small gaps between pieces when asked', () => {
		const pieces: Position[][] = [
			[
				[0, 0],
				[1, 0],
				[1, 1]
			],
			[
				[1, 1.001],
				[0, 1],
				[0, 0.001]
			]
		];
		expect(ringsFromLines(pieces)).toHaveLength(0);
		expect(ringsFromLines(pieces, 0.01)).toHaveLength(1);
	});
	it('closeGaps leaves lines alone when the gap is too wide', () => {
		expect(
			closeGaps(
				[
					[
						[0, 0],
						[1, 0]
					],
					[
						[1.5, 0],
						[2, 0]
					]
				],
				0.1
			)
		).toHaveLength(2);
	});
});
