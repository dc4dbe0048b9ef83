/**
 * Decisions of the service worker, as pure functions so they can be tested in node.
 *
 * One cache per build version. A page is served only from the cache of the version that
 * installed it: a new version installs into a new cache beside the old one and takes over only
 * when no page of the old version is open (no skipWaiting), then deletes every older cache.
 * So a visitor never gets a mix of old and new files.
 */
export const CACHE_PREFIX = 'explorer-';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** The caches an activating worker of `version` must delete: every other one of ours. */
export function staleCaches(keys: readonly string[], version: string): string[] {
	const current = cacheName(version);
	return keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== current);
}

/**
 * The URLs to precache: the build, the static files and the prerendered pages. SvelteKit gives
 * them as absolute paths that already include the sub-path the site is served from.
 */
export function precacheList(
	scope: string,
	files: { build: readonly string[]; files: readonly string[]; prerendered: readonly string[] }
): string[] {
	const all = [...files.build, ...files.files, ...files.prerendered].map(
		(path) => new URL(path, scope).href
	);
	return [...new Set(all)];
}

/**
 * Whether a request is ours to answer from the cache: same origin, GET, inside the scope.
 * Anything else goes to the network untouched (there should be nothing else).
 */
export function isCacheable(request: { method: string; url: string }, scope: string): boolean {
	if (request.method !== 'GET') return false;
	return request.url.startsWith(scope);
}

/** Pages are cached under their path; the query holds view state and is not part of the file. */
export function cacheKey(url: string): string {
	const parsed = new URL(url);
	parsed.search = '';
	parsed.hash = '';
	return parsed.href;
}
