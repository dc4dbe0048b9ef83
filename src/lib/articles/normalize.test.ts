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
});
