// Karabakh: districts by who administers them, the region outline and the 1991 NKAO outline.
// https://maplibre.org/maplibre-style-spec/layers/
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { LAYER, SOURCE } from '../ids';
import { byState, colourByAdministrator, isKind } from './expressions';

export function karabakhDistrictLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.karabakhDistrictsFill,
			type: 'fill',
			source: SOURCE.karabakhDistricts,
			filter: isKind('district'),
			paint: {
				'fill-color': colourByAdministrator(t.administered, t.administeredOther),
				'fill-opacity': byState(0.5, 0.72, 0.85)
			}
		},
		{
			id: LAYER.karabakhDistrictsLine,
			type: 'line',
			source: SOURCE.karabakhDistricts,
			filter: isKind('district'),
			paint: {
				'line-color': byState(t.districtLine, t.hover, t.selected),
				'line-width': byState(0.7, 1.6, 3)
			}
		},
		{
			id: LAYER.karabakhRegionLine,
			type: 'line',
			source: SOURCE.karabakhDistricts,
			filter: isKind('region'),
			paint: {
				'line-color': byState(t.regionLine, t.hover, t.selected),
				'line-width': byState(1.4, 2.2, 3.5)
			}
		},
		{
			id: LAYER.karabakhDistrictsLabel,
			type: 'symbol',
			source: SOURCE.karabakhDistricts,
			filter: isKind('district'),
			minzoom: 6.5,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [t.font.regular],
				'text-size': 11,
				'text-max-width': 7
			},
			paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.4 }
		}
	];
}

export function nkaoLayers(t: Theme): LayerSpecification[] {
	return [
		{
			// Invisible fill so the whole former oblast is clickable, not only its outline.
			id: LAYER.nkaoFill,
			type: 'fill',
			source: SOURCE.nkao,
			paint: { 'fill-color': t.former, 'fill-opacity': byState(0, 0.08, 0.14) }
		},
		{
			id: LAYER.nkaoLine,
			type: 'line',
			source: SOURCE.nkao,
			paint: {
				'line-color': byState(t.former, t.hover, t.selected),
				'line-width': byState(1.8, 2.6, 3.5),
				'line-dasharray': t.dash.former
			}
		}
	];
}
