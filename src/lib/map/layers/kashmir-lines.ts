// Kashmir: the de facto lines, each with its own colour and dash, and the NJ9842 point.
// https://maplibre.org/maplibre-style-spec/layers/
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import type { SourceDescriptor } from '../source';
import { byState, isGeometry, perFeature } from './expressions';

export const LAYER = {
	casing: 'kashmir-lines-casing',
	other: 'kashmir-lines-line',
	loc: 'kashmir-lines-line-loc',
	lac: 'kashmir-lines-line-lac',
	siachen: 'kashmir-lines-line-siachen',
	workingBoundary: 'kashmir-lines-line-working-boundary',
	label: 'kashmir-lines-label',
	point: 'kashmir-lines-point'
} as const;

interface NamedLine {
	featureId: string;
	layer: string;
	legend: string;
	colour: string;
	dash: number[];
	width: number;
}

/** The lines with a style of their own, in drawing order; the map and the legend read this. */
function namedLines(t: Theme): NamedLine[] {
	return [
		{
			featureId: 'line/loc',
			layer: LAYER.loc,
			legend: 'Line of Control (approximate, dashed)',
			colour: t.loc,
			dash: t.dash.loc,
			width: 2.2
		},
		{
			featureId: 'line/lac-western',
			layer: LAYER.lac,
			legend: 'Line of Actual Control (approximate, dash-dot)',
			colour: t.lac,
			dash: t.dash.lac,
			width: 2
		},
		{
			featureId: 'line/siachen',
			layer: LAYER.siachen,
			legend: 'Siachen line (approximate, dotted)',
			colour: t.siachenLine,
			dash: t.dash.siachen,
			width: 2.2
		},
		{
			featureId: 'line/working-boundary',
			layer: LAYER.workingBoundary,
			legend: 'Working Boundary / International Border (long dash-dot)',
			colour: t.workingBoundary,
			dash: t.dash.workingBoundary,
			width: 2
		}
	];
}

/** Every other line: the China–Pakistan boundary, the line between the union territories. */
const OTHER_WIDTH = 1.2;
/** The legend lists the lines in this order: the LoC first, as articles mostly name it. */
const LEGEND_ORDER = ['line/loc', 'line/siachen', 'line/lac-western', 'line/working-boundary'];
/** Lines labelled along their course; the LoC and LAC labels say the line is approximate. */
const LABELS: Record<string, string | null> = {
	'line/loc': 'Line of Control (approximate)',
	'line/lac-western': 'Line of Actual Control (approximate)',
	'line/working-boundary': null
};

function lineColour(t: Theme): ExpressionSpecification {
	return [
		'match',
		['get', 'id'],
		...namedLines(t).flatMap((line) => [line.featureId, line.colour]),
		t.otherLine
	] as unknown as ExpressionSpecification;
}

function lineLayer(
	t: Theme,
	id: string,
	filter: ExpressionSpecification,
	dash: number[],
	width: number
): LayerSpecification {
	return {
		id,
		type: 'line',
		source: 'kashmir-lines',
		filter: ['all', isGeometry('LineString'), filter],
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': byState(lineColour(t), t.hover, t.selected),
			'line-width': byState(width, width + 1, width + 2),
			'line-dasharray': dash
		}
	};
}

export const source = {
	id: 'kashmir-lines',
	layers: (t) => {
		const named = namedLines(t);
		const labelled = Object.keys(LABELS);
		return [
			{
				id: LAYER.casing,
				type: 'line',
				source: 'kashmir-lines',
				filter: isGeometry('LineString'),
				layout: { 'line-join': 'round' },
				paint: {
					// The state is in the colour's alpha, not in line-opacity: the shader multiplies
					// both into each fragment alike, and the casing then shares the other lines'
					// program (per-feature colour, constant opacity) instead of compiling its own.
					'line-color': byState('rgba(255, 255, 255, 0.7)', 'rgba(255, 255, 255, 0.9)', '#ffffff'),
					'line-width': byState(4, 6, 7)
				}
			},
			lineLayer(
				t,
				LAYER.other,
				['!', ['in', ['get', 'id'], ['literal', named.map((line) => line.featureId)]]],
				t.dash.other,
				OTHER_WIDTH
			),
			...named.map((line) =>
				lineLayer(t, line.layer, ['==', ['get', 'id'], line.featureId], line.dash, line.width)
			),
			{
				id: LAYER.label,
				type: 'symbol',
				source: 'kashmir-lines',
				filter: ['all', isGeometry('LineString'), ['in', ['get', 'id'], ['literal', labelled]]],
				minzoom: 5.5,
				layout: {
					'symbol-placement': 'line',
					'text-field': [
						'match',
						['get', 'id'],
						...Object.entries(LABELS).flatMap(([id, text]) => (text ? [id, text] : [])),
						['get', 'name']
					] as unknown as ExpressionSpecification,
					'text-font': [t.font.regular],
					'text-size': 11,
					'symbol-spacing': 320
				},
				paint: {
					'text-color': lineColour(t),
					'text-halo-color': t.labelHalo,
					'text-halo-width': 1.6
				}
			},
			{
				id: LAYER.point,
				type: 'circle',
				source: 'kashmir-lines',
				filter: isGeometry('Point'),
				paint: {
					'circle-radius': byState(3.5, 5, 6),
					// Per feature, so it shares the places' shader program (`perFeature`).
					'circle-color': perFeature(t.loc),
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1.5
				}
			}
		];
	},
	legend: (t) => {
		const named = namedLines(t);
		return [
			...LEGEND_ORDER.map((featureId) => named.find((line) => line.featureId === featureId)!).map(
				(line) => ({
					label: line.legend,
					swatch: { type: 'line' as const, colour: line.colour, dash: line.dash, width: line.width }
				})
			),
			{
				label: 'Other boundary lines (short dashes)',
				swatch: { type: 'line', colour: t.otherLine, dash: t.dash.other, width: OTHER_WIDTH }
			},
			{
				label: 'NJ9842 (end point of the Line of Control)',
				swatch: { type: 'point', colour: t.loc }
			}
		];
	},
	interactive: [
		LAYER.other,
		LAYER.loc,
		LAYER.lac,
		LAYER.siachen,
		LAYER.workingBoundary,
		LAYER.point
	],
	nameLabels: []
} satisfies SourceDescriptor;
