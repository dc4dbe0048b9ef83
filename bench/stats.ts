/**
 * Pure helpers of the benchmark: summaries of timings, the classification of served files into
 * byte categories, and the budget checks of DESIGN.md §9. Unit-tested in stats.test.ts.
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
	if (/\/maplibre-gl-worker[^/]*\.mjs$/.test(path)) return 'mapLibrary';
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

/** DESIGN.md §9. */
export const BUDGETS = {
	idleRatio: 1.15,
	clickP95Ms: 50,
	totalBytes: 600 * KB,
	appJsBytes: 60 * KB,
	geodataBytes: 150 * KB,
	linkerMs: 200
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
		)
	];
	return lines;
}

/** Whether the run fails: a broken budget (enforced ones only) or a figure not measured. */
export function budgetsFail(lines: readonly BudgetLine[], smoke: boolean): boolean {
	return lines.some((l) => l.pass === false && (!smoke || l.kind === 'bytes'));
}
