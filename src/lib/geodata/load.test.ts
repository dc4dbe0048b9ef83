import { describe, expect, it } from 'vitest';
import type { LayerEntry } from './types';
import { collectionProblem, loadLayers } from './load';

function createEntry(id: string): LayerEntry {
	return {
		id,
		title: id,
		file: `${id}.geojson`,
		geometry: 'polygon',
		visible: true,
		legend: '',
		description: '',
		group: 'world'
	};
}

function createCollectionText(id = 'country/aze'): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id, name: 'Azerbaijan', kind: 'country' },
				geometry: { type: 'Point', coordinates: [47, 40] }
			}
		]
	});
}

function createFetch(files: Record<string, { status: number; body: string }>) {
	return async (url: string) => {
		const file = files[url];
		if (!file) throw new TypeError('Failed to fetch');
		return { ok: file.status === 200, status: file.status, text: async () => file.body };
	};
}

describe('loadLayers', () => {
	it('keeps the layers that load when another fails, and names the failed file', async () => {
		const result = await loadLayers(
			[createEntry('countries'), createEntry('places')],
			(entry) => entry.file,
			createFetch({
				'countries.geojson': { status: 200, body: createCollectionText() },
				'places.geojson': { status: 404, body: '' }
			})
		);
		expect(result.layers.map((layer) => layer.entry.id)).toEqual(['countries']);
		expect(result.errors.map((error) => error.message)).toEqual([
			'geodata/places.geojson could not be loaded (HTTP 404)'
		]);
	});

	it('reports a network failure with the file name', async () => {
		const result = await loadLayers([createEntry('water')], (entry) => entry.file, createFetch({}));
		expect(result.errors[0]?.message).toBe(
			'geodata/water.geojson could not be loaded (Failed to fetch)'
		);
	});

	it('reports a file that was not built into the site', async () => {
		const result = await loadLayers([createEntry('water')], () => undefined, createFetch({}));
		expect(result.errors[0]?.message).toContain('geodata/water.geojson is listed in layers.json');
	});
});

describe('collectionProblem', () => {
	it('names the file when the JSON is corrupt', () => {
		expect(collectionProblem('{"type":', 'geodata/x.geojson')).toMatch(
			/^geodata\/x\.geojson is not valid JSON/
		);
	});

	it('names the file when it is not a FeatureCollection', () => {
		expect(collectionProblem('{"type":"Feature"}', 'geodata/x.geojson')).toBe(
			'geodata/x.geojson is not a GeoJSON FeatureCollection'
		);
	});

	it('names the feature that has no id', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { name: 'X', kind: 'place' },
					geometry: { type: 'Point', coordinates: [0, 0] }
				}
			]
		});
		expect(collectionProblem(text, 'geodata/x.geojson')).toBe(
			'geodata/x.geojson: feature 0 has no string property "id"'
		);
	});

	it('names the feature id and the missing property', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'place/x', kind: 'place' },
					geometry: { type: 'Point', coordinates: [0, 0] }
				}
			]
		});
		expect(collectionProblem(text, 'geodata/x.geojson')).toBe(
			'geodata/x.geojson: feature place/x has no string property "name"'
		);
	});

	it('accepts a valid collection', () => {
		expect(collectionProblem(createCollectionText(), 'geodata/x.geojson')).toHaveProperty('data');
	});
});
