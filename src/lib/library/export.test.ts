import { describe, expect, it } from 'vitest';
import { loadFeatures } from '../articles/content.server';
import { buildGazetteer } from '../articles/gazetteer';
import { linkArticle } from '../articles/linker';
import { parseArticle } from '../articles/parse';
import { localArticle } from './article';
import { exportArticle } from './export';
import { linkPassages } from './link';
import type { LocalPassage } from './types';

const gazetteer = buildGazetteer(loadFeatures().features);

function createLocal(passages: LocalPassage[], fields: Partial<Record<string, string>> = {}) {
	return localArticle({
		slug: 'local-abcdefghij',
		fields: { title: '', source: '', published: '', language: '', notes: '', ...fields },
		passages,
		links: linkPassages(gazetteer, 'local-abcdefghij', passages),
		added: new Date('2026-01-02T03:04:05Z'),
		origin: 'pasted text',
		format: 'markdown'
	});
}

describe('exportArticle', () => {
	it('writes Markdown that the article parser accepts, with the same passages', () => {
		const local = createLocal(
			[
				{ id: 'p1', text: 'Roads near Lachin', heading: 2 },
				{ id: 'p2', text: 'Shelling was reported near Lachin and Shusha.\nResidents left.' },
				{ id: 'p3', text: 'A passage that ends like an id {#x}' }
			],
			{ title: 'A "quoted": title\u2028with odd characters', notes: 'My notes' }
		);
		const exported = exportArticle(local, 'roads', '2026-02-01');
		const parsed = parseArticle(exported.markdown, 'src/content/articles/roads.md');
		expect(parsed.meta).toEqual({
			title: 'A "quoted": title\u2028with odd characters',
			source: 'not stated',
			published: 'unknown',
			language: 'und',
			notes:
				'My notes\n\nAdded in the explorer by a reader (pasted text) on 2026-01-02; exported on 2026-02-01.'
		});
		expect(parsed.passages.map((p) => p.text)).toEqual([
			'## Roads near Lachin',
			'Shelling was reported near Lachin and Shusha.\nResidents left.',
			'A passage that ends like an id {#x}'
		]);
		expect(parsed.passages.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
	});

	it('exports the links the command-line linker makes for the exported file', () => {
		const local = createLocal([
			{ id: 'p1', text: 'Lachin and Shusha', heading: 1 },
			{ id: 'p2', text: 'Troops crossed the Line of Control near Poonch, in Kashmir.' }
		]);
		expect(local.links.length).toBeGreaterThan(2);
		const exported = exportArticle(local, 'lachin', '2026-02-01');
		const parsed = parseArticle(exported.markdown, 'lachin.md');
		expect(exported.links).toEqual(linkArticle(gazetteer, parsed));
	});
});
