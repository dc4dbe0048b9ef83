/**
 * Legend entries per layer, from the same theme the map layers use, so a swatch is always what
 * the map draws. Each entry also says in words what it shows: colour is never the only signal.
 */
import type { Theme } from '$lib/theme';

export type Swatch =
	| { type: 'fill'; colour: string; outline: string }
	| { type: 'hatch'; colour: string; direction: 'forward' | 'backward' | 'cross' }
	| { type: 'line'; colour: string; dash: number[] | null; width: number }
	| { type: 'point'; colour: string };

export interface LegendItem {
	label: string;
	swatch: Swatch;
}

export function legendItems(layerId: string, t: Theme): LegendItem[] {
	switch (layerId) {
		case 'countries':
			return [
				{
					label: 'Country (de facto outline)',
					swatch: { type: 'fill', colour: t.land, outline: t.countryLine }
				}
			];
		case 'water':
			return [
				{ label: 'River', swatch: { type: 'line', colour: t.waterLine, dash: null, width: 1.5 } },
				{ label: 'Lake', swatch: { type: 'fill', colour: t.water, outline: t.waterLine } }
			];
		case 'kashmir-zones':
			return [
				{
					label: 'Administered by India',
					swatch: { type: 'fill', colour: t.administered.IND!, outline: t.zoneLine }
				},
				{
					label: 'Administered by Pakistan',
					swatch: { type: 'fill', colour: t.administered.PAK!, outline: t.zoneLine }
				},
				{
					label: 'Administered by China',
					swatch: { type: 'fill', colour: t.administered.CHN!, outline: t.zoneLine }
				},
				{
					label: 'Whole former princely state (outline)',
					swatch: { type: 'line', colour: t.regionLine, dash: null, width: 2 }
				}
			];
		case 'karabakh-districts':
			return [
				{
					label: 'District, administered by Azerbaijan',
					swatch: { type: 'fill', colour: t.administered.AZE!, outline: t.districtLine }
				},
				{
					label: 'Karabakh region (outline)',
					swatch: { type: 'line', colour: t.regionLine, dash: null, width: 2 }
				}
			];
		case 'karabakh-nkao-1991':
			return [
				{
					label: 'Former oblast boundary, 1991 (dashed)',
					swatch: { type: 'line', colour: t.former, dash: t.dash.former, width: 2 }
				}
			];
		case 'kashmir-claims':
			return [
				{
					label: 'Claimed by India (hatched /)',
					swatch: { type: 'hatch', colour: t.claim.IND!, direction: 'forward' }
				},
				{
					label: 'Claimed by Pakistan (hatched \\)',
					swatch: { type: 'hatch', colour: t.claim.PAK!, direction: 'backward' }
				},
				{
					label: 'Claimed by China (cross-hatched)',
					swatch: { type: 'hatch', colour: t.claim.CHN!, direction: 'cross' }
				}
			];
		case 'kashmir-lines':
			return [
				{
					label: 'Line of Control (approximate, dashed)',
					swatch: { type: 'line', colour: t.loc, dash: t.dash.loc, width: 2.2 }
				},
				{
					label: 'Siachen line (approximate, dotted)',
					swatch: { type: 'line', colour: t.siachenLine, dash: t.dash.siachen, width: 2.2 }
				},
				{
					label: 'Line of Actual Control (dash-dot)',
					swatch: { type: 'line', colour: t.lac, dash: t.dash.lac, width: 2 }
				},
				{
					label: 'Working Boundary / International Border (long dash-dot)',
					swatch: {
						type: 'line',
						colour: t.workingBoundary,
						dash: t.dash.workingBoundary,
						width: 2
					}
				},
				{
					label: 'Other boundary lines (short dashes)',
					swatch: { type: 'line', colour: t.otherLine, dash: [3, 2], width: 1.2 }
				},
				{
					label: 'NJ9842 (end point of the Line of Control)',
					swatch: { type: 'point', colour: t.loc }
				}
			];
		case 'places':
			return [{ label: 'Town or capital', swatch: { type: 'point', colour: t.place } }];
		default:
			return [];
	}
}
