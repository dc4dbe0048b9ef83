// Karabakh: districts by who administers them, and the region outline.
import type { SourceDescriptor } from '../source';
import { administeredAreaLayers, regionOutlineSwatch } from './areas';

export const LAYER = {
	mask: 'karabakh-districts-region-mask',
	fill: 'karabakh-districts-fill',
	line: 'karabakh-districts-line',
	regionLine: 'karabakh-region-line',
	label: 'karabakh-districts-label'
} as const;

export const source = {
	id: 'karabakh-districts',
	layers: (t) =>
		administeredAreaLayers(t, {
			source: 'karabakh-districts',
			kind: 'district',
			ids: LAYER,
			fillOpacity: [0.5, 0.72, 0.85],
			outline: t.districtLine,
			labelMinzoom: 6.5,
			labelMaxWidth: 7
		}),
	legend: (t) => [
		{
			label: 'District, administered by Azerbaijan',
			swatch: {
				type: 'fill',
				colour: t.administered.AZE ?? t.administeredOther,
				outline: t.districtLine
			}
		},
		{ label: 'Karabakh region (outline)', swatch: regionOutlineSwatch(t) }
	],
	shadedFill: LAYER.fill,
	interactive: [LAYER.fill, LAYER.line, LAYER.regionLine],
	nameLabels: [LAYER.label]
} satisfies SourceDescriptor;
