/**
 * From the loads of a case to its summary (medians and spreads per page and profile, ratios), the
 * printed tables, and the list of figures that should have been measured and were not.
 */
import type { LinkerBenchResult } from '../scripts/bench-linker';
import type { Interactions } from './interactions';
import type { LoadResult } from './probes';
import {
	BYTE_CATEGORIES,
	emptyBytes,
	median,
	ratio,
	shiftsByElement,
	summarize,
	type Summary
} from './stats';

export interface CaseResult {
	name: string;
	desktop: { floor: LoadResult[]; app: LoadResult[] };
	/** Null when the run has no phone loads (the smoke and heavy runs). */
	phone: { floor: LoadResult[]; app: LoadResult[] } | null;
	interactions: Interactions | null;
}

export function summarizeLoads(loads: LoadResult[]) {
	const pick = (f: (l: LoadResult) => number | null) => summarize(loads.map(f));
	const bytes = emptyBytes();
	const serverBytes = emptyBytes();
	for (const key of [...BYTE_CATEGORIES, 'total'] as const) {
		bytes[key] = median(loads.map((l) => l.bytes[key]));
		serverBytes[key] = median(loads.map((l) => l.serverBytes[key]));
	}
	return {
		idleMs: pick((l) => l.idleMs),
		articleVisibleMs: pick((l) => l.articleVisibleMs),
		firstContentfulPaintMs: pick((l) => l.firstContentfulPaintMs),
		mapChunkLoadedMs: pick((l) => l.mapChunkLoadedMs),
		longTaskCount: pick((l) => l.longTaskCount),
		longTaskMs: pick((l) => l.longTaskMs),
		tbtMs: pick((l) => l.tbtMs),
		mapTabIdleMs: pick((l) => l.mapTabIdleMs),
		mapTabTbtMs: pick((l) => l.mapTabTbtMs),
		cls: pick((l) => l.cls),
		/** Every round's shifts together, per element that moved. */
		shiftsByElement: shiftsByElement(loads.flatMap((l) => l.shifts)),
		heapBytes: pick((l) => l.heapBytes),
		bytes,
		serverBytes,
		files: loads[0]?.files ?? [],
		failedRequests: [...new Set(loads.flatMap((l) => l.failedRequests))],
		consoleErrors: [...new Set(loads.flatMap((l) => l.consoleErrors))]
	};
}
export type LoadSummary = ReturnType<typeof summarizeLoads>;

export function caseReport(c: CaseResult) {
	const floor = summarizeLoads(c.desktop.floor);
	const app = summarizeLoads(c.desktop.app);
	const phone = c.phone
		? { floor: summarizeLoads(c.phone.floor), app: summarizeLoads(c.phone.app) }
		: null;
	const i = c.interactions;
	const click = i && !i.clickProblem ? summarize(i.clickMs) : null;
	const toggle = i && !i.toggleProblem ? summarize(i.toggleMs) : null;
	const ratios = {
		idle: ratio(app.idleMs?.median, floor.idleMs?.median),
		heap: ratio(app.heapBytes?.median, floor.heapBytes?.median),
		bytes: ratio(app.bytes.total, floor.bytes.total),
		longTaskMs: ratio(app.longTaskMs?.median, floor.longTaskMs?.median),
		phoneMapTabIdle: phone
			? ratio(phone.app.mapTabIdleMs?.median, phone.floor.idleMs?.median)
			: null
	};
	return {
		floor,
		app,
		phone,
		click,
		clickSamples: i?.clickMs ?? [],
		clickIds: [...new Set(i?.clickIds ?? [])],
		clickProblem: i?.clickProblem ?? 'not measured',
		toggle,
		toggleSamples: i?.toggleMs ?? [],
		toggleProblem: i?.toggleProblem ?? 'not measured',
		ratios
	};
}
export type CaseReport = ReturnType<typeof caseReport>;

// ---------------------------------------------------------------- printing

export function fmt(n: number | null | undefined, digits = 0): string {
	return n == null || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}
const spread = (s: Summary | null, digits = 0) =>
	s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '—';
export const kb = (n: number | null | undefined) =>
	n == null ? '—' : `${(n / 1024).toFixed(1)} KB`;
const mb = (s: Summary | null) =>
	s
		? `${(s.median / 1048576).toFixed(1)} MB (${(s.min / 1048576).toFixed(1)}–${(s.max / 1048576).toFixed(1)})`
		: '—';
const x = (r: number | null) => (r == null ? '—' : `${r.toFixed(2)}×`);

type Row = [string, string, string, string];

/** A figure of both pages: medians with their spread, and the app/floor ratio when it means something. */
const compared = (
	label: string,
	floor: Summary | null,
	app: Summary | null,
	{ digits = 0, showRatio = true } = {}
): Row => [
	label,
	spread(floor, digits),
	spread(app, digits),
	showRatio ? x(ratio(app?.median, floor?.median)) : ''
];

function printTable(title: string, rows: Row[]) {
	const all: Row[] = [['figure (median, min–max)', 'floor', 'app', 'app/floor'], ...rows];
	const widths = [0, 1, 2, 3].map((c) => Math.max(...all.map((row) => row[c]!.length)));
	console.log(`\n${title}`);
	for (const [n, row] of all.entries()) {
		console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
		if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	}
}

function shiftLines(label: string, s: LoadSummary) {
	for (const e of s.shiftsByElement.slice(0, 8))
		console.log(
			`  ${label} layout shift: ${e.value.toFixed(4)} over ${e.shifts} shift(s), all rounds: ${e.element}`
		);
}

export function printCase(title: string, r: CaseReport) {
	const rows: Row[] = [
		['nav → article visible (ms)', 'n/a', spread(r.app.articleVisibleMs), ''],
		compared('nav → maplibre chunk loaded (ms)', r.floor.mapChunkLoadedMs, r.app.mapChunkLoadedMs),
		compared('nav → map idle (ms)', r.floor.idleMs, r.app.idleMs),
		compared('long tasks until idle (count)', r.floor.longTaskCount, r.app.longTaskCount, {
			showRatio: false
		}),
		compared('long tasks until idle (ms)', r.floor.longTaskMs, r.app.longTaskMs),
		compared('total blocking time, nav → idle + 2 s (ms)', r.floor.tbtMs, r.app.tbtMs),
		compared('cumulative layout shift', r.floor.cls, r.app.cls, { digits: 4, showRatio: false }),
		[
			'JS heap after idle (main thread)',
			mb(r.floor.heapBytes),
			mb(r.app.heapBytes),
			x(r.ratios.heap)
		]
	];
	for (const key of BYTE_CATEGORIES) {
		rows.push([
			`bytes gzip: ${key}`,
			kb(r.floor.bytes[key]),
			kb(r.app.bytes[key]),
			x(ratio(r.app.bytes[key], r.floor.bytes[key]))
		]);
	}
	rows.push(
		['bytes gzip: total', kb(r.floor.bytes.total), kb(r.app.bytes.total), x(r.ratios.bytes)],
		['  cross-check (server log)', kb(r.floor.serverBytes.total), kb(r.app.serverBytes.total), ''],
		[
			`click → panel (ms, p50 / p95, n=${r.clickSamples.length})`,
			'n/a',
			r.click ? `${fmt(r.click.median, 1)} / ${fmt(r.click.p95, 1)}` : '—',
			''
		],
		[
			`layer toggle → idle (ms, p50 / p95, n=${r.toggleSamples.length})`,
			'n/a',
			r.toggle ? `${fmt(r.toggle.median, 1)} / ${fmt(r.toggle.p95, 1)}` : '—',
			''
		]
	);
	printTable(`${title}, desktop 1280×800`, rows);
	shiftLines('app', r.app);
	if (r.clickProblem && !r.click) console.log(`click → panel: ${r.clickProblem}`);
	if (r.toggleProblem && !r.toggle) console.log(`layer toggle: ${r.toggleProblem}`);
	const phone = r.phone;
	if (phone) {
		printTable(`${title}, phone 390×844, CPU 4× slower`, [
			['nav → article visible (ms)', 'n/a', spread(phone.app.articleVisibleMs), ''],
			['nav → map idle (ms)', spread(phone.floor.idleMs), 'n/a (map behind its tab)', ''],
			compared(
				'Map tab → map idle (ms; floor: nav → idle)',
				phone.floor.idleMs,
				phone.app.mapTabIdleMs
			),
			compared('total blocking time, first view (ms)', phone.floor.tbtMs, phone.app.tbtMs),
			['total blocking time, Map tab → idle + 2 s (ms)', 'n/a', spread(phone.app.mapTabTbtMs), ''],
			compared('cumulative layout shift', phone.floor.cls, phone.app.cls, {
				digits: 4,
				showRatio: false
			}),
			[
				'bytes gzip: total, incl. Map tab',
				kb(phone.floor.bytes.total),
				kb(phone.app.bytes.total),
				''
			]
		]);
		shiftLines('phone app', phone.app);
	}
	const all = [r.floor, r.app, ...(phone ? [phone.floor, phone.app] : [])];
	for (const f of new Set(all.flatMap((s) => s.failedRequests)))
		console.log(`failed request: ${f}`);
	for (const e of new Set(all.flatMap((s) => s.consoleErrors))) console.log(`console error: ${e}`);
}

export function printFiles(r: CaseReport) {
	const files = [...r.app.files].sort((a, b) => b.bytes - a.bytes);
	console.log('\napp first-load files, desktop (gzip bytes on the wire, first round):');
	for (const f of files)
		console.log(`  ${kb(f.bytes).padStart(9)}  ${f.category.padEnd(10)}  ${f.path}`);
}

/** Figures that must be measured (non-null, positive) for the run to count. */
export function missingFigures(r: CaseReport, label: string, interactions: boolean): string[] {
	const missing: string[] = [];
	const need = (name: string, v: number | null | undefined, allowZero = false) => {
		if (v == null || !Number.isFinite(v) || v < 0 || (!allowZero && v === 0))
			missing.push(`${label}: ${name}`);
	};
	need('app article visible', r.app.articleVisibleMs?.median);
	need('app map idle', r.app.idleMs?.median);
	need('floor map idle', r.floor.idleMs?.median);
	need('app maplibre chunk loaded', r.app.mapChunkLoadedMs?.median);
	need('app long tasks (count)', r.app.longTaskCount?.median, true);
	need('floor long tasks (count)', r.floor.longTaskCount?.median, true);
	need('app total blocking time', r.app.tbtMs?.median, true);
	need('floor total blocking time', r.floor.tbtMs?.median, true);
	need('app layout shift', r.app.cls?.median, true);
	need('app heap', r.app.heapBytes?.median);
	need('floor heap', r.floor.heapBytes?.median);
	for (const key of ['appJs', 'mapLibrary', 'geodata', 'total'] as const) {
		need(`app bytes ${key}`, r.app.bytes[key]);
		if (key !== 'appJs') need(`floor bytes ${key}`, r.floor.bytes[key]);
	}
	if (r.phone) {
		need('phone: app article visible', r.phone.app.articleVisibleMs?.median);
		need('phone: floor map idle', r.phone.floor.idleMs?.median);
		need('phone: app Map tab → idle', r.phone.app.mapTabIdleMs?.median);
		need('phone: app total blocking time', r.phone.app.tbtMs?.median, true);
		need('phone: app layout shift', r.phone.app.cls?.median, true);
	}
	if (interactions) {
		need('click → panel p95', r.click?.p95);
		need('layer toggle p95', r.toggle?.p95);
	}
	return missing;
}

export function printLinker(title: string, l: LinkerBenchResult) {
	console.log(
		`\n${title}: ${l.names} names from ${l.features} features (gazetteer built in ${l.buildMs.toFixed(1)} ms); ` +
			`100 articles × 50 passages, ${l.links} links: median ${l.medianMs.toFixed(1)} ms ` +
			`(${l.minMs.toFixed(1)}–${l.maxMs.toFixed(1)}, ${l.runs} runs)`
	);
}
