/**
 * The library's browser wiring, in one lazily loaded module: the store on IndexedDB, the linker
 * worker and the page data for `?a=`. Nothing here is on the explorer's first load.
 */
import { base } from '$app/paths';
import type { ExplorerData } from '../server/explorer';
import { createLinkClient, type LinkClient } from './link-client';
import { browserOpenDeps, openArticle } from './open';
import { loadOtherArticles, type OtherArticles } from './others';
import { createLibraryStore, type LibraryStore } from './store';

let store: LibraryStore | undefined;
let linker: LinkClient | undefined;

export function libraryStore(): LibraryStore {
	return (store ??= createLibraryStore());
}

/** The site's root as an absolute URL (paths are relative: the site may live under a sub-path). */
export function siteRoot(): string {
	return new URL(`${base}/`, location.href).href.replace(/\/$/, '');
}

export function linkClient(): LinkClient {
	return (linker ??= createLinkClient(`${siteRoot()}/gazetteer.json`));
}

export function openInBrowser(data: ExplorerData, slug: string): Promise<ExplorerData> {
	return openArticle(data, slug, browserOpenDeps(siteRoot(), libraryStore));
}

/** Every article but the open one (see others.ts), for the panel and the search. */
export function otherArticles(data: ExplorerData): Promise<OtherArticles> {
	return loadOtherArticles(data, browserOpenDeps(siteRoot(), libraryStore));
}
