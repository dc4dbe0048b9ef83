/**
 * Text folding for the linker. `normalizeText` folds case and diacritics, turns hyphens,
 * apostrophes and runs of white space into one space, and keeps a map from every normalized
 * character back to the original text, so that links carry exact offsets into the original.
 * Pure: no DOM, no node imports.
 */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const SPECIAL: Record<string, string> = {
	ə: 'a',
	Ə: 'a',
	ı: 'i',
	ø: 'o',
	Ø: 'o',
	đ: 'd',
	Đ: 'd',
	ł: 'l',
	Ł: 'l',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	ß: 'ss',
	ħ: 'h',
	þ: 'th'
};

/** Characters treated like a space: white space, hyphens and dashes, apostrophes. */
const SOFT =
	/^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212'\u2018\u2019\u02bc\u02bb`\u00b4]$/u;
const WORD = /^[\p{L}\p{N}&]$/u;
/**
 * Characters that are invisible inside a word and fold to nothing, so "Kash\u00admir" (soft
 * hyphen), "Kash\u2060mir" (word joiner) and "Kash\u200bmir" (zero-width space) all read
 * "kashmir": soft hyphen, combining grapheme joiner, Mongolian vowel separator, zero-width
 * space / non-joiner / joiner, word joiner and invisible operators, zero-width no-break space.
 */
export const INVISIBLE = /^(?:[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]|\u034f)$/u;
const MARKS = /\p{M}/gu;

/** The ASCII members of SOFT: hyphen, apostrophe, backtick, space and the line/tab controls. */
const isAsciiSoft = (code: number) =>
	code === 45 || code === 39 || code === 96 || code === 32 || (code >= 9 && code <= 13);

/** Folded form of one character: '' for a soft separator (becomes a space), else lowercase text. */
const cache = new Map<string, string>();

function foldChar(ch: string): string {
	const code = ch.charCodeAt(0);
	if (ch.length === 1 && code < 128) {
		if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
		if (isAsciiSoft(code)) return ' ';
		return ch;
	}
	let folded = cache.get(ch);
	if (folded === undefined) {
		if (SOFT.test(ch)) folded = ' ';
		else if (INVISIBLE.test(ch)) folded = '';
		else {
			const special = SPECIAL[ch];
			folded = special ?? ch.normalize('NFD').replace(MARKS, '').toLowerCase();
			// Lower-casing can decompose again (İ → i̇); strip marks once more.
			folded = folded.normalize('NFD').replace(MARKS, '');
		}
		cache.set(ch, folded);
	}
	return folded;
}

export interface NormalizedText {
	/** The folded text. */
	text: string;
	/** For each character of `text`: offset of the original character it came from. */
	start: Uint32Array;
	/** For each character of `text`: offset just after the original character it came from. */
	end: Uint32Array;
}

/**
 * Reads markup at offset `i` of a text (an HTML reference or tag): its length in the original
 * and the characters it stands for; undefined when there is none. See markup.ts.
 */
export type MarkupReader = (
	text: string,
	i: number
) => { length: number; text: string } | undefined;

/**
 * Folds `original` and keeps the offset maps (see `NormalizedText`). With `markup`, HTML
 * references and tags are read as what they stand for (the linker passes markup.ts's reader;
 * the search box does not need it and does not load it).
 */
export function normalizeText(original: string, markup?: MarkupReader): NormalizedText {
	// The folded text is collected as UTF-16 code units and decoded once: appending one character
	// at a time to a string was most of the linker's time (scripts/bench-linker.ts).
	const capacity = original.length * 2 + 1;
	const units = new Uint16Array(capacity);
	const start = new Uint32Array(capacity);
	const end = new Uint32Array(capacity);
	let n = 0;
	let lastSpace = true; // swallow leading separators
	for (let i = 0; i < original.length;) {
		const code = original.charCodeAt(i);
		// ASCII letters, digits and most punctuation fold to themselves or their lowercase.
		if (code < 128 && code !== 38 && code !== 60) {
			if (isAsciiSoft(code)) {
				if (!lastSpace) {
					units[n] = 32;
					start[n] = i;
					end[n] = i + 1;
					n++;
					lastSpace = true;
				}
			} else {
				units[n] = code >= 65 && code <= 90 ? code + 32 : code;
				start[n] = i;
				end[n] = i + 1;
				n++;
				lastSpace = false;
			}
			i++;
			continue;
		}
		let width = 1;
		let folded: string;
		const token = markup && (code === 38 || code === 60) ? markup(original, i) : undefined;
		if (token) {
			// Every character a reference or tag stands for maps back to the whole of it.
			width = token.length;
			folded = '';
			for (const ch of token.text) folded += foldChar(ch);
			if (folded.trim() === '' && folded !== '') folded = ' ';
		} else {
			if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) width = 2;
			folded = foldChar(width === 1 ? original[i]! : original.slice(i, i + 2));
		}
		if (folded === ' ') {
			if (!lastSpace) {
				units[n] = 32;
				start[n] = i;
				end[n] = i + width;
				n++;
				lastSpace = true;
			}
		} else {
			for (let k = 0; k < folded.length; k++) {
				units[n] = folded.charCodeAt(k);
				start[n] = i;
				end[n] = i + width;
				n++;
			}
			if (folded.length > 0) lastSpace = false;
		}
		i += width;
	}
	return { text: decodeUnits(units, n), start: start.subarray(0, n), end: end.subarray(0, n) };
}

const CHUNK = 4096;

/** The first `n` code units as a string (in chunks: `fromCharCode` takes its arguments on the stack). */
function decodeUnits(units: Uint16Array, n: number): string {
	if (n <= CHUNK)
		return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
	let out = '';
	for (let i = 0; i < n; i += CHUNK)
		out += String.fromCharCode.apply(
			null,
			units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]
		);
	return out;
}

/** Folded form of a name, for gazetteer keys: as `normalizeText`, trimmed. */
export function normalizeName(name: string): string {
	return normalizeText(name).text.trim();
}

/** True for a folded character that belongs to a word (letters, digits, `&` as in J&K). */
export function isWordChar(ch: string | undefined): boolean {
	if (ch === undefined) return false;
	const code = ch.charCodeAt(0);
	if (code < 128)
		return (
			(code >= 97 && code <= 122) ||
			(code >= 48 && code <= 57) ||
			code === 38 ||
			(code >= 65 && code <= 90)
		);
	return WORD.test(ch);
}

/** Tokens of a folded name (split on spaces and other non-word characters). */
export function tokensOf(folded: string): string[] {
	return folded.split(/[^\p{L}\p{N}&]+/u).filter((t) => t.length > 0);
}
