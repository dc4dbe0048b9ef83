// Areas by who administers them, with their outlines, the outline of the region they make up,
// and their names: the same drawing for the Kashmir zones and the Karabakh districts.
// https://maplibre.org/maplibre-style-spec/layers/
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { byState, colourByAdministrator, isKind } from './expressions';

export interface AreaLayerIds {
	fill: string;
	line: string;
	regionLine: string;
	label: string;
}

export interface AreaStyle {
	source: string;
	/** The `kind` of the areas; the region outline is the feature of kind `region`. */
	kind: string;
	ids: AreaLayerIds;
	/** Fill opacity: normal, hovered, selected. */
	fillOpacity: [number, number, number];
	outline: string;
	labelMinzoom: number;
	labelMaxWidth: number;
}

export function administeredAreaLayers(t: Theme, style: AreaStyle): LayerSpecification[] {
	const { source, ids } = style;
	return [
		{
			id: ids.fill,
			type: 'fill',
			source,
			filter: isKind(style.kind),
			paint: {
				'fill-color': colourByAdministrator(t.administered, t.administeredOther),
				'fill-opacity': byState(...style.fillOpacity)
			}
		},
		{
			id: ids.line,
			type: 'line',
			source,
			filter: isKind(style.kind),
			paint: {
				'line-color': byState(style.outline, t.hover, t.selected),
				'line-width': byState(0.7, 1.6, 3)
			}
		},
		{
			id: ids.regionLine,
			type: 'line',
			source,
			filter: isKind('region'),
			paint: {
				'line-color': byState(t.regionLine, t.hover, t.selected),
				'line-width': byState(1.4, 2.2, 3.5)
			}
		},
		{
			id: ids.label,
			type: 'symbol',
			source,
			filter: isKind(style.kind),
			minzoom: style.labelMinzoom,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [t.font.regular],
				'text-size': 11,
				'text-max-width': style.labelMaxWidth
			},
			paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.4 }
		}
	];
}

/** The legend's outline of the whole region, as `regionLine` draws it. */
export const regionOutlineSwatch = (t: Theme) =>
	({ type: 'line', colour: t.regionLine, dash: null, width: 2 }) as const;
