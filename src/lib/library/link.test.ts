import { describe, expect, it } from 'vitest';
import { loadFeatures } from '../articles/content.server';
import { buildGazetteer } from '../articles/gazetteer';
import { linkArticle } from '../articles/linker';
import { linkPassages, SLICE_CHARS } from './link';

const gazetteer = buildGazetteer(loadFeatures().features);

describe('linkPassages', () => {
	it('links as the article linker does, reporting progress slice by slice', () => {
		const passages = Array.from({ length: 400 }, (_, i) => ({
			id: `p${i + 1}`,
			text: `Passage ${i}: shelling near Lachin and Shusha; talks in Baku and Srinagar. `.repeat(8)
		}));
		const reports: number[] = [];
		const links = linkPassages(gazetteer, 'local-x', passages, (done, total) =>
			reports.push(done / total)
		);
		const whole = linkArticle(gazetteer, {
			slug: 'local-x',
			file: 'x',
			meta: { title: 'x', source: 'x', published: 'x', language: 'en' },
			passages: passages.map((p, i) => ({ ...p, line: i + 1 }))
		});
		expect(links).toEqual(whole);
		const total = passages.reduce((n, p) => n + p.text.length, 0);
		expect(reports.length).toBeGreaterThanOrEqual(Math.floor(total / SLICE_CHARS));
		expect(reports.at(-1)).toBe(1);
		expect(reports).toEqual([...reports].sort((a, b) => a - b));
	});
});
