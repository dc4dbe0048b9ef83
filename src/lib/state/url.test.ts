import { describe, expect, it } from 'vitest';
import { addressedArticle, parseQuery, serializeQuery, type QueryContext } from './url';

function createContext(): QueryContext {
	return {
		articles: ['first', 'second'],
		features: new Set(['karabakh/lachin', 'place/shusha', 'line/loc']),
		passages: (article) => (article === 'first' ? ['p1', 'p2', 'p11'] : ['p1']),
		layers: ['countries', 'kashmir-lines', 'kashmir-claims'],
		defaultLayers: ['countries', 'kashmir-lines'],
		defaultArticle: 'first',
		nameForms: ['az', 'hy']
	};
}

describe('URL state', () => {
	it('round-trips article, features, passage, layers, view and date', () => {
		const context = createContext();
		const query = {
			article: 'second',
			features: ['karabakh/lachin', 'line/loc'],
			passage: 'p1',
			layers: ['countries', 'kashmir-claims'],
			names: 'hy',
			view: { center: [46.5, 39.75] as [number, number], zoom: 7.25 },
			date: '2020-11-20'
		};
		expect(parseQuery(serializeQuery(query, context), context)).toEqual(query);
	});

	it('keeps feature ids readable', () => {
		const context = createContext();
		const search = serializeQuery(
			{
				article: 'first',
				features: ['place/shusha'],
				passage: 'p11',
				layers: ['countries', 'kashmir-lines'],
				names: null,
				view: null,
				date: null
			},
			context
		);
		expect(search).toBe('?f=place/shusha&p=p11');
	});

	it('falls back to the defaults on an empty query', () => {
		expect(parseQuery('', createContext())).toEqual({
			article: 'first',
			features: [],
			passage: null,
			layers: ['countries', 'kashmir-lines'],
			names: null,
			view: null,
			date: null
		});
	});

	it('drops unknown features, passages, layers and articles instead of failing', () => {
		const query = parseQuery(
			'?a=nope&f=x/y,place/shusha&p=p99&l=countries,bogus&n=klingon&v=1,2',
			createContext()
		);
		expect(query).toEqual({
			article: 'first',
			features: ['place/shusha'],
			passage: null,
			layers: ['countries'],
			names: null,
			view: null,
			date: null
		});
	});

	it('rejects a view outside the world', () => {
		expect(parseQuery('?v=500,10,3', createContext()).view).toBeNull();
		expect(parseQuery('?v=abc,10,3', createContext()).view).toBeNull();
	});

	it('keeps an explicitly empty layer list (all layers off)', () => {
		expect(parseQuery('?l=', createContext()).layers).toEqual([]);
	});

	it('names the article an address asks for, even one this page does not know yet', () => {
		const context = createContext();
		// A reader's article the page has not loaded: parsing falls back to the default, but the
		// address still belongs to that article, not to the default one.
		expect(parseQuery('?a=local-abcdefghij&p=p1', context).article).toBe('first');
		expect(addressedArticle('?a=local-abcdefghij&p=p1', context)).toBe('local-abcdefghij');
		expect(addressedArticle('?a=second', context)).toBe('second');
		expect(addressedArticle('?f=place/shusha', context)).toBe('first');
		expect(addressedArticle('?a=', context)).toBe('first');
	});

	it('survives garbage', () => {
		expect(() => parseQuery('?%E0%A4%A=&&&f=,,,&v=,,', createContext())).not.toThrow();
	});

	it.each([
		['d=2000-01-01', '2000-01-01'],
		['d=2021-02-29', null],
		['d=1900-01-01', null],
		['d=yesterday', null],
		['', null]
	])('reads the date from %j as %j (invalid or out of range: today)', (search, date) => {
		expect(parseQuery(search, createContext()).date).toBe(date);
	});
});
