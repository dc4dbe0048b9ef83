/**
 * Reads an article's curated events file (`src/content/events/<slug>.json`) at build time and
 * checks it against control.yaml and the article's passages; a bad file stops the build naming
 * the file and each problem. An article without one has no marks and no date buttons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadControlFromDisk } from './control.server';
import { loadArticles } from '$lib/articles/content.server';
import {
	ArticleEventsError,
	resolveArticleEvents,
	type ArticleEvent,
	type ArticleEvents
} from './article-events';

export const EVENTS_DIR = 'src/content/events';

export function articleEventsFor(
	slug: string,
	passageIds: readonly string[],
	root = process.cwd()
): ArticleEvents | null {
	const file = `${EVENTS_DIR}/${slug}.json`;
	const path = join(root, file);
	if (!existsSync(path)) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new ArticleEventsError(file, [`not valid JSON (${(e as Error).message})`]);
	}
	return resolveArticleEvents(file, raw, loadControlFromDisk(root).events, passageIds);
}

/**
 * Slug → the dated events each shipped article speaks of, for the slider's marks. Shipped in
 * `control.json`, which the browser fetches when the reader first opens the timeline: the marks
 * weigh nothing on the first load.
 */
export function articleEventsBySlug(root = process.cwd()): Record<string, ArticleEvent[]> {
	const out: Record<string, ArticleEvent[]> = {};
	for (const article of loadArticles({ root }).articles) {
		const events = articleEventsFor(
			article.slug,
			article.passages.map((p) => p.id),
			root
		);
		if (events?.events.length) out[article.slug] = events.events;
	}
	return out;
}
