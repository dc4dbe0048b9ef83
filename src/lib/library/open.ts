/**
 * `?a=<slug>` on the explorer's own page: the page data for another article, shipped or local,
 * built from the page's own data (layers, features) and that article. Loaded lazily by the page,
 * only when the address names an article other than the one prerendered into it.
 */
import type { ExplorerArticle, ExplorerData } from '../server/explorer';
import { explorerArticleOf } from './article';
import { isLocalSlug } from './slug';
import type { LibraryStore } from './store';

export interface OpenDeps {
	/** Fetches a shipped article's `articles/<slug>/article.json` (relative to the site). */
	fetchShipped: (slug: string) => Promise<ExplorerArticle>;
	store: () => LibraryStore;
}

export class UnknownArticleError extends Error {
	constructor(readonly slug: string) {
		super(
			isLocalSlug(slug)
				? `No article “${slug}” is kept in this browser (it may have been removed, or added in another browser). The first article is shown instead.`
				: `There is no article “${slug}”. The first article is shown instead.`
		);
		this.name = 'UnknownArticleError';
	}
}

export async function openArticle(
	base: ExplorerData,
	slug: string,
	deps: OpenDeps
): Promise<ExplorerData> {
	const defaultArticle = base.defaultArticle ?? base.article.slug;
	if (isLocalSlug(slug)) {
		const local = await deps.store().get(slug);
		if (!local) throw new UnknownArticleError(slug);
		return {
			...base,
			articles: [...base.articles.filter((a) => a.slug !== slug), { slug, title: local.title }],
			article: explorerArticleOf(local),
			defaultArticle
		};
	}
	if (!base.articles.some((a) => a.slug === slug)) throw new UnknownArticleError(slug);
	return { ...base, article: await deps.fetchShipped(slug), defaultArticle };
}

/** The deps the browser uses: same-origin fetch (offline: the service worker's cache) and IndexedDB. */
export function browserOpenDeps(siteRoot: string, store: () => LibraryStore): OpenDeps {
	return {
		async fetchShipped(slug) {
			const response = await fetch(`${siteRoot}/articles/${encodeURIComponent(slug)}/article.json`);
			if (!response.ok)
				throw new Error(`The article “${slug}” could not be loaded (HTTP ${response.status}).`);
			return (await response.json()) as ExplorerArticle;
		},
		store
	};
}
