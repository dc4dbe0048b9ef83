/**
 * Every character the shipped data writes has a shipped font, on the page and on the map, so
 * no name shows as empty boxes on a system without, say, a Chinese font. Fonts are checked by
 * their cmap, not by their name or range alone.
 */
import { statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	characterSet,
	faceFor,
	facesOfCss,
	parseUnicodeRange,
	toUnicodeRange,
	usedCharacters,
	type ShippedFace
} from '../../scripts/fonts/coverage';
import { mapFontFaces } from '../../src/lib/map/fonts';
import { LIGHT } from '../../src/lib/theme';
import namesManifest from '../../src/lib/fonts/names.json';

const root = resolve(import.meta.dirname, '../..');
const used = usedCharacters(resolve(root, 'geodata'), [resolve(root, 'src/content/articles')]);
const describeCode = (code: number, where: string) =>
	`U+${code.toString(16).toUpperCase()} "${String.fromCodePoint(code)}" (${where})`;
const uncovered = (faces: ShippedFace[]) =>
	[...used].filter(([code]) => !faceFor(code, faces)).map(([c, w]) => describeCode(c, w));

describe('fonts', () => {
	it('the data uses the scripts the issue names, so the check below means something', () => {
		const has = (re: RegExp) =>
			[...used.keys()].some((code) => re.test(String.fromCodePoint(code)));
		for (const script of [/\p{Script=Han}/u, /\p{Script=Armenian}/u, /\p{Script=Devanagari}/u])
			expect(has(script), String(script)).toBe(true);
		expect(has(/\p{Script=Arabic}/u)).toBe(true);
		expect(used.has(0x259)).toBe(true); // ə, Azerbaijani Latin
	});

	it('the page has a font for every character of the shipped names and articles', () => {
		const faces = [
			...facesOfCss(resolve(root, 'src/lib/fonts.css')),
			...facesOfCss(resolve(root, 'src/lib/fonts/names.css'))
		];
		expect(uncovered(faces), 'run `npm run fonts`').toEqual([]);
		// The page asks for every family that holds one of those characters.
		const stack = /font-family:([^;]+);/.exec(
			readFileSync(resolve(root, 'src/lib/global.css'), 'utf8')
		)![1]!;
		const families = new Set([...used.keys()].map((code) => faceFor(code, faces)!.family));
		for (const family of families) expect(stack).toContain(`'${family}'`);
	});

	it('the map has a font for every character of the shipped names', () => {
		const declared = mapFontFaces(LIGHT, 'http://127.0.0.1/')[LIGHT.font.regular]!;
		const faces: ShippedFace[] = declared.map((face) => {
			const path = decodeURIComponent(new URL(face.url).pathname).replace(/^\/@fs/, '');
			return {
				family: LIGHT.font.regular,
				file: path.startsWith(root) ? path : resolve(root, `.${path}`),
				ranges: parseUnicodeRange(face['unicode-range'])
			};
		});
		expect(uncovered(faces)).toEqual([]);
	});

	it('a character no shipped font draws is reported', () => {
		const faces = facesOfCss(resolve(root, 'src/lib/fonts.css'));
		expect(faceFor(0x4e2d, faces)).toBeUndefined(); // 中: only the generated subset has it
		expect(faceFor(0x0531, faces)?.family).toBe('Noto Sans Armenian');
	});

	it('the generated subsets hold only what the names need: a few kilobytes', () => {
		let total = 0;
		for (const { file, unicodeRange } of namesManifest) {
			const path = resolve(root, 'src/lib/fonts', file);
			total += statSync(path).size;
			const cmap = characterSet(path);
			for (const [start, end] of parseUnicodeRange(unicodeRange))
				for (let code = start; code <= end; code++) expect(cmap.has(code), file).toBe(true);
		}
		expect(total).toBeLessThan(32 * 1024);
	});

	it('unicode ranges are written as the shortest list and read back', () => {
		expect(toUnicodeRange([0x4e2d, 0x41, 0x42, 0x43, 0x45])).toEqual([
			'U+0041-0043',
			'U+0045',
			'U+4E2D'
		]);
		expect(parseUnicodeRange(['U+0041-0043', 'U+4E2D'])).toEqual([
			[0x41, 0x43],
			[0x4e2d, 0x4e2d]
		]);
		expect(() => parseUnicodeRange(['U+26??'])).toThrow(/U\+26\?\?/);
	});
});
