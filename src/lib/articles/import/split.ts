/**
 * Plain text and Markdown → passages. The rules, in order:
 *
 * - Blank lines (or lines of only spaces) separate passages, as in the shipped articles.
 * - A text with no blank line at all (many pasted texts, one paragraph a line) is split at its
 *   single line breaks instead, unless it is hard-wrapped at a fixed width (an e-mail, a wire
 *   story): then a line that reaches the wrap width continues into the next one.
 * - Headings stay headings: Markdown `#`…`######` and underlined (`===`, `---`) headings; in plain
 *   text, a single short line standing alone between blank lines without closing punctuation.
 *
 * Passage text is kept as written (line breaks inside a passage stay); only Markdown's inline
 * markup (emphasis, links, images, code ticks) is reduced to its text, since the reader sees the
 * text, never the markup.
 */
import { EMPTY_META, type Block, type FoundMeta } from './types';

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ATX_EMPTY_HEADING = /^ {0,3}#{1,6}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const BLANK = /^[\s\u00a0]*$/;
/** Closing punctuation that marks a line as a sentence rather than a heading. */
const SENTENCE_END = /[.,;:!?…"'”’»)\]]$/;
/** A heading in plain text is short: a title, not a sentence. */
const PLAIN_HEADING_MAX = 90;
/** Lines at least this share of the longest line count as wrapped (wire stories, e-mail). */
const WRAP_RATIO = 0.7;
/** Hard-wrapped texts wrap at 60–100 columns; anything wider is one paragraph a line. */
const WRAP_MAX_WIDTH = 120;

export function normalizeNewlines(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/** Splits plain text into blocks. */
export function splitPlainText(text: string): Block[] {
	return splitLines(normalizeNewlines(text).split('\n'), false);
}

/** Splits a Markdown body (front matter already removed, see `splitMarkdown`) into blocks. */
export function splitMarkdownBody(text: string): Block[] {
	return splitLines(normalizeNewlines(text).split('\n'), true).map((block) =>
		block.heading ? block : { text: stripInlineMarkdown(block.text) }
	);
}

/**
 * Splits a Markdown document. Front matter (`---` … `---` at the top) gives the metadata; its
 * fields are read leniently here (strings only), since a reader's file need not be complete.
 */
export function splitMarkdown(
	text: string,
	parseYaml: (yaml: string) => unknown
): { blocks: Block[]; meta: FoundMeta } {
	const lines = normalizeNewlines(text).split('\n');
	let meta = { ...EMPTY_META };
	let body = lines;
	if (lines[0]?.trimEnd() === '---') {
		const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
		if (close > 0) {
			meta = readFrontMatter(lines.slice(1, close).join('\n'), parseYaml);
			body = lines.slice(close + 1);
		}
	}
	return { blocks: splitMarkdownBody(body.join('\n')), meta };
}

function readFrontMatter(yaml: string, parseYaml: (yaml: string) => unknown): FoundMeta {
	let data: unknown;
	try {
		data = parseYaml(yaml);
	} catch {
		return { ...EMPTY_META };
	}
	if (!data || typeof data !== 'object') return { ...EMPTY_META };
	const record = data as Record<string, unknown>;
	const field = (...keys: string[]) => {
		for (const key of keys) {
			const value = record[key];
			if (typeof value === 'string' && value.trim()) return value.trim();
			if (typeof value === 'number') return String(value);
			if (value instanceof Date) return value.toISOString().slice(0, 10);
		}
		return '';
	};
	return {
		title: field('title'),
		source: field('source', 'publisher', 'url'),
		published: field('published', 'date'),
		language: field('language', 'lang'),
		notes: field('notes')
	};
}

function splitLines(lines: string[], markdown: boolean): Block[] {
	const hasBlankLine = lines.some(
		(line, i) => BLANK.test(line) && hasText(lines, 0, i) && hasText(lines, i + 1, lines.length)
	);
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) blocks.push({ text: paragraph.join('\n') });
		paragraph = [];
	};
	const groups = hasBlankLine ? null : wrapGroups(lines);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (BLANK.test(line)) {
			flush();
			continue;
		}
		if (markdown) {
			const atx = ATX_HEADING.exec(line);
			if (atx && atx[2]!.trim()) {
				flush();
				blocks.push({ heading: atx[1]!.length, text: stripInlineMarkdown(atx[2]!.trim()) });
				continue;
			}
			if (ATX_EMPTY_HEADING.test(line)) {
				flush();
				continue;
			}
			const next = lines[i + 1];
			// An underlined heading: one line of text, then `===` (level 1) or `---` (level 2).
			if (paragraph.length === 0 && next !== undefined && SETEXT_UNDERLINE.exec(next)) {
				blocks.push({
					heading: next.trim().startsWith('=') ? 1 : 2,
					text: stripInlineMarkdown(line.trim())
				});
				i++;
				continue;
			}
			// A thematic break (`***`, `---`, `___`) separates passages and is not text.
			if (/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/.test(line)) {
				flush();
				continue;
			}
		}
		paragraph.push(line.trimEnd());
		if (groups && !groups.continues(i)) flush();
	}
	flush();
	return markdown ? blocks : markPlainHeadings(blocks, hasBlankLine);
}

function hasText(lines: string[], from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!BLANK.test(lines[i]!)) return true;
	return false;
}

/**
 * For a text without blank lines: does line `i` continue into the next? Only in a hard-wrapped
 * text (most lines reach nearly the same width, at most 120 columns), and only when line `i`
 * itself reaches that width; otherwise every line is its own passage.
 */
function wrapGroups(lines: string[]): { continues(i: number): boolean } {
	const filled = lines.map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
	const width = Math.max(0, ...filled.map((line) => line.length));
	const body = filled.slice(0, -1);
	const wide = body.filter((line) => line.length >= width * WRAP_RATIO).length;
	const wrapped = width <= WRAP_MAX_WIDTH && body.length >= 2 && wide >= body.length * 0.5;
	return {
		continues: (i) => {
			const line = lines[i]!.trimEnd();
			const next = lines[i + 1];
			if (!wrapped || line.length < width * WRAP_RATIO || next === undefined || BLANK.test(next))
				return false;
			// A sentence that ends the line, followed by one that starts the next, may end a
			// paragraph: without blank lines there is no telling, and a break there loses nothing.
			return !(/[.!?…"”’]$/.test(line) && /^\s*["“‘«(]?[\p{Lu}\p{N}]/u.test(next));
		}
	};
}

/**
 * In plain text separated by blank lines, a block that is one short line without closing
 * punctuation, followed by more text, is a heading ("Fighting near Lachin"). The first such block
 * is a level-1 heading, the others level 2.
 */
function markPlainHeadings(blocks: Block[], hasBlankLine: boolean): Block[] {
	if (!hasBlankLine) return blocks;
	let seenHeading = false;
	return blocks.map((block, i) => {
		const text = block.text.trim();
		const isHeading =
			i + 1 < blocks.length &&
			!text.includes('\n') &&
			text.length <= PLAIN_HEADING_MAX &&
			/^[\p{Lu}\p{Lt}\p{N}"'“‘«]/u.test(text) &&
			!SENTENCE_END.test(text) &&
			/\p{L}/u.test(text) &&
			blocks[i + 1]!.text.length > text.length;
		if (!isHeading) return block;
		const level = seenHeading ? 2 : 1;
		seenHeading = true;
		return { heading: level, text };
	});
}

/** Markdown inline markup → its text: `[text](url)` → text, `![alt](src)` → alt, `**b**` → b. */
export function stripInlineMarkdown(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/^ {0,3}> ?/gm, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}
