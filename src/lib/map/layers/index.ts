// The list of map sources and the whole style as a pure function of the theme, the loaded data
// and the visible layers. https://maplibre.org/maplibre-style-spec/root/
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LAYER_ORDER } from '$lib/geodata/catalog';
import type { Theme } from '$lib/theme';
import type { SourceDescriptor } from '../source';
import { labelField } from './expressions';

export type { SourceDescriptor } from '../source';

/**
 * Every module here that exports a `source` describes that source and is named after it (the
 * others are helpers); a new layer is its data and its module, found here without a list to edit.
 */
const modules = import.meta.glob<{ source?: SourceDescriptor }>(['./*.ts', '!./*.test.ts'], {
	eager: true
});

/**
 * The descriptors in the catalogue's order, which is the drawing order (bottom first). Every
 * catalogue entry needs a descriptor and every descriptor an entry: a layer the map cannot draw,
 * or a style nothing loads data for, fails the build with the file it is about.
 */
export function orderSources(
	found: Record<string, { source?: SourceDescriptor }>,
	catalogue: readonly string[]
): SourceDescriptor[] {
	const byId = new Map<string, SourceDescriptor>();
	for (const [path, { source }] of Object.entries(found)) {
		if (!source) continue;
		const file = `src/lib/map/layers/${path.replace(/^\.\//, '')}`;
		if (file !== `src/lib/map/layers/${source.id}.ts`)
			throw new Error(`${file} describes source "${source.id}": name the file ${source.id}.ts`);
		byId.set(source.id, source);
	}
	for (const id of byId.keys()) {
		if (!catalogue.includes(id))
			throw new Error(
				`src/lib/map/layers/${id}.ts describes source "${id}", which geodata/layers.json does not list`
			);
	}
	return catalogue.map((id) => {
		const source = byId.get(id);
		if (!source)
			throw new Error(
				`geodata/layers.json lists layer "${id}", but src/lib/map/layers/${id}.ts does not export its \`source\` descriptor`
			);
		return source;
	});
}

export const SOURCES: readonly SourceDescriptor[] = orderSources(modules, LAYER_ORDER);

export function isSourceId(value: string, sources = SOURCES): boolean {
	return sources.some((source) => source.id === value);
}

/** The legend of one catalogue layer (none for an id no source has). */
export function legendOf(id: string, theme: Theme, sources = SOURCES) {
	return sources.find((source) => source.id === id)?.legend(theme) ?? [];
}

const BACKGROUND_LAYER = 'background';

export interface StyleInput {
	theme: Theme;
	/** Loaded data per source; a source without data (e.g. its file failed) is left out. */
	data: Partial<Record<string, FeatureCollection | string>>;
	/** Sources whose layers are shown; the others are in the style but hidden. */
	visible: ReadonlySet<string>;
	/** Language of the label names; null (or absent) for the neutral English names. */
	nameForm?: string | null;
	/** `font-faces` entries: font name → absolute URL of a self-hosted font file. */
	fontFaces: Record<string, string | { url: string; 'unicode-range': string[] }[]>;
}

/** Builds the complete style: no glyph server, no sprite, nothing from outside the site. */
export function buildStyle(
	{ theme, data, visible, fontFaces, nameForm = null }: StyleInput,
	sources: readonly SourceDescriptor[] = SOURCES
): StyleSpecification {
	const styleSources: StyleSpecification['sources'] = {};
	const layers: LayerSpecification[] = [
		{ id: BACKGROUND_LAYER, type: 'background', paint: { 'background-color': theme.water } }
	];
	for (const source of sources) {
		const sourceData = data[source.id];
		if (sourceData === undefined) continue;
		styleSources[source.id] = { type: 'geojson', data: sourceData, promoteId: 'id' };
		layers.push(...sourceLayers(source, theme, visible.has(source.id), nameForm));
	}
	return {
		version: 8,
		name: 'Conflict-region explorer',
		sources: styleSources,
		layers,
		'font-faces': fontFaces
	} as StyleSpecification;
}

/** A source's style layers, shown or hidden, with its name labels in the given name form. */
export function sourceLayers(
	source: SourceDescriptor,
	theme: Theme,
	visible: boolean,
	nameForm: string | null
): LayerSpecification[] {
	return source.layers(theme).map((layer) => {
		if (layer.type === 'background') return layer;
		const layout: Record<string, unknown> = {
			...layer.layout,
			visibility: visible ? 'visible' : 'none'
		};
		if (source.nameLabels.includes(layer.id)) layout['text-field'] = labelField(nameForm);
		return { ...layer, layout } as LayerSpecification;
	});
}
