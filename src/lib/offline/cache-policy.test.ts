import { describe, expect, it } from 'vitest';
import { cacheKey, cacheName, isCacheable, precacheList, staleCaches } from './cache-policy';

describe('service worker cache policy', () => {
	it('names one cache per build version', () => {
		expect(cacheName('123')).not.toBe(cacheName('124'));
	});

	it('deletes every older cache of ours on activate and keeps the current one', () => {
		const keys = [cacheName('1'), cacheName('2'), cacheName('3')];
		expect(staleCaches(keys, '3')).toEqual([cacheName('1'), cacheName('2')]);
	});

	it('leaves caches that are not ours alone', () => {
		expect(staleCaches(['someone-else', cacheName('1')], '2')).toEqual([cacheName('1')]);
	});

	it('precaches the sub-path files of a sub-path deployment, once each', () => {
		const list = precacheList('http://127.0.0.1:4173/explorer/', {
			build: ['/explorer/_app/immutable/app.js'],
			files: ['/explorer/favicon.svg'],
			prerendered: ['/explorer/', '/explorer/features/karabakh/lachin/', '/explorer/']
		});
		expect(list).toEqual([
			'http://127.0.0.1:4173/explorer/_app/immutable/app.js',
			'http://127.0.0.1:4173/explorer/favicon.svg',
			'http://127.0.0.1:4173/explorer/',
			'http://127.0.0.1:4173/explorer/features/karabakh/lachin/'
		]);
	});

	it('answers only same-scope GET requests', () => {
		const scope = 'http://127.0.0.1:4173/explorer/';
		expect(isCacheable({ method: 'GET', url: `${scope}index.html` }, scope)).toBe(true);
		expect(isCacheable({ method: 'POST', url: `${scope}index.html` }, scope)).toBe(false);
		expect(isCacheable({ method: 'GET', url: 'http://localhost:9/x.js' }, scope)).toBe(false);
	});

	it('serves a page with view state in its query from the cached page', () => {
		expect(cacheKey('http://127.0.0.1:4173/explorer/?f=karabakh%2Flachin&z=7#p11')).toBe(
			'http://127.0.0.1:4173/explorer/'
		);
	});
});
