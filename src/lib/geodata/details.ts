/**
 * The properties only the feature panel shows (note, sources, derivation, accuracy, citations,
 * the published figure) travel in a file of their own beside each layer file, fetched when a
 * feature of that layer is first selected: they were about a fifth of the first load's bytes,
 * for a panel most first visits never open. The build splits each layer file in two (see
 * `vite.config.ts`); the committed `geodata/*.geojson`, the feature pages and the server keep
 * the whole properties. Merged back, a feature has exactly the properties of its file.
 */
import type { FeatureProps } from './types';

export const DETAIL_KEYS = [
	'note',
	'source',
	'source_version',
	'license',
	'derivation',
	'accuracy',
	'accuracy_km',
	'accuracy_basis',
	'official',
	'citations'
] as const satisfies readonly (keyof FeatureProps)[];

/** Feature id → its detail properties. */
export type LayerDetails = Record<
	string,
	Partial<Pick<FeatureProps, (typeof DETAIL_KEYS)[number]>>
>;

type Collection = { features: { properties: Record<string, unknown> }[] };

/** Build time: the layer file without the detail properties, and those properties by feature id. */
export function splitDetails(text: string, file: string): { slim: string; details: string } {
	const json = JSON.parse(text) as Collection;
	if (!Array.isArray(json.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
	const details: Record<string, Record<string, unknown>> = {};
	for (const [index, feature] of json.features.entries()) {
		const props = feature.properties;
		const id = props?.id;
		if (typeof id !== 'string') throw new Error(`${file}: feature ${index} has no string "id"`);
		const own: Record<string, unknown> = {};
		for (const key of DETAIL_KEYS) {
			if (!(key in props)) continue;
			own[key] = props[key];
			delete props[key];
		}
		details[id] = own;
	}
	return { slim: JSON.stringify(json), details: JSON.stringify(details) };
}

/** Parses a details file; returns a message naming the file (and feature) when it is unusable. */
export function detailsProblem(text: string, file: string): string | { details: LayerDetails } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
	}
	const isRecord = (value: unknown): value is Record<string, unknown> =>
		typeof value === 'object' && value !== null && !Array.isArray(value);
	if (!isRecord(json)) return `${file} is not an object of feature details by id`;
	for (const [id, details] of Object.entries(json)) {
		if (!isRecord(details)) return `${file}: the details of feature ${id} are not an object`;
		const unknown = Object.keys(details).find(
			(key) => !(DETAIL_KEYS as readonly string[]).includes(key)
		);
		if (unknown) return `${file}: feature ${id} has a property "${unknown}" that is not a detail`;
	}
	return { details: json as LayerDetails };
}

/**
 * Puts the details back into the features' own property objects, so whatever holds a feature's
 * properties sees them whole. A feature the details do not name keeps what it has.
 */
export function mergeDetails(
	features: readonly { properties: FeatureProps }[],
	details: LayerDetails
): void {
	for (const feature of features) {
		const own = details[feature.properties.id];
		if (own) Object.assign(feature.properties, own);
	}
}
