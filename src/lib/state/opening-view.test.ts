import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/server/explorer';
import { loadGeodata } from '$lib/geodata/features.server';
import type { BBox } from '$lib/geodata/registry';
import { fitZoom, openingViews, pixelSize, viewBounds, type ViewInput } from './opening-view';

const layers: ViewInput['layers'] = [
	{ id: 'zones', group: 'kashmir', geometry: 'polygon', visible: true },
	{ id: 'claims', group: 'kashmir', geometry: 'mixed', visible: false },
	{ id: 'districts', group: 'karabakh', geometry: 'polygon', visible: true },
	{ id: 'places', group: 'basemap', geometry: 'point', visible: true }
];
const features: ViewInput['features'] = [
	{ id: 'k/a', layer: 'zones', bbox: [73, 32, 76, 35] },
	{ id: 'k/b', layer: 'zones', bbox: [76, 33, 80, 36] },
	{ id: 'k/claim', layer: 'claims', bbox: [70, 30, 82, 38] },
	{ id: 'q/a', layer: 'districts', bbox: [46, 39, 47, 40] },
	{ id: 'town', layer: 'places', bbox: [46.5, 39.5, 46.5, 39.5] },
	{ id: 'country', layer: 'countries', bbox: [45, 38, 50, 42] }
];

describe('openingViews', () => {
	it('bounds each region by its default area layers, not by the wider claims', () => {
		const { views } = openingViews({ layers, features, mentions: {} });
		expect(views.map((v) => [v.id, v.title, v.bounds])).toEqual([
			['kashmir', 'Kashmir', [73, 32, 80, 36]],
			['karabakh', 'Karabakh', [46, 39, 47, 40]],
			['both', 'Both', [46, 32, 80, 40]]
		]);
	});

	it('opens on the region the article mentions most, counting towns by where they lie', () => {
		const mentions = { 'k/a': 2, town: 2, 'q/a': 1 };
		expect(openingViews({ layers, features, mentions }).opening).toBe('karabakh');
		expect(openingViews({ layers, features, mentions: { 'k/b': 4 } }).opening).toBe('kashmir');
	});

	it('does not count a country for the region its box overlaps', () => {
		const mentions = { country: 8, 'k/a': 1 };
		expect(openingViews({ layers, features, mentions }).opening).toBe('kashmir');
	});

	it('opens on both regions when the article mentions neither more, or none', () => {
		expect(openingViews({ layers, features, mentions: {} }).opening).toBe('both');
		expect(openingViews({ layers, features, mentions: { 'k/a': 1, 'q/a': 1 } }).opening).toBe(
			'both'
		);
	});

	it('names the problem when no region has data', () => {
		expect(() => openingViews({ layers, features: [], mentions: {} })).toThrow(/no region/);
	});
});

describe('view geometry', () => {
	it('viewBounds inverts the fit: the box fitted at fitZoom is inside the view it gives', () => {
		const box: BBox = [73, 32, 80, 37];
		const size = { width: 740, height: 700 };
		const zoom = fitZoom(box, size, { top: 0, right: 0, bottom: 0, left: 0 });
		const px = pixelSize(box, zoom);
		// One side fills the map exactly, the other fits inside.
		expect(Math.max(px.width / size.width, px.height / size.height)).toBeCloseTo(1, 6);
		const lat = (32 + 37) / 2;
		const seen = viewBounds({ center: [76.5, lat], zoom }, size);
		expect(seen[0]).toBeCloseTo(73, 6);
		expect(seen[2]).toBeCloseTo(80, 6);
		expect(seen[1]).toBeLessThan(32);
		expect(seen[3]).toBeGreaterThan(37);
	});
});

describe('the shipped article and geodata', () => {
	// At 1280×800 the map pane is about 740×740 px; on a 390×844 phone about 390×700.
	const maps = [
		{ name: 'desktop', width: 740, height: 740 },
		{ name: 'phone', width: 390, height: 700 }
	];
	const data = explorerData();
	const { registry } = loadGeodata();
	/** The smallest area (Khankendi, a city district) is ~14 px across on a phone: visible, clickable. */
	const READABLE = 12;
	const areasOf = (group: string) =>
		[...registry.values()].filter((record) => {
			const layer = data.layers.find((l) => l.id === record.layer)!;
			return record.bbox && layer.group === group && layer.geometry === 'polygon' && layer.visible;
		});

	it('opens on Kashmir, which the article is about, with every zone wide enough to read', () => {
		const opening = data.views.views.find((view) => view.id === data.views.opening)!;
		expect(opening.id).toBe('kashmir');
		const areas = areasOf(opening.id);
		expect(areas.length).toBeGreaterThan(3);
		for (const map of maps) {
			const zoom = fitZoom(opening.bounds, map, { top: 24, right: 24, bottom: 24, left: 24 });
			for (const area of areas) {
				const px = pixelSize(area.bbox!, zoom);
				expect(Math.max(px.width, px.height), `${area.props.id} on ${map.name}`).toBeGreaterThan(
					READABLE
				);
			}
		}
	});

	it('makes each one-click view frame every district of its region', () => {
		for (const view of data.views.views.filter((v) => v.id !== 'both')) {
			const zoom = fitZoom(view.bounds, maps[0]!, { top: 24, right: 24, bottom: 24, left: 24 });
			const smallest = Math.min(
				...areasOf(view.id).map((r) => Math.max(...Object.values(pixelSize(r.bbox!, zoom))))
			);
			expect(smallest, view.id).toBeGreaterThan(READABLE);
		}
	});
});
