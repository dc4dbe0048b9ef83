// Karabakh: the 1991 boundary of the former autonomous oblast, dashed over the districts.
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { byState, perFeature } from './expressions';

export const LAYER = { fill: 'karabakh-nkao-1991-fill', line: 'karabakh-nkao-1991-line' } as const;

export const source = {
	id: 'karabakh-nkao-1991',
	layers: (t) => [
		{
			// Invisible fill so the whole former oblast is clickable, not only its outline.
			id: LAYER.fill,
			type: 'fill',
			source: 'karabakh-nkao-1991',
			// Colour per feature, so every area fill shares one shader program (`perFeature`).
			paint: { 'fill-color': perFeature(t.former), 'fill-opacity': byState(0, 0.08, 0.14) }
		},
		{
			id: LAYER.line,
			type: 'line',
			source: 'karabakh-nkao-1991',
			paint: {
				'line-color': byState(t.former, t.hover, t.selected),
				'line-width': byState(1.8, 2.6, 3.5),
				'line-dasharray': t.dash.former
			}
		}
	],
	legend: (t) => [
		{
			label: 'Former oblast boundary, 1991 (dashed)',
			swatch: { type: 'line', colour: t.former, dash: t.dash.former, width: 2 }
		}
	],
	interactive: [LAYER.fill, LAYER.line],
	nameLabels: []
} satisfies SourceDescriptor;
