/**
 * Which layer files are loaded. Only what the first view shows is fetched at once; a hidden layer
 * (the claims) is fetched when it is switched on or one of its features is selected, so it costs
 * nothing to readers who never open it.
 */
import { loadLayers, type LayerLoadError, type LoadedLayer } from '$lib/geodata/load';
import { buildRegistry, type Registry } from '$lib/geodata/registry';
import type { LayerEntry } from '$lib/geodata/types';

export class LayerStore {
	/** Loaded layers in catalogue order; null until the first batch is in. */
	loaded: LoadedLayer[] | null = $state.raw(null);
	errors: LayerLoadError[] = $state.raw([]);
	registry: Registry | null = $state.raw(null);

	readonly #catalogue: readonly LayerEntry[];
	readonly #urlOf: (entry: LayerEntry) => string | undefined;
	// Bookkeeping, never rendered: a plain Set is meant here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #requested = new Set<string>();

	constructor(catalogue: readonly LayerEntry[], urlOf: (entry: LayerEntry) => string | undefined) {
		this.#catalogue = catalogue;
		this.#urlOf = urlOf;
	}

	/** Loads the given layers unless already requested; resolves when they are in. */
	async ensure(layerIds: Iterable<string>): Promise<void> {
		// Bookkeeping, never rendered: a plain Set is meant here.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const wanted = new Set(layerIds);
		const entries = this.#catalogue.filter(
			(entry) => wanted.has(entry.id) && !this.#requested.has(entry.id)
		);
		if (!entries.length && this.loaded) return;
		for (const entry of entries) this.#requested.add(entry.id);
		const result = await loadLayers(entries, this.#urlOf, (url) => fetch(url));
		const order = (layer: LoadedLayer) => this.#catalogue.indexOf(layer.entry);
		const loaded = [...(this.loaded ?? []), ...result.layers].sort((a, b) => order(a) - order(b));
		this.errors = [...this.errors, ...result.errors];
		this.loaded = loaded;
		this.registry = buildRegistry(loaded);
	}
}
