import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError } from './errors';
import { parseArticle, parsePlainText, slugFromPath } from './parse';

const fixtures = resolve(import.meta.dirname, '../../../tests/fixtures/articles');
const readFixture = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');

function createArticleSource(
	body: string,
	frontMatter = 'title: T\nsource: S\npublished: "2021"\nlanguage: en'
): string {
	return `---\n${frontMatter}\n---\n\n${body}`;
}

function parseError(source: string, file = 'tests/fixtures/articles/x.md'): ArticleError {
	try {
		parseArticle(source, file);
	} catch (error) {
		if (error instanceof ArticleError) return error;
		throw error;
	}
	throw new Error('expected an ArticleError');
}

describe('parseArticle', () => {
	it('reads the front matter fields', () => {
		const a = parseArticle(readFixture('good.md'), 'tests/fixtures/articles/good.md');
		expect(a.meta).toEqual({
			title: 'A good article',
			source: 'test fixture',
			published: '2024',
			language: 'en'
		});
	});

	it('takes the slug from the file stem', () => {
		expect(parseArticle(readFixture('good.md'), 'tests/fixtures/articles/good.md').slug).toBe(
			'good'
		);
		expect(slugFromPath('a/b/azerbaijan-pakistan-kashmir.md')).toBe('azerbaijan-pakistan-kashmir');
	});

	it('numbers paragraphs p1…pN in reading order, verbatim', () => {
		const a = parseArticle(
			createArticleSource('One  “quoted” .\n\nTwo\nlines.\n\n\nThree.'),
			'x.md'
		);
		expect(a.passages.map((p) => [p.id, p.text])).toEqual([
			['p1', 'One  “quoted” .'],
			['p2', 'Two\nlines.'],
			['p3', 'Three.']
		]);
	});

	it('records the line each passage starts on', () => {
		const a = parseArticle(createArticleSource('One.\n\nTwo.'), 'x.md');
		expect(a.passages.map((p) => p.line)).toEqual([8, 10]);
	});

	it('accepts an explicit {#id} marker and strips it from the text', () => {
		const a = parseArticle(createArticleSource('One. {#intro}\n\nTwo.'), 'x.md');
		expect(a.passages.map((p) => [p.id, p.text])).toEqual([
			['intro', 'One.'],
			['p2', 'Two.']
		]);
	});

	it('accepts a numeric published year', () => {
		const a = parseArticle(
			createArticleSource('One.', 'title: T\nsource: S\npublished: 2021\nlanguage: en'),
			'x.md'
		);
		expect(a.meta.published).toBe('2021');
	});

	it('reads CRLF files like LF files', () => {
		const a = parseArticle(createArticleSource('One.\n\nTwo.').replace(/\n/g, '\r\n'), 'x.md');
		expect(a.passages.map((p) => p.text)).toEqual(['One.', 'Two.']);
	});

	it('fails on broken front matter, naming file and line', () => {
		const e = parseError(
			readFixture('broken-front-matter.md'),
			'tests/fixtures/articles/broken-front-matter.md'
		);
		expect(e.message).toMatch(
			/^tests\/fixtures\/articles\/broken-front-matter\.md:\d+: broken front matter/
		);
		expect(e.line).toBeGreaterThanOrEqual(3);
	});

	it('fails on front matter that is not closed', () => {
		const e = parseError(
			readFixture('unclosed-front-matter.md'),
			'tests/fixtures/articles/unclosed-front-matter.md'
		);
		expect(e.message).toBe(
			'tests/fixtures/articles/unclosed-front-matter.md:1: front matter is not closed: no second line "---"'
		);
	});

	it('fails when a file has no front matter', () => {
		expect(parseError('Just text.', 'a.md').message).toBe(
			'a.md:1: missing front matter: the file must start with a line "---"'
		);
	});

	it('fails on a missing required field, naming it', () => {
		const e = parseError(
			readFixture('missing-field.md'),
			'tests/fixtures/articles/missing-field.md'
		);
		expect(e.message).toBe(
			'tests/fixtures/articles/missing-field.md:2: front matter is missing the required field "source"'
		);
	});

	it('fails on an empty field, naming its line', () => {
		const e = parseError(
			createArticleSource('One.', 'title: T\nsource: ""\npublished: "2021"\nlanguage: en'),
			'x.md'
		);
		expect(e.message).toBe('x.md:3: front matter field "source" must be a non-empty string');
	});

	it('fails on an empty body', () => {
		const e = parseError(readFixture('empty-body.md'), 'tests/fixtures/articles/empty-body.md');
		expect(e.message).toMatch(
			/^tests\/fixtures\/articles\/empty-body\.md:\d+: the article body is empty/
		);
	});

	it('fails on duplicate passage ids, naming both lines', () => {
		const e = parseError(
			readFixture('duplicate-ids.md'),
			'tests/fixtures/articles/duplicate-ids.md'
		);
		expect(e.message).toBe(
			'tests/fixtures/articles/duplicate-ids.md:12: duplicate passage id "p2" (first used by the paragraph on line 10)'
		);
	});

	it('fails on an invalid explicit id', () => {
		expect(parseError(createArticleSource('One. {#P 1}'), 'x.md').message).toBe(
			'x.md:8: invalid passage id "P 1" (use lower-case letters, digits and hyphens, e.g. p7)'
		);
	});
});

describe('parsePlainText', () => {
	it('treats a text file as paragraphs without front matter', () => {
		const a = parsePlainText('One.\n\nTwo.', 'notes/my-text.txt');
		expect(a.slug).toBe('my-text');
		expect(a.passages.map((p) => p.id)).toEqual(['p1', 'p2']);
	});
});
