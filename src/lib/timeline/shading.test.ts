import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { FeatureProps } from '$lib/geodata/types';
import { loadControlFromDisk } from './control.server';
import { controlIdOf, shadingAt, shapeExistsOn } from './shading';

const control = loadControlFromDisk();
const features = ['karabakh-districts', 'kashmir-lines', 'kashmir-zones']
	.flatMap(
		(file) =>
			(JSON.parse(readFileSync(`geodata/${file}.geojson`, 'utf8')) as FeatureCollection).features
	)
	.map((f) => f.properties as FeatureProps);

describe('the map at a day, from the shipped data', () => {
	it('shades Lachin district by its holder: Armenian forces in 2000, Azerbaijan in 2021', () => {
		expect(shadingAt(control, features, '2000-01-01').units['karabakh/lachin']).toEqual({
			status: 'held',
			holder: 'nkr',
			uncertain: false
		});
		expect(shadingAt(control, features, '2021-01-01').units['karabakh/lachin']?.holder).toBe('aze');
	});

	it('marks Aghdam as partly held until the handover, fully held on its day', () => {
		expect(shadingAt(control, features, '2020-11-19').units['karabakh/aghdam']?.status).toBe(
			'partly'
		);
		expect(shadingAt(control, features, '2020-11-20').units['karabakh/aghdam']).toMatchObject({
			status: 'held',
			holder: 'aze'
		});
	});

	it('draws the pre-2023 shapes before December 2023 and Aghdara after', () => {
		const before = shadingAt(control, features, '2023-11-30');
		const after = shadingAt(control, features, '2023-12-01');
		expect(before.absent).toEqual(
			expect.arrayContaining(['karabakh/aghdara', 'karabakh/kalbajar', 'karabakh/tartar'])
		);
		expect(before.absent).not.toContain('karabakh/kalbajar/until-2023');
		expect(after.absent).toEqual(
			expect.arrayContaining(['karabakh/kalbajar/until-2023', 'karabakh/tartar/until-2023'])
		);
		expect(after.absent).not.toContain('karabakh/aghdara');
		// The earlier shape shares the unit's spans.
		expect(before.units['karabakh/kalbajar/until-2023']?.holder).toBe('aze');
		expect(
			shadingAt(control, features, '2000-01-01').units['karabakh/kalbajar/until-2023']
		).toMatchObject({ holder: 'nkr' });
	});

	it('shades areas only: Lachin town on the corridor adds no peacekeepers’ shade', () => {
		const shading = shadingAt(control, features, '2021-01-01');
		expect(shading.units['place/lachin']).toBeUndefined();
		expect(Object.values(shading.units).map((u) => u.holder)).not.toContain('rus-pk');
	});

	it('draws the Line of Control only from December 1972', () => {
		expect(shadingAt(control, features, '1972-11-30').absent).toContain('line/loc');
		expect(shadingAt(control, features, '1972-12-01').absent).not.toContain('line/loc');
	});

	it('says "neither" for the Siachen glacier before April 1984 and nothing before a first span', () => {
		expect(shadingAt(control, features, '1980-01-01').units['kashmir/siachen']?.status).toBe(
			'neither'
		);
		expect(shadingAt(control, features, '1947-01-01').units['kashmir/aksai-chin']?.status).toBe(
			'unknown'
		);
	});

	it('shades the Kashmir zones by the princely state in 1947 and Shusha in January 1992', () => {
		const september = shadingAt(control, features, '1947-09-01').units;
		expect(september['kashmir/jammu-and-kashmir']).toEqual({
			status: 'held',
			holder: 'jk-state',
			uncertain: false
		});
		expect(september['kashmir/azad-jammu-and-kashmir']?.status).toBe('partly');
		expect(september['kashmir/gilgit-baltistan']).toMatchObject({
			status: 'partly',
			holder: 'jk-state'
		});
		// After the accession India's shade meets the princely state's in the north until November.
		const lateOctober = shadingAt(control, features, '1947-10-30').units;
		expect(lateOctober['kashmir/jammu-and-kashmir']?.holder).toBe('ind');
		expect(lateOctober['kashmir/gilgit-baltistan']?.holder).toBe('jk-state');
		expect(shadingAt(control, features, '1992-01-15').units['karabakh/shusha']).toEqual({
			status: 'held',
			holder: 'aze',
			uncertain: false
		});
	});

	it('reads EDTF month prefixes as whole months', () => {
		expect(shapeExistsOn({ id: 'x', valid_from: '2023-12' }, '2023-11-30')).toBe(false);
		expect(shapeExistsOn({ id: 'x', valid_from: '2023-12' }, '2023-12-01')).toBe(true);
		expect(shapeExistsOn({ id: 'x', valid_to: '2023-12' }, '2023-12-01')).toBe(false);
		expect(controlIdOf('karabakh/tartar/until-2023')).toBe('karabakh/tartar');
	});
});
