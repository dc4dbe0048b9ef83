// Kashmir: what each party claims, hatched per claimant (opt-in).
// https://maplibre.org/maplibre-style-spec/layers/
import type { SourceDescriptor } from '../source';
import { hatchImage, type HatchDirection } from '../legend';
import { byState, firstClaimant, isGeometry, matchTable } from './expressions';

export const LAYER = { fill: 'kashmir-claims-fill', line: 'kashmir-claims-line' } as const;

/**
 * Claims are told apart by pattern as well as colour: one hatch per claimant, the same in the
 * map's fill pattern and the legend's swatch.
 */
const CLAIMANTS: { code: string; name: string; hatch: HatchDirection; words: string }[] = [
	{ code: 'IND', name: 'India', hatch: 'forward', words: 'hatched /' },
	{ code: 'PAK', name: 'Pakistan', hatch: 'backward', words: 'hatched \\' },
	{ code: 'CHN', name: 'China', hatch: 'cross', words: 'cross-hatched' }
];
const imageId = (code: string) => `hatch-${code.toLowerCase()}`;

export const source = {
	id: 'kashmir-claims',
	images: (t) =>
		CLAIMANTS.map((c) => hatchImage(imageId(c.code), t.claim[c.code] ?? t.otherLine, c.hatch)),
	layers: (t) => [
		{
			id: LAYER.fill,
			type: 'fill',
			source: 'kashmir-claims',
			filter: isGeometry('Polygon'),
			paint: {
				'fill-pattern': matchTable(
					firstClaimant,
					Object.fromEntries(CLAIMANTS.map((c) => [c.code, imageId(c.code)])),
					imageId(CLAIMANTS[0]!.code)
				),
				'fill-opacity': byState(0.8, 0.9, 1)
			}
		},
		{
			id: LAYER.line,
			type: 'line',
			source: 'kashmir-claims',
			paint: {
				'line-color': matchTable(firstClaimant, t.claim, t.otherLine),
				'line-width': byState(1.2, 2, 3),
				'line-dasharray': t.dash.claim
			}
		}
	],
	legend: (t) =>
		CLAIMANTS.map((c) => ({
			label: `Claimed by ${c.name} (${c.words})`,
			swatch: {
				type: 'hatch',
				colour: t.claim[c.code] ?? t.otherLine,
				direction: c.hatch,
				outlineDash: t.dash.claim
			}
		})),
	interactive: [LAYER.fill, LAYER.line],
	nameLabels: []
} satisfies SourceDescriptor;
