/**
 * HTML → passages, for a saved web page or text copied from one. The HTML is parsed into a
 * document of its own (`DOMParser`), which is never attached to the page: in such a document
 * scripts do not run, nothing is fetched and nothing is rendered. Only text nodes are read from
 * it; no attribute, URL or style ever reaches the page.
 *
 * Block elements end passages; `h1`–`h6` become headings; `br` and `pre` keep their line breaks;
 * scripts, styles, forms, navigation, hidden elements and the like are skipped. When the page
 * marks its main text (`article`, `main`, `[role=main]`), only that is read.
 */
import { EMPTY_META, type Block, type FoundMeta } from './types';

/** Parses HTML into an inert document (browser: `new DOMParser()`; tests: any DOM). */
export type HtmlParser = (html: string) => Document;

const SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'canvas',
	'video',
	'audio',
	'picture',
	'img',
	'head',
	'nav',
	'aside',
	'form',
	'button',
	'input',
	'select',
	'textarea',
	'dialog',
	'meta',
	'link'
]);

const BLOCKS = new Set([
	'address',
	'article',
	'blockquote',
	'body',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'header',
	'hgroup',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul'
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Reads the passages and the metadata of an HTML document. */
export function htmlToBlocks(
	html: string,
	parse: HtmlParser
): { blocks: Block[]; meta: FoundMeta } {
	const doc = parse(html);
	const root =
		largest(doc.querySelectorAll('article')) ??
		doc.querySelector('main, [role="main"]') ??
		doc.body ??
		doc.documentElement;
	const blocks: Block[] = [];
	if (root) collect(root, blocks);
	return { blocks, meta: readMeta(doc) };
}

/** The longest of several `article` elements (a page may list teasers beside the story). */
function largest(list: NodeListOf<Element>): Element | null {
	let best: Element | null = null;
	for (const element of Array.from(list))
		if (!best || (element.textContent ?? '').length > (best.textContent ?? '').length)
			best = element;
	return best;
}

interface Line {
	heading?: number;
	pre: boolean;
	parts: string[];
}

function collect(root: Element, blocks: Block[]): void {
	let line: Line = { pre: false, parts: [] };
	const flush = () => {
		const raw = line.parts.join('');
		let text = line.pre ? raw.replace(/^\n+|\s+$/g, '') : tidy(raw);
		// A heading is one line, whatever line breaks its markup had.
		if (line.heading) text = text.replace(/\s*\n\s*/g, ' ');
		if (text) blocks.push(line.heading ? { heading: line.heading, text } : { text });
		line = { pre: false, parts: [] };
	};
	const walk = (node: Node, pre: boolean) => {
		if (node.nodeType === TEXT_NODE) {
			// Outside `pre`, a line break in the source is a space; only `br` breaks a line.
			line.parts.push(pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' '));
			if (pre) line.pre = true;
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const element = node as Element;
		const tag = element.localName.toLowerCase();
		if (SKIPPED.has(tag) || isHidden(element)) return;
		if (tag === 'br') {
			line.parts.push('\n');
			return;
		}
		const heading = /^h([1-6])$/.exec(tag);
		if (heading || BLOCKS.has(tag)) {
			flush();
			if (heading) line.heading = Number(heading[1]);
			const inPre = pre || tag === 'pre';
			for (const child of Array.from(element.childNodes)) walk(child, inPre);
			flush();
			return;
		}
		for (const child of Array.from(element.childNodes)) walk(child, pre);
	};
	walk(root, false);
	flush();
}

function isHidden(element: Element): boolean {
	return (
		element.hasAttribute('hidden') ||
		element.getAttribute('aria-hidden') === 'true' ||
		/(^|;)\s*display\s*:\s*none/i.test(element.getAttribute('style') ?? '')
	);
}

/** HTML whitespace rules: runs of spaces and line breaks are one space; `br` breaks stay. */
function tidy(text: string): string {
	return text
		.split('\n')
		.map((part) => part.replace(/[ \t\f\r\u200b]+/g, ' ').trim())
		.filter((part, i, parts) => part !== '' || (i > 0 && i < parts.length - 1))
		.join('\n')
		.replace(/\n{2,}/g, '\n')
		.trim();
}

function readMeta(doc: Document): FoundMeta {
	const meta = (...selectors: string[]) => {
		for (const selector of selectors) {
			const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
			if (value) return value;
		}
		return '';
	};
	const title =
		meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ||
		tidy(doc.querySelector('title')?.textContent ?? '') ||
		tidy(doc.querySelector('h1')?.textContent ?? '');
	const published =
		meta(
			'meta[property="article:published_time"]',
			'meta[name="date"]',
			'meta[name="dc.date"]',
			'meta[itemprop="datePublished"]'
		) ||
		doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ||
		'';
	return {
		...EMPTY_META,
		title,
		source: meta('meta[property="og:site_name"]', 'meta[name="publisher"]'),
		published: published.slice(0, 10),
		language: (doc.documentElement?.getAttribute('lang') ?? '').trim()
	};
}

/** Does a pasted text look like HTML source rather than text? */
export function looksLikeHtml(text: string): boolean {
	const start = text.trimStart().slice(0, 500).toLowerCase();
	return (
		/^<(!doctype html|html|head|body|meta|article|main|section|div|p|h[1-6]|span|table|ul|ol|blockquote)[\s>/]/.test(
			start
		) && /<\/[a-z][a-z0-9]*\s*>/i.test(text)
	);
}
