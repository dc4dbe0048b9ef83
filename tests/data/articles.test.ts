/**
 * Integrity of the shipped articles and their links: every article parses, passage ids are
 * p1…pN, curated links point at real features and passages, the first article is the text as
 * received (tests/fixtures/first-article.txt) verbatim and is linked exactly as written by hand in tests/fixtures.
 * Tests that need the geodata read the committed geodata/*.geojson; a missing or broken layer
 * fails them (and the first test names it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ARTICLES_DIR,
	LINKS_DIR,
	loadArticles,
	loadCurated,
	loadFeatures
} from '../../src/lib/articles/content.server';
import { buildGazetteer } from '../../src/lib/articles/gazetteer';
import { findOccurrence, linkArticle, linkPassage } from '../../src/lib/articles/linker';
import { parseArticle } from '../../src/lib/articles/parse';
import {
	CHINESE_ADMINISTERED,
	INDIAN_ADMINISTERED,
	NAME_RULES,
	PAKISTANI_ADMINISTERED,
	PHRASE_RULES
} from '../../src/lib/articles/rules';
import type { Article } from '../../src/lib/articles/types';

const repoRoot = resolve(import.meta.dirname, '../..');
/** The first article exactly as the project received it (one paragraph a line, blank lines between). */
const seedPath = resolve(repoRoot, 'tests/fixtures/first-article.txt');
const FIRST = 'azerbaijan-pakistan-kashmir';

const articleFiles = readdirSync(resolve(repoRoot, ARTICLES_DIR))
	.filter((f) => f.endsWith('.md'))
	.sort();
const readArticle = (f: string): Article =>
	parseArticle(readFileSync(resolve(repoRoot, ARTICLES_DIR, f), 'utf8'), `${ARTICLES_DIR}/${f}`);

const geodata = loadFeatures(repoRoot);
const featureIds = new Set(geodata.features.map((f) => f.id));

describe('articles', () => {
	it('the committed geodata loads without a warning', () => {
		expect(geodata.warnings).toEqual([]);
		expect(geodata.features.length).toBeGreaterThan(0);
	});

	it('there is at least one article', () => {
		expect(articleFiles.length).toBeGreaterThan(0);
	});

	it.each(articleFiles)('%s parses and has passage ids p1…pN in order', (file) => {
		const article = readArticle(file);
		expect(article.passages.map((p) => p.id)).toEqual(article.passages.map((_, i) => `p${i + 1}`));
		expect(new Set(article.passages.map((p) => p.id)).size).toBe(article.passages.length);
	});

	it.each(articleFiles)('%s has every required front matter field', (file) => {
		const { meta } = readArticle(file);
		for (const key of ['title', 'source', 'published', 'language'] as const)
			expect(meta[key].trim()).not.toBe('');
		expect(meta.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
	});

	it('the first article is the text as received, paragraph for paragraph, verbatim', () => {
		const seed = readFileSync(seedPath, 'utf8');
		const paragraphs = seed.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
		const article = readArticle(`${FIRST}.md`);
		expect(article.passages.map((p) => p.text)).toEqual(paragraphs);
		expect(article.meta.title).toBe(
			'Azerbaijan continues to side with Pakistan in the Kashmir conflict'
		);
		expect(article.meta.published).toBe('2021');
	});
});

describe('curated links', () => {
	const linkFiles = existsSync(resolve(repoRoot, LINKS_DIR))
		? readdirSync(resolve(repoRoot, LINKS_DIR)).filter((f) => f.endsWith('.json'))
		: [];

	it('every curated file belongs to an article', () => {
		const slugs = new Set(articleFiles.map((f) => f.slice(0, -3)));
		expect(
			linkFiles.filter((f) => !slugs.has(f.slice(0, -5))).map((f) => `${LINKS_DIR}/${f}`)
		).toEqual([]);
	});

	// One test per curated file: with no curated file there is nothing to check (and no test).
	it.each(linkFiles)('%s: every entry has a reason and names an existing passage', (f) => {
		const slug = f.slice(0, -5);
		const curated = loadCurated(slug, repoRoot)!;
		const passages = new Set(readArticle(`${slug}.md`).passages.map((p) => p.id));
		for (const e of [...curated.add, ...curated.remove]) {
			expect(e.reason.trim(), `${curated.file}:${e.line}`).not.toBe('');
			expect(passages.has(e.passageId), `${curated.file}:${e.line}`).toBe(true);
		}
	});

	it.each(linkFiles)('%s: every entry names an existing feature and applies cleanly', (f) => {
		const slug = f.slice(0, -5);
		const curated = loadCurated(slug, repoRoot)!;
		for (const e of [...curated.add, ...curated.remove])
			expect(featureIds.has(e.featureId), `${curated.file}:${e.line} ${e.featureId}`).toBe(true);
		expect(() =>
			linkArticle(buildGazetteer(geodata.features), readArticle(`${slug}.md`), curated)
		).not.toThrow();
	});
});

describe('rules agree with the geodata', () => {
	it('every name-rule and phrase-rule target exists', () => {
		const targets = [
			...NAME_RULES.map((r) => r.featureId),
			...PHRASE_RULES.flatMap((r) => r.featureIds)
		];
		expect(targets.filter((id) => !featureIds.has(id))).toEqual([]);
	});

	it('the phrase rules list exactly the Kashmir zones each country administers', () => {
		const zones = (iso3: string) =>
			geodata.features
				.filter((f) => f.id.startsWith('kashmir/') && f.kind === 'zone' && f.status !== 'claim')
				.filter(
					(f) => (f as unknown as { administered_by: string | null }).administered_by === iso3
				)
				.map((f) => f.id)
				.sort();
		expect(zones('IND')).toEqual([...INDIAN_ADMINISTERED].sort());
		expect(zones('PAK')).toEqual([...PAKISTANI_ADMINISTERED].sort());
		expect(zones('CHN')).toEqual([...CHINESE_ADMINISTERED].sort());
	});

	it('no claim feature is ever a link target', () => {
		const { links } = loadArticles({ root: repoRoot, features: geodata.features });
		const claims = new Set(geodata.features.filter((f) => f.status === 'claim').map((f) => f.id));
		expect(claims.size).toBeGreaterThan(0);
		expect(links.filter((l) => claims.has(l.featureId))).toEqual([]);
	});
});

interface Expected {
	passageId: string;
	featureId: string;
	text: string;
	occurrence: number;
}

describe('the first article is linked as expected', () => {
	it('precision and recall are 1.0 against the hand-written links', () => {
		const expectedDoc = JSON.parse(
			readFileSync(resolve(repoRoot, `tests/fixtures/${FIRST}.expected.json`), 'utf8')
		) as { links: Expected[] };
		const { articles, links } = loadArticles({ root: repoRoot, features: geodata.features });
		const article = articles.find((a) => a.slug === FIRST)!;
		const key = (l: { passageId: string; featureId: string; start: number; end: number }) =>
			`${l.passageId} ${l.featureId} ${l.start}-${l.end}`;
		const expected = new Set(
			expectedDoc.links.map((e) => {
				const passage = article.passages.find((p) => p.id === e.passageId);
				const span = passage && findOccurrence(passage.text, e.text, e.occurrence);
				if (!span)
					throw new Error(`fixture: "${e.text}" #${e.occurrence} is not in ${e.passageId}`);
				return key({ ...e, ...span });
			})
		);
		const actual = new Set(links.filter((l) => l.articleSlug === FIRST).map(key));
		const hits = [...actual].filter((k) => expected.has(k)).length;
		const precision = actual.size ? hits / actual.size : 1;
		const recall = expected.size ? hits / expected.size : 1;
		console.log(
			`${FIRST}: ${actual.size} links, ${expected.size} expected; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`
		);
		expect({
			unexpected: [...actual].filter((k) => !expected.has(k)),
			missed: [...expected].filter((k) => !actual.has(k))
		}).toEqual({ unexpected: [], missed: [] });
		expect([precision, recall]).toEqual([1, 1]);
	});
});

describe('text the linker was not written for', () => {
	const cases: [string, string, string[]][] = [
		['Residents returned to Shushi last spring.', 'Shushi', ['place/shusha']],
		['Talks were held in Stepanakert on Monday.', 'Stepanakert', ['karabakh/khankendi']],
		['The road from Fizuli was reopened.', 'Fizuli', ['place/fuzuli']],
		['The ruins of Agdam lie east of the hills.', 'Agdam', ['place/aghdam']],
		['Snow closed the pass above Kelbajar.', 'Kelbajar', ['place/kalbajar']],
		['A new airport opened near Lacin.', 'Lacin', ['place/lachin']],
		['The bridge at Zangelan was rebuilt.', 'Zangelan', ['place/zangilan']],
		['Farmers near Kubatly harvested grapes.', 'Kubatly', ['place/gubadli']],
		['Mines were cleared around Jebrail.', 'Jebrail', ['place/jabrayil']],
		['Shops in Srinagar stayed shut.', 'Srinagar', ['place/srinagar']],
		['Floods hit Muzaffarabad in August.', 'Muzaffarabad', ['place/muzaffarabad']],
		['Elections were held in Gilgit-Baltistan.', 'Gilgit-Baltistan', ['kashmir/gilgit-baltistan']],
		['Officials in Delhi spoke of “PoK” again.', 'PoK', [...PAKISTANI_ADMINISTERED]],
		['Firing was reported across the LoC overnight.', 'LoC', ['line/loc']],
		['Troops faced each other in Aksai Chin.', 'Aksai Chin', ['kashmir/aksai-chin']],
		['The Lachin district was handed over.', 'Lachin district', ['karabakh/lachin']],
		// Martakert/Aghdara: the town and the district share the name (docs/linker.md, section 5)
		['Shelling was reported near Martakert.', 'Martakert', ['place/aghdara']],
		['The town, known as Martakert, emptied.', 'Martakert', ['place/aghdara']],
		['Soldiers entered the town of Agdere.', 'Agdere', ['place/aghdara']],
		['Villages of the Martakert region were hit.', 'Martakert region', ['karabakh/aghdara']],
		['Aghdara district was re-created.', 'Aghdara district', ['karabakh/aghdara']]
	];

	it.each(cases)('%s → links %s', (text, mention, ids) => {
		const gazetteer = buildGazetteer(geodata.features);
		const links = linkPassage(gazetteer, 'other', { id: 'p1', text }).filter(
			(l) => l.text === mention
		);
		expect(links.map((l) => l.featureId)).toEqual(ids);
		for (const l of links) expect(text.slice(l.start, l.end)).toBe(mention);
	});
});
