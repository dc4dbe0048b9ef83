import { describe, expect, it } from 'vitest';
import {
	BUDGETS,
	budgetsFail,
	checkBudgets,
	classify,
	emptyBytes,
	median,
	quantile,
	ratio,
	sumBytes,
	summarize
} from './stats';
import { syntheticFeatures, syntheticPassages } from './synthetic';

describe('quantile, median, summarize', () => {
	it('interpolates between ranks like numpy', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8);
		expect(quantile([7], 0.95)).toBe(7);
		expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
	});
	it('rejects empty input and bad quantiles', () => {
		expect(() => quantile([], 0.5)).toThrow();
		expect(() => quantile([1], 1.5)).toThrow();
	});
	it('summarizes, and is null when any value is missing', () => {
		expect(summarize([5, 1, 3])).toMatchObject({ n: 3, median: 3, min: 1, max: 5 });
		expect(summarize([])).toBeNull();
		expect(summarize([1, null])).toBeNull();
		expect(summarize([1, Number.NaN])).toBeNull();
	});
	it('computes ratios only when both sides exist', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(null, 2)).toBeNull();
		expect(ratio(3, 0)).toBeNull();
	});
});

describe('classify', () => {
	const lib = new Set([
		'/_app/immutable/chunks/1HnrmSJ8.js',
		'/_app/immutable/assets/engine.x.css'
	]);
	it('puts every served file in one category', () => {
		expect(classify('http://127.0.0.1:1/_app/immutable/chunks/1HnrmSJ8.js', lib)).toBe(
			'mapLibrary'
		);
		expect(classify('/_app/immutable/assets/engine.x.css', lib)).toBe('mapLibrary');
		expect(classify('/_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs?v=1', lib)).toBe(
			'mapLibrary'
		);
		expect(classify('/floor/assets/maplibre-gl-worker-CZtFQQIV.mjs', lib)).toBe('mapLibrary');
		expect(classify('/_app/immutable/chunks/DPP5UzHP.js', lib)).toBe('appJs');
		expect(classify('/_app/immutable/entry/app.DlrjhVD4.js', lib)).toBe('appJs');
		expect(classify('/_app/immutable/assets/countries.B0Hq9DUS.geojson', lib)).toBe('geodata');
		expect(classify('/floor/data/places.geojson', lib)).toBe('geodata');
		expect(classify('/_app/immutable/assets/noto-sans-latin-400-normal.B.woff2', lib)).toBe(
			'fonts'
		);
		expect(classify('/', lib)).toBe('rest');
		expect(classify('/_app/immutable/assets/0.DsmUzBOb.css', lib)).toBe('rest');
		expect(classify('/manifest.webmanifest', lib)).toBe('rest');
	});
	it('sums bytes per category', () => {
		const bytes = sumBytes(
			[
				{ url: '/a.js', bytes: 10 },
				{ url: '/b.geojson', bytes: 5 },
				{ url: '/b.geojson', bytes: 5 },
				{ url: '/', bytes: 1 }
			],
			new Set()
		);
		expect(bytes).toEqual({ ...emptyBytes(), appJs: 10, geodata: 10, rest: 1, total: 21 });
	});
});

describe('checkBudgets', () => {
	const good = {
		articleVisibleMs: 100,
		mapChunkLoadedMs: 300,
		appIdleMs: 1100,
		floorIdleMs: 1000,
		clickP95Ms: 20,
		bytes: { ...emptyBytes(), appJs: 30_000, geodata: 100_000, total: 500_000 },
		linkerMs: 100
	};
	it('passes within every budget', () => {
		const lines = checkBudgets(good);
		expect(lines).toHaveLength(7);
		expect(lines.every((l) => l.pass === true)).toBe(true);
		expect(budgetsFail(lines, false)).toBe(false);
	});
	it('fails a broken timing budget, except in smoke runs', () => {
		const lines = checkBudgets({ ...good, appIdleMs: 1000 * BUDGETS.idleRatio + 1 });
		expect(lines.find((l) => l.name.startsWith('map idle'))?.pass).toBe(false);
		expect(budgetsFail(lines, false)).toBe(true);
		expect(budgetsFail(lines, true)).toBe(false);
		expect(budgetsFail(checkBudgets({ ...good, articleVisibleMs: 400 }), false)).toBe(true);
	});
	it('fails a broken byte budget even in smoke runs', () => {
		const bytes = { ...good.bytes, appJs: BUDGETS.appJsBytes + 1 };
		expect(budgetsFail(checkBudgets({ ...good, bytes }), true)).toBe(true);
	});
	it('marks missing figures as not measured', () => {
		const lines = checkBudgets({ ...good, clickP95Ms: null, bytes: null });
		expect(lines.filter((l) => l.pass === null)).toHaveLength(4);
	});
});

describe('synthetic heavy data', () => {
	it('makes the requested number of unique features with the full schema', () => {
		const features = syntheticFeatures(5000);
		expect(features).toHaveLength(5000);
		expect(new Set(features.map((f) => f.properties.id)).size).toBe(5000);
		const p = features[0]!.properties;
		for (const key of ['id', 'kind', 'name', 'names', 'aliases', 'status', 'license', 'note'])
			expect(p).toHaveProperty(key);
		const ring = features[0]!.geometry.coordinates[0]!;
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(
			syntheticPassages(
				features.map((f) => f.properties),
				100
			)
		).toHaveLength(100);
	});
});
