import { describe, expect, it } from 'vitest';
import { buildRegistry } from '$lib/geodata/registry';
import type { FeatureProps, LayerEntry } from '$lib/geodata/types';
import { buildSearchIndex, search } from '$lib/search/search';
import type { ExplorerData } from '$lib/server/explorer';
import { createFeature } from '../../../tests/fixtures/features';
import { ArticleView } from './article-view';

function createLayer(id: string, title: string, visible: boolean): LayerEntry {
	return {
		id,
		title,
		file: `${id}.geojson`,
		geometry: 'polygon',
		visible,
		legend: '',
		description: '',
		group: 'karabakh'
	};
}

function createFeatures() {
	return {
		lachin: createFeature('karabakh/lachin', 'district', 'Lachin district', {
			administered_by: 'AZE'
		}),
		shusha: createFeature('place/shusha', 'place', 'Shusha', {
			names: [
				{ lang: 'en', name: 'Shusha' },
				{ lang: 'hy', name: 'Շուշի', latin: 'Shushi' }
			]
		}),
		azerbaijan: createFeature('country/aze', 'country', 'Azerbaijan', { administered_by: 'AZE' })
	};
}

/** One article of two passages; p2 mentions Shusha and Lachin, p1 Shusha. */
function createData(): ExplorerData {
	const { lachin, shusha, azerbaijan } = createFeatures();
	return {
		articles: [{ slug: 'first', title: 'First' }],
		article: {
			slug: 'first',
			title: 'First',
			source: 'A paper',
			published: '2025',
			language: 'en',
			notes: null,
			figures: false,
			passages: [
				{
					id: 'p1',
					segments: [{ text: 'In ' }, { text: 'Shusha', featureIds: [shusha.id] }],
					features: [shusha.id]
				},
				{
					id: 'p2',
					segments: [{ text: 'Shusha and Lachin, with smart villages.' }],
					features: [shusha.id, lachin.id]
				}
			],
			mentions: {
				[shusha.id]: [
					{ articleSlug: 'first', passageId: 'p1', spans: [{ start: 3, end: 9, text: 'Shusha' }] },
					{ articleSlug: 'first', passageId: 'p2', spans: [{ start: 0, end: 6, text: 'Shusha' }] }
				],
				[lachin.id]: [
					{ articleSlug: 'first', passageId: 'p2', spans: [{ start: 11, end: 17, text: 'Lachin' }] }
				]
			}
		},
		views: {
			views: [{ id: 'both', title: 'Both', bounds: [45, 38, 48, 41] }],
			opening: 'both',
			extent: [44, 37, 49, 42]
		},
		layers: [
			createLayer('countries', 'Countries', true),
			createLayer('karabakh-districts', 'Karabakh: districts', true),
			createLayer('places', 'Towns', false)
		],
		features: [
			{ id: azerbaijan.id, name: azerbaijan.name, layer: 'countries' },
			{ id: shusha.id, name: shusha.name, layer: 'places' },
			{ id: lachin.id, name: lachin.name, layer: 'karabakh-districts' }
		]
	};
}

/** The features of the given layers, as the layer store has them once their files are in. */
function createRegistry(...layerIds: string[]) {
	const { lachin, shusha, azerbaijan } = createFeatures();
	const byLayer: Record<string, FeatureProps[]> = {
		countries: [azerbaijan],
		'karabakh-districts': [lachin],
		places: [shusha]
	};
	return buildRegistry(
		layerIds.map((id) => ({
			entry: { id },
			data: { features: byLayer[id]!.map((properties) => ({ properties, geometry: null })) }
		}))
	);
}

describe('ArticleView', () => {
	it('lets the URL name this article’s passages and the layers shown by default', () => {
		const context = new ArticleView(createData()).queryContext(['hy']);
		expect(context.passages('first')).toEqual(['p1', 'p2']);
		expect(context.defaultLayers).toEqual(['countries', 'karabakh-districts']);
		expect(context.features.has('place/shusha')).toBe(true);
		expect(context.nameForms).toEqual(['hy']);
	});

	it('needs the visible layers and the layer of every selected feature', () => {
		const view = new ArticleView(createData());
		expect([...view.neededLayers(['countries'], ['place/shusha', 'nowhere/none'])]).toEqual([
			'countries',
			'places'
		]);
	});

	it('lists the region list’s groups top layer first, features by name', () => {
		const groups = new ArticleView(createData()).navigatorGroups();
		expect(groups.map((group) => group.title)).toEqual([
			'Towns',
			'Karabakh: districts',
			'Countries'
		]);
		expect(groups[0]!.features).toEqual([{ id: 'place/shusha', name: 'Shusha' }]);
	});

	it('lists every passage that mentions a feature, with its text and a link into the article', () => {
		const [group] = new ArticleView(createData()).mentionsOf('place/shusha');
		expect(group!.passages.map((p) => [p.id, p.href, p.text])).toEqual([
			['p1', '#p1', 'In Shusha'],
			['p2', '#p2', 'Shusha and Lachin, with smart villages.']
		]);
		expect(new ArticleView(createData()).mentionsOf('country/aze')).toEqual([]);
	});

	it('shows loaded features in the panel and names those still loading', () => {
		const view = new ArticleView(createData());
		const registry = createRegistry('karabakh-districts');
		const selected = ['karabakh/lachin', 'place/shusha'];
		const panel = view.panelFeatures(selected, registry);
		expect(panel.map((f) => [f.props.name, f.layerTitle])).toEqual([
			['Lachin district', 'Karabakh: districts']
		]);
		expect(panel[0]!.mentions[0]!.passages.map((p) => p.id)).toEqual(['p2']);
		expect(view.pendingNames(selected, registry)).toEqual(['Shusha']);
		expect(view.pendingNames(selected, null)).toEqual(['Lachin district', 'Shusha']);
	});

	it('lists the other articles’ passages after this article’s, each group under its title', () => {
		const view = new ArticleView(createData());
		const registry = createRegistry('places');
		const other = {
			title: 'Second',
			otherArticle: true,
			passages: [{ id: 'p9', text: 'Shusha.', spans: [], href: '/?a=second&p=p9' }]
		};
		const others = (id: string) => (id === 'place/shusha' ? [other] : []);
		const [shusha] = view.panelFeatures(['place/shusha'], registry, others);
		expect(shusha!.mentions.map((g) => [g.title, g.passages.map((p) => p.href)])).toEqual([
			['First', ['#p1', '#p2']],
			['Second', ['/?a=second&p=p9']]
		]);
		// With no other article mentioning it, this article's passages stand alone, untitled.
		const [lachin] = view.panelFeatures(
			['karabakh/lachin'],
			createRegistry('karabakh-districts'),
			others
		);
		expect(lachin!.mentions.map((g) => g.title)).toEqual([null]);
	});

	it('finds a feature by its other names only once its layer has loaded', () => {
		const view = new ArticleView(createData());
		const hits = (registry: ReturnType<typeof createRegistry> | null) =>
			search(buildSearchIndex(...view.searchInput(registry)), 'shushi').features.map(
				(hit) => hit.id
			);
		expect(hits(null)).toEqual([]);
		expect(hits(createRegistry('places'))).toContain('place/shusha');
	});

	it('finds a passage by its words', () => {
		const input = new ArticleView(createData()).searchInput(null);
		const hits = search(buildSearchIndex(...input), 'smart villages');
		expect(hits.passages.map((hit) => hit.passageId)).toEqual(['p2']);
	});

	it('announces a selection with who administers it and how many passages mention it', () => {
		const view = new ArticleView(createData());
		const registry = createRegistry('countries', 'karabakh-districts', 'places');
		expect(view.announcement(['karabakh/lachin'], registry)).toBe(
			'Lachin district · administered by Azerbaijan · 1 passage'
		);
		expect(view.announcement(['place/shusha'], registry)).toBe('Shusha · 2 passages');
	});

	it('announces several areas by name, a feature still loading by its name, nothing by silence', () => {
		const view = new ArticleView(createData());
		const registry = createRegistry('karabakh-districts', 'places');
		expect(view.announcement(['karabakh/lachin', 'place/shusha'], registry)).toBe(
			'2 areas selected: Lachin district, Shusha'
		);
		expect(view.announcement(['place/shusha'], null)).toBe('Shusha');
		expect(view.announcement([], registry)).toBe('');
	});

	it('names a country by its feature, or by its code when there is none', () => {
		const view = new ArticleView(createData());
		expect(view.countryName('AZE')).toBe('Azerbaijan');
		expect(view.countryName('ARM')).toBe('ARM');
	});
});
