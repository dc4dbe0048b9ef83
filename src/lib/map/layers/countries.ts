// World context: countries at 1:110m, quiet under everything else.
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { byState, perFeature } from './expressions';

export const LAYER = {
	fill: 'countries-fill',
	line: 'countries-line',
	label: 'countries-label'
} as const;

export const source = {
	id: 'countries',
	layers: (t) => [
		{
			id: LAYER.fill,
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': byState(t.land, '#ebe6d9', '#e3ddcc'),
				// Per feature, so every area fill shares one shader program (`perFeature`).
				'fill-opacity': perFeature(1)
			}
		},
		{
			id: LAYER.line,
			type: 'line',
			source: 'countries',
			paint: {
				'line-color': byState(t.countryLine, t.hover, t.selected),
				'line-width': byState(0.6, 1.2, 2),
				// The world context is generalised at 1:110m and no longer matches the 1:10m regional
				// layers once zoomed in: it fades out there (docs/data-model.md, "World context").
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 5.5, 1, 7, 0.15]
			}
		},
		{
			id: LAYER.label,
			type: 'symbol',
			source: 'countries',
			minzoom: 3,
			// Past this zoom the regional layers name what is there; a country name across a
			// district would only clutter it.
			maxzoom: 6,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [t.font.regular],
				'text-size': 11,
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08,
				'text-max-width': 8
			},
			paint: { 'text-color': '#6b6459', 'text-halo-color': t.labelHalo, 'text-halo-width': 1.2 }
		}
	],
	legend: (t) => [
		{
			label: 'Country (de facto outline)',
			swatch: { type: 'fill', colour: t.land, outline: t.countryLine }
		}
	],
	interactive: [LAYER.fill, LAYER.line],
	nameLabels: [LAYER.label]
} satisfies SourceDescriptor;
