/**
 * One article open in the explorer: its view model, the layer files loaded so far and the
 * explorer state (selection, layers, view: the URL's content), and what the page derives from
 * them. Thin: the decisions are in `article-view.ts`, `explorer.svelte.ts` and `layers.svelte.ts`.
 */
import { untrack } from 'svelte';
import { layerDetailsUrl, layerFileUrl } from '$lib/geodata/catalog';
import { NAME_FORMS } from '$lib/geodata/name-forms';
import type { OtherArticles } from '$lib/library/others';
import type { SearchInput } from '$lib/search/search';
import type { ExplorerData } from '$lib/server/explorer';
import { ArticleView, type NavigatorGroup, type PanelFeature } from './article-view';
import { ExplorerState } from './explorer.svelte';
import { LayerStore } from './layers.svelte';

export class ExplorerSession {
	readonly article: ArticleView;
	readonly layers: LayerStore;
	readonly state: ExplorerState;
	/** Layer files the current state needs (see `ArticleView.neededLayers`). */
	readonly neededLayers: Set<string>;
	readonly searchInput: SearchInput;
	readonly navigatorGroups: NavigatorGroup[];
	readonly panelFeatures: PanelFeature[];
	/** Names of selected features whose layer file is still loading. */
	readonly pending: string[];
	/** The live region's sentence for the current selection. */
	readonly announcement: string;
	/** The other articles (shipped and the reader's), once `loadOthers` has brought them. */
	others: OtherArticles | null = $state.raw(null);
	readonly #data: ExplorerData;
	#othersLoading: Promise<void> | undefined;
	#root = '/';

	constructor(data: ExplorerData) {
		const article = new ArticleView(data);
		const layers = new LayerStore(data.layers, layerFileUrl, layerDetailsUrl);
		const nameForms = NAME_FORMS.flatMap((form) => form.lang ?? []);
		const state = new ExplorerState(
			article.queryContext(nameForms),
			'',
			() => layers.registry,
			data.article.slug
		);
		this.#data = data;
		this.article = article;
		this.layers = layers;
		this.state = state;
		this.neededLayers = $derived(article.neededLayers(state.query.layers, state.selected));
		this.searchInput = $derived(article.searchInput(layers.registry, this.others?.passages));
		this.navigatorGroups = $derived(article.navigatorGroups());
		// The panel waits for the selected features' detail properties (fetched on selection).
		this.panelFeatures = $derived(
			article.panelFeatures(state.selected, layers.detailed, (id) =>
				this.others
					? this.others.mentionsOf(id, (slug, passage) => this.elsewhere(slug, passage))
					: []
			)
		);
		this.pending = $derived(article.pendingNames(state.selected, layers.detailed));
		this.announcement = $derived(article.announcement(state.selected, layers.registry));
	}

	/**
	 * Opens the state the address describes and loads the layers it needs. Without a view in the
	 * address, the selected features are brought into view once their layers are in.
	 */
	async open(search: string): Promise<void> {
		this.state.restore(search);
		await this.layers.ensure(untrack(() => this.neededLayers));
		const { view, features } = this.state.query;
		if (!view && features.length) this.state.focusOn(features);
	}

	/**
	 * Brings the other articles' passages, for the panel and the search: at the first selection or
	 * keystroke, never on the first load. `root` is the explorer's page, where their links lead.
	 */
	loadOthers(root: string): Promise<void> {
		this.#root = root;
		return (this.#othersLoading ??= import('$lib/library/browser')
			.then((m) => m.otherArticles(this.#data))
			.then((others) => {
				this.others = others;
			})
			.catch(() => {
				// Its code did not load (offline before the site was cached): try again next time.
				this.#othersLoading = undefined;
			}));
	}

	/** The explorer at another article's passage, keeping the selection and the map's layers. */
	elsewhere(slug: string, passage: string): string {
		return `${this.#root}${this.state.href({ article: slug, passage, view: null })}`;
	}

	/** Fetches the detail properties of every layer loaded so far (see `onFirstIntent`). */
	prefetchDetails(): void {
		void this.layers.ensureDetails((this.layers.loaded ?? []).map((layer) => layer.entry.id));
	}

	/** Resolves when the features' detail properties are in (what the panel shows of them). */
	detailsLoaded(ids: readonly string[]): Promise<void> {
		return this.layers.ensureDetails(this.article.neededLayers([], ids));
	}

	/**
	 * From then on, a layer is fetched when it becomes needed (switched on, or holding a selected
	 * feature), and the detail properties of a layer when one of its features is selected. Call
	 * while the page component initialises: it sets up effects.
	 */
	loadLayersWhenNeeded(): void {
		$effect(() => {
			const needed = this.neededLayers;
			if (!this.layers.loaded) return;
			const registry = untrack(() => this.layers.registry);
			const waiting = untrack(() => this.state.selected.filter((id) => !registry?.has(id)));
			void this.layers.ensure(needed).then(() => {
				// A selection whose layer just arrived can only now be brought into view.
				if (waiting.length && this.state.source !== 'map') this.state.focusOn(this.state.selected);
			});
		});
		$effect(() => {
			const selected = this.state.selected;
			if (selected.length) void untrack(() => this.detailsLoaded(selected));
		});
	}
}
