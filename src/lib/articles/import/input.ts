/**
 * A reader's input (a file's bytes, or pasted text) → a draft article, or an `ImportError` that
 * names the input and says what is wrong. Nothing here touches the page or storage.
 */
import { htmlToBlocks, looksLikeHtml, type HtmlParser } from './html';
import { splitMarkdown, splitPlainText } from './split';
import { EMPTY_META, ImportError, type Draft, type ImportFormat } from './types';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Texts longer than this (after HTML is reduced to text) are refused: about 350,000 words. */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;

const EXTENSIONS: Record<string, ImportFormat> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	xhtml: 'html'
};

export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export interface ParseDeps {
	parseHtml: HtmlParser;
	parseYaml: (yaml: string) => unknown;
}

function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

/** The format of a file from its name; an `ImportError` for any other kind of file. */
export function formatOfFile(name: string): ImportFormat {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const format = EXTENSIONS[extension];
	if (!format)
		throw new ImportError(
			name,
			`not a text file the explorer can read (it reads .txt, .md and .html files)`
		);
	return format;
}

/** Refuses a file by its size alone, before reading it. */
export function checkFileSize(name: string, bytes: number): void {
	if (bytes === 0) throw new ImportError(name, 'the file is empty');
	if (bytes > MAX_FILE_BYTES)
		throw new ImportError(
			name,
			`the file is ${sizeText(bytes)}; the explorer reads files up to ${sizeText(MAX_FILE_BYTES)}`
		);
}

/**
 * Bytes → text. UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are
 * read as such; a file that is not valid UTF-8 but has no control characters is read as
 * Windows-1252 (older Western texts), and says so. Anything with NUL bytes or many control
 * characters is binary and refused.
 */
export function decodeFile(name: string, bytes: Uint8Array): { text: string; note: string } {
	if (bytes.length === 0) throw new ImportError(name, 'the file is empty');
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes), note: '' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes), note: '' };
	const sample = bytes.subarray(0, 65536);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0) throw binary(name);
		if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
	}
	if (control > sample.length / 100) throw binary(name);
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: '' };
	} catch {
		return {
			text: new TextDecoder('windows-1252').decode(bytes),
			note: `${name} is not UTF-8; it was read as Windows-1252.`
		};
	}
}

function binary(name: string): ImportError {
	return new ImportError(
		name,
		'this is not a text file (it contains binary data); save the article as .txt, .md or .html'
	);
}

/** The format of a pasted text: HTML source, Markdown with headings or front matter, or text. */
export function formatOfPaste(text: string): ImportFormat {
	if (looksLikeHtml(text)) return 'html';
	if (/^---\r?\n[\s\S]*?\n---\s*(\n|$)/.test(text) || /^ {0,3}#{1,6}[ \t]+\S/m.test(text))
		return 'markdown';
	return 'text';
}

/** Text → a draft: checks, then splits into passages. `input` names the text in messages. */
export function draftFromText(
	input: string,
	text: string,
	format: ImportFormat,
	deps: ParseDeps
): Draft {
	checkText(input, text);
	const { blocks, meta } =
		format === 'html'
			? htmlToBlocks(text, deps.parseHtml)
			: format === 'markdown'
				? splitMarkdown(text, deps.parseYaml)
				: { blocks: splitPlainText(text), meta: { ...EMPTY_META } };
	const kept = blocks.filter((block) => block.text.trim() !== '');
	if (kept.length === 0)
		throw new ImportError(
			input,
			format === 'html'
				? 'the page has no text outside its scripts, styles and navigation'
				: 'there is no text to read'
		);
	const letters = kept.reduce((n, block) => n + block.text.length, 0);
	if (letters > MAX_TEXT_CHARS) throw tooLong(input, letters);
	if (!kept.some((block) => /\p{L}/u.test(block.text)))
		throw new ImportError(input, 'the text has no letters, so it cannot name any place');
	return { blocks: kept, meta, format };
}

function checkText(input: string, text: string): void {
	if (text.trim() === '') throw new ImportError(input, 'the text is empty');
	// HTML is allowed its markup: the limit applies to the text it holds (checked after).
	if (text.length > MAX_FILE_BYTES) throw tooLong(input, text.length);
	if (!/\p{L}/u.test(text))
		throw new ImportError(input, 'the text has no letters, so it cannot name any place');
	if (text.includes('\0'))
		throw new ImportError(input, 'the text contains binary data (NUL characters)');
}

function tooLong(input: string, chars: number): ImportError {
	return new ImportError(
		input,
		`the text is ${sizeText(chars)} long; the explorer takes texts up to ${sizeText(MAX_TEXT_CHARS)} (about 350,000 words)`
	);
}
