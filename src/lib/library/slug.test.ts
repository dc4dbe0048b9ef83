import { describe, expect, it } from 'vitest';
import { exportSlug, isLocalSlug, newLocalSlug } from './slug';

describe('article slugs', () => {
	it('makes local slugs that are recognised as local', () => {
		const slug = newLocalSlug();
		expect(slug).toMatch(/^local-[a-z2-7]{10}$/);
		expect(isLocalSlug(slug)).toBe(true);
		expect(newLocalSlug()).not.toBe(slug);
	});

	it('does not take a shipped slug for a local one', () => {
		expect(isLocalSlug('azerbaijan-pakistan-kashmir')).toBe(false);
		expect(isLocalSlug('local-news')).toBe(false);
	});

	it('exports under a readable file name that is neither local nor taken', () => {
		expect(exportSlug('Fighting near Şuşa, 2020')).toBe('fighting-near-susa-2020');
		expect(exportSlug('Local elections in Ağdam')).toBe('article-local-elections-in-agdam');
		expect(exportSlug('Report', new Set(['report', 'report-2']))).toBe('report-3');
		expect(exportSlug('١٢٣')).toBe('article');
		expect(exportSlug('x'.repeat(30) + ' ' + 'y'.repeat(40))).toBe('x'.repeat(30));
	});
});
