// Towns and capitals as points with labels; `pointSource` also draws the "More towns" layer.
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { byState } from './expressions';

/** A point layer with labels: dot radii at rest, hovered and selected; labels from `labelMinzoom`. */
export function pointSource(
	id: string,
	legendLabel: string,
	radii: readonly [number, number, number],
	labelMinzoom: number
): SourceDescriptor & { LAYER: { circle: string; label: string } } {
	const LAYER = { circle: `${id}-circle`, label: `${id}-label` };
	return {
		id,
		LAYER,
		layers: (t) => [
			{
				id: LAYER.circle,
				type: 'circle',
				source: id,
				paint: {
					'circle-radius': byState(...radii),
					'circle-color': byState(t.place, t.hover, t.selected),
					'circle-stroke-color': t.placeHalo,
					'circle-stroke-width': 1.5
				}
			},
			{
				id: LAYER.label,
				type: 'symbol',
				source: id,
				minzoom: labelMinzoom,
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
		legend: (t) => [{ label: legendLabel, swatch: { type: 'point', colour: t.place } }],
		interactive: [LAYER.circle],
		nameLabels: [LAYER.label]
	};
}

export const source = pointSource('places', 'Town or capital', [3.5, 5, 6.5], 4);
export const LAYER = source.LAYER;
