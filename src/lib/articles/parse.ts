/**
 * Article files → articles. An article file is Markdown with YAML front matter:
 *
 *     ---
 *     title: …
 *     source: …
 *     published: '2021'
 *     language: en
 *     notes: …          (optional)
 *     ---
 *
 *     First paragraph.
 *
 *     Second paragraph.
 *
 * The body's paragraphs (separated by blank lines) are the passages, verbatim, with ids
 * `p1`, `p2`, … in reading order. A paragraph may end with an explicit id marker `{#p7}`
 * (stripped from the text); ids must be unique. Every problem throws an `ArticleError`
 * naming the file and line.
 */
import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import { ArticleError } from './errors';
import type { Article, ArticleMeta, Passage } from './types';

const REQUIRED = ['title', 'source', 'published', 'language'] as const;
const ID_MARKER = /[ \t]*\{#([^}]*)\}[ \t]*$/;
const VALID_ID = /^[a-z][a-z0-9-]*$/;

/** File stem of a path (`src/content/articles/x.md` → `x`), without node:path. */
export function slugFromPath(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(0, dot) : base;
}

/** Parses a Markdown article with front matter. `file` is used in messages and for the slug. */
export function parseArticle(source: string, file: string, slug = slugFromPath(file)): Article {
	const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') {
		throw new ArticleError(file, 1, 'missing front matter: the file must start with a line "---"');
	}
	let close = -1;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i]!.trimEnd() === '---') {
			close = i;
			break;
		}
	}
	if (close < 0)
		throw new ArticleError(file, 1, 'front matter is not closed: no second line "---"');
	const meta = parseFrontMatter(lines.slice(1, close).join('\n'), file, 2);
	const passages = parseParagraphs(lines, close + 1, file, true);
	return { slug, file, meta, passages };
}

/**
 * Parses a plain-text article (no front matter): paragraphs only. Used for `.txt` input to the
 * CLI and for text a reader pastes in the browser. `{#id}` markers are a feature of the
 * project's own `.md` files: in plain text they are the writer's words, kept as text, and the
 * passages are numbered p1, p2, … in order.
 */
export function parsePlainText(source: string, file: string, slug = slugFromPath(file)): Article {
	const lines = source
		.replace(/\r\n?/g, '\n')
		.replace(/^\uFEFF/, '')
		.split('\n');
	const passages = parseParagraphs(lines, 0, file, false);
	return {
		slug,
		file,
		meta: { title: slug, source: file, published: '', language: 'und' },
		passages
	};
}

function parseFrontMatter(yamlText: string, file: string, firstLine: number): ArticleMeta {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
	const lineAt = (offset: number | undefined) =>
		offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
	const error = doc.errors[0];
	if (error) {
		throw new ArticleError(
			file,
			lineAt(error.pos[0]),
			`broken front matter: ${error.message.split('\n')[0]}`
		);
	}
	if (!isMap(doc.contents)) {
		throw new ArticleError(file, firstLine, 'broken front matter: expected "key: value" lines');
	}
	const map = doc.contents;
	const value = (key: string): { value: unknown; line: number } => {
		const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
		const node = pair?.value as YamlNode | null | undefined;
		const keyNode = pair?.key as YamlNode | null | undefined;
		const line = lineAt(node?.range?.[0] ?? keyNode?.range?.[0]);
		return {
			value: (node as { toJSON?: () => unknown } | null | undefined)?.toJSON?.() ?? undefined,
			line
		};
	};
	const meta: Record<string, string> = {};
	for (const key of REQUIRED) {
		const { value: v, line } = value(key);
		if (v === undefined || v === null) {
			throw new ArticleError(
				file,
				firstLine,
				`front matter is missing the required field "${key}"`
			);
		}
		const s = typeof v === 'number' ? String(v) : v;
		if (typeof s !== 'string' || s.trim() === '') {
			throw new ArticleError(file, line, `front matter field "${key}" must be a non-empty string`);
		}
		meta[key] = s;
	}
	const notes = value('notes');
	if (notes.value !== undefined && typeof notes.value !== 'string') {
		throw new ArticleError(file, notes.line, 'front matter field "notes" must be a string');
	}
	return {
		title: meta.title!,
		source: meta.source!,
		published: meta.published!,
		language: meta.language!,
		...(typeof notes.value === 'string' ? { notes: notes.value } : {})
	};
}

function parseParagraphs(
	lines: string[],
	from: number,
	file: string,
	idMarkers: boolean
): Passage[] {
	const passages: Passage[] = [];
	const seen = new Map<string, number>();
	let i = from;
	while (i < lines.length) {
		if (lines[i]!.trim() === '') {
			i++;
			continue;
		}
		const startLine = i + 1;
		const block: string[] = [];
		while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
		let text = block.join('\n');
		let id = `p${passages.length + 1}`;
		const marker = idMarkers ? ID_MARKER.exec(text) : null;
		if (marker) {
			const explicit = marker[1]!.trim();
			const markerLine = startLine + block.length - 1;
			if (!VALID_ID.test(explicit)) {
				throw new ArticleError(
					file,
					markerLine,
					`invalid passage id "${explicit}" (use lower-case letters, digits and hyphens, e.g. p7)`
				);
			}
			id = explicit;
			text = text.slice(0, marker.index);
		}
		const previous = seen.get(id);
		if (previous !== undefined) {
			throw new ArticleError(
				file,
				startLine,
				`duplicate passage id "${id}" (first used by the paragraph on line ${previous})`
			);
		}
		seen.set(id, startLine);
		passages.push({ id, text, line: startLine });
	}
	if (passages.length === 0) {
		throw new ArticleError(
			file,
			Math.min(from + 1, lines.length),
			'the article body is empty: no paragraphs after the front matter'
		);
	}
	return passages;
}
