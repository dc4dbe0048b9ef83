/**
 * The claims lens on the map: each chosen party's claim hatched in its own colour and direction
 * over the control shading, with the party's name as a label. Where two claims collide the two
 * hatches cross, so the overlap shows without a colour of its own. Loaded with the first use of
 * the lens, never on the first load; the claims on a day come from `$lib/timeline/claims`.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import type { ShippedClaim } from '$lib/timeline/claims';
import { hatchImage, type HatchDirection, type LegendItem } from './legend';

export type ClaimsMap = Pick<
	MapLibreMap,
	'addImage' | 'hasImage' | 'addLayer' | 'getLayer' | 'addSource' | 'getSource'
>;

const SOURCE = 'claims-lens';
export const CLAIMS_LAYER = {
	fill: 'claims-lens-fill',
	line: 'claims-lens-line',
	label: 'claims-lens-label'
};

/** Colour and hatch per party: Kashmir's three differ, and so do Karabakh's two. */
export function claimStyle(
	t: Theme
): Record<string, { colour: string; hatch: HatchDirection; words: string }> {
	return {
		ind: { colour: t.claim.IND ?? '#b45309', hatch: 'forward', words: 'orange, hatched /' },
		pak: { colour: t.claim.PAK ?? '#15803d', hatch: 'backward', words: 'green, hatched \\' },
		chn: { colour: t.claim.CHN ?? '#6d28d9', hatch: 'cross', words: 'purple, cross-hatched' },
		aze: { colour: '#0e7490', hatch: 'forward', words: 'teal, hatched /' },
		nkr: { colour: '#b91c1c', hatch: 'backward', words: 'red, hatched \\' }
	};
}

const imageOf = (party: string) => `claims-lens-${party}`;

/** The lens's features: one per claimed shape, carrying its party and label. */
export function claimsCollection(
	claims: readonly ShippedClaim[],
	geometryOf: (featureId: string) => Geometry | undefined
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: claims.flatMap((claim) =>
			claim.features.flatMap((id) => {
				const geometry = geometryOf(id);
				return geometry
					? [
							{
								type: 'Feature' as const,
								geometry,
								properties: {
									id: `${claim.party}:${id}`,
									party: claim.party,
									label: `Claimed by ${claim.label}`
								}
							}
						]
					: [];
			})
		)
	};
}

export class ClaimsLens {
	readonly #map: ClaimsMap;
	readonly #theme: Theme;

	constructor(map: ClaimsMap, theme: Theme) {
		this.#map = map;
		this.#theme = theme;
	}

	/** Draws the collection (empty: nothing), above every other layer. */
	apply(data: FeatureCollection): void {
		const source = this.#map.getSource(SOURCE) as GeoJSONSource | undefined;
		if (source) {
			source.setData(data);
			return;
		}
		const styles = claimStyle(this.#theme);
		for (const [party, style] of Object.entries(styles))
			if (!this.#map.hasImage(imageOf(party)))
				this.#map.addImage(imageOf(party), hatchImage(imageOf(party), style.colour, style.hatch));
		this.#map.addSource(SOURCE, { type: 'geojson', data });
		const party = ['get', 'party'] as const;
		const byParty = (pick: (s: (typeof styles)[string]) => string, fallback: string) => [
			'match',
			party,
			...Object.entries(styles).flatMap(([p, s]) => [p, pick(s)]),
			fallback
		];
		this.#map.addLayer({
			id: CLAIMS_LAYER.fill,
			type: 'fill',
			source: SOURCE,
			paint: { 'fill-pattern': ['concat', 'claims-lens-', party] as never }
		});
		this.#map.addLayer({
			id: CLAIMS_LAYER.line,
			type: 'line',
			source: SOURCE,
			paint: {
				'line-color': byParty((s) => s.colour, '#444444') as never,
				'line-width': 1.6,
				'line-dasharray': [2, 2]
			}
		});
		this.#map.addLayer({
			id: CLAIMS_LAYER.label,
			type: 'symbol',
			source: SOURCE,
			layout: {
				'text-field': ['get', 'label'],
				'text-font': [this.#theme.font.regular],
				'text-size': 12,
				'symbol-placement': 'point',
				'text-allow-overlap': false
			},
			paint: {
				'text-color': byParty((s) => s.colour, '#444444') as never,
				'text-halo-color': '#ffffff',
				'text-halo-width': 1.6
			}
		});
	}
}

/** The lens's legend in words: which party each hatch is, since when, and what an overlap means. */
export function claimsLegend(
	t: Theme,
	claims: readonly ShippedClaim[],
	since: (c: ShippedClaim) => string
): LegendItem[] {
	const styles = claimStyle(t);
	const items: LegendItem[] = claims.map((c) => {
		const style = styles[c.party] ?? {
			colour: '#444444',
			hatch: 'forward' as const,
			words: 'hatched'
		};
		return {
			label: `Claimed by ${c.label} (${style.words}) ${since(c)}`,
			swatch: { type: 'hatch', colour: style.colour, direction: style.hatch, outlineDash: [2, 2] }
		};
	});
	if (claims.length > 1)
		items.push({
			label: 'Where two hatchings cross, the claims overlap: both parties claim that area',
			swatch: { type: 'hatch', colour: '#444444', direction: 'cross', outlineDash: [2, 2] }
		});
	return items;
}
