import { describe, it, expect } from 'vitest';
import type { Position } from 'geojson';
import { parseGmtSegments, riverPath } from './rivers';

describe('parseGmtSegments', () => {
	it('splits on ">" headers and reads lon/lat pairs', () => {
		const s = parseGmtSegments(
			'> River Bin # 1, Level 1\n74\t34\n74.1\t34.1\n> River Bin # 2, Level 3\n75\t35\n75.1\t35\n'
		);
		expect(s.map((x) => x.header)).toEqual(['River Bin # 1, Level 1', 'River Bin # 2, Level 3']);
		expect(s[1].coords).toEqual([
			[75, 35],
			[75.1, 35]
		]);
	});
});

describe('riverPath', () => {
	// a main stem cut into two bin pieces, and a tributary joining at (1, 0)
	const main1: Position[] = [
		[0, 0],
		[0.5, 0],
		[1, 0]
	];
	const main2: Position[] = [
		[1, 0],
		[1.5, 0],
		[2, 0]
	];
	const trib: Position[] = [
		[1, 1],
		[1, 0.5],
		[1, 0]
	];
	it('follows the stem across bin cuts and leaves the tributary out', () => {
		expect(riverPath([trib, main2, main1], [0, 0.001], [2, 0])).toEqual([
			[0, 0],
			[0.5, 0],
			[1, 0],
			[1.5, 0],
			[2, 0]
		]);
	});
	it('says so when an anchor is far from every river', () => {
		expect(() => riverPath([main1], [5, 5], [0, 0])).toThrow(/5,5 is .* km/);
	});
	it('says so when the anchors are on separate rivers', () => {
		expect(() =>
			riverPath(
				[
					main1,
					[
						[3, 3],
						[4, 4]
					]
				],
				[0, 0],
				[4, 4]
			)
		).toThrow(/not connected/);
	});
});
