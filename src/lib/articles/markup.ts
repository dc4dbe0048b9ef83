/**
 * HTML left in pasted text: character references (`&amp;`, `&nbsp;`, `&#287;`) and tags
 * (`<b>`, `</p>`, `<br/>`). The linker reads through them without changing the text, so every
 * link still carries exact offsets into what the reader pasted: a reference counts as the
 * character it stands for, an inline tag (`<b>`, `<a …>`, `<wbr>`) as nothing, any other tag as
 * a space. Entity names are decoded by `entities` (the decoder behind htmlparser2 and parse5),
 * so every HTML5 name is known, not a hand-kept subset. Pure; imported only by the linker and
 * the candidate scan, never by the map or the search box.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { INVISIBLE } from './normalize';

export interface MarkupToken {
	/** Length of the reference or tag in the original text. */
	length: number;
	/** What it stands for: decoded characters, '' for an inline tag, ' ' for a block tag. */
	text: string;
}

const REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]{0,500})?\/?>/y;
/** Tags inside a line of text: they neither start nor end a word ("<b>Kash</b>mir" is one word). */
const INLINE = new Set(
	'a abbr b bdi bdo cite code data dfn em font i ins del kbd mark q s samp small span strong sub sup time u var wbr'.split(
		' '
	)
);

/** The reference or tag starting at `i` in `text`, if there is one. */
export function scanMarkup(text: string, i: number): MarkupToken | undefined {
	const ch = text.charCodeAt(i);
	if (ch === 38 /* & */) {
		REFERENCE.lastIndex = i;
		const m = REFERENCE.exec(text);
		if (!m) return undefined;
		const decoded = decodeHTMLStrict(m[0]);
		return decoded === m[0] ? undefined : { length: m[0].length, text: decoded };
	}
	if (ch === 60 /* < */) {
		TAG.lastIndex = i;
		const m = TAG.exec(text);
		if (!m) return undefined;
		const name = m[1]!.toLowerCase();
		return { length: m[0].length, text: INLINE.has(name) ? '' : ' ' };
	}
	return undefined;
}

export interface PlainText {
	/** The text as a reader sees it: references decoded, tags dropped or spaced, invisible characters removed. */
	text: string;
	/** For each character of `text`: offset of the original character (or markup) it came from. */
	start: number[];
	/** For each character of `text`: offset just after the original character (or markup) it came from. */
	end: number[];
}

/** `text` with markup read as `scanMarkup` reads it, keeping a map back to the original offsets. */
export function plainText(text: string): PlainText {
	let out = '';
	const start: number[] = [];
	const end: number[] = [];
	for (let i = 0; i < text.length;) {
		const c = text.charCodeAt(i);
		const token = c === 38 || c === 60 ? scanMarkup(text, i) : undefined;
		const piece = token ? token.text : text[i]!;
		const width = token ? token.length : 1;
		for (const ch of piece) {
			if (INVISIBLE.test(ch)) continue;
			for (let k = 0; k < ch.length; k++) {
				out += ch[k]!;
				start.push(i);
				end.push(i + width);
			}
		}
		i += width;
	}
	return { text: out, start, end };
}
