import { describe, expect, it } from 'vitest';
import { detailsProblem, mergeDetails, splitDetails } from './details';
import type { FeatureProps } from './types';

const file = 'geodata/districts.geojson';
const whole = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [46.5, 39.7] },
			properties: {
				id: 'karabakh/lachin',
				name: 'Lachin district',
				kind: 'district',
				names: [{ lang: 'hy', name: 'Քաշաթաղ' }],
				note: 'A note only the panel shows.',
				source: 'Natural Earth',
				accuracy: 'approximate',
				accuracy_km: 2,
				official: null
			}
		}
	]
};

describe('layer details', () => {
	it('splits off what only the panel shows, and merging gives back the whole properties', () => {
		const { slim, details } = splitDetails(JSON.stringify(whole), file);
		const slimProps = JSON.parse(slim).features[0].properties;
		expect(slimProps).toEqual({
			id: 'karabakh/lachin',
			name: 'Lachin district',
			kind: 'district',
			names: [{ lang: 'hy', name: 'Քաշաթաղ' }]
		});
		const parsed = detailsProblem(details, file);
		if (typeof parsed === 'string') throw new Error(parsed);
		const features = JSON.parse(slim).features as { properties: FeatureProps }[];
		mergeDetails(features, parsed.details);
		expect(features[0]!.properties).toEqual(whole.features[0]!.properties);
	});

	it('names the file and the feature when a details file is unusable', () => {
		expect(detailsProblem('{', file)).toMatch(/^geodata\/districts.geojson is not valid JSON/);
		expect(detailsProblem('[]', file)).toBe(`${file} is not an object of feature details by id`);
		expect(detailsProblem('{"place/shusha": 3}', file)).toBe(
			`${file}: the details of feature place/shusha are not an object`
		);
		expect(detailsProblem('{"place/shusha": {"name": "x"}}', file)).toBe(
			`${file}: feature place/shusha has a property "name" that is not a detail`
		);
	});

	it('refuses at build time a feature without an id, naming the file', () => {
		const broken = { features: [{ properties: { name: 'x' } }] };
		expect(() => splitDetails(JSON.stringify(broken), file)).toThrow(
			`${file}: feature 0 has no string "id"`
		);
	});
});
