// The whole style as a pure function of the theme, the loaded data and the visible layers.
// https://maplibre.org/maplibre-style-spec/root/
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from '$lib/theme';
import { SOURCE, type SourceId } from '../ids';
import { backgroundLayers, countryLayers, waterLayers } from './base';
import { kashmirClaimLayers, kashmirLineLayers, kashmirZoneLayers } from './kashmir';
import { karabakhDistrictLayers, nkaoLayers } from './karabakh';
import { placeLayers } from './places';
import { isPlainNameLabel, labelField } from './expressions';

/** The style layers drawn for each source, in the order they stack (bottom first). */
export const LAYERS_BY_SOURCE: Record<SourceId, (t: Theme) => LayerSpecification[]> = {
	[SOURCE.countries]: countryLayers,
	[SOURCE.water]: waterLayers,
	[SOURCE.kashmirZones]: kashmirZoneLayers,
	[SOURCE.karabakhDistricts]: karabakhDistrictLayers,
	[SOURCE.nkao]: nkaoLayers,
	[SOURCE.kashmirClaims]: kashmirClaimLayers,
	[SOURCE.kashmirLines]: kashmirLineLayers,
	[SOURCE.places]: placeLayers
};

export const SOURCE_IDS = Object.values(SOURCE) as SourceId[];

export function isSourceId(value: string): value is SourceId {
	return (SOURCE_IDS as string[]).includes(value);
}

export interface StyleInput {
	theme: Theme;
	/** Loaded data per source; a source without data (e.g. its file failed) is left out. */
	data: Partial<Record<SourceId, FeatureCollection | string>>;
	/** Sources whose layers are shown; the others are in the style but hidden. */
	visible: ReadonlySet<SourceId>;
	/** Language of the label names; null (or absent) for the neutral English names. */
	nameForm?: string | null;
	/** `font-faces` entries: font name → absolute URL of a self-hosted font file. */
	fontFaces: Record<string, string | { url: string; 'unicode-range': string[] }[]>;
}

/** Builds the complete style: no glyph server, no sprite, nothing from outside the site. */
export function buildStyle({
	theme,
	data,
	visible,
	fontFaces,
	nameForm = null
}: StyleInput): StyleSpecification {
	const sources: StyleSpecification['sources'] = {};
	const layers: LayerSpecification[] = [...backgroundLayers(theme)];
	for (const id of SOURCE_IDS) {
		const sourceData = data[id];
		if (sourceData === undefined) continue;
		sources[id] = { type: 'geojson', data: sourceData, promoteId: 'id' };
		for (const layer of LAYERS_BY_SOURCE[id](theme)) {
			layers.push(withNameForm(withVisibility(layer, visible.has(id)), nameForm));
		}
	}
	return {
		version: 8,
		name: 'Conflict-region explorer',
		sources,
		layers,
		'font-faces': fontFaces
	} as StyleSpecification;
}

export function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
	if (layer.type === 'background') return layer;
	return {
		...layer,
		layout: { ...(layer.layout ?? {}), visibility: visible ? 'visible' : 'none' }
	} as LayerSpecification;
}

/** The layer with its plain-name label (if any) in the given name form. */
export function withNameForm(
	layer: LayerSpecification,
	nameForm: string | null
): LayerSpecification {
	if (layer.type !== 'symbol' || !isPlainNameLabel(layer.layout?.['text-field'])) return layer;
	return { ...layer, layout: { ...layer.layout, 'text-field': labelField(nameForm) } };
}

/** Ids of the layers whose labels follow the chosen name form. */
export function nameLabelLayerIds(theme: Theme): string[] {
	return SOURCE_IDS.flatMap((source) =>
		LAYERS_BY_SOURCE[source](theme).filter(
			(layer) => layer.type === 'symbol' && isPlainNameLabel(layer.layout?.['text-field'])
		)
	).map((layer) => layer.id);
}

/** The style layer ids that belong to a source (for visibility toggles and hit testing). */
export function layerIdsOf(source: SourceId, theme: Theme): string[] {
	return LAYERS_BY_SOURCE[source](theme).map((layer) => layer.id);
}
