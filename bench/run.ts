/**
 * `npm run bench` (budgets: docs/architecture.md): the app against a bare MapLibre page (the
 * floor, bench/floor/) showing the same geodata from the same server, alternated in one run, in
 * the e2e Chromium on 127.0.0.1, a fresh browser context per page load (no cache, service workers
 * blocked), on a desktop (1280×800) and on a phone (390×844, CPU 4× slower). Prints tables and
 * the budget lines, writes bench-results/bench.json, exits 1 when a budget is broken or a figure
 * could not be measured.
 *
 *     npx tsx bench/run.ts [--rounds 7] [--clicks 30] [--toggles 10] [--smoke] [--heavy]
 *                          [--no-heavy] [--no-phone] [--no-lighthouse] [--build] [--keep]
 *                          [--out bench-results/bench.json]
 *
 * --smoke    1 round, desktop only, 3 clicks, 3 toggles, no heavy case, no Lighthouse; fails only
 *            when a figure is missing or a byte budget is broken (bytes are deterministic); timing
 *            budgets are printed, not enforced.
 * --library  only the library probe: a 1 MB text pasted on /articles/ and linked in the
 *            browser's worker (bench/library.ts); the full run includes it.
 * --heavy    only the heavy case (5,000 synthetic polygons added to kashmir-zones, for both pages,
 *            and the linker with 5,000 more features); the full run includes it as a section.
 * --build    run `npm run build:test` first (also done when build-test/index.html is missing):
 *            the test build exposes the live map (`window.__map`), which the build that ships does not.
 *
 * Modules: options (command line, device profiles), site (the served copy, byte sizes), probes
 * (one measured page load), interactions (clicks and toggles), report (summaries, tables),
 * stats (pure figures and budgets), lighthouse (the score, full run only).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchLinker } from '../scripts/bench-linker';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';
import { measureInteractions } from './interactions';
import { measureLibraryLinking, type LibraryProbeResult } from './library';
import { lighthouseScores, type LighthouseScore } from './lighthouse';
import {
	DESKTOP,
	HEAVY_FEATURES,
	PHONE,
	ROOT,
	parseOptions,
	type Options,
	type Profile
} from './options';
import { loadOnce, type Kind, type LoadResult, type Served } from './probes';
import {
	caseReport,
	fmt,
	kb,
	missingFigures,
	printCase,
	printFiles,
	printLinker,
	type CaseReport,
	type CaseResult
} from './report';
import { buildFloor, ensureBuild, makeHeavy, prepareSite, serveSite } from './site';
import { budgetsFail, checkBudgets, libraryBudgets, type BudgetLine } from './stats';
import { syntheticFeatures, syntheticPassages } from './synthetic';

function progress(name: string, round: number, options: Options, load: LoadResult) {
	const tab = load.mapTabIdleMs !== null ? `, Map tab → idle ${fmt(load.mapTabIdleMs)} ms` : '';
	process.stdout.write(
		`  ${name} round ${round + 1}/${options.rounds} ${load.profile.padEnd(7)} ${load.kind.padEnd(5)}` +
			` idle ${fmt(load.idleMs)} ms${tab}` +
			(load.kind === 'app' ? `, article ${fmt(load.articleVisibleMs)} ms` : '') +
			`, TBT ${fmt(load.tbtMs)} ms, CLS ${fmt(load.cls, 3)}, ${(load.bytes.total / 1024).toFixed(0)} KB\n`
	);
}

/** Rounds of floor and app loads, alternating which goes first, on each profile. */
async function runCase(
	browser: Browser,
	served: Served,
	name: string,
	options: Options,
	profiles: Profile[],
	exactIds: boolean
): Promise<CaseResult> {
	const result: CaseResult = {
		name,
		desktop: { floor: [], app: [] },
		phone: profiles.includes(PHONE) ? { floor: [], app: [] } : null,
		interactions: null
	};
	for (let round = 0; round < options.rounds; round++) {
		const order: Kind[] = round % 2 === 0 ? ['floor', 'app'] : ['app', 'floor'];
		for (const profile of profiles) {
			for (const kind of order) {
				const measureInteractionsNow =
					kind === 'app' && profile === DESKTOP && round === options.rounds - 1;
				const interact = measureInteractionsNow
					? async (page: Page) => {
							result.interactions = await measureInteractions(
								page,
								served.site,
								options.clicks,
								options.toggles,
								exactIds
							);
						}
					: null;
				const load = await loadOnce(browser, served, kind, profile, interact);
				(profile === PHONE ? result.phone! : result.desktop)[kind].push(load);
				progress(name, round, options, load);
			}
		}
	}
	return result;
}

function git(args: string[]): string | null {
	const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : null;
}

function printLighthouse(scores: LighthouseScore[]) {
	console.log('\nLighthouse performance (one run per page, its own simulated throttling):');
	for (const s of scores)
		console.log(
			`  ${s.formFactor.padEnd(7)} ${s.page.padEnd(5)} score ${fmt(s.score)}, TBT ${fmt(s.tbtMs)} ms, CLS ${fmt(s.cls, 3)}` +
				(s.problem ? ` (${s.problem})` : '')
		);
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	ensureBuild(options.build);
	const tmp = mkdtempSync(join(tmpdir(), 'explorer-bench-'));
	const servers: { close: () => Promise<void> }[] = [];
	const notes: string[] = [];
	let browser: Browser | null = null;
	const started = Date.now();
	try {
		// The linker runs first, in node: before the floor's Vite build (whose heap and threads
		// stay in this process) and before Chromium competes for the CPU.
		const linker = options.normal ? benchLinker() : null;
		const heavyExtra = syntheticFeatures(HEAVY_FEATURES).map((f) => f.properties);
		const heavyLinker = options.heavy
			? benchLinker({
					extraFeatures: heavyExtra,
					extraTexts: syntheticPassages(heavyExtra, 100)
				})
			: null;
		console.log(`bench: temp dir ${tmp}; building the floor …`);
		const floorBuild = join(tmp, 'floor-build');
		await buildFloor(floorBuild);
		const startServer = async (name: string, heavy: boolean): Promise<Served> => {
			const site = prepareSite(join(tmp, name), floorBuild);
			if (heavy) {
				const size = makeHeavy(site);
				console.log(
					`bench: heavy kashmir-zones with ${HEAVY_FEATURES} synthetic polygons, ${(size / 1048576).toFixed(1)} MB raw`
				);
			}
			notes.push(...site.notes);
			const { served, close } = await serveSite(site);
			servers.push({ close });
			return served;
		};
		browser = await chromium.launch({
			executablePath: await chromiumExecutable(),
			args: CHROMIUM_ARGS
		});
		console.log(`bench: Chromium ${browser.version()}, ${options.rounds} round(s)`);

		const json: Record<string, unknown> = {
			date: new Date().toISOString(),
			commit: git(['rev-parse', 'HEAD']),
			buildTime: statSync(join(ROOT, 'build-test/index.html')).mtime.toISOString(),
			node: process.version,
			chromium: browser.version(),
			profiles: { desktop: DESKTOP, phone: options.phone ? PHONE : null },
			options: { ...options, out: relative(ROOT, options.out) }
		};
		const missing: string[] = [];
		let normal: CaseReport | null = null;
		let lighthouse: LighthouseScore[] | null = null;

		if (options.normal) {
			const served = await startServer('site', false);
			json.mapLibraryFiles = [...served.site.mapLibrary];
			const gz = (paths: string[]) => paths.reduce((n, p) => n + served.sizeOf(p), 0);
			const appChunk = gz(served.site.appMapChunks);
			const floorChunk = gz(served.site.floorMapChunks);
			json.mapChunk = {
				app: served.site.appMapChunks,
				floor: served.site.floorMapChunks,
				appGzip: appChunk,
				floorGzip: floorChunk,
				appCodeInside: appChunk - floorChunk
			};
			console.log(
				`bench: maplibre chunk ${kb(appChunk)} gzip in the app, ${kb(floorChunk)} in the floor: ` +
					`≈ ${kb(appChunk - floorChunk)} of the app's own code is bundled with it (counted as map library)`
			);
			const profiles = options.phone ? [DESKTOP, PHONE] : [DESKTOP];
			const c = await runCase(browser, served, 'normal', options, profiles, true);
			normal = caseReport(c);
			json.normal = { ...normal, rounds: { desktop: c.desktop, phone: c.phone } };
			printCase('== the app against the floor (same data, same server) ==', normal);
			printFiles(normal);
			missing.push(...missingFigures(normal, 'normal', true));
			if (options.lighthouse) {
				try {
					lighthouse = await lighthouseScores({ app: served.url, floor: `${served.url}floor/` });
				} catch (error) {
					notes.push(`Lighthouse did not run: ${error instanceof Error ? error.message : error}`);
				}
				json.lighthouse = lighthouse;
				if (lighthouse) printLighthouse(lighthouse);
			}
			json.linker = linker;
			if (linker) printLinker('linker', linker);
		}
		if (options.heavy) {
			const served = await startServer('heavy', true);
			const c = await runCase(browser, served, 'heavy', options, [DESKTOP], false);
			const heavy = caseReport(c);
			json.heavy = { features: HEAVY_FEATURES, ...heavy, rounds: { desktop: c.desktop } };
			printCase(`== heavy: + ${HEAVY_FEATURES} synthetic polygons in kashmir-zones ==`, heavy);
			missing.push(...missingFigures(heavy, 'heavy', true));
			json.heavyLinker = heavyLinker;
			if (heavyLinker)
				printLinker(`linker, heavy (+${HEAVY_FEATURES} features, +100 passages)`, heavyLinker);
		}

		let failed = false;
		const printBudgets = (budgets: BudgetLine[]) => {
			for (const b of budgets) {
				const verdict = b.pass === null ? 'NOT MEASURED' : b.pass ? 'pass' : 'FAIL';
				const note = options.smoke && b.kind === 'timing' ? ' (smoke: not enforced)' : '';
				console.log(`  ${verdict.padEnd(12)} ${b.name}: ${b.detail}${note}`);
			}
		};
		if (options.library) {
			const served = await startServer('library', false);
			let result: LibraryProbeResult | null = null;
			try {
				result = await measureLibraryLinking(browser, served.url);
			} catch (error) {
				notes.push(`library probe: ${error instanceof Error ? error.message : error}`);
				missing.push('library: 1 MB text linked in the worker');
			}
			json.library = result;
			if (result)
				console.log(
					`\nlibrary: ${(result.chars / 1048576).toFixed(2)} MB pasted, ${result.passages} passages: ` +
						`linked in the worker in ${fmt(result.linkMs)} ms, added and open in ${fmt(result.addMs)} ms; ` +
						`meanwhile ${result.longTasks} long task(s), longest ${fmt(result.longestTaskMs)} ms, ` +
						`a 50 ms timer at worst ${fmt(result.worstTimerLagMs)} ms late`
				);
			const budgets = libraryBudgets({
				linkMs: result?.linkMs ?? null,
				worstTimerLagMs: result?.worstTimerLagMs ?? null
			});
			json.libraryBudgets = budgets;
			console.log('\nlibrary budgets (docs/architecture.md):');
			printBudgets(budgets);
			failed ||= budgetsFail(budgets, options.smoke);
		}
		if (normal) {
			const phone = normal.phone;
			const budgets = checkBudgets({
				articleVisibleMs: normal.app.articleVisibleMs?.median ?? null,
				mapChunkLoadedMs: normal.app.mapChunkLoadedMs?.median ?? null,
				appIdleMs: normal.app.idleMs?.median ?? null,
				floorIdleMs: normal.floor.idleMs?.median ?? null,
				clickP95Ms: normal.click?.p95 ?? null,
				bytes: normal.app.bytes,
				linkerMs: linker?.medianMs ?? null,
				desktop: {
					appTbtMs: normal.app.tbtMs?.median ?? null,
					floorTbtMs: normal.floor.tbtMs?.median ?? null,
					appCls: normal.app.cls?.median ?? null
				},
				...(phone
					? {
							phone: {
								appFirstViewTbtMs: phone.app.tbtMs?.median ?? null,
								appMapTabIdleMs: phone.app.mapTabIdleMs?.median ?? null,
								floorIdleMs: phone.floor.idleMs?.median ?? null,
								appCls: phone.app.cls?.median ?? null
							}
						}
					: {})
			});
			json.budgets = budgets;
			console.log('\nbudgets (docs/architecture.md):');
			printBudgets(budgets);
			if (!phone) console.log('  (phone budgets: no phone loads in this run)');
			failed ||= budgetsFail(budgets, options.smoke);
		}
		for (const p of notes) console.log(`note: ${p}`);
		for (const m of missing) console.log(`MISSING: ${m} was not measured`);
		json.problems = notes;
		json.missing = missing;
		json.seconds = (Date.now() - started) / 1000;
		mkdirSync(dirname(options.out), { recursive: true });
		writeFileSync(options.out, `${JSON.stringify(json, null, '\t')}\n`);
		console.log(`\nbench: wrote ${relative(ROOT, options.out)} in ${json.seconds} s`);
		if (missing.length) {
			console.log(`bench: FAILED: ${missing.length} figure(s) not measured`);
			return 1;
		}
		if (failed) {
			console.log('bench: FAILED: a budget is broken');
			return 1;
		}
		console.log(options.smoke ? 'bench: smoke run complete' : 'bench: all budgets met');
		return 0;
	} finally {
		await browser?.close();
		for (const s of servers) await s.close();
		if (options.keep) console.log(`bench: kept ${tmp}`);
		else rmSync(tmp, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	}
);
