import { describe, expect, it } from 'vitest';
import {
	BUDGETS,
	budgetsFail,
	checkBudgets,
	classify,
	emptyBytes,
	cumulativeLayoutShift,
	libraryBudgets,
	median,
	quantile,
	ratio,
	shiftsByElement,
	sumBytes,
	summarize,
	totalBlockingTime,
	type LayoutShift
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
		linkerMs: 100,
		desktop: { appTbtMs: 250, floorTbtMs: 200, appCls: 0.01 },
		phone: { appFirstViewTbtMs: 150, appMapTabIdleMs: 3000, floorIdleMs: 2800, appCls: 0 }
	};
	it('passes within every budget', () => {
		const lines = checkBudgets(good);
		expect(lines).toHaveLength(12);
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
	it("holds the desktop blocking time to the floor's plus 100 ms", () => {
		const at = (appTbtMs: number) =>
			checkBudgets({ ...good, desktop: { ...good.desktop, appTbtMs } }).find((l) =>
				l.name.startsWith('desktop: total blocking time')
			)?.pass;
		expect(at(300)).toBe(true);
		expect(at(301)).toBe(false);
	});
	it('holds the phone: first view blocking, Map tab → idle against the floor, layout shift', () => {
		const phone = (change: Partial<typeof good.phone>) =>
			checkBudgets({ ...good, phone: { ...good.phone, ...change } }).filter(
				(l) => l.name.startsWith('phone') && l.pass === false
			);
		expect(phone({})).toEqual([]);
		expect(phone({ appFirstViewTbtMs: 201 })[0]?.name).toMatch(/first view/);
		expect(phone({ appMapTabIdleMs: 2800 * 1.2 + 1 })[0]?.name).toMatch(/Map tab/);
		expect(phone({ appCls: 0.03 })[0]?.name).toMatch(/layout shift/);
	});
	it('has no phone lines when the run has no phone loads', () => {
		const lines = checkBudgets({ ...good, phone: undefined });
		expect(lines.some((l) => l.name.startsWith('phone'))).toBe(false);
		expect(lines.find((l) => l.name.startsWith('desktop: cumulative'))?.pass).toBe(true);
	});
	it('marks missing figures as not measured', () => {
		const lines = checkBudgets({ ...good, clickP95Ms: null, bytes: null });
		expect(lines.filter((l) => l.pass === null)).toHaveLength(4);
	});
});

describe('libraryBudgets', () => {
	it('fails a slow link or a page that stopped responding, and names what was not measured', () => {
		const pass = (linkMs: number | null, worstTimerLagMs: number | null) =>
			libraryBudgets({ linkMs, worstTimerLagMs }).map((line) => line.pass);
		expect(pass(BUDGETS.libraryLinkMs, BUDGETS.libraryTimerLagMs)).toEqual([true, true]);
		expect(pass(BUDGETS.libraryLinkMs + 1, 10)).toEqual([false, true]);
		expect(pass(300, BUDGETS.libraryTimerLagMs + 1)).toEqual([true, false]);
		expect(pass(null, 10)).toEqual([null, true]);
		expect(budgetsFail(libraryBudgets({ linkMs: 2000, worstTimerLagMs: 0 }), false)).toBe(true);
	});
});

describe('total blocking time and layout shift', () => {
	it('sums the part of each long task beyond 50 ms, for tasks starting in the window', () => {
		const tasks = [
			[10, 120],
			[500, 50],
			[900, 51],
			[2000, 300]
		] as const;
		expect(totalBlockingTime(tasks, 0, 2000)).toBe(70 + 0 + 1);
		expect(totalBlockingTime(tasks, 0, 2001)).toBe(71 + 250);
		expect(totalBlockingTime(tasks, 500, 3000)).toBe(251);
		expect(totalBlockingTime([], 0, 1000)).toBe(0);
	});
	const shift = (time: number, value: number, hadRecentInput = false): LayoutShift => ({
		time,
		value,
		hadRecentInput,
		sources: ['div.legend']
	});
	it('takes the largest session window: gaps under 1 s, at most 5 s long', () => {
		// One window of 0.1 + 0.1; after a gap of 1 s a new window of 0.05.
		expect(
			cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.1), shift(1900, 0.05)])
		).toBeCloseTo(0.2);
		// Shifts every 0.9 s for 6 s: the window closes at 5 s, so not all of them add up.
		const steady = Array.from({ length: 8 }, (_, i) => shift(i * 900, 0.01));
		expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06);
		expect(cumulativeLayoutShift([])).toBe(0);
	});
	it('leaves out shifts right after input, and unsorted input is fine', () => {
		expect(cumulativeLayoutShift([shift(1500, 0.03), shift(100, 0.5, true)])).toBeCloseTo(0.03);
	});
	it('attributes shifts to the elements that moved, largest first', () => {
		const by = shiftsByElement([
			{ time: 1, value: 0.01, hadRecentInput: false, sources: ['p.a', 'p.b'] },
			{ time: 2, value: 0.05, hadRecentInput: false, sources: ['p.b'] },
			{ time: 3, value: 0.5, hadRecentInput: true, sources: ['p.c'] },
			{ time: 4, value: 0.002, hadRecentInput: false, sources: [] }
		]);
		expect(by.map((e) => e.element)).toEqual(['p.b', 'p.a', '(unattributed)']);
		expect(by[0]).toMatchObject({ shifts: 2 });
		expect(by[0]!.value).toBeCloseTo(0.06);
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
