// Kashmir: the zones by who administers them, and the outline of the whole region (on the China
// side India's claim line, so the legend says so rather than calling it the princely state's extent).
import type { SourceDescriptor } from '../source';
import { administeredAreaLayers, regionOutlineSwatch } from './areas';

export const LAYER = {
	mask: 'kashmir-zones-region-mask',
	fill: 'kashmir-zones-fill',
	line: 'kashmir-zones-line',
	regionLine: 'kashmir-region-line',
	label: 'kashmir-zones-label'
} as const;

const ADMINISTRATORS = [
	['IND', 'India'],
	['PAK', 'Pakistan'],
	['CHN', 'China']
] as const;

export const source = {
	id: 'kashmir-zones',
	layers: (t) =>
		administeredAreaLayers(t, {
			source: 'kashmir-zones',
			kind: 'zone',
			ids: LAYER,
			fillOpacity: [0.55, 0.75, 0.85],
			outline: t.zoneLine,
			labelMinzoom: 5,
			labelMaxWidth: 9
		}),
	legend: (t) => [
		...ADMINISTRATORS.map(([code, name]) => ({
			label: `Administered by ${name}`,
			swatch: {
				type: 'fill' as const,
				colour: t.administered[code] ?? t.administeredOther,
				outline: t.zoneLine
			}
		})),
		{
			label: "Whole region (outline; on the China side it follows India's claim line)",
			swatch: regionOutlineSwatch(t)
		}
	],
	shadedFill: LAYER.fill,
	interactive: [LAYER.fill, LAYER.line, LAYER.regionLine],
	nameLabels: [LAYER.label]
} satisfies SourceDescriptor;
