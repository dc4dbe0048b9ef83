/**
 * The one module that creates a MapLibre map. It is loaded lazily by MapView, so the article and
 * the rest of the page never wait for the map library; what the app does with the map is in
 * `engine.ts`.
 */
// First: its worker starts before the library below is evaluated (see worker.ts).
import { handToMapLibre, mapWorkerUrl } from './worker';
import { Map as MapLibreMap, prewarm, setWorkerUrl, type PaddingOptions } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { attachEngine, type EngineOptions, type MapController, type MapView } from './engine';
import { buildStyle, type StyleInput } from './layers';

export interface CreateMapOptions extends Omit<EngineOptions, 'theme' | 'nameForm'> {
	container: HTMLElement;
	style: StyleInput;
	/** The view to open at, or bounds to fit when there is none. */
	view: MapView | { bounds: [number, number, number, number]; padding: PaddingOptions };
}

// maplibre 6 looks for its worker beside its own module URL, which Vite's bundle breaks.
setWorkerUrl(mapWorkerUrl());
// This module is evaluated right after the first paint on a desktop (src/lib/server/early-map.ts)
// and when the Map tab is chosen on a phone. `prewarm` gives MapLibre its worker now, the one
// worker.ts started when this chunk began to run, so the worker's script is compiled while the
// library evaluates and the page hydrates, rather than after the map is created.
handToMapLibre(prewarm);

export function createMap(options: CreateMapOptions): MapController & { map: MapLibreMap } {
	const map = new MapLibreMap({
		container: options.container,
		style: buildStyle(options.style, options.sources),
		...('bounds' in options.view
			? { bounds: options.view.bounds, fitBoundsOptions: { padding: options.view.padding } }
			: { center: options.view.center, zoom: options.view.zoom }),
		attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames · GSHHG' },
		// Every style the app builds is validated by the unit tests (layers/style.test.ts); the
		// browser need not do it again before the first frame.
		validateStyle: false,
		// A fade keeps the map drawing for 300 ms after each label placement, and idle waits for it.
		fadeDuration: 0,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		locale: { 'Map.Title': 'Map of the regions the article names' }
	});
	map.touchZoomRotate.disableRotation();
	const controller = attachEngine(map, {
		...options,
		theme: options.style.theme,
		nameForm: options.style.nameForm ?? null
	});
	return { ...controller, map };
}
