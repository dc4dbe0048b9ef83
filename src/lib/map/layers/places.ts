// Towns and capitals as points with labels.
// https://maplibre.org/maplibre-style-spec/layers/
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { LAYER, SOURCE } from '../ids';
import { byState } from './expressions';

export function placeLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.placesCircle,
			type: 'circle',
			source: SOURCE.places,
			paint: {
				'circle-radius': byState(3.5, 5, 6.5),
				'circle-color': byState(t.place, t.hover, t.selected),
				'circle-stroke-color': t.placeHalo,
				'circle-stroke-width': 1.5
			}
		},
		{
			id: LAYER.placesLabel,
			type: 'symbol',
			source: SOURCE.places,
			minzoom: 4,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [t.font.regular],
				'text-size': 12,
				'text-offset': [0, 0.9],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.4 }
		}
	];
}
