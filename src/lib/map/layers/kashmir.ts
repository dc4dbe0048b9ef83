// Kashmir: administered zones, opt-in claims, and the de facto lines.
// https://maplibre.org/maplibre-style-spec/layers/
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import { HATCH_IMAGE, LAYER, SOURCE } from '../ids';
import {
	byState,
	colourByAdministrator,
	firstClaimant,
	isGeometry,
	isKind,
	matchTable
} from './expressions';

export function kashmirZoneLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.kashmirZonesFill,
			type: 'fill',
			source: SOURCE.kashmirZones,
			filter: isKind('zone'),
			paint: {
				'fill-color': colourByAdministrator(t.administered, t.administeredOther),
				'fill-opacity': byState(0.55, 0.75, 0.85)
			}
		},
		{
			id: LAYER.kashmirZonesLine,
			type: 'line',
			source: SOURCE.kashmirZones,
			filter: isKind('zone'),
			paint: {
				'line-color': byState(t.zoneLine, t.hover, t.selected),
				'line-width': byState(0.7, 1.6, 3)
			}
		},
		{
			id: LAYER.kashmirRegionLine,
			type: 'line',
			source: SOURCE.kashmirZones,
			filter: isKind('region'),
			paint: {
				'line-color': byState(t.regionLine, t.hover, t.selected),
				'line-width': byState(1.4, 2.2, 3.5)
			}
		},
		{
			id: LAYER.kashmirZonesLabel,
			type: 'symbol',
			source: SOURCE.kashmirZones,
			filter: isKind('zone'),
			minzoom: 5,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [t.font.regular],
				'text-size': 11,
				'text-max-width': 9
			},
			paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.4 }
		}
	];
}

export function kashmirClaimLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: LAYER.kashmirClaimsFill,
			type: 'fill',
			source: SOURCE.kashmirClaims,
			filter: isGeometry('Polygon'),
			paint: {
				'fill-pattern': matchTable(firstClaimant, HATCH_IMAGE, HATCH_IMAGE.IND),
				'fill-opacity': byState(0.8, 0.9, 1)
			}
		},
		{
			id: LAYER.kashmirClaimsLine,
			type: 'line',
			source: SOURCE.kashmirClaims,
			paint: {
				'line-color': matchTable(firstClaimant, t.claim, t.otherLine),
				'line-width': byState(1.2, 2, 3),
				'line-dasharray': [2, 2]
			}
		}
	];
}

/** Line colour and dash by line id: each de facto line has its own, matching the legend. */
function lineColour(t: Theme): ExpressionSpecification {
	return [
		'match',
		['get', 'id'],
		'line/loc',
		t.loc,
		'line/siachen',
		t.siachenLine,
		'line/working-boundary',
		t.workingBoundary,
		'line/lac-western',
		t.lac,
		t.otherLine
	];
}

export function kashmirLineLayers(t: Theme): LayerSpecification[] {
	const line = (id: string) => ['==', ['get', 'id'], id] as ExpressionSpecification;
	const base = (
		layerId: string,
		filter: ExpressionSpecification,
		dash: number[] | undefined,
		width: number
	): LayerSpecification => ({
		id: layerId,
		type: 'line',
		source: SOURCE.kashmirLines,
		filter: ['all', isGeometry('LineString'), filter],
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': byState(lineColour(t), t.hover, t.selected),
			'line-width': byState(width, width + 1, width + 2),
			...(dash ? { 'line-dasharray': dash } : {})
		}
	});
	return [
		{
			id: LAYER.kashmirLinesCasing,
			type: 'line',
			source: SOURCE.kashmirLines,
			filter: isGeometry('LineString'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': '#ffffff',
				'line-opacity': byState(0.7, 0.9, 1),
				'line-width': byState(4, 6, 7)
			}
		},
		base(
			LAYER.kashmirLines,
			[
				'!',
				[
					'in',
					['get', 'id'],
					['literal', ['line/loc', 'line/lac-western', 'line/siachen', 'line/working-boundary']]
				]
			],
			[3, 2],
			1.2
		),
		base(`${LAYER.kashmirLines}-loc`, line('line/loc'), t.dash.loc, 2.2),
		base(`${LAYER.kashmirLines}-lac`, line('line/lac-western'), t.dash.lac, 2),
		base(`${LAYER.kashmirLines}-siachen`, line('line/siachen'), t.dash.siachen, 2.2),
		base(
			`${LAYER.kashmirLines}-working-boundary`,
			line('line/working-boundary'),
			t.dash.workingBoundary,
			2
		),
		{
			id: LAYER.kashmirLinesLabel,
			type: 'symbol',
			source: SOURCE.kashmirLines,
			filter: [
				'all',
				isGeometry('LineString'),
				[
					'in',
					['get', 'id'],
					['literal', ['line/loc', 'line/lac-western', 'line/working-boundary']]
				]
			],
			minzoom: 5.5,
			layout: {
				'symbol-placement': 'line',
				'text-field': [
					'match',
					['get', 'id'],
					'line/loc',
					'Line of Control (approximate)',
					'line/lac-western',
					'Line of Actual Control (approximate)',
					['get', 'name']
				],
				'text-font': [t.font.regular],
				'text-size': 11,
				'symbol-spacing': 320
			},
			paint: { 'text-color': lineColour(t), 'text-halo-color': t.labelHalo, 'text-halo-width': 1.6 }
		},
		{
			id: LAYER.kashmirPoints,
			type: 'circle',
			source: SOURCE.kashmirLines,
			filter: isGeometry('Point'),
			paint: {
				'circle-radius': byState(3.5, 5, 6),
				'circle-color': t.loc,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5
			}
		}
	];
}
