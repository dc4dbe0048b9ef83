// Rivers and lakes, under the regional layers.
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { byState, isGeometry, perFeature } from './expressions';

export const LAYER = { fill: 'water-fill', line: 'water-line' } as const;

/** Width of a river at the legend's scale, within the map's range of 0.6–1.8. */
const RIVER_LEGEND_WIDTH = 1.5;

export const source = {
	id: 'water',
	layers: (t) => [
		{
			id: LAYER.fill,
			type: 'fill',
			source: 'water',
			filter: isGeometry('Polygon'),
			// Per feature, so every area fill shares one shader program (`perFeature`).
			paint: {
				'fill-color': perFeature(t.water),
				'fill-outline-color': perFeature(t.waterLine),
				'fill-opacity': perFeature(1)
			}
		},
		{
			id: LAYER.line,
			type: 'line',
			source: 'water',
			filter: isGeometry('LineString'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': byState(t.waterLine, t.hover, t.selected),
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.8]
			}
		}
	],
	legend: (t) => [
		{
			label: 'River',
			swatch: { type: 'line', colour: t.waterLine, dash: null, width: RIVER_LEGEND_WIDTH }
		},
		{ label: 'Lake', swatch: { type: 'fill', colour: t.water, outline: t.waterLine } }
	],
	interactive: [LAYER.fill, LAYER.line],
	nameLabels: []
} satisfies SourceDescriptor;
