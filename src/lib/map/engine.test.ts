import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LIGHT } from '$lib/theme';
import { attachEngine, type EngineOptions, type MapLike } from './engine';
import { buildStyle, legendOf, SOURCES } from './layers';
import { labelField } from './layers/expressions';
import type { SourceDescriptor } from './source';

type Handler = (event: unknown) => void;
interface Hit {
	layer: string;
	properties: Record<string, unknown>;
}

/**
 * A stand-in for MapLibre's map that keeps what the engine tells it (sources, layers in order,
 * layout properties, feature state, images) and answers hit queries from `underPointer`, top
 * layer first as MapLibre does.
 */
function createFakeMap() {
	const handlers: { type: string; handler: Handler; once: boolean }[] = [];
	const fake = {
		sources: new Map<string, unknown>(),
		layers: [] as LayerSpecification[],
		images: new Map<string, { width: number; height: number }>(),
		featureState: new Map<string, Record<string, unknown>>(),
		canvas: { style: { cursor: '' }, getBoundingClientRect: () => ({ width: 800, height: 600 }) },
		underPointer: [] as Hit[],
		queriedLayers: [] as string[][],
		fire(type: string, event: unknown = {}) {
			for (const entry of handlers.filter((h) => h.type === type)) {
				if (entry.once) handlers.splice(handlers.indexOf(entry), 1);
				entry.handler(event);
			}
		},
		on(type: string, handler: Handler) {
			handlers.push({ type, handler, once: false });
		},
		once(type: string, handler: Handler) {
			handlers.push({ type, handler, once: true });
		},
		addImage(id: string, image: { width: number; height: number }) {
			fake.images.set(id, image);
		},
		addSource(id: string, spec: unknown) {
			if (fake.sources.has(id)) throw new Error(`source ${id} exists`);
			fake.sources.set(id, spec);
		},
		getSource: (id: string) => fake.sources.get(id),
		addLayer(layer: LayerSpecification, before?: string) {
			if (fake.layers.some((l) => l.id === layer.id)) throw new Error(`layer ${layer.id} exists`);
			const at = before ? fake.layers.findIndex((l) => l.id === before) : -1;
			if (at < 0) fake.layers.push(layer);
			else fake.layers.splice(at, 0, layer);
		},
		getLayer: (id: string) => fake.layers.find((layer) => layer.id === id),
		setLayoutProperty(id: string, name: string, value: unknown) {
			const layer = fake.getLayer(id);
			if (!layer) throw new Error(`no layer ${id}`);
			Object.assign(layer, { layout: { ...layer.layout, [name]: value } });
		},
		setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>) {
			const key = `${target.source}|${target.id}`;
			fake.featureState.set(key, { ...fake.featureState.get(key), ...state });
		},
		stateOf: (source: string, id: string) => fake.featureState.get(`${source}|${id}`) ?? {},
		queryRenderedFeatures(_box: unknown, options: { layers: string[] }) {
			fake.queriedLayers.push(options.layers);
			const order = (id: string) => -fake.layers.findIndex((layer) => layer.id === id);
			return fake.underPointer
				.filter((hit) => options.layers.includes(hit.layer))
				.sort((a, b) => order(a.layer) - order(b.layer))
				.map((hit) => ({ properties: hit.properties, layer: fake.getLayer(hit.layer)! }));
		},
		getCanvas: () => fake.canvas,
		getCenter: () => ({ lng: 45, lat: 35 }),
		getZoom: () => 5,
		triggerRepaint() {},
		redraws: 0,
		redraw() {
			fake.redraws++;
		},
		resize() {},
		fitted: [] as unknown[],
		eased: [] as { center: unknown }[],
		// 10 px a degree from 40°E, 45°N: enough geometry to say what lies under a panel.
		project: ([lng, lat]: [number, number]) => ({ x: (lng - 40) * 10, y: (45 - lat) * 10 }),
		easeTo(options: { center: unknown }) {
			fake.eased.push(options);
		},
		fitBounds(bounds: unknown, options: unknown) {
			fake.fitted.push({ bounds, options });
		},
		removed: false,
		remove() {
			fake.removed = true;
		},
		layoutOf: (id: string) => fake.getLayer(id)?.layout as Record<string, unknown> | undefined
	};
	return fake;
}

function createCollection(
	features: { id: string; kind: string; status?: string }[]
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: features.map((properties) => ({
			type: 'Feature',
			properties: { name: properties.id, ...properties },
			geometry: { type: 'Point', coordinates: [46.7, 39.8] }
		}))
	};
}

function createEngine(options: Partial<EngineOptions> = {}) {
	const map = createFakeMap();
	const events = { selected: [] as (string | null)[], hovered: [] as (string | null)[] };
	const sourceOf = new Map<string, string>();
	const controller = attachEngine(map as unknown as MapLike, {
		theme: LIGHT,
		nameForm: null,
		sourceOf: (id) => sourceOf.get(id),
		onselect: (id) => events.selected.push(id),
		onhover: (id) => events.hovered.push(id),
		onviewchange: () => {},
		onerror: (message) => {
			throw new Error(message);
		},
		...options
	});
	/** Adds a source's data with features that the engine will know the source of. */
	const add = (source: string, collection: FeatureCollection, visible = true) => {
		for (const feature of collection.features) sourceOf.set(String(feature.properties!.id), source);
		controller.addData(source, collection, visible);
	};
	return { map, controller, events, add };
}

const layerIds = (source: string) =>
	SOURCES.find((s) => s.id === source)!
		.layers(LIGHT)
		.map((layer) => layer.id);

describe('the map engine', () => {
	it('adds each source and its layers once the style has loaded, in the list order', () => {
		const { map, add } = createEngine();
		add('places', createCollection([{ id: 'place/shusha', kind: 'place' }]));
		add('countries', createCollection([{ id: 'country/aze', kind: 'country' }]));
		expect(map.layers).toEqual([]);
		map.fire('load');
		expect([...map.sources.keys()].sort()).toEqual(['countries', 'places']);
		// Countries arrived later but sit below the places, as the catalogue orders them.
		expect(map.layers.map((layer) => layer.id)).toEqual([
			...layerIds('countries'),
			...layerIds('places')
		]);
	});

	it('adds the images the layers draw with before any layer', () => {
		const { map } = createEngine();
		expect([...map.images.keys()]).toEqual(['hatch-ind', 'hatch-pak', 'hatch-chn']);
	});

	it('shows and hides all the layers of a source together', () => {
		const { map, controller, add } = createEngine();
		map.fire('load');
		add('kashmir-lines', createCollection([{ id: 'line/loc', kind: 'line' }]));
		add('kashmir-claims', createCollection([]), false);
		for (const id of layerIds('kashmir-claims')) expect(map.layoutOf(id)?.visibility).toBe('none');
		controller.setVisible(new Set(['kashmir-claims']));
		for (const id of layerIds('kashmir-claims'))
			expect(map.layoutOf(id)?.visibility).toBe('visible');
		for (const id of layerIds('kashmir-lines')) expect(map.layoutOf(id)?.visibility).toBe('none');
	});

	it('keeps a selection made before the map loaded and moves it when it changes', () => {
		const { map, controller, add } = createEngine();
		add(
			'karabakh-districts',
			createCollection([
				{ id: 'karabakh/shusha', kind: 'district' },
				{ id: 'karabakh/khojaly', kind: 'district' }
			])
		);
		controller.setSelected(['karabakh/shusha']);
		map.fire('load');
		expect(map.stateOf('karabakh-districts', 'karabakh/shusha')).toEqual({ selected: true });
		controller.setSelected(['karabakh/khojaly']);
		expect(map.stateOf('karabakh-districts', 'karabakh/shusha')).toEqual({ selected: false });
		expect(map.stateOf('karabakh-districts', 'karabakh/khojaly')).toEqual({ selected: true });
	});

	it('highlights one hovered feature at a time', () => {
		const { map, controller, add } = createEngine();
		map.fire('load');
		add(
			'places',
			createCollection([
				{ id: 'place/shusha', kind: 'place' },
				{ id: 'place/baku', kind: 'place' }
			])
		);
		controller.setHovered('place/shusha');
		controller.setHovered('place/baku');
		expect(map.stateOf('places', 'place/shusha').hover).toBe(false);
		expect(map.stateOf('places', 'place/baku').hover).toBe(true);
	});

	it('selects the most specific feature under a click, whatever the drawing order', () => {
		const { map, events, add } = createEngine();
		map.fire('load');
		add('karabakh-districts', createCollection([{ id: 'karabakh/shusha', kind: 'district' }]));
		add(
			'karabakh-nkao-1991',
			createCollection([{ id: 'karabakh/nkao-1991', kind: 'region', status: 'former' }])
		);
		add('places', createCollection([{ id: 'place/shusha', kind: 'place' }]));
		map.underPointer = [
			{
				layer: 'karabakh-nkao-1991-fill',
				properties: { id: 'karabakh/nkao-1991', kind: 'region', status: 'former' }
			},
			{ layer: 'karabakh-districts-fill', properties: { id: 'karabakh/shusha', kind: 'district' } }
		];
		map.fire('click', { point: { x: 10, y: 10 } });
		// The former oblast is drawn over the district, but a click inside it means the district.
		expect(events.selected).toEqual(['karabakh/shusha']);
		map.underPointer.push({
			layer: 'places-circle',
			properties: { id: 'place/shusha', kind: 'place' }
		});
		map.fire('click', { point: { x: 10, y: 10 } });
		expect(events.selected.at(-1)).toBe('place/shusha');
	});

	it('ignores labels and casings, and layers not on the map, when hit-testing', () => {
		const { map, events, add } = createEngine();
		map.fire('load');
		add('places', createCollection([{ id: 'place/shusha', kind: 'place' }]));
		add('kashmir-lines', createCollection([{ id: 'line/loc', kind: 'line' }]));
		map.underPointer = [
			{ layer: 'places-label', properties: { id: 'place/shusha', kind: 'place' } },
			{ layer: 'kashmir-lines-casing', properties: { id: 'line/loc', kind: 'line' } }
		];
		map.fire('click', { point: { x: 0, y: 0 } });
		expect(events.selected).toEqual([null]);
		const queried = map.queriedLayers.at(-1)!;
		expect(queried).toContain('places-circle');
		expect(queried).toContain('kashmir-lines-line-loc');
		expect(queried).not.toContain('places-label');
		expect(queried).not.toContain('kashmir-zones-fill');
	});

	it('reports hover changes once and shows a pointer over a feature', () => {
		const { map, events, add } = createEngine();
		map.fire('load');
		add('places', createCollection([{ id: 'place/baku', kind: 'place' }]));
		map.underPointer = [
			{ layer: 'places-circle', properties: { id: 'place/baku', kind: 'place' } }
		];
		map.fire('mousemove', { point: { x: 1, y: 1 } });
		map.fire('mousemove', { point: { x: 2, y: 2 } });
		expect(events.hovered).toEqual(['place/baku']);
		expect(map.canvas.style.cursor).toBe('pointer');
		map.fire('mouseout');
		expect(events.hovered).toEqual(['place/baku', null]);
	});

	it('labels in the chosen name form, including layers added afterwards', () => {
		const { map, controller, add } = createEngine();
		map.fire('load');
		add('places', createCollection([]));
		add('kashmir-lines', createCollection([]));
		controller.setNameForm('az');
		expect(map.layoutOf('places-label')?.['text-field']).toEqual(labelField('az'));
		// The line labels name the line in the app's words, not a feature's name form.
		expect(map.layoutOf('kashmir-lines-label')?.['text-field']).not.toEqual(labelField('az'));
		add('countries', createCollection([]));
		expect(map.layoutOf('countries-label')?.['text-field']).toEqual(labelField('az'));
	});

	it('refuses data for a source nothing describes, naming it', () => {
		const { map, controller } = createEngine();
		map.fire('load');
		expect(() => controller.addData('rivers-2', createCollection([]), true)).toThrow(
			'No map source "rivers-2"'
		);
	});
});

describe('capturing the map', () => {
	it('draws the map synchronously before handing its canvas over', () => {
		const { map, controller } = createEngine();
		expect(controller.capture()).toBe(map.canvas);
		expect(map.redraws).toBe(1);
	});
});

describe('revealing what was clicked', () => {
	const padding = { top: 24, right: 424, bottom: 24, left: 24 };
	it('pans to a feature whose centre lies under the panel, into the part left visible', () => {
		const { map, controller } = createEngine();
		// x = (110 - 40) * 10 = 700: under a panel covering x > 376.
		controller.reveal([109, 20, 111, 22], false, padding);
		expect(map.eased).toEqual([{ center: [110, 21], padding, duration: 0 }]);
	});

	it('leaves the view alone when the centre is already in the visible part', () => {
		const { map, controller } = createEngine();
		controller.reveal([49, 19, 51, 21], false, padding);
		expect(map.eased).toEqual([]);
	});
});

describe('a new layer is its data and its descriptor', () => {
	// A layer no other file knows of: the style, the legend, the engine and hit-testing take it
	// from the list alone.
	const wells: SourceDescriptor = {
		id: 'test-wells',
		layers: (t) => [
			{
				id: 'test-wells-circle',
				type: 'circle',
				source: 'test-wells',
				paint: { 'circle-color': t.place, 'circle-radius': 4 }
			},
			{
				id: 'test-wells-label',
				type: 'symbol',
				source: 'test-wells',
				layout: { 'text-field': ['get', 'name'], 'text-font': [t.font.regular] }
			}
		],
		legend: (t) => [{ label: 'Well', swatch: { type: 'point', colour: t.place } }],
		interactive: ['test-wells-circle'],
		nameLabels: ['test-wells-label']
	};
	const sources = [...SOURCES, wells];
	const data = createCollection([{ id: 'well/1', kind: 'place' }]);

	it('is drawn in a valid style and named in the legend', () => {
		const style = buildStyle(
			{
				theme: LIGHT,
				data: { 'test-wells': data },
				visible: new Set(['test-wells']),
				fontFaces: {}
			},
			sources
		);
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.layers.map((layer) => layer.id)).toEqual([
			'background',
			'test-wells-circle',
			'test-wells-label'
		]);
		expect(legendOf('test-wells', LIGHT, sources)).toEqual([
			{ label: 'Well', swatch: { type: 'point', colour: LIGHT.place } }
		]);
	});

	it('goes on the map above the others, follows the name form and answers a click', () => {
		const { map, controller, events, add } = createEngine({ sources, nameForm: 'hy' });
		map.fire('load');
		add('test-wells', data);
		add('karabakh-districts', createCollection([{ id: 'karabakh/shusha', kind: 'district' }]));
		expect(map.layers.at(-1)?.id).toBe('test-wells-label');
		expect(map.layoutOf('test-wells-label')?.['text-field']).toEqual(labelField('hy'));
		map.underPointer = [
			{ layer: 'test-wells-label', properties: { id: 'well/1', kind: 'place' } },
			{ layer: 'karabakh-districts-fill', properties: { id: 'karabakh/shusha', kind: 'district' } },
			{ layer: 'test-wells-circle', properties: { id: 'well/1', kind: 'place' } }
		];
		map.fire('click', { point: { x: 5, y: 5 } });
		expect(events.selected).toEqual(['well/1']);
		controller.setSelected(['well/1']);
		expect(map.stateOf('test-wells', 'well/1')).toEqual({ selected: true });
		controller.setVisible(new Set());
		expect(map.layoutOf('test-wells-circle')?.visibility).toBe('none');
	});
});
