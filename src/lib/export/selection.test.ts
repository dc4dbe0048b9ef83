import { describe, expect, it } from 'vitest';
import { selectionCollection, selectionFileName } from './selection';
import type { FeatureProps } from '$lib/geodata/types';

const props = (id: string) =>
	({
		id,
		name: id,
		source: 'Natural Earth',
		source_version: '5.1.1',
		license: 'Public domain'
	}) as unknown as FeatureProps;
const layers = [
	{
		data: {
			features: [
				{
					properties: props('kashmir/ladakh'),
					geometry: { type: 'Point' as const, coordinates: [77, 34] }
				},
				{ properties: props('place/leh'), geometry: null }
			]
		}
	}
];
const meta = {
	url: 'http://x/?f=a',
	article: 'a',
	attribution: 'Natural Earth',
	generated: '2026-01-01'
};

describe('the selection as GeoJSON', () => {
	it('keeps each feature’s properties, sources included, in selection order', () => {
		const collection = selectionCollection(['place/leh', 'kashmir/ladakh'], layers, meta);
		expect(collection.features.map((f) => f.id)).toEqual(['place/leh', 'kashmir/ladakh']);
		expect(collection.features[1]!.properties.source).toBe('Natural Earth');
		expect(collection.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [77, 34] });
		expect(collection.metadata.url).toBe(meta.url);
	});

	it('names a feature that has not loaded, and refuses an empty selection', () => {
		expect(() => selectionCollection(['kashmir/nowhere'], layers, meta)).toThrow(
			'"kashmir/nowhere"'
		);
		expect(() => selectionCollection([], layers, meta)).toThrow('nothing is selected');
	});

	it('names the file after the feature', () => {
		expect(selectionFileName(['kashmir/ladakh'])).toBe('kashmir-ladakh.geojson');
		expect(selectionFileName(['a', 'b', 'c'])).toBe('3-features.geojson');
	});
});
