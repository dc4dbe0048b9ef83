/**
 * The benchmark floor (docs/architecture.md, "Performance budgets"): a bare MapLibre page that draws every geodata file of
 * geodata/layers.json with a minimal style (fill + line + circle, no labels), loaded the way the
 * app loads it (the library imported lazily), so `npm run bench` can compare the app with the
 * map library alone. Not shipped: `bench/run.ts` builds it into a temp dir, with the layer files
 * copied into `data/` beside it.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import layers from '../../geodata/layers.json';

interface FloorWindow {
	__map?: MapLibreMap;
	__mapIdleAt?: number;
}

function buildStyle(): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#cfe0ea' } }]
	};
	for (const entry of layers) {
		const visibility = entry.visible ? 'visible' : 'none';
		style.sources[entry.id] = {
			type: 'geojson',
			data: new URL(`data/${entry.file}`, document.baseURI).href
		};
		style.layers.push(
			{
				id: `${entry.id}-fill`,
				type: 'fill',
				source: entry.id,
				filter: ['==', ['geometry-type'], 'Polygon'],
				layout: { visibility },
				paint: { 'fill-color': '#e8e2d0', 'fill-opacity': 0.6 }
			},
			{
				id: `${entry.id}-line`,
				type: 'line',
				source: entry.id,
				filter: ['!=', ['geometry-type'], 'Point'],
				layout: { visibility },
				paint: { 'line-color': '#5a5448', 'line-width': 1 }
			},
			{
				id: `${entry.id}-circle`,
				type: 'circle',
				source: entry.id,
				filter: ['==', ['geometry-type'], 'Point'],
				layout: { visibility },
				paint: { 'circle-radius': 3, 'circle-color': '#1f3a4d' }
			}
		);
	}
	return style;
}

async function start() {
	const { Map, setWorkerUrl } = await import('maplibre-gl');
	setWorkerUrl(new URL(workerUrl, document.baseURI).href);
	const container = document.getElementById('map');
	if (!container) throw new Error('floor: #map is missing');
	const map = new Map({ container, style: buildStyle(), center: [62, 36], zoom: 3.2 });
	const w = window as unknown as FloorWindow;
	w.__map = map;
	map.once('idle', () => {
		w.__mapIdleAt = performance.now();
	});
}

void start();
