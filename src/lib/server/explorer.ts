/**
 * What the prerendered pages are made of: the articles with their links already resolved, and
 * a small summary of every feature for the region list. Runs at build time only.
 */
import { loadArticles } from '$lib/articles/content.server';
import { passageKey } from '$lib/articles/index';
import { passageSegments } from '$lib/articles/segments';
import type { FeatureMention, Segment } from '$lib/articles/types';
import { loadGeodata } from '$lib/geodata/features.server';
import type { FeatureProps, LayerEntry } from '$lib/geodata/types';
import { hasFigures } from '$lib/timeline/figures.server';
import type { ArticleEvents } from '$lib/timeline/article-events';
import { articleEventsFor } from '$lib/timeline/article-events.server';
import { openingViews, type OpeningViews } from '$lib/state/opening-view';

/** What the region list needs before the layer files have loaded; kept small, it is inlined in every page. */
export interface FeatureSummary {
	id: string;
	name: string;
	layer: string;
}

export interface ExplorerPassage {
	id: string;
	/** Heading level, for a reader's article whose text has headings. */
	heading?: number;
	/** The passage text, cut at its mentions (joined, they are the text: not sent twice). */
	segments: Segment[];
	/** Features this passage mentions, in order of first mention. */
	features: string[];
}

export interface ExplorerArticle {
	slug: string;
	title: string;
	source: string;
	published: string;
	language: string;
	notes: string | null;
	/** Whether the article has a figures page ("What the article says, what the data measures"). */
	figures: boolean;
	/**
	 * Passage id → the day its "Show the map on <date>" button shows (`src/content/events/<slug>.json`);
	 * absent: none. The slider's marks come with `control.json`, not with the page.
	 */
	passageDates?: Record<string, DateButton>;
	passages: ExplorerPassage[];
	/** Feature id → the passages of this article that mention it, in reading order. */
	mentions: Record<string, FeatureMention[]>;
}

export interface ExplorerData {
	articles: { slug: string; title: string }[];
	article: ExplorerArticle;
	/**
	 * The article this page shows without `?a=` (the URL leaves it out); absent: `article`. Set
	 * when the explorer's page shows another article through `?a=` (see src/lib/library/open.ts).
	 */
	defaultArticle?: string;
	layers: LayerEntry[];
	features: FeatureSummary[];
	/** The opening view and the one-click region views, computed from the data at build time. */
	views: OpeningViews;
}

function content() {
	const articles = loadArticles();
	if (articles.warnings.length) throw new Error(articles.warnings.join('\n'));
	return { ...articles, geodata: loadGeodata() };
}

export function articleSlugs(): string[] {
	return content().articles.map((article) => article.slug);
}

export function explorerData(slug?: string): ExplorerData {
	const { articles, links, index, geodata } = content();
	const article = slug ? articles.find((a) => a.slug === slug) : articles[0];
	if (!article)
		throw new Error(
			slug ? `No article "${slug}" in src/content/articles` : 'No article in src/content/articles'
		);
	const mentions: Record<string, FeatureMention[]> = {};
	for (const [featureId, list] of Object.entries(index.byFeature)) {
		const own = list.filter((mention) => mention.articleSlug === article.slug);
		if (own.length) mentions[featureId] = own;
	}
	return {
		articles: articles.map((a) => ({ slug: a.slug, title: a.meta.title })),
		article: {
			slug: article.slug,
			title: article.meta.title,
			source: article.meta.source,
			published: article.meta.published,
			language: article.meta.language,
			notes: article.meta.notes ?? null,
			figures: hasFigures(article.slug),
			...eventsOf(article.slug, article.passages),
			passages: article.passages.map((passage) => ({
				id: passage.id,
				segments: passageSegments(
					passage.text,
					links.filter((link) => link.articleSlug === article.slug && link.passageId === passage.id)
				),
				features: index.byPassage[passageKey(article.slug, passage.id)] ?? []
			})),
			mentions
		},
		layers: geodata.layers,
		views: openingViews({
			layers: geodata.layers,
			features: [...geodata.registry.values()].map(({ props, layer, bbox }) => ({
				id: props.id,
				layer,
				bbox
			})),
			mentions: Object.fromEntries(Object.entries(mentions).map(([id, list]) => [id, list.length]))
		}),
		features: [...geodata.registry.values()].map(({ props, layer }) => ({
			id: props.id,
			name: props.name,
			layer
		}))
	};
}

type DateButton = Pick<ArticleEvents['passageDates'][string], 'day' | 'label'>;

function eventsOf(
	slug: string,
	passages: readonly { id: string }[]
): { passageDates?: Record<string, DateButton> } {
	const dates = articleEventsFor(
		slug,
		passages.map((p) => p.id)
	)?.passageDates;
	if (!dates || !Object.keys(dates).length) return {};
	// Only what the button needs: every byte here is on the first load.
	const passageDates = Object.fromEntries(
		Object.entries(dates).map(([id, { day, label }]) => [id, { day, label }])
	);
	return { passageDates };
}

export interface FeaturePageData {
	props: FeatureProps;
	layer: LayerEntry;
	countryNames: Record<string, string>;
	mentions: {
		slug: string;
		title: string;
		passages: { id: string; text: string; spans: { start: number; end: number }[] }[];
	}[];
}

export function featureIds(): string[] {
	return [...content().geodata.registry.keys()];
}

export function featurePageData(id: string): FeaturePageData {
	const { articles, index, geodata } = content();
	const record = geodata.registry.get(id);
	if (!record) throw new Error(`No feature "${id}" in geodata`);
	const layer = geodata.layers.find((entry) => entry.id === record.layer)!;
	const byArticle = new Map<string, FeaturePageData['mentions'][number]>();
	for (const mention of index.byFeature[id] ?? []) {
		const article = articles.find((a) => a.slug === mention.articleSlug)!;
		const passage = article.passages.find((p) => p.id === mention.passageId)!;
		let entry = byArticle.get(article.slug);
		if (!entry) {
			entry = { slug: article.slug, title: article.meta.title, passages: [] };
			byArticle.set(article.slug, entry);
		}
		entry.passages.push({ id: passage.id, text: passage.text, spans: mention.spans });
	}
	return {
		props: record.props,
		layer,
		countryNames: countryNames(),
		mentions: [...byArticle.values()]
	};
}

export function countryNames(): Record<string, string> {
	const names: Record<string, string> = {};
	for (const { props } of content().geodata.registry.values()) {
		// Context countries carry no political fields (geodata/README.md), so the ISO code comes
		// from the id, as in the browser's view model (src/lib/state/article-view.ts).
		if (props.kind === 'country')
			names[props.id.replace(/^country\//, '').toUpperCase()] = props.name;
	}
	return names;
}
