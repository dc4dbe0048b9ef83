/**
 * "Download selection": the selected features as one GeoJSON FeatureCollection, each with all
 * its properties (who administers and claims it, its source, version, licence, derivation and
 * accuracy), and the collection saying where it came from. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FeatureProps } from '$lib/geodata/types';

export interface SelectionMeta {
	/** The page the selection was made on (its shareable URL). */
	url: string;
	article: string;
	/** The sources of the shipped data, as the site credits them. */
	attribution: string;
	generated: string;
}

export function selectionCollection(
	ids: readonly string[],
	layers: readonly {
		data: { features: { properties: FeatureProps; geometry: Geometry | null }[] };
	}[],
	meta: SelectionMeta
): FeatureCollection<Geometry | null, FeatureProps> & { metadata: SelectionMeta } {
	const byId = new Map(
		layers.flatMap((layer) => layer.data.features.map((f) => [f.properties.id, f] as const))
	);
	const features = ids.map((id): Feature<Geometry | null, FeatureProps> => {
		const feature = byId.get(id);
		if (!feature) throw new Error(`Download selection: feature "${id}" has not loaded`);
		return { type: 'Feature', id, properties: feature.properties, geometry: feature.geometry };
	});
	if (!features.length) throw new Error('Download selection: nothing is selected');
	return { type: 'FeatureCollection', metadata: meta, features };
}

/** A file name from the selection: `kashmir-ladakh.geojson`, `3-features.geojson`. */
export function selectionFileName(ids: readonly string[]): string {
	const base = ids.length === 1 ? ids[0]!.replace(/[^a-z0-9]+/gi, '-') : `${ids.length}-features`;
	return `${base}.geojson`;
}
