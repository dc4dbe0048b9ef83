// Towns and capitals as points with labels.
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { byState } from './expressions';

export const LAYER = { circle: 'places-circle', label: 'places-label' } as const;

export const source = {
	id: 'places',
	layers: (t) => [
		{
			id: LAYER.circle,
			type: 'circle',
			source: 'places',
			paint: {
				'circle-radius': byState(3.5, 5, 6.5),
				'circle-color': byState(t.place, t.hover, t.selected),
				'circle-stroke-color': t.placeHalo,
				'circle-stroke-width': 1.5
			}
		},
		{
			id: LAYER.label,
			type: 'symbol',
			source: 'places',
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
	],
	legend: (t) => [{ label: 'Town or capital', swatch: { type: 'point', colour: t.place } }],
	interactive: [LAYER.circle],
	nameLabels: [LAYER.label]
} satisfies SourceDescriptor;
