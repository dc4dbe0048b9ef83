/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Precaches the whole site on install so that after one visit it works with the network off.
// Versioning rules are in $lib/offline/cache-policy.
import { build, files, prerendered, version } from '$service-worker';
import {
	cacheKey,
	cacheName,
	isCacheable,
	precacheList,
	staleCaches
} from '$lib/offline/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const scope = sw.registration.scope;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			const urls = precacheList(scope, { build, files, prerendered });
			// `reload` bypasses the HTTP cache so a new version never precaches an old file.
			await cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })));
		})
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of staleCaches(await caches.keys(), version)) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (!isCacheable(request, scope)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached = await cache.match(cacheKey(request.url));
			if (cached) return cached;
			// Not part of this version's build (e.g. a path that does not exist): ask the network,
			// and say plainly when it cannot be reached.
			try {
				return await fetch(request);
			} catch {
				const page =
					request.mode === 'navigate'
						? await cache.match(cacheKey(new URL('./', scope).href))
						: undefined;
				return (
					page ??
					new Response('Offline, and this file is not in the offline copy.', { status: 503 })
				);
			}
		})()
	);
});
