import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLibraryStore, StorageError } from './store';
import type { LocalArticle } from './types';

let databases = 0;
const freshStore = () => createLibraryStore(`test-${++databases}`);

function createArticle(slug: string, title = 'A title'): LocalArticle {
	return {
		slug,
		title,
		source: '',
		published: '',
		language: '',
		notes: '',
		passages: [{ id: 'p1', text: 'Text about Shusha.' }],
		links: [],
		added: `2026-01-0${databases % 9}T00:00:00Z`,
		origin: 'pasted text',
		format: 'text'
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('the library store', () => {
	it('keeps, lists, renames and removes articles', async () => {
		const store = freshStore();
		await store.add(createArticle('local-aaaaaaaaaa', 'First'));
		await store.add(createArticle('local-bbbbbbbbbb', 'Second'));
		expect((await store.list()).map((e) => e.title)).toEqual(['First', 'Second']);
		const renamed = await store.update('local-aaaaaaaaaa', { title: 'Renamed' });
		expect(renamed.title).toBe('Renamed');
		expect((await store.get('local-aaaaaaaaaa'))?.passages[0]?.text).toBe('Text about Shusha.');
		await store.remove('local-aaaaaaaaaa');
		expect((await store.list()).map((e) => e.slug)).toEqual(['local-bbbbbbbbbb']);
	});

	it('never overwrites an article with the same slug', async () => {
		const store = freshStore();
		await store.add(createArticle('local-aaaaaaaaaa', 'First'));
		await expect(store.add(createArticle('local-aaaaaaaaaa', 'Other'))).rejects.toBeInstanceOf(
			StorageError
		);
		expect((await store.get('local-aaaaaaaaaa'))?.title).toBe('First');
	});

	it('says so when an article to rename is gone', async () => {
		await expect(freshStore().update('local-zzzzzzzzzz', { title: 'X' })).rejects.toMatchObject({
			problem: 'missing'
		});
	});

	it('explains a full storage and keeps nothing half-stored', async () => {
		const store = freshStore();
		await store.list();
		const put = IDBObjectStore.prototype.add;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function () {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		const error = await store.add(createArticle('local-cccccccccc')).catch((e: unknown) => e);
		IDBObjectStore.prototype.add = put;
		vi.restoreAllMocks();
		expect(error).toMatchObject({ problem: 'full' });
		expect((error as Error).message).toMatch(/storage for this site is full.*nothing was changed/);
		expect(await store.list()).toEqual([]);
	});

	it('explains a browser without storage (private windows)', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const error = await freshStore()
			.list()
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ problem: 'unavailable' });
		expect((error as Error).message).toMatch(/private window/);
	});
});
