import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from './search';

function createIndex() {
	return buildSearchIndex(
		[
			{
				id: 'place/shusha',
				name: 'Shusha',
				names: [
					{ lang: 'az', name: 'Şuşa' },
					{ lang: 'hy', name: 'Շուշի', latin: 'Shushi' }
				],
				aliases: ['Shushi']
			},
			{
				id: 'karabakh/khankendi',
				name: 'Khankendi',
				names: [{ lang: 'az', name: 'Xankəndi' }],
				aliases: ['Stepanakert']
			},
			{ id: 'country/ind', name: 'India', names: [], aliases: [] }
		],
		[
			{ id: 'p1', text: 'Azerbaijan continues to side with Pakistan in the Kashmir conflict.' },
			{ id: 'p2', text: 'The towns of Jabrayil, Fuzuli and Shusha were taken.' }
		]
	);
}

describe('search', () => {
	it('finds a feature by a name with diacritics typed without them', () => {
		expect(search(createIndex(), 'susa').features.map((hit) => hit.id)).toEqual(['place/shusha']);
	});

	it("finds a feature by the other side's name and says which name matched", () => {
		const [hit] = search(createIndex(), 'stepanakert').features;
		expect(hit).toMatchObject({ id: 'karabakh/khankendi', matched: 'Stepanakert' });
	});

	it('folds case of non-ASCII letters, so "XANKƏNDI" finds Xankəndi', () => {
		expect(search(createIndex(), 'XANKƏNDI').features[0]?.id).toBe('karabakh/khankendi');
	});

	it('finds passages by their text, with an excerpt of the original', () => {
		const { passages } = search(createIndex(), 'kashmir conflict');
		expect(passages.map((hit) => hit.passageId)).toEqual(['p1']);
		expect(passages[0]?.excerpt).toContain('Kashmir conflict');
	});

	it('ranks an exact name above a partial one', () => {
		const index = buildSearchIndex(
			[
				{ id: 'a', name: 'Indian Ocean', names: [], aliases: [] },
				{ id: 'b', name: 'India', names: [], aliases: [] }
			],
			[]
		);
		expect(search(index, 'india').features.map((hit) => hit.id)).toEqual(['b', 'a']);
	});

	it('waits for two characters', () => {
		expect(search(createIndex(), 's')).toEqual({ features: [], passages: [] });
	});
});
