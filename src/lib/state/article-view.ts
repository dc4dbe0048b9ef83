/**
 * The explorer's view model for one article: everything the page shows that is computed from the
 * prerendered data and the features loaded so far (the panel, the region list, the search index,
 * the announcer's sentence, which layer files are needed). Pure: the page's rune classes hold the
 * changing inputs (selection, loaded layers) and call these functions with them.
 */
import type { MentionGroup } from '$lib/components/FeatureDetails.svelte';
import { announcement } from '$lib/geodata/describe';
import type { Registry } from '$lib/geodata/registry';
import type { FeatureProps } from '$lib/geodata/types';
import type { IndexedPassage, SearchInput } from '$lib/search/search';
import type { ExplorerData } from '$lib/server/explorer';
import type { QueryContext } from './url';

export interface PanelFeature {
	props: FeatureProps;
	layerTitle: string;
	mentions: MentionGroup[];
}

export interface NavigatorGroup {
	id: string;
	title: string;
	features: { id: string; name: string }[];
}

// One collator for the whole sort: `localeCompare` with a locale looks one up on every call,
// which made the region list's sort (241 names) a third of its idle-time task on a phone.
let collator: Intl.Collator | undefined;
const byName = () => (collator ??= new Intl.Collator('en'));

export class ArticleView {
	readonly #data: ExplorerData;
	readonly #summaries: Map<string, ExplorerData['features'][number]>;
	readonly #passageText: Map<string, string>;

	constructor(data: ExplorerData) {
		this.#data = data;
		this.#summaries = new Map(data.features.map((feature) => [feature.id, feature]));
		this.#passageText = new Map(
			data.article.passages.map((passage) => [
				passage.id,
				passage.segments.map((segment) => segment.text).join('')
			])
		);
	}

	/** What the URL may name: anything else in the address falls back to the default. */
	queryContext(nameForms: readonly string[]): QueryContext {
		const { articles, article, layers } = this.#data;
		const passageIds = article.passages.map((passage) => passage.id);
		return {
			articles: articles.map((a) => a.slug),
			features: new Set(this.#summaries.keys()),
			passages: () => passageIds,
			layers: layers.map((layer) => layer.id),
			defaultLayers: layers.filter((layer) => layer.visible).map((layer) => layer.id),
			defaultArticle: this.#data.defaultArticle ?? article.slug,
			nameForms
		};
	}

	/** The feature's display name, known before its layer file has loaded. */
	nameOf = (id: string): string => this.#summaries.get(id)?.name ?? id;

	countryName = (code: string): string =>
		this.#summaries.get(`country/${code.toLowerCase()}`)?.name ?? code;

	layerTitle(layerId: string): string {
		return this.#data.layers.find((layer) => layer.id === layerId)?.title ?? layerId;
	}

	/**
	 * The layer files the page needs: every visible layer, and the layer of each selected feature
	 * (a selected claim area is shown in the panel even while the claims layer is off).
	 */
	neededLayers(visible: readonly string[], selected: readonly string[]): Set<string> {
		const ofSelected = selected.flatMap((id) => this.#summaries.get(id)?.layer ?? []);
		return new Set([...visible, ...ofSelected]);
	}

	/** The region list: top map layer first, features by name within each. */
	navigatorGroups(): NavigatorGroup[] {
		return [...this.#data.layers].reverse().map((layer) => ({
			id: layer.id,
			title: layer.title,
			features: this.#data.features
				.filter((feature) => feature.layer === layer.id)
				.sort((a, b) => byName().compare(a.name, b.name))
				.map((feature) => ({ id: feature.id, name: feature.name }))
		}));
	}

	/**
	 * Every feature and passage, as the search indexes them (`buildSearchIndex`, whose code loads
	 * when the search box is first used). A feature whose layer has not loaded yet is found by its
	 * display name only; its other names join the index when the layer arrives. `others`: the other
	 * articles' passages, searched after this article's.
	 */
	searchInput(registry: Registry | null, others?: readonly IndexedPassage[]): SearchInput {
		return [
			this.#data.features.map(
				(feature) =>
					registry?.get(feature.id)?.props ?? {
						id: feature.id,
						name: feature.name,
						names: [],
						aliases: []
					}
			),
			[...this.#passageText].map(([id, text]) => ({ id, text })),
			others
		];
	}

	/** The passages of this article that mention the feature, linking to themselves in the text. */
	mentionsOf(featureId: string): MentionGroup[] {
		const mentions = this.#data.article.mentions[featureId] ?? [];
		if (!mentions.length) return [];
		return [
			{
				title: null,
				passages: mentions.map((mention) => ({
					id: mention.passageId,
					text: this.#passageText.get(mention.passageId) ?? '',
					spans: mention.spans,
					href: `#${mention.passageId}`
				}))
			}
		];
	}

	/**
	 * The selected features whose details have loaded, in selection order. `others` gives the
	 * feature's passages in the other articles (once loaded): they follow this article's, and then
	 * each group is headed by its article's title.
	 */
	panelFeatures(
		selected: readonly string[],
		registry: Registry | null,
		others?: (featureId: string) => MentionGroup[]
	): PanelFeature[] {
		return selected.flatMap((id) => {
			const record = registry?.get(id);
			if (!record) return [];
			const elsewhere = others?.(id) ?? [];
			const own = this.mentionsOf(id).map((group) =>
				elsewhere.length ? { ...group, title: this.#data.article.title } : group
			);
			return [
				{
					props: record.props,
					layerTitle: this.layerTitle(record.layer),
					mentions: [...own, ...elsewhere]
				}
			];
		});
	}

	/** Names of the selected features whose layer file is still loading. */
	pendingNames(selected: readonly string[], registry: Registry | null): string[] {
		return selected.filter((id) => !registry?.has(id)).map(this.nameOf);
	}

	/** What a screen reader hears when the selection changes ('' when nothing is selected). */
	announcement(selected: readonly string[], registry: Registry | null): string {
		const [first] = selected;
		if (first === undefined) return '';
		const record = registry?.get(first);
		if (!record) return this.nameOf(first);
		if (selected.length > 1)
			return `${selected.length} areas selected: ${selected.map(this.nameOf).join(', ')}`;
		const count = (this.#data.article.mentions[first] ?? []).length;
		return announcement(record.props, count, this.countryName);
	}
}
