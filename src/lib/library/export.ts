/**
 * A local article → the two files a maintainer needs to ship it: `<slug>.md` (front matter and
 * passages, exactly what `src/content/articles/` and `npm run link` accept) and `<slug>.links.json`
 * (its links, in the form `npm run link` prints them for that file). Headings become Markdown
 * headings (`## …`); as a shipped article keeps its text verbatim, the heading's marks are part
 * of that passage's text there, so its link offsets move by the length of the marks.
 */
import type { Link } from '../articles/types';
import type { LocalArticle, LocalPassage } from './types';

/** An explicit passage id at the end of a paragraph (parse.ts strips it); text may not end so. */
const ID_MARKER_AT_END = /[ \t]*\{#([^}]*)\}[ \t]*$/;

export interface ExportedArticle {
	slug: string;
	markdown: string;
	links: Link[];
}

/** YAML 1.2 reads any JSON string as a double-quoted scalar; U+2028/9 must be escaped too. */
function yamlString(value: string): string {
	return JSON.stringify(value)
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function headingMarks(passage: LocalPassage): string {
	return passage.heading ? `${'#'.repeat(passage.heading)} ` : '';
}

function paragraph(passage: LocalPassage): string {
	const text = headingMarks(passage) + passage.text;
	// A paragraph ending in `{#…}` would be read as an explicit id: give it its own, explicitly.
	return ID_MARKER_AT_END.test(text) ? `${text} {#${passage.id}}` : text;
}

/** `exportedOn` is the export date (YYYY-MM-DD), recorded in the notes. */
export function exportArticle(
	article: LocalArticle,
	slug: string,
	exportedOn: string
): ExportedArticle {
	const added = article.added.slice(0, 10);
	const provenance = `Added in the explorer by a reader (${article.origin}) on ${added}; exported on ${exportedOn}.`;
	const notes = article.notes.trim() ? `${article.notes.trim()}\n\n${provenance}` : provenance;
	const frontMatter = [
		'---',
		`title: ${yamlString(article.title.trim() || slug)}`,
		`source: ${yamlString(article.source.trim() || 'not stated')}`,
		`published: ${yamlString(article.published.trim() || 'unknown')}`,
		`language: ${yamlString(article.language.trim() || 'und')}`,
		`notes: ${yamlString(notes)}`,
		'---'
	].join('\n');
	const body = article.passages.map(paragraph).join('\n\n');
	const shift = new Map(article.passages.map((p) => [p.id, headingMarks(p).length]));
	const links = article.links.map((link) => {
		const by = shift.get(link.passageId) ?? 0;
		return { ...link, articleSlug: slug, start: link.start + by, end: link.end + by };
	});
	return { slug, markdown: `${frontMatter}\n\n${body}\n`, links };
}
