import { describe, expect, it } from 'vitest';
import { search } from '../search/search';
import { buildSearchIndex } from '../search/search';
import type { ExplorerArticle, ExplorerData } from '../server/explorer';
import { explorerArticleOf, localArticle } from './article';
import { loadOtherArticles, OtherArticles } from './others';
import { StorageError, type LibraryStore } from './store';
import type { LocalArticle } from './types';

const SHUSHA = 'place/shusha';

function shipped(slug: string, title: string, text: string): ExplorerArticle {
	const at = text.indexOf('Shusha');
	return {
		slug,
		title,
		source: 'A paper',
		published: '2024',
		language: 'en',
		notes: null,
		figures: false,
		passages: [
			{ id: 'p1', segments: [{ text: 'A heading.' }], features: [] },
			{ id: 'p2', segments: [{ text }], features: at >= 0 ? [SHUSHA] : [] }
		],
		mentions:
			at >= 0
				? {
						[SHUSHA]: [
							{
								articleSlug: slug,
								passageId: 'p2',
								spans: [{ start: at, end: at + 6, text: 'Shusha' }]
							}
						]
					}
				: {}
	};
}

function kept(slug: string, title: string, text: string): LocalArticle {
	const at = text.indexOf('Shusha');
	return localArticle({
		slug,
		fields: { title, source: '', published: '', language: '', notes: '' },
		passages: [{ id: 'p1', text }],
		links: [
			{
				articleSlug: slug,
				passageId: 'p1',
				start: at,
				end: at + 6,
				text: 'Shusha',
				featureId: SHUSHA,
				method: 'alias'
			}
		],
		added: new Date('2026-01-01'),
		origin: 'pasted text',
		format: 'text'
	});
}

const first = shipped('first', 'First', 'Talks in Shusha, Farhadov said.');
const second = shipped('second', 'Second', 'Nothing about that town.');
const mine = kept('local-aaaaaaaaaa', 'Mine', 'Shelling near Shusha was reported.');

const page = (
	article: ExplorerArticle,
	extra: { slug: string; title: string }[] = []
): ExplorerData => ({
	articles: [{ slug: 'first', title: 'First' }, { slug: 'second', title: 'Second' }, ...extra],
	article,
	layers: [],
	features: [],
	views: { views: [], opening: 'both', extent: [0, 0, 1, 1] }
});

function memoryStore(articles: LocalArticle[] | Error): () => LibraryStore {
	return () =>
		({
			getAll: async () => {
				if (articles instanceof Error) throw articles;
				return articles;
			}
		}) as LibraryStore;
}

const fetchFrom = (articles: ExplorerArticle[]) => async (slug: string) => {
	const found = articles.find((a) => a.slug === slug);
	if (!found) throw new Error(`HTTP 404`);
	return found;
};

const href = (slug: string, passage: string) => `/?a=${slug}&p=${passage}`;

describe('the other articles beside the open one', () => {
	it('are every shipped and kept article but the open one, shipped first', async () => {
		const others = await loadOtherArticles(page(first), {
			fetchShipped: fetchFrom([first, second]),
			store: memoryStore([mine])
		});
		expect(others.articles.map((a) => a.slug)).toEqual(['second', 'local-aaaaaaaaaa']);
		expect(others.problems).toEqual([]);

		// A kept article open: the shipped ones are the others, the open one is not listed twice.
		const open = await loadOtherArticles(
			page(explorerArticleOf(mine), [{ slug: mine.slug, title: 'Mine' }]),
			{
				fetchShipped: fetchFrom([first, second]),
				store: memoryStore([mine])
			}
		);
		expect(open.articles.map((a) => a.slug)).toEqual(['first', 'second']);
	});

	it('list a feature’s passages grouped under each article’s title, linking to that article', () => {
		const others = new OtherArticles([first, second, explorerArticleOf(mine)]);
		expect(others.mentionsOf(SHUSHA, href)).toEqual([
			{
				title: 'First',
				otherArticle: true,
				passages: [
					{
						id: 'p2',
						text: 'Talks in Shusha, Farhadov said.',
						spans: [{ start: 9, end: 15, text: 'Shusha' }],
						href: '/?a=first&p=p2'
					}
				]
			},
			{
				title: 'Mine',
				otherArticle: true,
				passages: [
					{
						id: 'p1',
						text: 'Shelling near Shusha was reported.',
						spans: [{ start: 14, end: 20, text: 'Shusha' }],
						href: '/?a=local-aaaaaaaaaa&p=p1'
					}
				]
			}
		]);
		expect(others.mentionsOf('karabakh/lachin', href)).toEqual([]);
	});

	it('leave out what cannot be read, say so, and still give the rest', async () => {
		const others = await loadOtherArticles(page(first), {
			fetchShipped: fetchFrom([first]),
			store: memoryStore(new Error('This browser does not let the site keep articles'))
		});
		expect(others.articles).toEqual([]);
		expect(others.problems).toEqual([
			'The passages of “Second” could not be loaded: HTTP 404',
			'The passages of your own articles could not be read: This browser does not let the site keep articles'
		]);
	});

	it('say nothing of kept articles where the browser keeps no site data (private windows)', async () => {
		const none = await loadOtherArticles(page(first), {
			fetchShipped: fetchFrom([first, second]),
			store: memoryStore(new StorageError('unavailable', 'No storage here'))
		});
		expect(none.articles.map((a) => a.slug)).toEqual(['second']);
		expect(none.problems).toEqual([]);
	});

	it('are searched after the open article, each hit naming its article', () => {
		const others = new OtherArticles([second, explorerArticleOf(mine)]);
		const index = buildSearchIndex(
			[],
			[{ id: 'p1', text: 'Shelling was heard.' }],
			others.passages
		);
		const hits = search(index, 'shelling').passages;
		expect(hits.map((h) => [h.article?.title ?? null, h.passageId])).toEqual([
			[null, 'p1'],
			['Mine', 'p1']
		]);
		// A word only the other article has is found there alone.
		expect(search(index, 'reported').passages).toMatchObject([
			{ passageId: 'p1', article: { slug: 'local-aaaaaaaaaa', title: 'Mine' } }
		]);
	});

	it('are not hidden when the open article fills the results', () => {
		const own = Array.from({ length: 10 }, (_, i) => ({ id: `p${i + 1}`, text: 'Shusha again.' }));
		const others = new OtherArticles([first]);
		const hits = search(buildSearchIndex([], own, others.passages), 'shusha', 8).passages;
		expect(hits).toHaveLength(9);
		expect(hits.at(-1)).toMatchObject({ passageId: 'p2', article: { slug: 'first' } });
	});
});
