/**
 * The one module that talks to maplibre-gl. It is loaded lazily by MapView, so the article and
 * the rest of the page never wait for the map library.
 */
import {
	Map as MapLibreMap,
	setWorkerUrl,
	type LngLatBoundsLike,
	type MapGeoJSONFeature,
	type PaddingOptions
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { FeatureKind } from '$lib/geodata/types';
import type { Theme } from '$lib/theme';
import { HATCH_IMAGE, type SourceId } from './ids';
import {
	buildStyle,
	LAYERS_BY_SOURCE,
	layerIdsOf,
	nameLabelLayerIds,
	withNameForm,
	SOURCE_IDS,
	withVisibility,
	type StyleInput
} from './layers';
import { pickFeature } from './pick';
import { labelField } from './layers/expressions';

export interface MapView {
	readonly center: [number, number];
	readonly zoom: number;
}

export interface EngineOptions {
	container: HTMLElement;
	style: StyleInput;
	/** The view to open at, or bounds to fit when there is none. */
	view: MapView | { bounds: [number, number, number, number]; padding: PaddingOptions };
	/** Which source each feature id belongs to, for feature-state updates. */
	sourceOf: (featureId: string) => SourceId | undefined;
	onselect: (featureId: string | null) => void;
	onhover: (featureId: string | null) => void;
	onviewchange: (view: MapView) => void;
	onerror: (message: string) => void;
}

export interface MapController {
	/** Calls back once the map has drawn everything added so far. */
	whenIdle(callback: () => void): void;
	/** Adds a layer file that was loaded after the map was created (a layer switched on later). */
	addData(source: SourceId, data: FeatureCollection | string, visible: boolean): void;
	setVisible(visible: ReadonlySet<SourceId>): void;
	/** Labels in the names of one language (null: the neutral English names). */
	setNameForm(lang: string | null): void;
	setSelected(featureIds: readonly string[]): void;
	setHovered(featureId: string | null): void;
	fitBounds(
		bounds: [number, number, number, number],
		animate: boolean,
		padding: PaddingOptions
	): void;
	setView(view: MapView): void;
	resize(): void;
	destroy(): void;
	readonly map: MapLibreMap;
}

export function createMap(options: EngineOptions): MapController {
	// maplibre 6 looks for its worker beside its own module URL, which Vite's bundle breaks.
	setWorkerUrl(new URL(workerUrl, document.baseURI).href);
	const { theme } = options.style;
	const map = new MapLibreMap({
		container: options.container,
		style: buildStyle(options.style),
		...('bounds' in options.view
			? { bounds: options.view.bounds, fitBoundsOptions: { padding: options.view.padding } }
			: { center: options.view.center, zoom: options.view.zoom }),
		attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames · GSHHG' },
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		locale: { 'Map.Title': 'Map of the regions the article names' }
	});
	map.touchZoomRotate.disableRotation();
	addHatchImages(map, theme);

	const interactive = SOURCE_IDS.flatMap((source) =>
		layerIdsOf(source, theme).filter((id) => !id.endsWith('-label') && !id.endsWith('-casing'))
	);
	const presentLayers = () => interactive.filter((id) => map.getLayer(id));

	const featuresAt = (point: { x: number; y: number }) => {
		const pad = 4;
		const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(
			[
				[point.x - pad, point.y - pad],
				[point.x + pad, point.y + pad]
			],
			{ layers: presentLayers() }
		);
		return pickFeature(
			hits.map((hit) => ({
				id: String(hit.properties.id),
				kind: hit.properties.kind as FeatureKind,
				status: hit.properties.status as string | undefined,
				outline: hit.layer.type === 'line'
			}))
		);
	};

	map.on('click', (event) => options.onselect(featuresAt(event.point)));
	let hovered: string | null = null;
	map.on('mousemove', (event) => {
		const id = featuresAt(event.point);
		map.getCanvas().style.cursor = id ? 'pointer' : '';
		if (id !== hovered) {
			hovered = id;
			options.onhover(id);
		}
	});
	map.on('mouseout', () => {
		hovered = null;
		options.onhover(null);
	});
	map.on('moveend', () => {
		const c = map.getCenter();
		options.onviewchange({ center: [c.lng, c.lat], zoom: map.getZoom() });
	});
	map.on('error', (event) => {
		const sourceId = (event as { sourceId?: string }).sourceId;
		options.onerror(
			`${sourceId ? `Layer ${sourceId}: ` : ''}${event.error?.message ?? 'map error'}`
		);
	});

	// Feature state can only be set once the sources exist; until the style has loaded, the
	// latest wishes are kept and applied on 'load'.
	let loaded = false;
	let wantedSelected: readonly string[] = [];
	let wantedHovered: string | null = null;
	let wantedVisible: ReadonlySet<SourceId> | null = null;
	map.once('load', () => {
		loaded = true;
		if (wantedVisible) controller.setVisible(wantedVisible);
		controller.setSelected(wantedSelected);
		controller.setHovered(wantedHovered);
	});

	const states = new Map<string, { selected?: boolean; hover?: boolean }>();
	const setState = (featureId: string | null, key: 'selected' | 'hover', on: boolean) => {
		if (!featureId || !loaded) return;
		const source = options.sourceOf(featureId);
		if (!source || !map.getSource(source)) return;
		map.setFeatureState({ source, id: featureId }, { [key]: on });
		states.set(featureId, { ...states.get(featureId), [key]: on });
	};
	let selected: readonly string[] = [];
	let nameForm: string | null = options.style.nameForm ?? null;

	const controller: MapController = {
		map,
		whenIdle(callback) {
			// 'idle' also fires before the data has been handed to the worker; wait for a render
			// that happened after this call, then the idle that follows it.
			map.once('render', () => map.once('idle', callback));
			map.triggerRepaint();
		},
		addData(source, data, visible) {
			if (map.getSource(source)) return;
			const add = () => {
				map.addSource(source, { type: 'geojson', data, promoteId: 'id' });
				// Keep the drawing order of the catalogue: insert below the first later source's layers.
				const later = SOURCE_IDS.slice(SOURCE_IDS.indexOf(source) + 1);
				const before = later.flatMap((id) => layerIdsOf(id, theme)).find((id) => map.getLayer(id));
				for (const layer of LAYERS_BY_SOURCE[source](theme))
					map.addLayer(withNameForm(withVisibility(layer, visible), nameForm), before);
				controller.setSelected(wantedSelected);
			};
			if (loaded) add();
			else map.once('load', add);
		},
		setNameForm(lang) {
			nameForm = lang;
			const field = labelField(lang);
			for (const id of nameLabelLayerIds(theme)) {
				if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', field);
			}
		},
		setVisible(visible) {
			wantedVisible = visible;
			if (!loaded) return;
			for (const source of SOURCE_IDS) {
				for (const layerId of layerIdsOf(source, theme)) {
					if (map.getLayer(layerId)) {
						map.setLayoutProperty(layerId, 'visibility', visible.has(source) ? 'visible' : 'none');
					}
				}
			}
		},
		setSelected(featureIds) {
			wantedSelected = featureIds;
			if (!loaded) return;
			for (const id of selected) if (!featureIds.includes(id)) setState(id, 'selected', false);
			for (const id of featureIds) setState(id, 'selected', true);
			selected = [...featureIds];
		},
		setHovered(featureId) {
			wantedHovered = featureId;
			if (!loaded) return;
			for (const [id, state] of states)
				if (state.hover && id !== featureId) setState(id, 'hover', false);
			setState(featureId, 'hover', true);
		},
		fitBounds(bounds, animate, padding) {
			// The container may have just been shown (the phone layout's map pane).
			map.resize();
			map.fitBounds(bounds as LngLatBoundsLike, {
				padding,
				maxZoom: 8.5,
				duration: animate ? 900 : 0
			});
		},
		setView(view) {
			map.jumpTo({ center: view.center, zoom: view.zoom });
		},
		resize() {
			map.resize();
		},
		destroy() {
			map.remove();
		}
	};
	return controller;
}

/** Diagonal hatching per claimant: claims are told apart by pattern as well as colour. */
function addHatchImages(map: MapLibreMap, theme: Theme) {
	const size = 12;
	for (const [claimant, name] of Object.entries(HATCH_IMAGE)) {
		const colour = theme.claim[claimant] ?? theme.otherLine;
		const data = new Uint8Array(size * size * 4);
		const [r, g, b] = hexToRgb(colour);
		for (let y = 0; y < size; y++) {
			for (let x = 0; x < size; x++) {
				// One diagonal per claimant direction: IND "/", PAK "\", CHN both.
				const forward = (x + y) % size < 2;
				const backward = (x - y + size) % size < 2;
				const on =
					claimant === 'IND' ? forward : claimant === 'PAK' ? backward : forward || backward;
				const i = (y * size + x) * 4;
				data[i] = r;
				data[i + 1] = g;
				data[i + 2] = b;
				data[i + 3] = on ? 200 : 0;
			}
		}
		map.addImage(name, { width: size, height: size, data });
	}
}

function hexToRgb(hex: string): [number, number, number] {
	const value = parseInt(hex.replace('#', ''), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
