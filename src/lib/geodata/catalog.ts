/**
 * The layer catalogue and the built URL of every layer file. Vite copies each `.geojson` as a
 * hashed asset, so a new build never serves a stale file from a cache and the service worker
 * precaches them with the rest of the build.
 */
import layerOrder from '../../../geodata/layers.json?order';
import type { LayerEntry } from './types';

const fileUrls = import.meta.glob('../../../geodata/*.geojson', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The detail properties of each layer, split off at build time (`details.ts`); none in dev. */
const detailUrls = import.meta.glob('../../../geodata/*.geojson', {
	query: '?details',
	import: 'default',
	eager: true
}) as Record<string, string | undefined>;

/** The catalogue's layer ids in drawing order (`layerOrder` in `vite.config.ts`). */
export const LAYER_ORDER: readonly string[] = layerOrder;

export function layerFileUrl(entry: LayerEntry): string | undefined {
	return fileUrls[`../../../geodata/${entry.file}`];
}

/** Where the layer's detail properties are, or undefined when its file carries them itself. */
export function layerDetailsUrl(entry: LayerEntry): string | undefined {
	return detailUrls[`../../../geodata/${entry.file}`];
}
