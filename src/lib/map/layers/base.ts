// World context and water: quiet layers under everything else.
// https://maplibre.org/maplibre-style-spec/layers/
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { LAYER, SOURCE } from '../ids';
import { byState, isGeometry } from './expressions';

export function backgroundLayers(t: Theme): LayerSpecification[] {
	return [{ id: LAYER.background, type: 'background', paint: { 'background-color': t.water } }];
}

export function countryLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.countriesFill,
			type: 'fill',
			source: SOURCE.countries,
			paint: { 'fill-color': byState(t.land, '#ebe6d9', '#e3ddcc') }
		},
		{
			id: LAYER.countriesLine,
			type: 'line',
			source: SOURCE.countries,
			paint: {
				'line-color': byState(t.countryLine, t.hover, t.selected),
				'line-width': byState(0.6, 1.2, 2),
				// The world context is generalised at 1:110m and no longer matches the 1:10m regional
				// layers once zoomed in: it fades out there (GEODATA.md, "World context").
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 5.5, 1, 7, 0.15]
			}
		},
		{
			id: LAYER.countriesLabel,
			type: 'symbol',
			source: SOURCE.countries,
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
	];
}

export function waterLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.waterFill,
			type: 'fill',
			source: SOURCE.water,
			filter: isGeometry('Polygon'),
			paint: { 'fill-color': t.water, 'fill-outline-color': t.waterLine }
		},
		{
			id: LAYER.waterLine,
			type: 'line',
			source: SOURCE.water,
			filter: isGeometry('LineString'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': byState(t.waterLine, t.hover, t.selected),
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.8]
			}
		}
	];
}
