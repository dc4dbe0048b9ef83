// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, looksLikeHtml } from './html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('htmlToBlocks', () => {
	it('turns block elements into passages and h1–h6 into headings', () => {
		const { blocks } = htmlToBlocks(
			'<h1>Talks in Baku</h1><p>Delegations met in <b>Baku</b> on Monday.</p><h3>Lachin</h3><div>The road   reopened.</div>',
			parse
		);
		expect(blocks).toEqual([
			{ heading: 1, text: 'Talks in Baku' },
			{ text: 'Delegations met in Baku on Monday.' },
			{ heading: 3, text: 'Lachin' },
			{ text: 'The road reopened.' }
		]);
	});

	it('never keeps script, style, form or hidden text, and runs nothing', () => {
		const globals = globalThis as unknown as { pwned?: boolean };
		const { blocks } = htmlToBlocks(
			`<p>Before</p><script>globalThis.pwned = true</script><style>p{}</style>
			<img src="x" onerror="globalThis.pwned = true"><form><input value="x"><button>Send</button></form>
			<p hidden>Hidden</p><p aria-hidden="true">Also hidden</p><p style="display:none">None</p><p>After</p>`,
			parse
		);
		expect(blocks.map((b) => b.text)).toEqual(['Before', 'After']);
		expect(globals.pwned).toBeUndefined();
	});

	it('keeps br and pre line breaks and collapses other whitespace', () => {
		const { blocks } = htmlToBlocks(
			'<p>Line one<br>Line two</p><pre>  a\n  b</pre><p>\n  spaced\n  out  </p>',
			parse
		);
		expect(blocks.map((b) => b.text)).toEqual(['Line one\nLine two', '  a\n  b', 'spaced out']);
	});

	it('reads only the article of a full page, without its navigation', () => {
		const { blocks, meta } = htmlToBlocks(
			`<!doctype html><html lang="en-GB"><head><title>Site | Story</title>
			<meta property="og:title" content="Ceasefire holds on the LoC">
			<meta property="og:site_name" content="Example News">
			<meta property="article:published_time" content="2021-02-25T10:00:00Z"></head>
			<body><nav><a href="/">Home</a></nav><article><h1>Ceasefire holds</h1><p>Text of the story.</p></article>
			<footer>Copyright</footer></body></html>`,
			parse
		);
		expect(blocks.map((b) => b.text)).toEqual(['Ceasefire holds', 'Text of the story.']);
		expect(meta).toMatchObject({
			title: 'Ceasefire holds on the LoC',
			source: 'Example News',
			published: '2021-02-25',
			language: 'en-GB'
		});
	});

	it('makes list items separate passages', () => {
		const { blocks } = htmlToBlocks('<ul><li>Shusha</li><li>Lachin</li></ul>', parse);
		expect(blocks.map((b) => b.text)).toEqual(['Shusha', 'Lachin']);
	});
});

describe('looksLikeHtml', () => {
	it('tells HTML source from text that merely mentions a tag', () => {
		expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
		expect(looksLikeHtml('  <!DOCTYPE html><html><body></body></html>')).toBe(true);
		expect(looksLikeHtml('The <p> tag is a paragraph.')).toBe(false);
		expect(looksLikeHtml('x < y and y > z')).toBe(false);
	});
});
