/**
 * Loads the layer files listed in `geodata/layers.json`. One bad file must not take the map
 * down: each file succeeds or fails on its own, and a failure names the file and what is wrong,
 * so the page can say so and keep the other layers.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { FeatureProps, LayerEntry } from './types';

export type LayerCollection = FeatureCollection<Geometry, FeatureProps>;

export interface LoadedLayer {
	entry: LayerEntry;
	data: LayerCollection;
	/** The file as it was fetched, so the map's worker can parse its own copy. */
	text: string;
}

export interface LayerLoadError {
	entry: LayerEntry;
	/** Path of the file as the repository names it, e.g. `geodata/places.geojson`. */
	file: string;
	message: string;
}

export interface LoadResult {
	layers: LoadedLayer[];
	errors: LayerLoadError[];
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Fetches and checks every layer file in parallel; never throws. */
export async function loadLayers(
	entries: readonly LayerEntry[],
	urlOf: (entry: LayerEntry) => string | undefined,
	fetchFile: Fetch
): Promise<LoadResult> {
	const outcomes = await Promise.all(
		entries.map(async (entry): Promise<LoadedLayer | LayerLoadError> => {
			const file = `geodata/${entry.file}`;
			const url = urlOf(entry);
			if (!url)
				return {
					entry,
					file,
					message: `${file} is listed in layers.json but was not built into the site`
				};
			try {
				const response = await fetchFile(url);
				if (!response.ok)
					return { entry, file, message: `${file} could not be loaded (HTTP ${response.status})` };
				const text = await response.text();
				const problem = collectionProblem(text, file);
				if (typeof problem === 'string') return { entry, file, message: problem };
				return { entry, data: problem.data, text };
			} catch (error) {
				return { entry, file, message: `${file} could not be loaded (${describe(error)})` };
			}
		})
	);
	const layers: LoadedLayer[] = [];
	const errors: LayerLoadError[] = [];
	for (const outcome of outcomes) {
		if ('data' in outcome) layers.push(outcome);
		else errors.push(outcome);
	}
	return { layers, errors };
}

/** Parses a layer file; returns a message naming the file (and feature) when it is unusable. */
export function collectionProblem(text: string, file: string): string | { data: LayerCollection } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return `${file} is not valid JSON (${describe(error)})`;
	}
	if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		return `${file} is not a GeoJSON FeatureCollection`;
	}
	for (const [index, feature] of json.features.entries()) {
		const props = isRecord(feature) ? feature.properties : undefined;
		// A named area the map has no outline for is an unlocated feature (RFC 7946 §3.2).
		const unlocated = isRecord(props) && props.outline === 'none' && feature.geometry === null;
		if (
			!isRecord(feature) ||
			feature.type !== 'Feature' ||
			(!isRecord(feature.geometry) && !unlocated)
		) {
			return `${file}: feature ${index} is not a GeoJSON Feature with a geometry (only a feature with outline "none" may have geometry null)`;
		}
		if (!isRecord(props) || typeof props.id !== 'string' || !props.id) {
			return `${file}: feature ${index} has no string property "id"`;
		}
		for (const key of ['name', 'kind'] as const) {
			if (typeof props[key] !== 'string')
				return `${file}: feature ${props.id} has no string property "${key}"`;
		}
	}
	return { data: json as unknown as LayerCollection };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
