/**
 * Which layer files are loaded. Only what the first view shows is fetched at once; a hidden layer
 * (the claims) is fetched when it is switched on or one of its features is selected, so it costs
 * nothing to readers who never open it. The properties only the panel shows come in a second
 * file per layer (`$lib/geodata/details.ts`), fetched when a feature of the layer is selected.
 */
import { detailsProblem, mergeDetails } from '$lib/geodata/details';
import { loadLayers, type LayerLoadError, type LoadedLayer } from '$lib/geodata/load';
import { buildRegistry, type Registry } from '$lib/geodata/registry';
import type { LayerEntry } from '$lib/geodata/types';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export class LayerStore {
	/** Loaded layers in catalogue order; null until the first batch is in. */
	loaded: LoadedLayer[] | null = $state.raw(null);
	errors: LayerLoadError[] = $state.raw([]);
	/** Every loaded feature; its detail properties only once `detailed` has it. */
	registry: Registry | null = $state.raw(null);
	/** The features whose properties are whole (their layer's details are in): what the panel shows. */
	detailed: Registry | null = $state.raw(null);

	readonly #catalogue: readonly LayerEntry[];
	readonly #urlOf: (entry: LayerEntry) => string | undefined;
	readonly #detailsUrlOf: (entry: LayerEntry) => string | undefined;
	readonly #fetch: Fetch;
	// Bookkeeping, never rendered: plain Sets and Maps are meant here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #requested = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #detailsLoading = new Map<string, Promise<void>>();
	/** Layer id → its details, parsed, until the layer itself is in. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #details = new Map<string, Parameters<typeof mergeDetails>[1]>();
	/** Layers whose features have their detail properties (merged, or never split off). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #whole = new Set<string>();

	constructor(
		catalogue: readonly LayerEntry[],
		urlOf: (entry: LayerEntry) => string | undefined,
		detailsUrlOf: (entry: LayerEntry) => string | undefined = () => undefined,
		fetchFile: Fetch = (url) => fetch(url)
	) {
		this.#catalogue = catalogue;
		this.#urlOf = urlOf;
		this.#detailsUrlOf = detailsUrlOf;
		this.#fetch = fetchFile;
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
		const result = await loadLayers(entries, this.#urlOf, this.#fetch);
		const order = (layer: LoadedLayer) => this.#catalogue.indexOf(layer.entry);
		const loaded = [...(this.loaded ?? []), ...result.layers].sort((a, b) => order(a) - order(b));
		for (const layer of result.layers) {
			if (!this.#detailsUrlOf(layer.entry)) this.#whole.add(layer.entry.id);
			this.#merge(layer);
		}
		this.errors = [...this.errors, ...result.errors];
		this.loaded = loaded;
		this.#rebuild();
	}

	/**
	 * Fetches the detail properties of the given layers unless already requested; resolves when
	 * they are merged (also when an earlier call requested them). A layer whose details fail
	 * keeps its features, and the error names the file.
	 */
	async ensureDetails(layerIds: Iterable<string>): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const wanted = new Set(layerIds);
		const entries = this.#catalogue.filter(
			(entry) => wanted.has(entry.id) && this.#detailsUrlOf(entry)
		);
		await Promise.all(
			entries.map((entry) => {
				let loading = this.#detailsLoading.get(entry.id);
				if (!loading) {
					loading = this.#loadDetails(entry);
					this.#detailsLoading.set(entry.id, loading);
				}
				return loading;
			})
		);
	}

	async #loadDetails(entry: LayerEntry): Promise<void> {
		const file = `geodata/${entry.file} (its details)`;
		let message: string;
		try {
			const response = await this.#fetch(this.#detailsUrlOf(entry)!);
			if (response.ok) {
				const parsed = detailsProblem(await response.text(), file);
				if (typeof parsed !== 'string') {
					this.#details.set(entry.id, parsed.details);
					const layer = this.loaded?.find((candidate) => candidate.entry === entry);
					if (layer) this.#merge(layer);
					this.#rebuild();
					return;
				}
				message = parsed;
			} else message = `${file} could not be loaded (HTTP ${response.status})`;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			message = `${file} could not be loaded (${reason})`;
		}
		this.errors = [...this.errors, { entry, file, message }];
	}

	#merge(layer: LoadedLayer) {
		const details = this.#details.get(layer.entry.id);
		if (!details) return;
		mergeDetails(layer.data.features, details);
		this.#details.delete(layer.entry.id);
		this.#whole.add(layer.entry.id);
	}

	#rebuild() {
		if (!this.loaded) return;
		const registry = buildRegistry(this.loaded);
		this.registry = registry;
		// A new registry each time, never mutated: no reactivity needed inside it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.detailed = new Map([...registry].filter(([, record]) => this.#whole.has(record.layer)));
	}
}
