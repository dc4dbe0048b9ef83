/**
 * What the app does with a map: adds the sources' data and layers, toggles visibility, shows
 * selection and hover as feature state, turns clicks into a feature and follows the name form.
 * It works on any object with the MapLibre methods it uses (`maplibre.ts` hands it the real map;
 * `engine.test.ts` a fake one), and reads every source from the descriptor list.
 */
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { FeatureKind } from '$lib/geodata/types';
import type { Theme } from '$lib/theme';
import type { DatedShading } from '$lib/timeline/shading';
import type { DatedStyle } from './dated';
import { SOURCES, sourceLayers } from './layers';
import { labelField, TODAY } from './layers/expressions';
import { interactiveLayers, pickFeature } from './pick';
import type { SourceDescriptor } from './source';

export interface MapView {
	readonly center: [number, number];
	readonly zoom: number;
}

/** The part of MapLibre's `Map` the engine uses. */
export type MapLike = Pick<
	MapLibreMap,
	| 'on'
	| 'once'
	| 'addImage'
	| 'addSource'
	| 'getSource'
	| 'addLayer'
	| 'getLayer'
	| 'setLayoutProperty'
	| 'setFeatureState'
	| 'queryRenderedFeatures'
	| 'getCanvas'
	| 'getCenter'
	| 'getZoom'
	| 'triggerRepaint'
	| 'resize'
	| 'fitBounds'
	| 'easeTo'
	| 'project'
	| 'redraw'
	| 'remove'
	| 'hasImage'
	| 'setFilter'
	| 'setPaintProperty'
	| 'removeFeatureState'
>;

export interface EngineOptions {
	theme: Theme;
	/** Language of the labels at the start; null for the neutral English names. */
	nameForm: string | null;
	/** The sources, bottom first; the app's own list unless given. */
	sources?: readonly SourceDescriptor[];
	/** Which source each feature id belongs to, for feature-state updates. */
	sourceOf: (featureId: string) => string | undefined;
	onselect: (featureId: string | null) => void;
	onhover: (featureId: string | null) => void;
	onviewchange: (view: MapView) => void;
	onerror: (message: string) => void;
}

export interface MapController {
	/** Calls back once the map has drawn everything added so far. */
	whenIdle(callback: () => void): void;
	/** Adds a layer file that was loaded after the map was created (a layer switched on later). */
	addData(source: string, data: FeatureCollection | string, visible: boolean): void;
	setVisible(visible: ReadonlySet<string>): void;
	/** Labels in the names of one language (null: the neutral English names). */
	setNameForm(lang: string | null): void;
	setSelected(featureIds: readonly string[]): void;
	setHovered(featureId: string | null): void;
	/** The map at a day: units shaded by who held them, only what existed (null: today's map). */
	setDated(shading: DatedShading | null): void;
	/** The claims lens's shapes (`claims.ts`); null: the lens is off. */
	setClaims(data: import('geojson').FeatureCollection | null): void;
	fitBounds(
		bounds: [number, number, number, number],
		animate: boolean,
		padding: PaddingOptions
	): void;
	/**
	 * The map's canvas drawn this instant: WebGL keeps its pixels only until the frame is shown
	 * (no preserveDrawingBuffer, which slows every frame), so the caller must read it at once.
	 */
	capture(): HTMLCanvasElement;
	/** Pans so the bounds' centre lies in the padded area, only if it lies outside it now. */
	reveal(
		bounds: [number, number, number, number],
		animate: boolean,
		padding: { top: number; right: number; bottom: number; left: number }
	): void;
	destroy(): void;
}

/** Half the side of the square around the pointer that a click or hover hits, in pixels. */
const HIT_PADDING = 4;

export function attachEngine(map: MapLike, options: EngineOptions): MapController {
	const { theme } = options;
	const sources = options.sources ?? SOURCES;
	const layerIdsOf = (source: SourceDescriptor) => source.layers(theme).map((layer) => layer.id);

	for (const source of sources) {
		for (const image of source.images?.(theme) ?? []) {
			map.addImage(image.id, { width: image.width, height: image.height, data: image.data });
		}
	}

	const interactive = interactiveLayers(sources);
	const featuresAt = (point: { x: number; y: number }) => {
		const hits = map.queryRenderedFeatures(
			[
				[point.x - HIT_PADDING, point.y - HIT_PADDING],
				[point.x + HIT_PADDING, point.y + HIT_PADDING]
			],
			{ layers: interactive.filter((id) => map.getLayer(id)) }
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
	let wantedVisible: ReadonlySet<string> | null = null;
	let wantedDated: DatedShading | null = null;
	// Its code comes with the first day other than today: the first load never needs it.
	let dated: Promise<DatedStyle> | null = null;
	const applyDated = () => {
		if (!loaded || (!dated && !wantedDated)) return;
		dated ??= import('./dated').then((m) => new m.DatedStyle(map, theme, sources, TODAY));
		void dated.then((style) => {
			style.apply(wantedDated, options.sourceOf);
			if (wantedVisible) style.setVisible(wantedVisible);
		});
	};
	// The claims lens's code comes with its first use.
	let wantedClaims: import('geojson').FeatureCollection | null = null;
	let claims: Promise<import('./claims').ClaimsLens> | null = null;
	const applyClaims = () => {
		if (!loaded || (!claims && !wantedClaims)) return;
		claims ??= import('./claims').then((m) => new m.ClaimsLens(map, theme));
		void claims.then((lens) =>
			lens.apply(wantedClaims ?? { type: 'FeatureCollection', features: [] })
		);
	};
	map.once('load', () => {
		loaded = true;
		applyClaims();
		if (wantedVisible) controller.setVisible(wantedVisible);
		applyDated();
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
	let nameForm = options.nameForm;

	const controller: MapController = {
		whenIdle(callback) {
			// 'idle' also fires before the data has been handed to the worker; wait for a render
			// that happened after this call, then the idle that follows it.
			map.once('render', () => map.once('idle', callback));
			map.triggerRepaint();
		},
		addData(sourceId, data, visible) {
			const source = sources.find((candidate) => candidate.id === sourceId);
			if (!source) throw new Error(`No map source "${sourceId}": no descriptor describes it`);
			if (map.getSource(sourceId)) return;
			const add = () => {
				map.addSource(sourceId, { type: 'geojson', data, promoteId: 'id' });
				// Keep the drawing order of the list: insert below the first later source's layers.
				const later = sources.slice(sources.indexOf(source) + 1);
				const before = later.flatMap(layerIdsOf).find((id) => map.getLayer(id));
				for (const layer of sourceLayers(source, theme, visible, nameForm))
					map.addLayer(layer, before);
				controller.setSelected(wantedSelected);
				applyDated();
			};
			if (loaded) add();
			else map.once('load', add);
		},
		setNameForm(lang) {
			nameForm = lang;
			const field = labelField(lang);
			for (const id of sources.flatMap((source) => source.nameLabels)) {
				if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', field);
			}
		},
		setVisible(visible) {
			wantedVisible = visible;
			if (!loaded) return;
			for (const source of sources) {
				for (const layerId of layerIdsOf(source)) {
					if (map.getLayer(layerId)) {
						map.setLayoutProperty(
							layerId,
							'visibility',
							visible.has(source.id) ? 'visible' : 'none'
						);
					}
				}
			}
			void dated?.then((style) => style.setVisible(visible));
		},
		setDated(shading) {
			wantedDated = shading;
			applyDated();
		},
		setClaims(data) {
			wantedClaims = data;
			applyClaims();
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
		capture() {
			map.redraw();
			return map.getCanvas();
		},
		reveal(bounds, animate, padding) {
			map.resize();
			const centre: [number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
			const point = map.project(centre);
			const { width, height } = map.getCanvas().getBoundingClientRect();
			const inside =
				point.x >= padding.left &&
				point.x <= width - padding.right &&
				point.y >= padding.top &&
				point.y <= height - padding.bottom;
			if (inside) return;
			map.easeTo({ center: centre, padding, duration: animate ? 600 : 0 });
		},
		destroy() {
			map.remove();
		}
	};
	return controller;
}
