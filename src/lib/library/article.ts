/**
 * A draft (import/) and the reader's fields → the article kept on the device, and a kept article
 * → the shape the explorer shows (the same as a shipped article's page data).
 */
import { buildLinkIndex, passageKey } from '../articles/index';
import type { Block, FoundMeta, ImportFormat } from '../articles/import/types';
import { passageSegments } from '../articles/segments';
import type { Article, Link } from '../articles/types';
import type { LocalArticle, LocalPassage } from './types';

export type ArticleFields = Pick<
	FoundMeta,
	'title' | 'source' | 'published' | 'language' | 'notes'
>;

export function passagesOf(blocks: readonly Block[]): LocalPassage[] {
	return blocks.map((block, i) =>
		block.heading
			? { id: `p${i + 1}`, text: block.text, heading: block.heading }
			: { id: `p${i + 1}`, text: block.text }
	);
}

/** A title when the reader gave none: the first heading, else the start of the first passage. */
export function defaultTitle(passages: readonly LocalPassage[], fallback: string): string {
	const first = passages.find((p) => p.heading) ?? passages[0];
	const line = first?.text.split('\n')[0]?.trim() ?? '';
	if (!line) return fallback;
	return line.length <= 80 ? line : `${line.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}

export function localArticle(options: {
	slug: string;
	fields: ArticleFields;
	passages: LocalPassage[];
	links: Link[];
	added: Date;
	origin: string;
	format: ImportFormat;
}): LocalArticle {
	const { fields } = options;
	return {
		slug: options.slug,
		title: fields.title.trim() || defaultTitle(options.passages, options.origin),
		source: fields.source.trim(),
		published: fields.published.trim(),
		language: fields.language.trim(),
		notes: fields.notes.trim(),
		passages: options.passages,
		links: options.links,
		added: options.added.toISOString(),
		origin: options.origin,
		format: options.format
	};
}

/** The article in the linker's terms (for the two-way index). */
export function asArticle(local: LocalArticle): Article {
	return {
		slug: local.slug,
		file: local.origin,
		meta: {
			title: local.title,
			source: local.source,
			published: local.published,
			language: local.language || 'und'
		},
		passages: local.passages.map((p, i) => ({ id: p.id, text: p.text, line: i + 1 }))
	};
}

/** Same shape as a shipped article's page data (`ExplorerArticle`), so one reader shows both. */
export function explorerArticleOf(local: LocalArticle) {
	const index = buildLinkIndex([asArticle(local)], local.links);
	const byPassage = new Map<string, Link[]>();
	for (const link of local.links) {
		const list = byPassage.get(link.passageId);
		if (list) list.push(link);
		else byPassage.set(link.passageId, [link]);
	}
	return {
		slug: local.slug,
		title: local.title,
		source: local.source,
		published: local.published,
		language: local.language,
		notes: local.notes || null,
		local: true,
		// A reader's own text has no measured-figures page: those are curated for shipped articles.
		figures: false,
		passages: local.passages.map((p) => ({
			id: p.id,
			...(p.heading ? { heading: p.heading } : {}),
			segments: passageSegments(p.text, byPassage.get(p.id) ?? []),
			features: index.byPassage[passageKey(local.slug, p.id)] ?? []
		})),
		mentions: index.byFeature
	};
}
