import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAllFeatures } from '../../../tests/fixtures/features';
import { parseCuratedLinks } from './curated';
import { ArticleError } from './errors';
import { buildGazetteer } from './gazetteer';
import { linkArticle } from './linker';
import { parseArticle } from './parse';

const fixtures = resolve(import.meta.dirname, '../../../tests/fixtures/articles');
const fixturePath = (name: string) => `tests/fixtures/articles/${name}`;
const readFixture = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');

function createArticle() {
	return parseArticle(readFixture('good.md'), fixturePath('good.md'));
}

function createCurated(json: object, file = 'src/content/links/good.json') {
	return parseCuratedLinks(JSON.stringify(json, null, '\t'), file);
}

function errorOf(run: () => unknown): ArticleError {
	try {
		run();
	} catch (error) {
		if (error instanceof ArticleError) return error;
		throw error;
	}
	throw new Error('expected an ArticleError');
}

const gazetteer = () => buildGazetteer(createAllFeatures());

describe('curated links', () => {
	it('adds a link with method "curated" at the given whole-word occurrence', () => {
		const curated = createCurated({
			add: [
				{
					passageId: 'p2',
					featureId: 'kashmir/jammu-and-kashmir',
					text: 'Kashmir',
					occurrence: 0,
					reason: 'test'
				}
			]
		});
		const links = linkArticle(gazetteer(), createArticle(), curated).filter(
			(l) => l.method === 'curated'
		);
		const text = createArticle().passages[1]!.text;
		expect(links).toEqual([
			{
				articleSlug: 'good',
				passageId: 'p2',
				featureId: 'kashmir/jammu-and-kashmir',
				start: text.indexOf('Kashmir'),
				end: text.indexOf('Kashmir') + 7,
				text: 'Kashmir',
				method: 'curated'
			}
		]);
	});

	it('removes an automatic link', () => {
		const curated = createCurated({
			remove: [{ passageId: 'p2', featureId: 'line/loc', text: 'Line of Control', reason: 'test' }]
		});
		const links = linkArticle(gazetteer(), createArticle(), curated);
		expect(links.map((l) => l.featureId)).toEqual(['place/baku', 'country/aze', 'kashmir/region']);
	});

	it('rejects a removal that removes nothing', () => {
		const curated = createCurated({
			remove: [{ passageId: 'p1', featureId: 'line/loc', reason: 'stale' }]
		});
		expect(errorOf(() => linkArticle(gazetteer(), createArticle(), curated)).message).toMatch(
			/^src\/content\/links\/good\.json:3: remove entry: the linker makes no link to "line\/loc"/
		);
	});

	it('rejects an entry naming an unknown feature, with file and line', () => {
		const curated = parseCuratedLinks(
			readFixture('good.unknown-feature.json'),
			fixturePath('good.unknown-feature.json')
		);
		expect(errorOf(() => linkArticle(gazetteer(), createArticle(), curated)).message).toBe(
			'tests/fixtures/articles/good.unknown-feature.json:3: add entry (passage "p1", feature "place/atlantis") names unknown feature "place/atlantis"'
		);
	});

	it('rejects an entry naming an unknown passage, with file and line', () => {
		const curated = parseCuratedLinks(
			readFixture('good.unknown-passage.json'),
			fixturePath('good.unknown-passage.json')
		);
		expect(errorOf(() => linkArticle(gazetteer(), createArticle(), curated)).message).toBe(
			'tests/fixtures/articles/good.unknown-passage.json:5: add entry (passage "p9", feature "place/baku") names passage "p9", which article "good" does not have'
		);
	});

	it('rejects an entry whose text is not in the passage', () => {
		const curated = createCurated({
			add: [{ passageId: 'p1', featureId: 'place/baku', text: 'Bakou', reason: 'test' }]
		});
		expect(errorOf(() => linkArticle(gazetteer(), createArticle(), curated)).message).toBe(
			'src/content/links/good.json:3: add entry: text "Bakou" (occurrence 0) is not in passage "p1"'
		);
	});

	it('rejects an entry without a reason, with file and line', () => {
		expect(
			errorOf(() =>
				parseCuratedLinks(readFixture('good.no-reason.json'), fixturePath('good.no-reason.json'))
			).message
		).toBe('tests/fixtures/articles/good.no-reason.json:3: remove[0] needs a non-empty "reason"');
	});

	it('rejects a file that is not JSON, with file and line', () => {
		const e = errorOf(() =>
			parseCuratedLinks(readFixture('good.broken.json'), fixturePath('good.broken.json'))
		);
		expect(e.message).toMatch(/^tests\/fixtures\/articles\/good\.broken\.json:3: not valid JSON/);
	});

	it('rejects unknown keys', () => {
		expect(errorOf(() => createCurated({ add: [], extra: [] })).message).toBe(
			'src/content/links/good.json:3: unknown key "extra" (expected "add" and "remove")'
		);
	});
});
