/**
 * Which characters the shipped data writes, and which shipped font draws each of them. Used by
 * `npm run fonts` (to decide what the name subset must hold) and by the data tests (to prove
 * that every character has a font), so the two can never disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as fontkit from 'fontkit';

/** Every string inside a JSON value, recursively (keys excluded). */
function stringsOf(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
	else if (value && typeof value === 'object')
		for (const item of Object.values(value)) stringsOf(item, out);
	return out;
}

/**
 * The characters of every property of every feature in the `*.geojson` files of `dir` (names,
 * their other forms, notes, sources: all of it reaches the panel or the map), and of every file
 * in `textDirs` (the articles). Map from code point to the first place it was seen.
 */
export function usedCharacters(dir: string, textDirs: string[] = []): Map<number, string> {
	const used = new Map<number, string>();
	const add = (text: string, where: string) => {
		for (const char of text) {
			const code = char.codePointAt(0)!;
			// Controls and plain spaces need no glyph.
			if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) continue;
			if (!used.has(code)) used.set(code, where);
		}
	};
	for (const file of readdirSync(dir)
		.filter((name) => name.endsWith('.geojson'))
		.sort()) {
		const collection = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as {
			features: { properties?: Record<string, unknown> }[];
		};
		for (const feature of collection.features) {
			const id = String(feature.properties?.id ?? '?');
			for (const text of stringsOf(feature.properties ?? {})) add(text, `${file} ${id}`);
		}
	}
	for (const textDir of textDirs) {
		for (const file of readdirSync(textDir).sort()) {
			add(readFileSync(resolve(textDir, file), 'utf8'), file);
		}
	}
	return used;
}

/** Parses CSS `unicode-range` tokens (`U+0530-058F`, `U+4E2D`, `U+26??` is not used here). */
export function parseUnicodeRange(tokens: string[]): [number, number][] {
	return tokens.map((token) => {
		const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(token.trim());
		if (!match) throw new Error(`unicode-range: cannot read "${token}"`);
		const start = parseInt(match[1]!, 16);
		return [start, match[2] ? parseInt(match[2], 16) : start];
	});
}

/** The shortest `unicode-range` list that holds exactly `codes`. */
export function toUnicodeRange(codes: Iterable<number>): string[] {
	const sorted = [...new Set(codes)].sort((a, b) => a - b);
	const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
	const out: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		out.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
		i = j + 1;
	}
	return out;
}

export interface ShippedFace {
	family: string;
	/** Absolute path of the font file. */
	file: string;
	ranges: [number, number][];
}

/**
 * The `@font-face` rules of a CSS file, with each `url()` resolved against the CSS file's
 * folder as Vite does. Fails naming the rule when one lacks a family, a url or a range.
 */
export function facesOfCss(cssPath: string): ShippedFace[] {
	const css = readFileSync(cssPath, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	const faces: ShippedFace[] = [];
	for (const [index, block] of [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].entries()) {
		const body = block[1]!;
		const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
		const url = /url\('([^']+)'\)/.exec(body)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
		if (!family || !url || !range)
			throw new Error(`${cssPath}: @font-face #${index + 1} lacks a family, a url or a range`);
		faces.push({
			family,
			file: resolve(dirname(cssPath), url),
			ranges: parseUnicodeRange(range.split(','))
		});
	}
	return faces;
}

const cmaps = new Map<string, Set<number>>();
/** The code points a font file has a glyph for, read from its cmap. */
export function characterSet(file: string): Set<number> {
	let set = cmaps.get(file);
	if (!set) {
		const font = fontkit.openSync(file);
		if (!('characterSet' in font)) throw new Error(`${file}: a font collection, not one font`);
		set = new Set(font.characterSet);
		cmaps.set(file, set);
	}
	return set;
}

/** The first face (in CSS order, as the browser tries them) whose range and cmap hold `code`. */
export function faceFor(code: number, faces: readonly ShippedFace[]): ShippedFace | undefined {
	return faces.find(
		(face) =>
			face.ranges.some(([start, end]) => code >= start && code <= end) &&
			characterSet(face.file).has(code)
	);
}
