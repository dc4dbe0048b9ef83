/**
 * Pure helpers of the benchmark: summaries of timings, the classification of served files into
 * byte categories, and the budget checks of docs/architecture.md. Unit-tested in stats.test.ts.
 */

export interface Summary {
	n: number;
	median: number;
	min: number;
	max: number;
	p25: number;
	p75: number;
	p95: number;
}

/** Quantile with linear interpolation between closest ranks (R type 7, as numpy's default). */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) throw new Error('quantile of no values');
	if (q < 0 || q > 1) throw new Error(`quantile ${q} outside [0, 1]`);
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * q;
	const lower = Math.floor(position);
	const upper = Math.ceil(position);
	const a = sorted[lower]!;
	const b = sorted[upper]!;
	return a + (b - a) * (position - lower);
}

export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

/** Summary of the finite values, or null when there are none (a figure was not measured). */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
	const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (finite.length === 0 || finite.length < values.length) return null;
	return {
		n: finite.length,
		median: median(finite),
		min: Math.min(...finite),
		max: Math.max(...finite),
		p25: quantile(finite, 0.25),
		p75: quantile(finite, 0.75),
		p95: quantile(finite, 0.95)
	};
}

export function ratio(app: number | null | undefined, floor: number | null | undefined) {
	if (app == null || floor == null || floor === 0) return null;
	return app / floor;
}

export type ByteCategory = 'appJs' | 'mapLibrary' | 'geodata' | 'fonts' | 'rest';
export const BYTE_CATEGORIES: readonly ByteCategory[] = [
	'appJs',
	'mapLibrary',
	'geodata',
	'fonts',
	'rest'
];

/**
 * Which category a served file counts in. `mapLibraryPaths` are the URL paths of the files
 * found by content to be the map library (its chunk(s), its worker and its CSS); every other
 * script is the site's own code.
 */
export function classify(url: string, mapLibraryPaths: ReadonlySet<string>): ByteCategory {
	const path = new URL(url, 'http://localhost/').pathname;
	if (mapLibraryPaths.has(path)) return 'mapLibrary';
	if (/\/maplibre-gl-worker[^/]*\.m?js$/.test(path)) return 'mapLibrary';
	if (path.endsWith('.geojson')) return 'geodata';
	if (path.endsWith('.woff2') || path.endsWith('.woff')) return 'fonts';
	if (path.endsWith('.js') || path.endsWith('.mjs')) return 'appJs';
	return 'rest';
}

export type Bytes = Record<ByteCategory, number> & { total: number };

export function emptyBytes(): Bytes {
	return { appJs: 0, mapLibrary: 0, geodata: 0, fonts: 0, rest: 0, total: 0 };
}

/** Sums transferred bytes per category; the same URL fetched twice counts twice. */
export function sumBytes(
	transfers: readonly { url: string; bytes: number }[],
	mapLibraryPaths: ReadonlySet<string>
): Bytes {
	const bytes = emptyBytes();
	for (const { url, bytes: n } of transfers) {
		bytes[classify(url, mapLibraryPaths)] += n;
		bytes.total += n;
	}
	return bytes;
}

export const KB = 1024;

/** The budgets of docs/architecture.md, "Performance budgets". */
export const BUDGETS = {
	idleRatio: 1.15,
	clickP95Ms: 50,
	totalBytes: 600 * KB,
	appJsBytes: 60 * KB,
	geodataBytes: 150 * KB,
	linkerMs: 200,
	/** A reader's 1 MB text linked in the browser's worker (bench/library.ts). */
	libraryLinkMs: 1000,
	/** Meanwhile, a 50 ms timer on the page fires at most this late: the page keeps responding. */
	libraryTimerLagMs: 100,
	/** Desktop total blocking time: at most the floor's plus this. */
	tbtOverFloorMs: 100,
	/** Phone, first view (the article; the map pane hidden until the Map tab is chosen). */
	phoneFirstViewTbtMs: 200,
	/** Phone: Map tab chosen → map idle, against the floor's navigation → idle on the phone. */
	phoneMapTabIdleRatio: 1.2,
	cls: 0.02
} as const;

export interface BudgetInput {
	/** Medians: navigation → article visible, → maplibre chunk loaded (responseEnd). */
	articleVisibleMs: number | null;
	mapChunkLoadedMs: number | null;
	appIdleMs: number | null;
	floorIdleMs: number | null;
	clickP95Ms: number | null;
	/** Medians of the app's first-load transfer. */
	bytes: Bytes | null;
	linkerMs: number | null;
	/** Medians on the desktop profile: total blocking time of each page, layout shift of the app. */
	desktop: { appTbtMs: number | null; floorTbtMs: number | null; appCls: number | null };
	/** Medians on the phone profile; absent when the run has no phone loads (the smoke run). */
	phone?: {
		appFirstViewTbtMs: number | null;
		appMapTabIdleMs: number | null;
		floorIdleMs: number | null;
		appCls: number | null;
	};
}

export interface BudgetLine {
	name: string;
	/** 'timing' budgets are not enforced by the smoke run; 'bytes' are (deterministic). */
	kind: 'timing' | 'bytes';
	pass: boolean | null;
	detail: string;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function line(
	name: string,
	kind: BudgetLine['kind'],
	value: number | null,
	test: (v: number) => boolean,
	describe: (v: number) => string
): BudgetLine {
	if (value == null || !Number.isFinite(value))
		return { name, kind, pass: null, detail: 'not measured' };
	return { name, kind, pass: test(value), detail: describe(value) };
}

export function checkBudgets(input: BudgetInput): BudgetLine[] {
	const { articleVisibleMs: article, mapChunkLoadedMs: chunk } = input;
	const idle = ratio(input.appIdleMs, input.floorIdleMs);
	const lines: BudgetLine[] = [
		line(
			'article visible before the map code has loaded',
			'timing',
			article != null && chunk != null ? chunk - article : null,
			(lead) => lead > 0,
			(lead) => `article ${ms(article!)} vs maplibre chunk loaded ${ms(chunk!)} (lead ${ms(lead)})`
		),
		line(
			`map idle within ${BUDGETS.idleRatio}× of the floor`,
			'timing',
			idle,
			(r) => r <= BUDGETS.idleRatio,
			(r) => `${r.toFixed(3)}× (app ${ms(input.appIdleMs!)}, floor ${ms(input.floorIdleMs!)})`
		),
		line(
			`click → panel updated within ${BUDGETS.clickP95Ms} ms (p95)`,
			'timing',
			input.clickP95Ms,
			(v) => v <= BUDGETS.clickP95Ms,
			(v) => `p95 ${ms(v)}`
		),
		line(
			`first-load transfer within ${kb(BUDGETS.totalBytes)} (gzip)`,
			'bytes',
			input.bytes?.total ?? null,
			(v) => v <= BUDGETS.totalBytes,
			kb
		),
		line(
			`app's own JS within ${kb(BUDGETS.appJsBytes)} (gzip)`,
			'bytes',
			input.bytes?.appJs ?? null,
			(v) => v <= BUDGETS.appJsBytes,
			kb
		),
		line(
			`geodata within ${kb(BUDGETS.geodataBytes)} (gzip)`,
			'bytes',
			input.bytes?.geodata ?? null,
			(v) => v <= BUDGETS.geodataBytes,
			kb
		),
		line(
			`linker (100 articles × 50 passages) within ${BUDGETS.linkerMs} ms`,
			'timing',
			input.linkerMs,
			(v) => v <= BUDGETS.linkerMs,
			(v) => `median ${ms(v)}`
		),
		line(
			`desktop: total blocking time within the floor's + ${BUDGETS.tbtOverFloorMs} ms`,
			'timing',
			input.desktop.appTbtMs != null && input.desktop.floorTbtMs != null
				? input.desktop.appTbtMs - input.desktop.floorTbtMs
				: null,
			(excess) => excess <= BUDGETS.tbtOverFloorMs,
			() => `app ${ms(input.desktop.appTbtMs!)}, floor ${ms(input.desktop.floorTbtMs!)}`
		),
		line(
			`desktop: cumulative layout shift within ${BUDGETS.cls}`,
			'timing',
			input.desktop.appCls,
			(v) => v <= BUDGETS.cls,
			(v) => v.toFixed(4)
		)
	];
	const phone = input.phone;
	if (!phone) return lines;
	const tabRatio = ratio(phone.appMapTabIdleMs, phone.floorIdleMs);
	lines.push(
		line(
			`phone: total blocking time of the first view within ${BUDGETS.phoneFirstViewTbtMs} ms`,
			'timing',
			phone.appFirstViewTbtMs,
			(v) => v <= BUDGETS.phoneFirstViewTbtMs,
			ms
		),
		line(
			`phone: Map tab → map idle within ${BUDGETS.phoneMapTabIdleRatio}× of the floor's idle`,
			'timing',
			tabRatio,
			(r) => r <= BUDGETS.phoneMapTabIdleRatio,
			(r) =>
				`${r.toFixed(3)}× (app ${ms(phone.appMapTabIdleMs!)} after the tab, floor ${ms(phone.floorIdleMs!)} after navigation)`
		),
		line(
			`phone: cumulative layout shift within ${BUDGETS.cls}`,
			'timing',
			phone.appCls,
			(v) => v <= BUDGETS.cls,
			(v) => v.toFixed(4)
		)
	);
	return lines;
}

/** The library probe's budgets (bench/library.ts); null figures: not measured. */
export function libraryBudgets(input: {
	linkMs: number | null;
	worstTimerLagMs: number | null;
}): BudgetLine[] {
	return [
		line(
			`1 MB text linked in the worker within ${BUDGETS.libraryLinkMs} ms`,
			'timing',
			input.linkMs,
			(v) => v <= BUDGETS.libraryLinkMs,
			ms
		),
		line(
			`page responsive while it links: a 50 ms timer at most ${BUDGETS.libraryTimerLagMs} ms late`,
			'timing',
			input.worstTimerLagMs,
			(v) => v <= BUDGETS.libraryTimerLagMs,
			(v) => `worst ${ms(v)} late`
		)
	];
}

/** Whether the run fails: a broken budget (enforced ones only) or a figure not measured. */
export function budgetsFail(lines: readonly BudgetLine[], smoke: boolean): boolean {
	return lines.some((l) => l.pass === false && (!smoke || l.kind === 'bytes'));
}

// ---------------------------------------------------------------- main thread and layout

/** A long task as the Long Tasks API reports it: start and duration, in ms from navigation. */
export type LongTask = readonly [start: number, duration: number];

/** Lighthouse's and the Web Vitals' threshold: the part of a task beyond this blocks input. */
export const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time: over the long tasks that start in [from, until), the sum of the part of
 * each beyond 50 ms.
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, until: number) {
	let total = 0;
	for (const [start, duration] of tasks) {
		if (start < from || start >= until) continue;
		total += Math.max(0, duration - BLOCKING_THRESHOLD_MS);
	}
	return total;
}

export interface LayoutShift {
	/** ms from navigation. */
	time: number;
	value: number;
	hadRecentInput: boolean;
	/** The elements that moved, described (tag, test id, id, classes). */
	sources: string[];
}

/**
 * Cumulative layout shift as the Web Vitals define it: shifts without recent input grouped into
 * session windows (a gap under 1 s, a window at most 5 s long); the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
	let largest = 0;
	let current = 0;
	let windowStart = -Infinity;
	let previous = -Infinity;
	for (const shift of [...shifts].sort((a, b) => a.time - b.time)) {
		if (shift.hadRecentInput) continue;
		if (shift.time - previous >= 1000 || shift.time - windowStart >= 5000) {
			current = 0;
			windowStart = shift.time;
		}
		current += shift.value;
		previous = shift.time;
		largest = Math.max(largest, current);
	}
	return largest;
}

/**
 * Which elements moved: for each element, the number of counted shifts it took part in and their
 * summed value (a shift that moves two elements counts for both), largest first.
 */
export function shiftsByElement(shifts: readonly LayoutShift[]) {
	const by = new Map<string, { element: string; shifts: number; value: number }>();
	for (const shift of shifts) {
		if (shift.hadRecentInput) continue;
		for (const element of new Set(shift.sources.length ? shift.sources : ['(unattributed)'])) {
			const entry = by.get(element) ?? { element, shifts: 0, value: 0 };
			entry.shifts++;
			entry.value += shift.value;
			by.set(element, entry);
		}
	}
	return [...by.values()].sort((a, b) => b.value - a.value);
}
