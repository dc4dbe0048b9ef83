import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { LIGHT } from '$lib/theme';
import { LAYER, SOURCE, type SourceId } from '../ids';
import { buildStyle, LAYERS_BY_SOURCE, SOURCE_IDS } from './index';
import { labelField } from './expressions';

function createEmptyData(): Record<SourceId, FeatureCollection> {
	return Object.fromEntries(
		SOURCE_IDS.map((id) => [id, { type: 'FeatureCollection', features: [] }])
	) as unknown as Record<SourceId, FeatureCollection>;
}

function createStyle(visible: SourceId[] = SOURCE_IDS) {
	return buildStyle({
		theme: LIGHT,
		data: createEmptyData(),
		visible: new Set(visible),
		fontFaces: { [LIGHT.font.regular]: 'http://127.0.0.1/font.woff2' }
	});
}

describe('the map style', () => {
	it('passes the MapLibre style-spec validation', () => {
		expect(validateStyleMin(createStyle())).toEqual([]);
	});

	it('loads nothing from outside the site: no glyph server and no sprite', () => {
		const style = createStyle();
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('gives every layer a source declared in ids.ts', () => {
		const sources = new Set<string>(Object.values(SOURCE));
		for (const layer of createStyle().layers) {
			if (layer.type !== 'background') expect(sources.has(layer.source)).toBe(true);
		}
	});

	it('uses only layer ids derived from ids.ts', () => {
		const declared = Object.values(LAYER) as string[];
		for (const layer of createStyle().layers) {
			expect(declared.some((id) => layer.id === id || layer.id.startsWith(`${id}-`))).toBe(true);
		}
	});

	it('has no duplicate layer ids', () => {
		const ids = createStyle().layers.map((layer) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('hides the layers of sources that are not visible', () => {
		const style = createStyle([SOURCE.countries]);
		const claims = style.layers.filter(
			(layer) => 'source' in layer && layer.source === SOURCE.kashmirClaims
		);
		expect(claims.length).toBeGreaterThan(0);
		for (const layer of claims) expect(layer.layout?.visibility).toBe('none');
	});

	it('leaves out a source whose file failed to load, keeping the others', () => {
		const data: Partial<Record<SourceId, FeatureCollection>> = createEmptyData();
		delete data[SOURCE.places];
		const style = buildStyle({ theme: LIGHT, data, visible: new Set(SOURCE_IDS), fontFaces: {} });
		expect(style.sources[SOURCE.places]).toBeUndefined();
		expect(style.layers.some((layer) => 'source' in layer && layer.source === SOURCE.places)).toBe(
			false
		);
		expect(style.sources[SOURCE.countries]).toBeDefined();
	});

	it('draws the Line of Control dashed, and labels it approximate', () => {
		const layers = LAYERS_BY_SOURCE[SOURCE.kashmirLines](LIGHT);
		const loc = layers.find((layer) => layer.id === `${LAYER.kashmirLines}-loc`);
		expect(loc?.type === 'line' && loc.paint?.['line-dasharray']).toEqual(LIGHT.dash.loc);
		const label = layers.find((layer) => layer.id === LAYER.kashmirLinesLabel);
		expect(JSON.stringify(label)).toContain('Line of Control (approximate)');
	});
});

describe('labels in a chosen name form', () => {
	it('passes the style-spec validation for every name form', () => {
		for (const nameForm of [null, 'az', 'hy', 'ru', 'hi', 'ur']) {
			const style = buildStyle({
				theme: LIGHT,
				data: createEmptyData(),
				visible: new Set(SOURCE_IDS),
				fontFaces: {},
				nameForm
			});
			expect(validateStyleMin(style)).toEqual([]);
		}
	});

	it('evaluates to the form in the chosen language, else the neutral name', async () => {
		const { createExpression } = await import('@maplibre/maplibre-gl-style-spec');
		const compiled = createExpression(labelField('hy'), 'layers[0].layout.text-field');
		if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
		const evaluate = (properties: Record<string, unknown>) =>
			compiled.value.evaluate({ zoom: 8 }, { type: 'Point', properties } as never);
		const names = [
			{ lang: 'az', name: 'Şuşa' },
			{ lang: 'hy', name: 'Շուշի', latin: 'Shushi' }
		];
		expect(evaluate({ name: 'Shusha', names })).toBe('Shushi');
		expect(evaluate({ name: 'Baku', names: [{ lang: 'az', name: 'Bakı' }] })).toBe('Baku');
		expect(evaluate({ name: 'Nowhere' })).toBe('Nowhere');
	});
});
