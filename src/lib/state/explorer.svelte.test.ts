import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryContext } from './url';

const written = vi.hoisted(() => [] as string[]);
vi.mock('$app/navigation', () => ({
	pushState: (url: string) => written.push(`push ${url}`),
	replaceState: (url: string) => written.push(`replace ${url}`)
}));
const { ExplorerState } = await import('./explorer.svelte');

const context: QueryContext = {
	articles: ['shipped'],
	features: new Set(['place/shusha']),
	passages: () => ['p1', 'p3'],
	layers: ['countries'],
	defaultLayers: ['countries'],
	defaultArticle: 'shipped',
	nameForms: []
};

/** The address bar, as the explorer reads it. */
const address = { search: '' };

describe('an explorer and an address that names another article', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('location', address);
		written.length = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('leaves Back to a reader’s article, still loading, to that article', () => {
		const explorer = new ExplorerState(context, '', () => null, 'shipped');
		explorer.restore('?f=place/shusha&p=p1');
		expect(explorer.selected).toEqual(['place/shusha']);

		// Back to the reader's article: its selection and passage are not this article's.
		address.search = '?a=local-abcdefghij&p=p3';
		explorer.restore(address.search);
		expect(explorer.query.passage).toBe('p1');
		// The map settling after the move must not write this article's address over that one.
		explorer.setView({ center: [46.7, 39.7], zoom: 8 });
		vi.advanceTimersByTime(300);
		expect(written).toEqual([]);

		// At an address of its own again, it writes as before.
		address.search = '?f=place/shusha&p=p1';
		explorer.setView({ center: [46.7, 39.7], zoom: 8 });
		vi.advanceTimersByTime(300);
		expect(written).toEqual(['replace ?f=place/shusha&p=p1&v=46.7000,39.7000,8.00']);
	});

	it('reads and writes the address of its own article', () => {
		const own = { ...context, articles: ['shipped', 'local-abcdefghij'] };
		const explorer = new ExplorerState(own, '', () => null, 'local-abcdefghij');
		explorer.restore('?a=local-abcdefghij&f=place/shusha');
		address.search = '?a=local-abcdefghij&f=place/shusha';
		expect(explorer.selected).toEqual(['place/shusha']);
		explorer.setLayer('countries', false);
		expect(written).toEqual(['replace ?a=local-abcdefghij&f=place/shusha&l=']);
	});
});
