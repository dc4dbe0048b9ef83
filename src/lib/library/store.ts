/**
 * The reader's articles, kept on the device in IndexedDB through `idb` (a 1 kB promise wrapper
 * over the raw request/event API, by a Chrome developer-relations engineer, used by Workbox).
 * Each change is one transaction: an article is stored whole or not at all. Every failure
 * becomes a `StorageError` whose message tells the reader what happened and what was kept.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LibraryEntry, LocalArticle } from './types';

const DB_NAME = 'conflict-region-explorer';
const DB_VERSION = 1;
const STORE = 'articles';

interface LibrarySchema extends DBSchema {
	articles: { key: string; value: LocalArticle };
}

export type StorageProblem = 'unavailable' | 'full' | 'missing' | 'failed';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		message: string
	) {
		super(message);
		this.name = 'StorageError';
	}
}

/** The reader's words for a failure while `doing` something (e.g. "saving “Title”"). */
export function storageError(error: unknown, doing: string): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError')
		return new StorageError(
			'full',
			`The browser's storage for this site is full, so ${doing} did not happen and nothing was changed. Remove an article you no longer need, or free space in the browser's site settings.`
		);
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
		return unavailable(doing);
	const detail = error instanceof Error ? error.message : String(error);
	return new StorageError(
		'failed',
		`The browser could not store the change (${doing}): ${detail}. Nothing was changed.`
	);
}

function unavailable(doing: string): StorageError {
	return new StorageError(
		'unavailable',
		`This browser does not let the site keep articles (a private window, or site storage switched off), so ${doing} did not happen. Articles can still be read until the page is closed.`
	);
}

export interface LibraryStore {
	list(): Promise<LibraryEntry[]>;
	get(slug: string): Promise<LocalArticle | undefined>;
	getAll(): Promise<LocalArticle[]>;
	/** Stores a new article; refuses to overwrite one with the same slug. */
	add(article: LocalArticle): Promise<void>;
	update(
		slug: string,
		changes: Partial<Pick<LocalArticle, 'title' | 'source' | 'published' | 'language' | 'notes'>>
	): Promise<LocalArticle>;
	remove(slug: string): Promise<void>;
}

export function entryOf(article: LocalArticle): LibraryEntry {
	return {
		slug: article.slug,
		title: article.title,
		source: article.source,
		published: article.published,
		local: true
	};
}

/** Opens the library lazily, on first use; `name` lets tests use a database of their own. */
export function createLibraryStore(name = DB_NAME): LibraryStore {
	let db: Promise<IDBPDatabase<LibrarySchema>> | undefined;
	const open = (doing: string) => {
		if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(unavailable(doing));
		db ??= openDB<LibrarySchema>(name, DB_VERSION, {
			upgrade(database) {
				database.createObjectStore(STORE, { keyPath: 'slug' });
			}
		});
		return db.catch((error: unknown) => {
			db = undefined;
			throw error instanceof StorageError ? error : unavailable(doing);
		});
	};
	const run = async <T>(doing: string, action: (d: IDBPDatabase<LibrarySchema>) => Promise<T>) => {
		const database = await open(doing);
		try {
			return await action(database);
		} catch (error) {
			throw storageError(error, doing);
		}
	};
	const sorted = (articles: LocalArticle[]) =>
		articles.sort((a, b) => a.added.localeCompare(b.added) || a.slug.localeCompare(b.slug));
	return {
		list: () => run('reading the library', async (d) => sorted(await d.getAll(STORE)).map(entryOf)),
		get: (slug) => run('reading the article', (d) => d.get(STORE, slug)),
		getAll: () => run('reading the library', async (d) => sorted(await d.getAll(STORE))),
		add: (article) =>
			run(`saving “${article.title}”`, async (d) => {
				const tx = d.transaction(STORE, 'readwrite');
				await Promise.all([tx.store.add(article), tx.done]);
			}),
		update: (slug, changes) =>
			run('saving the change', async (d) => {
				const tx = d.transaction(STORE, 'readwrite');
				const current = await tx.store.get(slug);
				if (!current) {
					tx.abort();
					await tx.done.catch(() => undefined);
					throw new StorageError('missing', `No article “${slug}” is kept in this browser.`);
				}
				const next = { ...current, ...changes };
				await Promise.all([tx.store.put(next), tx.done]);
				return next;
			}),
		remove: (slug) =>
			run('removing the article', async (d) => {
				const tx = d.transaction(STORE, 'readwrite');
				await Promise.all([tx.store.delete(slug), tx.done]);
			})
	};
}
