/**
 * The explorer's shared state: what is selected, which passage is current, which layers show,
 * and the map view. The URL is its serialised form (see url.ts): a selection is a history entry,
 * so Back and Forward walk through selections; layer and view changes replace the current entry.
 */
import { pushState, replaceState } from '$app/navigation';
import type { BBox, Registry } from '$lib/geodata/registry';
import { boundsOf } from '$lib/geodata/registry';
import {
	addressedArticle,
	parseQuery,
	serializeQuery,
	type ExplorerQuery,
	type QueryContext,
	type View
} from './url';

export type SelectionSource = 'map' | 'text' | 'navigator' | 'search' | 'panel' | 'history' | 'url';

export class ExplorerState {
	query: ExplorerQuery = $state({
		article: '',
		features: [],
		passage: null,
		layers: [],
		names: null,
		view: null,
		date: null
	});
	/** The map view as last reported by the map (written to the URL, not read back by the map). */
	view: View | null = $state.raw(null);
	hovered: string | null = $state(null);
	/**
	 * Bring these bounds into view; `seq` makes a repeated request for the same bounds count.
	 * `reveal` only pans, and only when the bounds' centre is hidden (what was just clicked on
	 * the map may lie under the panel that the click opened).
	 */
	focus: { bounds: BBox; seq: number; mode: 'fit' | 'reveal' } | null = $state(null);
	/** Where the last selection came from (the map does not fly to what was just clicked on it). */
	source: SelectionSource = $state('url');
	/** On a phone, which of the two panes shows. */
	pane: 'article' | 'map' = $state('article');

	readonly #context: QueryContext;
	#viewTimer: ReturnType<typeof setTimeout> | undefined;
	#dateTimer: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;

	readonly #registry: () => Registry | null;
	/** The article this explorer shows: an address naming another one is not its to read or write. */
	readonly #article: string;

	/** `registry` gives the features loaded so far (owned by the layer store). */
	constructor(
		context: QueryContext,
		search: string,
		registry: () => Registry | null,
		article: string = context.defaultArticle
	) {
		this.#context = context;
		this.#registry = registry;
		this.#article = article;
		this.query = parseQuery(search, context);
		this.view = this.query.view;
	}

	get selected(): string[] {
		return this.query.features;
	}

	get visibleLayers(): ReadonlySet<string> {
		// A fresh read-only view of `query.layers`, which is the reactive source.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Set(this.query.layers);
	}

	/** Select features (empty: clear), optionally with the passage the choice came from. */
	select(
		features: string[],
		source: SelectionSource,
		passage: string | null = this.query.passage
	): void {
		this.source = source;
		this.query = { ...this.query, features, passage };
		this.#push();
		this.focusOn(features, source === 'map' ? 'reveal' : 'fit');
	}

	selectPassage(passage: string | null): void {
		this.query = { ...this.query, passage };
		this.#push();
	}

	setLayer(layer: string, visible: boolean): void {
		const layers = this.query.layers.filter((id) => id !== layer);
		if (visible) layers.push(layer);
		this.query = { ...this.query, layers };
		this.#replace();
	}

	setNameForm(names: string | null): void {
		this.query = { ...this.query, names };
		this.#replace();
	}

	/**
	 * Show the map at a day (null: today). The first change of a burst (a drag, keys held down)
	 * is a history entry, the rest of the burst replaces it, so Back returns to where it started.
	 */
	setDate(date: string | null): void {
		if (date === this.query.date) return;
		this.query = { ...this.query, date };
		if (this.#dateTimer === undefined) this.#push();
		else this.#replace();
		clearTimeout(this.#dateTimer);
		this.#dateTimer = setTimeout(() => (this.#dateTimer = undefined), 600);
	}

	/** Show the map at a day and make a passage current, as one history entry. */
	showDateAt(date: string | null, passage: string): void {
		this.query = { ...this.query, date, passage };
		this.#push();
	}

	setView(view: View): void {
		// Kept apart from `query` so that map moves do not re-render everything that reads it.
		this.view = view;
		// Map moves come in bursts; browsers throttle history updates.
		clearTimeout(this.#viewTimer);
		this.#viewTimer = setTimeout(() => this.#replace(), 250);
	}

	focusOn(features: readonly string[], mode: 'fit' | 'reveal' = 'fit'): void {
		const registry = this.#registry();
		if (!registry) return;
		const records = features.flatMap((id) => registry.get(id) ?? []);
		const bounds = boundsOf(records);
		if (bounds) this.showBounds(bounds, mode);
	}

	showBounds(bounds: BBox, mode: 'fit' | 'reveal' = 'fit'): void {
		this.focus = { bounds, seq: (this.focus?.seq ?? 0) + 1, mode };
	}

	/**
	 * After Back/Forward: take the state from the address bar. Not when it names another article:
	 * the page is switching to that one, and its features and passages are not this article's.
	 */
	restore(search: string): void {
		if (addressedArticle(search, this.#context) !== this.#article) return;
		this.source = 'history';
		this.query = parseQuery(search, this.#context);
		this.view = this.query.view;
		this.focusOn(this.query.features);
	}

	href(query: Partial<ExplorerQuery> = {}): string {
		return serializeQuery({ ...this.query, view: this.view, ...query }, this.#context) || '?';
	}

	#push(): void {
		if (!this.#disposed) pushState(this.href(), {});
	}

	/**
	 * When the page switches to another article: a view change still waiting to be written must
	 * not overwrite the next article's address with this one's.
	 */
	dispose(): void {
		clearTimeout(this.#viewTimer);
		clearTimeout(this.#dateTimer);
		this.#disposed = true;
	}

	/**
	 * Not over an address that names another article (Back to it, which is still loading): a view
	 * change of this article's map would write this article's address there, and the page would
	 * then stay on this article. A new entry (`#push`, the reader's own move) may still follow it.
	 */
	#replace(): void {
		if (this.#disposed) return;
		if (addressedArticle(location.search, this.#context) !== this.#article) return;
		replaceState(this.href(), {});
	}
}
