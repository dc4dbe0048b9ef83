/**
 * The other articles beside the open one, for the feature panel ("passages in other articles")
 * and the search: the shipped articles' prerendered page data and the reader's kept articles, in
 * one shape. Pure, except `loadOtherArticles`, which takes its I/O as deps. Loaded lazily, at the
 * first selection or keystroke, never on the first load.
 */
import { normalizeText } from '../articles/normalize';
import type { MentionGroup } from '../components/FeatureDetails.svelte';
import type { IndexedPassage } from '../search/search';
import type { ExplorerArticle, ExplorerData } from '../server/explorer';
import { explorerArticleOf } from './article';
import { isLocalSlug } from './slug';
import { StorageError, type LibraryStore } from './store';

/** Where a passage of another article opens: the explorer at that article and passage. */
export type PassageHref = (slug: string, passageId: string) => string;

const textOf = (passage: ExplorerArticle['passages'][number]) =>
	passage.segments.map((segment) => segment.text).join('');

/** The passages of one article that mention a feature, as the panel lists them. */
export function mentionGroup(
	article: ExplorerArticle,
	featureId: string,
	href: (passageId: string) => string,
	title: string | null
): MentionGroup | null {
	const mentions = article.mentions[featureId] ?? [];
	if (!mentions.length) return null;
	const texts = new Map(article.passages.map((p) => [p.id, textOf(p)]));
	return {
		title,
		passages: mentions.map((mention) => ({
			id: mention.passageId,
			text: texts.get(mention.passageId) ?? '',
			spans: mention.spans,
			href: href(mention.passageId)
		}))
	};
}

export class OtherArticles {
	/** Every passage of the other articles, folded for the search. */
	readonly passages: IndexedPassage[];

	constructor(
		readonly articles: readonly ExplorerArticle[],
		/** What could not be read, in the reader's words (shown in the panel). */
		readonly problems: readonly string[] = []
	) {
		this.passages = articles.flatMap((article) =>
			article.passages.map((passage) => {
				const text = textOf(passage);
				return {
					id: passage.id,
					text,
					folded: normalizeText(text),
					article: { slug: article.slug, title: article.title }
				};
			})
		);
	}

	/** The feature's passages in each other article that mentions it, under the article's title. */
	mentionsOf(featureId: string, href: PassageHref): MentionGroup[] {
		return this.articles.flatMap((article) => {
			const group = mentionGroup(article, featureId, (id) => href(article.slug, id), article.title);
			return group ? [{ ...group, otherArticle: true }] : [];
		});
	}
}

export interface OthersDeps {
	fetchShipped: (slug: string) => Promise<ExplorerArticle>;
	store: () => LibraryStore;
}

/**
 * Every article but the open one: the shipped ones in the site's order, then the reader's in the
 * order they were added. One that cannot be read is left out and named in `problems`; the rest
 * still show.
 */
export async function loadOtherArticles(
	data: ExplorerData,
	deps: OthersDeps
): Promise<OtherArticles> {
	const open = data.article.slug;
	const problems: string[] = [];
	const shipped = data.articles.filter((a) => a.slug !== open && !isLocalSlug(a.slug));
	const fetched = await Promise.all(
		shipped.map((a) =>
			deps.fetchShipped(a.slug).catch((error: unknown) => {
				problems.push(`The passages of “${a.title}” could not be loaded: ${message(error)}`);
				return null;
			})
		)
	);
	const local = await deps
		.store()
		.getAll()
		.catch((error: unknown) => {
			// A browser that keeps no site data keeps no articles either: nothing is missing.
			if (!(error instanceof StorageError && error.problem === 'unavailable'))
				problems.push(`The passages of your own articles could not be read: ${message(error)}`);
			return [];
		});
	return new OtherArticles(
		[
			...fetched.flatMap((article) => (article ? [article] : [])),
			...local.filter((a) => a.slug !== open).map(explorerArticleOf)
		],
		problems
	);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
