/**
 * The geodata as the prerenderer sees it: every layer of `geodata/layers.json` read from disk.
 * A missing or broken file stops the build with a message naming it, so a broken layer is never
 * published half-written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionProblem } from './load';
import { buildRegistry, type Registry } from './registry';
import type { LayerEntry } from './types';

export interface GeodataOnDisk {
	layers: LayerEntry[];
	registry: Registry;
}

const cache = new Map<string, GeodataOnDisk>();

export function loadGeodata(root = process.cwd()): GeodataOnDisk {
	const cached = cache.get(root);
	if (cached) return cached;
	const catalogue = join(root, 'geodata', 'layers.json');
	if (!existsSync(catalogue)) throw new Error('geodata/layers.json is missing');
	const layers = JSON.parse(readFileSync(catalogue, 'utf8')) as LayerEntry[];
	const loaded = layers.map((entry) => {
		const file = `geodata/${entry.file}`;
		const path = join(root, file);
		if (!existsSync(path))
			throw new Error(`${file} is listed in geodata/layers.json but does not exist`);
		const result = collectionProblem(readFileSync(path, 'utf8'), file);
		if (typeof result === 'string') throw new Error(result);
		return { entry, data: result.data };
	});
	const registry = buildRegistry(loaded);
	const total = loaded.reduce((sum, layer) => sum + layer.data.features.length, 0);
	if (registry.size !== total) throw new Error('geodata: feature ids are not unique across layers');
	const geodata = { layers, registry };
	cache.set(root, geodata);
	return geodata;
}
