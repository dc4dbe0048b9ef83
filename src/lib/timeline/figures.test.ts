import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresFor } from './figures.server';

const slug = 'azerbaijan-pakistan-kashmir';
const figures = figuresFor(slug)!;
const article = readFileSync(`src/content/articles/${slug}.md`, 'utf8');

describe('the article figures, measured on the data', () => {
	it('quotes the article verbatim', () => {
		for (const quote of [
			figures.line.quote,
			figures.share.quote,
			figures.duration.quote,
			figures.handovers.quote
		])
			expect(article).toContain(quote);
	});

	it('converts 460 miles to about 740 km and sets the measured LoC beside it', () => {
		expect(figures.line.statedKm).toBeCloseTo(740.3, 1);
		expect(figures.line.measuredKm).toBeGreaterThan(600);
		expect(figures.line.measuredKm).toBeLessThan(figures.line.statedKm);
		expect(figures.line.published.map((p) => p.value)).toContain(740);
	});

	it('measures the share held at the 1994 ceasefire, with the partly held units stated', () => {
		const ids = figures.share.units.map((u) => u.id);
		for (const district of [
			'aghdam',
			'fuzuli',
			'jabrayil',
			'zangilan',
			'gubadli',
			'lachin',
			'kalbajar'
		])
			expect(ids).toContain(`karabakh/${district}`);
		expect(ids).toContain('karabakh/nkao-1991');
		expect(figures.share.units.filter((u) => u.partly).map((u) => u.id)).toEqual(
			expect.arrayContaining(['karabakh/aghdam', 'karabakh/fuzuli'])
		);
		expect(figures.share.onDay).toBe('1994-05-12');
		// Overlapping units (the oblast and the districts inside it) are counted once.
		const sum = figures.share.units.reduce((s, u) => s + u.areaKm2, 0);
		expect(figures.share.heldKm2).toBeLessThan(sum);
		expect(figures.share.percentLower).toBeLessThan(figures.share.percentUpper);
		expect(figures.share.percentUpper).toBeGreaterThan(10);
		expect(figures.share.percentUpper).toBeLessThan(20);
		expect(figures.share.published.map((p) => p.value)).toEqual(expect.arrayContaining([20, 9]));
	});

	it('counts 44 days from 27 September to 10 November 2020', () => {
		expect(figures.duration.from.day).toBe('2020-09-27');
		expect(figures.duration.to.day).toBe('2020-11-10');
		expect(figures.duration.days).toBe(44);
	});

	it('dates the three handovers from the timeline', () => {
		expect(figures.handovers.handovers.map((h) => [h.id, h.day])).toEqual([
			['karabakh/aghdam', '2020-11-20'],
			['karabakh/kalbajar', '2020-11-25'],
			['karabakh/lachin', '2020-12-01']
		]);
	});
});
