import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { FillLayerSpecification } from 'maplibre-gl';
import { LAYER_ORDER } from '$lib/geodata/catalog';
import { NAME_FORMS } from '$lib/geodata/name-forms';
import { LIGHT } from '$lib/theme';
import type { SourceDescriptor } from '../source';
import { buildStyle, legendOf, orderSources, SOURCES } from './index';
import { labelField } from './expressions';
import { LAYER as LINES } from './kashmir-lines';

function createEmptyData(): Record<string, FeatureCollection> {
	return Object.fromEntries(
		SOURCES.map((source) => [source.id, { type: 'FeatureCollection', features: [] }])
	);
}

const ALL = SOURCES.map((source) => source.id);

function createStyle(visible: string[] = ALL, nameForm: string | null = null) {
	return buildStyle({
		theme: LIGHT,
		data: createEmptyData(),
		visible: new Set(visible),
		fontFaces: { [LIGHT.font.regular]: 'http://127.0.0.1/font.woff2' },
		nameForm
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

	it('draws one source per catalogue layer, in the catalogue order', () => {
		const catalogue = JSON.parse(readFileSync('geodata/layers.json', 'utf8')) as { id: string }[];
		expect(LAYER_ORDER).toEqual(catalogue.map((entry) => entry.id));
		expect(ALL).toEqual(LAYER_ORDER);
		expect(Object.keys(createStyle().sources)).toEqual(ALL);
	});

	it('has no duplicate layer ids', () => {
		const ids = createStyle().layers.map((layer) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('draws every layer of a descriptor from its own source', () => {
		for (const source of SOURCES) {
			for (const layer of source.layers(LIGHT)) {
				expect(layer.type !== 'background' && layer.source, layer.id).toBe(source.id);
			}
		}
	});

	it('declares as interactive and as name labels only layers its source draws', () => {
		for (const source of SOURCES) {
			const drawn = source.layers(LIGHT);
			for (const id of source.interactive) {
				expect(
					drawn.map((layer) => layer.id),
					source.id
				).toContain(id);
			}
			for (const id of source.nameLabels) {
				expect(drawn.find((layer) => layer.id === id)?.type, id).toBe('symbol');
			}
		}
	});

	it('gives every catalogue layer that draws something a legend', () => {
		for (const source of SOURCES)
			if (source.layers(LIGHT).length > 0)
				expect(source.legend(LIGHT).length, source.id).toBeGreaterThan(0);
	});

	it('draws nothing for the named areas, which have no geometry', () => {
		const named = SOURCES.find((source) => source.id === 'named-areas');
		expect(named?.layers(LIGHT)).toEqual([]);
		expect(named?.legend(LIGHT)).toEqual([]);
	});

	it('hides the layers of sources that are not visible', () => {
		const style = createStyle(['countries']);
		const claims = style.layers.filter(
			(layer) => 'source' in layer && layer.source === 'kashmir-claims'
		);
		expect(claims.length).toBeGreaterThan(0);
		for (const layer of claims) expect(layer.layout?.visibility).toBe('none');
	});

	it('leaves out a source whose file failed to load, keeping the others', () => {
		const data = createEmptyData();
		delete data.places;
		const style = buildStyle({ theme: LIGHT, data, visible: new Set(ALL), fontFaces: {} });
		expect(style.sources.places).toBeUndefined();
		expect(style.layers.some((layer) => 'source' in layer && layer.source === 'places')).toBe(
			false
		);
		expect(style.sources.countries).toBeDefined();
	});

	it('draws the Line of Control dashed as the legend shows it, and labels it approximate', () => {
		const layers = createStyle().layers;
		const loc = layers.find((layer) => layer.id === LINES.loc);
		expect(loc?.type === 'line' && loc.paint?.['line-dasharray']).toEqual(LIGHT.dash.loc);
		const swatch = legendOf('kashmir-lines', LIGHT).find((item) =>
			item.label.startsWith('Line of Control')
		)?.swatch;
		expect(swatch?.type === 'line' && swatch.dash).toEqual(LIGHT.dash.loc);
		const label = layers.find((layer) => layer.id === LINES.label);
		expect(JSON.stringify(label)).toContain('Line of Control (approximate)');
	});
});

describe('the list of sources', () => {
	const createDescriptor = (id: string): SourceDescriptor => ({
		id,
		layers: () => [],
		legend: () => [],
		interactive: [],
		nameLabels: []
	});

	it('orders the descriptors as the catalogue does', () => {
		const found = {
			'./b.ts': { source: createDescriptor('b') },
			'./a.ts': { source: createDescriptor('a') }
		};
		expect(orderSources(found, ['a', 'b']).map((source) => source.id)).toEqual(['a', 'b']);
	});

	it('names the catalogue layer that has no descriptor', () => {
		expect(() =>
			orderSources({ './a.ts': { source: createDescriptor('a') } }, ['a', 'rivers'])
		).toThrow(
			'geodata/layers.json lists layer "rivers", but src/lib/map/layers/rivers.ts does not export'
		);
	});

	it('names the descriptor the catalogue does not list', () => {
		expect(() => orderSources({ './a.ts': { source: createDescriptor('a') } }, [])).toThrow(
			'src/lib/map/layers/a.ts describes source "a", which geodata/layers.json does not list'
		);
	});

	it('takes a module without a descriptor as a helper', () => {
		const found = { './helpers.ts': {}, './a.ts': { source: createDescriptor('a') } };
		expect(orderSources(found, ['a']).map((source) => source.id)).toEqual(['a']);
	});

	it('names a module that describes another source than its name says', () => {
		expect(() => orderSources({ './a.ts': { source: createDescriptor('b') } }, ['b'])).toThrow(
			'src/lib/map/layers/a.ts describes source "b": name the file b.ts'
		);
	});
});

describe('labels in a chosen name form', () => {
	it('passes the style-spec validation for every name form', () => {
		for (const nameForm of NAME_FORMS.map((form) => form.lang)) {
			expect(validateStyleMin(createStyle(ALL, nameForm))).toEqual([]);
		}
	});

	it('puts the chosen form on every name label and on nothing else', () => {
		const style = createStyle(ALL, 'hy');
		const named = new Set(SOURCES.flatMap((source) => source.nameLabels));
		for (const layer of style.layers) {
			if (layer.type !== 'symbol') continue;
			const field = JSON.stringify(layer.layout?.['text-field']);
			expect(field === JSON.stringify(labelField('hy')), layer.id).toBe(named.has(layer.id));
		}
	});

	it('evaluates to the form in the chosen language, else the neutral name', () => {
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

	it('labels the China-administered zones in the Chinese form, where the data has one', () => {
		const compiled = createExpression(labelField('zh'), 'layers[0].layout.text-field');
		if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
		const zones = JSON.parse(
			readFileSync(join(process.cwd(), 'geodata/kashmir-zones.geojson'), 'utf8')
		) as FeatureCollection;
		const label = (id: string) => {
			const props = zones.features.find((f) => f.properties?.id === id)?.properties;
			const zh = props?.names.find((n: { lang: string }) => n.lang === 'zh');
			const shown = compiled.value.evaluate({ zoom: 8 }, {
				type: 'Point',
				properties: props
			} as never);
			return { shown, expected: zh ? (zh.latin ?? zh.name) : props?.name };
		};
		const aksai = label('kashmir/aksai-chin');
		expect(aksai.shown).toBe(aksai.expected);
		expect(aksai.shown).not.toBe('Aksai Chin');
		const shaksgam = label('kashmir/shaksgam');
		expect(shaksgam.shown).toBe(shaksgam.expected);
	});
});

describe('the world borders inside the regions', () => {
	const style = createStyle();
	const order = style.layers.map((layer) => layer.id);
	const at = (id: string) => {
		expect(order, id).toContain(id);
		return order.indexOf(id);
	};

	it('are covered by opaque land under each region, below its areas and above the borders', () => {
		for (const [mask, fill] of [
			['kashmir-zones-region-mask', 'kashmir-zones-fill'],
			['karabakh-districts-region-mask', 'karabakh-districts-fill']
		] as const) {
			const layer = style.layers[at(mask)] as FillLayerSpecification;
			expect(layer.type).toBe('fill');
			expect(JSON.stringify(layer.filter)).toContain('region');
			const paint = layer.paint as Record<string, unknown>;
			expect(JSON.stringify(paint['fill-color'])).toContain(LIGHT.land);
			expect(JSON.stringify(paint['fill-opacity'])).toBe(
				JSON.stringify(['case', ['has', 'id'], 1, 1])
			);
			expect(at(mask)).toBeGreaterThan(at('countries-line'));
			expect(at(mask)).toBeLessThan(at(fill));
		}
	});

	it('hide no river or lake: water is drawn above the masks', () => {
		const water = order.filter((id) => id.startsWith('water'));
		expect(water.length).toBeGreaterThan(0);
		for (const id of water) {
			expect(at(id)).toBeGreaterThan(at('kashmir-zones-region-mask'));
			expect(at(id)).toBeGreaterThan(at('karabakh-districts-region-mask'));
		}
	});
});
