import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

const TEXT =
	'During the 44-day counterattack operations, Azerbaijani forces liberated more than 300 settlements, including the towns of Jabrayil, Fuzuli, Zangilan, Gubadli and Shusha, from nearly 30 years of illegal Armenian occupation.';

function spanOf(text: string, word: string) {
	const start = text.indexOf(word);
	return { start, end: start + word.length };
}

describe('snippet', () => {
	it('marks the mention with its exact text', () => {
		const pieces = snippet(TEXT, [spanOf(TEXT, 'Shusha')]);
		expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['Shusha']);
	});

	it('keeps the words around the mention, reassembling to the original text', () => {
		const pieces = snippet(TEXT, [spanOf(TEXT, 'Shusha')], 40);
		const joined = pieces.map((piece) => piece.text).join('');
		expect(joined.startsWith('…')).toBe(true);
		expect(TEXT).toContain(joined.replace(/^…/, '').replace(/…$/, ''));
	});

	it('marks several mentions in one passage', () => {
		const pieces = snippet(TEXT, [spanOf(TEXT, 'Fuzuli'), spanOf(TEXT, 'Jabrayil')]);
		expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual([
			'Jabrayil',
			'Fuzuli'
		]);
	});

	it('returns the whole short passage unmarked when there is no span', () => {
		expect(snippet('Short text.', [])).toEqual([{ text: 'Short text.', mark: false }]);
	});
});
