import { describe, expect, it } from 'vitest';
import { buildLinkIndex, passageKey } from './index';
import type { Article, Link } from './types';

function createArticle(slug: string, passageIds: string[]): Article {
	return {
		slug,
		file: `${slug}.md`,
		meta: { title: slug, source: 's', published: '2021', language: 'en' },
		passages: passageIds.map((id, i) => ({ id, text: '', line: i + 1 }))
	};
}

function createLink(
	articleSlug: string,
	passageId: string,
	featureId: string,
	start: number
): Link {
	return { articleSlug, passageId, featureId, start, end: start + 3, text: 'abc', method: 'alias' };
}

describe('buildLinkIndex', () => {
	it('lists the passages of a feature in reading order, with every span', () => {
		const articles = [createArticle('a', ['p1', 'p2']), createArticle('b', ['p1'])];
		const links = [
			createLink('b', 'p1', 'f', 0),
			createLink('a', 'p2', 'f', 9),
			createLink('a', 'p2', 'f', 1),
			createLink('a', 'p1', 'f', 5)
		];
		expect(buildLinkIndex(articles, links).byFeature.f).toEqual([
			{ articleSlug: 'a', passageId: 'p1', spans: [{ start: 5, end: 8, text: 'abc' }] },
			{
				articleSlug: 'a',
				passageId: 'p2',
				spans: [
					{ start: 1, end: 4, text: 'abc' },
					{ start: 9, end: 12, text: 'abc' }
				]
			},
			{ articleSlug: 'b', passageId: 'p1', spans: [{ start: 0, end: 3, text: 'abc' }] }
		]);
	});

	it('lists the features of a passage in order of first mention, once each', () => {
		const links = [
			createLink('a', 'p1', 'y', 10),
			createLink('a', 'p1', 'x', 2),
			createLink('a', 'p1', 'y', 0),
			createLink('a', 'p1', 'z', 2)
		];
		expect(
			buildLinkIndex([createArticle('a', ['p1'])], links).byPassage[passageKey('a', 'p1')]
		).toEqual(['y', 'x', 'z']);
	});
});
