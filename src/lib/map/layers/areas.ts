// Areas by who administers them, with their outlines, the outline of the region they make up,
// and their names: the same drawing for the Kashmir zones and the Karabakh districts.
// https://maplibre.org/maplibre-style-spec/layers/
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { byState, colourByAdministrator, isKind, perFeature } from './expressions';

export interface AreaLayerIds {
	/** Land under the region: hides the 1:110m country borders that cross it (see below). */
	mask: string;
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
		// The world context's 1:110m borders (IND–PAK, IND–CHN, ARM–AZE) run through the regions
		// kilometres away from the detailed lines drawn here; land-coloured ground under the region
		// hides them, so the map shows one line per boundary. Rivers are drawn above (layers.json).
		{
			id: ids.mask,
			type: 'fill',
			source,
			filter: isKind('region'),
			// per feature, so this fill shares the other fills' shader program (`perFeature`)
			paint: { 'fill-color': perFeature(t.land), 'fill-opacity': perFeature(1) }
		},
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
