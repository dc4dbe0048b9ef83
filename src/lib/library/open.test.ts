// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ExplorerArticle, ExplorerData } from '../server/explorer';
import { bringFile, bringPaste, fieldsFor } from './bring';
import { localArticle, passagesOf } from './article';
import { openArticle, UnknownArticleError } from './open';
import { createLibraryStore } from './store';

const deps = {
	parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
	parseYaml: (yaml: string) => Object.fromEntries(yaml.split('\n').map((l) => l.split(': ')))
};

const shipped = (slug: string, title: string): ExplorerArticle => ({
	slug,
	title,
	source: 'A paper',
	published: '2024-01-01',
	language: 'en',
	notes: null,
	figures: false,
	passages: [{ id: 'p1', segments: [{ text: 'Text.' }], features: [] }],
	mentions: {}
});

const base: ExplorerData = {
	articles: [
		{ slug: 'first', title: 'First' },
		{ slug: 'second', title: 'Second' }
	],
	article: shipped('first', 'First'),
	layers: [],
	features: [],
	views: {
		views: [{ id: 'both', title: 'Both', bounds: [40, 30, 80, 40] }],
		opening: 'both',
		extent: [35, 25, 85, 45]
	}
};

describe('bringing a text', () => {
	it('takes the title, source and date the reader typed over what the text says', () => {
		const brought = bringPaste(
			'---\ntitle: From the text\nsource: Its paper\n---\n\nShusha.',
			deps
		);
		expect(fieldsFor({ title: 'Typed', source: '  ' }, brought)).toMatchObject({
			title: 'Typed',
			source: 'Its paper'
		});
	});

	it('refuses a file with the reason and the file name, before anything is linked', () => {
		expect(() => bringFile('a.pdf', new Uint8Array([37, 80]), deps)).toThrow(/^a\.pdf: /);
		expect(() => bringFile('b.txt', new Uint8Array(6 * 1024 * 1024).fill(65), deps)).toThrow(
			'b.txt: the file is 6.0 MB; the explorer reads files up to 5.0 MB'
		);
		expect(() => bringFile('c.txt', new Uint8Array([0x50, 0, 0x51]), deps)).toThrow(
			'c.txt: this is not a text file'
		);
		expect(() => bringPaste('12 34\n\n56', deps)).toThrow('the text has no letters');
	});
});

describe('opening ?a=<slug> on the explorer page', () => {
	const fetchShipped = vi.fn(async (slug: string) => shipped(slug, 'Second'));

	it('loads another shipped article and keeps the page’s article as the default', async () => {
		const store = () => createLibraryStore('open-test-1');
		const data = await openArticle(base, 'second', { fetchShipped, store });
		expect(data.article.title).toBe('Second');
		expect(data.defaultArticle).toBe('first');
		expect(data.layers).toBe(base.layers);
	});

	it('opens a kept article with its links, and names one that is not kept', async () => {
		const library = createLibraryStore('open-test-2');
		const brought = bringPaste('Residents returned to Shusha.', deps);
		await library.add(
			localArticle({
				slug: 'local-abcdefghij',
				fields: fieldsFor({ title: 'Mine' }, brought),
				passages: passagesOf(brought.draft.blocks),
				links: [
					{
						articleSlug: 'local-abcdefghij',
						passageId: 'p1',
						start: 22,
						end: 28,
						text: 'Shusha',
						featureId: 'place/shusha',
						method: 'alias'
					}
				],
				added: new Date('2026-01-01'),
				origin: brought.origin,
				format: brought.draft.format
			})
		);
		const data = await openArticle(base, 'local-abcdefghij', {
			fetchShipped,
			store: () => library
		});
		expect(data.article.title).toBe('Mine');
		expect(data.article.mentions['place/shusha']).toHaveLength(1);
		expect(data.articles.map((a) => a.slug)).toEqual(['first', 'second', 'local-abcdefghij']);
		expect(data.defaultArticle).toBe('first');
		await expect(
			openArticle(base, 'local-zzzzzzzzzz', { fetchShipped, store: () => library })
		).rejects.toThrow(new UnknownArticleError('local-zzzzzzzzzz'));
		await expect(
			openArticle(base, 'nowhere', { fetchShipped, store: () => library })
		).rejects.toThrow('There is no article “nowhere”');
	});
});
