/**
 * Every feature of every loaded layer, by id, with the layer it belongs to and its bounding box:
 * what the panel, the navigator, the search and map focusing look features up in.
 */
import type { Geometry, Position } from 'geojson';
import type { FeatureProps, LayerEntry } from './types';

export type BBox = [number, number, number, number];

export interface FeatureRecord {
	props: FeatureProps;
	/** Id of the layer (layers.json entry) the feature belongs to. */
	layer: string;
	bbox: BBox | null;
}

export type Registry = ReadonlyMap<string, FeatureRecord>;

export function buildRegistry(
	layers: readonly {
		entry: Pick<LayerEntry, 'id'>;
		data: { features: { properties: FeatureProps; geometry: Geometry | null }[] };
	}[]
): Map<string, FeatureRecord> {
	const registry = new Map<string, FeatureRecord>();
	for (const { entry, data } of layers) {
		for (const feature of data.features) {
			const { geometry } = feature;
			// Measured when first asked for (bringing a selection into view): walking every
			// coordinate of every layer was a long task at start, and the registry is rebuilt
			// each time a layer arrives.
			let bbox: BBox | null | undefined;
			registry.set(feature.properties.id, {
				props: feature.properties,
				layer: entry.id,
				get bbox() {
					if (bbox === undefined) bbox = geometry ? bboxOf(geometry) : null;
					return bbox;
				}
			});
		}
	}
	return registry;
}

export function bboxOf(geometry: Geometry): BBox | null {
	let box: BBox | null = null;
	const visit = (position: Position) => {
		const [x, y] = position as [number, number];
		if (!box) box = [x, y, x, y];
		else {
			if (x < box[0]) box[0] = x;
			if (y < box[1]) box[1] = y;
			if (x > box[2]) box[2] = x;
			if (y > box[3]) box[3] = y;
		}
	};
	const walk = (coords: unknown): void => {
		if (Array.isArray(coords) && typeof coords[0] === 'number') visit(coords as Position);
		else if (Array.isArray(coords)) for (const c of coords) walk(c);
	};
	if (geometry.type === 'GeometryCollection') {
		for (const part of geometry.geometries) {
			const partBox = bboxOf(part);
			if (partBox) box = box ? unionBBox(box, partBox) : partBox;
		}
	} else walk(geometry.coordinates);
	return box;
}

export function unionBBox(a: BBox, b: BBox): BBox {
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The bounds that show all the given features (points get a margin so the map does not zoom in to a dot). */
export function boundsOf(records: readonly FeatureRecord[]): BBox | null {
	let box: BBox | null = null;
	for (const record of records) {
		if (!record.bbox) continue;
		let own = record.bbox;
		if (own[0] === own[2] && own[1] === own[3]) {
			const margin = 0.35;
			own = [own[0] - margin, own[1] - margin, own[2] + margin, own[3] + margin];
		}
		box = box ? unionBBox(box, own) : own;
	}
	return box;
}
