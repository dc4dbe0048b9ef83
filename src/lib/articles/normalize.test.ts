import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeText } from './normalize';

describe('normalizeText', () => {
	it('folds case', () => {
		expect(normalizeName('KASHMIR')).toBe('kashmir');
	});

	it('folds Azerbaijani letters ə ı ş ç ğ ö ü', () => {
		expect(normalizeName('Xankəndi')).toBe('xankandi');
		expect(normalizeName('Bakı Şuşa Çinar Ağdam Göygöl Füzuli')).toBe(
			'baki susa cinar agdam goygol fuzuli'
		);
	});

	it('strips combining marks after NFD decomposition (İ, é, Laçın)', () => {
		expect(normalizeName('İSTANBUL Café Laçın')).toBe('istanbul cafe lacin');
	});

	it('treats hyphens, dashes, apostrophes and spaces alike', () => {
		expect(normalizeName('Gilgit-Baltistan')).toBe('gilgit baltistan');
		expect(normalizeName('Gilgit–Baltistan')).toBe('gilgit baltistan');
		expect(normalizeName('Baku’s')).toBe('baku s');
		expect(normalizeName("Baku's")).toBe('baku s');
		expect(normalizeName('Gilgit  \n Baltistan')).toBe('gilgit baltistan');
	});

	it('maps every folded character back to its original offsets', () => {
		const original = 'In Şuşa – Xankəndi’s';
		const n = normalizeText(original);
		const at = n.text.indexOf('xankandi');
		expect(original.slice(n.start[at], n.end[at + 'xankandi'.length - 1])).toBe('Xankəndi');
	});

	it('keeps offsets exact when a letter expands (ß → ss)', () => {
		const original = 'Straße Baku';
		const n = normalizeText(original);
		expect(n.text).toBe('strasse baku');
		const at = n.text.indexOf('baku');
		expect(n.start[at]).toBe(original.indexOf('Baku'));
	});

	it('folds a text longer than one decoding chunk whole, with exact offsets at its end', () => {
		const original = 'Near Lachin, ' + 'KASHMIR valley; '.repeat(600) + 'Şuşa.';
		const n = normalizeText(original);
		expect(n.text.length).toBeGreaterThan(9000);
		expect(n.text.endsWith('kashmir valley; susa.')).toBe(true);
		const at = n.text.lastIndexOf('susa');
		expect(original.slice(n.start[at], n.end[at + 3])).toBe('Şuşa');
		expect(n.start.length).toBe(n.text.length);
	});

	it('collapses a run of ASCII and other separators into one space', () => {
		const original = 'Gilgit\u00a0- \u2013 Baltistan';
		const n = normalizeText(original);
		expect(n.text).toBe('gilgit baltistan');
		const at = n.text.indexOf('baltistan');
		expect(n.start[at]).toBe(original.indexOf('Baltistan'));
	});

	it('keeps "&" and "<" as text without a markup reader, and reads them with one', () => {
		expect(normalizeText('J&K <b>').text).toBe('j&k <b>');
		const reader = (text: string, i: number) =>
			text.startsWith('&amp;', i) ? { length: 5, text: '&' } : undefined;
		const n = normalizeText('J&amp;K', reader);
		expect(n.text).toBe('j&k');
		expect([n.start[2], n.end[2]]).toEqual([6, 7]);
		expect([n.start[1], n.end[1]]).toEqual([1, 6]);
	});

	it('maps a character outside the BMP to both of its code units', () => {
		const original = 'Baku 🇦🇿 Ganja';
		const n = normalizeText(original);
		const at = n.text.indexOf('ganja');
		expect(original.slice(n.start[at], n.end[at + 4])).toBe('Ganja');
	});
});
