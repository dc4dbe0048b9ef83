/**
 * `npm run bench` (DESIGN.md §9, issue 6): the app against a bare MapLibre page (the floor,
 * bench/floor/) showing the same geodata from the same server, alternated in one run, in the e2e
 * Chromium on 127.0.0.1, a fresh browser context per page load (no cache, service workers
 * blocked). Prints a table and the budget lines, writes bench-results/bench.json, exits 1 when a
 * budget is broken or a figure could not be measured.
 *
 *     npx tsx bench/run.ts [--rounds 7] [--clicks 30] [--toggles 10] [--smoke] [--heavy]
 *                          [--no-heavy] [--build] [--keep] [--out bench-results/bench.json]
 *
 * --smoke    1 round, 3 clicks, 3 toggles, no heavy case; fails only when a figure is missing or a
 *            byte budget is broken (bytes are deterministic); timing budgets are printed, not
 *            enforced.
 * --heavy    only the heavy case (5,000 synthetic polygons added to kashmir-zones, for both pages,
 *            and the linker with 5,000 more features); the full run includes it as a section.
 * --build    run `npm run build` first (also done when build/index.html is missing).
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { COMPRESSIBLE, GZIP_LEVEL, serve } from '../scripts/serve.mjs';
import { benchLinker, type LinkerBenchResult } from '../scripts/bench-linker';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';
import type { LayerEntry } from '../src/lib/geodata/types';
import {
	BYTE_CATEGORIES,
	budgetsFail,
	checkBudgets,
	classify,
	emptyBytes,
	median,
	ratio,
	sumBytes,
	summarize,
	type Bytes,
	type ByteCategory,
	type Summary
} from './stats';
import { syntheticFeatures, syntheticPassages } from './synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE = '[data-testid="article"] p';
const PANEL = '[data-testid="feature-panel"]';
const TOGGLE_LAYER = 'kashmir-lines';
const TOGGLE = `input[type="checkbox"][data-layer="${TOGGLE_LAYER}"]`;
const CLICK_TARGETS = ['karabakh/lachin', 'karabakh/kalbajar'];
const HEAVY_FEATURES = 5000;
const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT = 60_000;

// ---------------------------------------------------------------- options

interface Options {
	rounds: number;
	clicks: number;
	toggles: number;
	smoke: boolean;
	normal: boolean;
	heavy: boolean;
	build: boolean;
	keep: boolean;
	out: string;
}

function parseOptions(argv: string[]): Options {
	const value = (flag: string) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const int = (flag: string, fallback: number) => {
		const v = value(flag);
		if (v === undefined) return fallback;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
		return n;
	};
	const smoke = argv.includes('--smoke');
	const heavyOnly = argv.includes('--heavy');
	return {
		smoke,
		rounds: int('--rounds', smoke ? 1 : 7),
		clicks: int('--clicks', smoke ? 3 : 30),
		toggles: int('--toggles', smoke ? 3 : 10),
		normal: !heavyOnly,
		heavy: heavyOnly || (!smoke && !argv.includes('--no-heavy')),
		build: argv.includes('--build'),
		keep: argv.includes('--keep'),
		out: resolve(ROOT, value('--out') ?? 'bench-results/bench.json')
	};
}

// ---------------------------------------------------------------- the site copy

interface Site {
	dir: string;
	/** URL paths of the map library's files, app and floor. */
	mapLibrary: Set<string>;
	/** URL path of the app's maplibre chunk(s) and of the floor's. */
	appMapChunks: string[];
	floorMapChunks: string[];
	/** Layer files: app asset path (relative to dir) by layers.json file name. */
	appLayerFiles: Map<string, string>;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}

const urlPath = (siteDir: string, file: string) =>
	`/${relative(siteDir, file).split(sep).join('/')}`;

function findMapLibrary(siteDir: string, under: string) {
	const version = (
		JSON.parse(readFileSync(join(ROOT, 'node_modules/maplibre-gl/package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const chunks: string[] = [];
	const all = new Set<string>();
	for (const file of filesUnder(join(siteDir, under))) {
		const ext = extname(file);
		const base = file.slice(file.lastIndexOf(sep) + 1);
		if (ext === '.mjs' && base.startsWith('maplibre-gl-worker')) all.add(urlPath(siteDir, file));
		if (ext !== '.js' && ext !== '.css') continue;
		const text = readFileSync(file, 'utf8');
		if (ext === '.css' && text.includes('.maplibregl-')) all.add(urlPath(siteDir, file));
		// The library's chunk: names maplibre many times and carries its version string.
		if (ext === '.js' && text.includes(`\`${version}\``) && text.split('maplibre').length > 50) {
			all.add(urlPath(siteDir, file));
			chunks.push(urlPath(siteDir, file));
		}
	}
	return { chunks, all };
}

function ensureBuild(force: boolean) {
	if (!force && existsSync(join(ROOT, 'build/index.html'))) return;
	console.log('bench: running `npm run build` …');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('bench: `npm run build` failed');
}

async function buildFloor(outDir: string) {
	await viteBuild({
		configFile: join(ROOT, 'bench/vite.config.ts'),
		build: { outDir, emptyOutDir: true }
	});
}

function prepareSite(dir: string, floorBuild: string): Site {
	cpSync(join(ROOT, 'build'), dir, { recursive: true });
	cpSync(floorBuild, join(dir, 'floor'), { recursive: true });
	const layers = JSON.parse(
		readFileSync(join(ROOT, 'geodata/layers.json'), 'utf8')
	) as LayerEntry[];
	const assets = join(dir, '_app/immutable/assets');
	const names = existsSync(assets) ? readdirSync(assets) : [];
	const appLayerFiles = new Map<string, string>();
	mkdirSync(join(dir, 'floor/data'), { recursive: true });
	for (const entry of layers) {
		// The floor draws the very files the app ships (same build), so the data is the same.
		const stem = entry.file.replace(/\.geojson$/, '');
		const built = names.find((n) => n.startsWith(`${stem}.`) && n.endsWith('.geojson'));
		const source = built ? join(assets, built) : join(ROOT, 'geodata', entry.file);
		if (built) appLayerFiles.set(entry.file, join('_app/immutable/assets', built));
		else
			problems.push(
				`geodata/${entry.file} is not in build/ (stale build?); the floor uses geodata/`
			);
		cpSync(source, join(dir, 'floor/data', entry.file));
	}
	const app = findMapLibrary(dir, '_app');
	const floor = findMapLibrary(dir, 'floor');
	if (app.chunks.length === 0) problems.push('no maplibre chunk found in the app build');
	return {
		dir,
		mapLibrary: new Set([...app.all, ...floor.all]),
		appMapChunks: app.chunks,
		floorMapChunks: floor.chunks,
		appLayerFiles
	};
}

function makeHeavy(site: Site): number {
	const zones = site.appLayerFiles.get('kashmir-zones.geojson');
	const floorFile = join(site.dir, 'floor/data/kashmir-zones.geojson');
	const base = JSON.parse(readFileSync(floorFile, 'utf8')) as FeatureCollection;
	base.features.push(...syntheticFeatures(HEAVY_FEATURES));
	const text = JSON.stringify(base);
	writeFileSync(floorFile, text);
	if (zones) writeFileSync(join(site.dir, zones), text);
	else problems.push('heavy: the app build has no kashmir-zones geojson to replace');
	return Buffer.byteLength(text);
}

// ---------------------------------------------------------------- in the page

interface BenchState {
	longTasks: [number, number][];
	articleAt: number | null;
	lastClickAt: number | null;
	pending?: Promise<unknown>;
}
type BenchWindow = Window & {
	__bench: BenchState;
	__map?: MapLibreMap;
	__mapIdleAt?: number;
};

/** Registered before any page script: long tasks, article visibility (per frame), click times. */
function initScript(selector: string) {
	const w = window as unknown as BenchWindow;
	const state: BenchState = { longTasks: [], articleAt: null, lastClickAt: null };
	w.__bench = state;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no long task API: the figure stays empty and is reported as such
	}
	const check = () => {
		const el = document.querySelector(selector);
		if (el && el.checkVisibility() && el.getBoundingClientRect().height > 0) {
			state.articleAt = performance.now();
			return;
		}
		if (performance.now() < 60_000) requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
	addEventListener('click', (e) => (state.lastClickAt = e.timeStamp), true);
}

async function waitIdleAfter(page: Page, action: string, arg: [number, number, number]) {
	await page.evaluate(
		([kind, [lng, lat, zoom]]) =>
			new Promise<void>((done) => {
				const map = (window as unknown as BenchWindow).__map!;
				map.once('idle', () => done());
				if (kind === 'jump') map.jumpTo({ center: [lng, lat], zoom });
				map.triggerRepaint();
			}),
		[action, arg] as const
	);
}

// ---------------------------------------------------------------- one page load

type Kind = 'app' | 'floor';

interface LoadResult {
	kind: Kind;
	idleMs: number | null;
	articleVisibleMs: number | null;
	firstContentfulPaintMs: number | null;
	mapChunkLoadedMs: number | null;
	longTaskCount: number | null;
	longTaskMs: number | null;
	heapBytes: number | null;
	bytes: Bytes;
	/** Bytes computed from the server's own request log (each file gzipped as the server does). */
	serverBytes: Bytes;
	requests: number;
	files: { path: string; bytes: number; category: ByteCategory; fromServer?: boolean }[];
	failedRequests: string[];
	consoleErrors: string[];
}

interface Served {
	site: Site;
	url: string;
	requests: string[];
}

const gzipSizes = new Map<string, number>();

function servedSize(siteDir: string, path: string): number {
	let file = join(siteDir, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) return 0;
	const key = `${file}:${statSync(file).mtimeMs}`;
	let size = gzipSizes.get(key);
	if (size === undefined) {
		const body = readFileSync(file);
		size = COMPRESSIBLE.has(extname(file))
			? gzipSync(body, { level: GZIP_LEVEL }).length
			: body.length;
		gzipSizes.set(key, size);
	}
	return size;
}

/**
 * Bytes per request as the browser saw them (CDP encoded body sizes through Playwright). Chromium
 * reports 0 for a dedicated worker's own script (the maplibre worker .mjs) and may miss requests;
 * those are taken from the server's log (gzip size of the file), marked `fromServer`.
 */
function mergeTransfers(
	browser: readonly { url: string; bytes: number }[],
	server: readonly { url: string; bytes: number }[]
): { url: string; bytes: number; fromServer?: boolean }[] {
	const seen = new Map<string, number[]>();
	for (const t of browser) {
		if (!t.url.startsWith('http')) continue;
		const path = new URL(t.url).pathname;
		seen.set(path, [...(seen.get(path) ?? []), t.bytes]);
	}
	const out: { url: string; bytes: number; fromServer?: boolean }[] = [];
	for (const t of server) {
		const sizes = seen.get(t.url) ?? [];
		const size = sizes.shift();
		// A negative or zero size is Chromium not knowing (cache, worker script): use the server's.
		if (size !== undefined && (size > 0 || t.bytes === 0)) out.push({ url: t.url, bytes: size });
		else out.push({ url: t.url, bytes: t.bytes, fromServer: true });
	}
	// Requests the server never saw (served from the memory cache): nothing was transferred.
	for (const [path, sizes] of seen)
		for (const bytes of sizes) if (bytes > 0) out.push({ url: path, bytes });
	return out;
}

async function loadOnce(
	browser: Browser,
	served: Served,
	kind: Kind,
	interact: ((page: Page) => Promise<void>) | null
): Promise<LoadResult> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT });
	const page = await context.newPage();
	const transfers: Promise<{ url: string; bytes: number } | null>[] = [];
	const failedRequests: string[] = [];
	const consoleErrors: string[] = [];
	let inflight = 0;
	let lastNetwork = Date.now();
	context.on('request', () => {
		inflight++;
		lastNetwork = Date.now();
	});
	context.on('requestfinished', (request) => {
		inflight--;
		lastNetwork = Date.now();
		transfers.push(
			request
				.sizes()
				.then((s) => ({ url: request.url(), bytes: s.responseBodySize }))
				.catch(() => null)
		);
	});
	context.on('requestfailed', (request) => {
		inflight--;
		failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
	// tsx (esbuild keepNames) wraps named inner functions in `__name(…)`; define it in the page.
	await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	await page.addInitScript(initScript, ARTICLE);
	const cdp = await context.newCDPSession(page);
	const serverStart = served.requests.length;
	const pageUrl = kind === 'app' ? served.url : `${served.url}floor/`;
	try {
		await page.goto(pageUrl, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
		await page.waitForFunction(
			() => typeof (window as unknown as BenchWindow).__mapIdleAt === 'number',
			null,
			{ timeout: LOAD_TIMEOUT }
		);
		// Let late requests (fonts for labels, prefetches) finish: 300 ms without network.
		const until = Date.now() + 5000;
		while (Date.now() < until && (inflight > 0 || Date.now() - lastNetwork < 300)) {
			await page.waitForTimeout(50);
		}
		const timings = await page.evaluate(
			(mapChunks) => {
				const w = window as unknown as BenchWindow;
				const idle = w.__mapIdleAt ?? null;
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
				const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
				const chunkEnds = resources
					.filter((r) => mapChunks.includes(new URL(r.name).pathname))
					.map((r) => r.responseEnd);
				const tasks = w.__bench.longTasks.filter(([start]) => idle === null || start < idle);
				return {
					idle,
					article: w.__bench.articleAt,
					fcp,
					chunk: chunkEnds.length ? Math.max(...chunkEnds) : null,
					longTaskCount: tasks.length,
					longTaskMs: tasks.reduce((n, [, d]) => n + d, 0),
					hasLongTaskApi: PerformanceObserver.supportedEntryTypes.includes('longtask')
				};
			},
			kind === 'app' ? served.site.appMapChunks : served.site.floorMapChunks
		);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		const done = (await Promise.all(transfers)).filter(
			(t): t is { url: string; bytes: number } => t !== null
		);
		const serverPaths = served.requests.slice(serverStart);
		const serverTransfers = serverPaths.map((p) => ({
			url: p,
			bytes: servedSize(served.site.dir, p)
		}));
		const serverBytes = sumBytes(serverTransfers, served.site.mapLibrary);
		const measured = mergeTransfers(done, serverTransfers);
		const result: LoadResult = {
			kind,
			idleMs: timings.idle,
			articleVisibleMs: kind === 'app' ? timings.article : null,
			firstContentfulPaintMs: timings.fcp,
			mapChunkLoadedMs: timings.chunk,
			longTaskCount: timings.hasLongTaskApi ? timings.longTaskCount : null,
			longTaskMs: timings.hasLongTaskApi ? timings.longTaskMs : null,
			heapBytes: heap.usedSize,
			bytes: sumBytes(measured, served.site.mapLibrary),
			serverBytes,
			requests: measured.length,
			files: measured.map((t) => ({
				path: new URL(t.url, 'http://localhost').pathname,
				bytes: t.bytes,
				category: classify(t.url, served.site.mapLibrary),
				...(t.fromServer ? { fromServer: true } : {})
			})),
			failedRequests,
			consoleErrors
		};
		if (interact) await interact(page);
		return result;
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------- interactions (app only)

interface Interactions {
	clickMs: number[];
	clickIds: string[];
	clickProblem: string | null;
	toggleMs: number[];
	toggleProblem: string | null;
}

function clickPoints(site: Site): Map<string, [number, number]> {
	const points = new Map<string, [number, number]>();
	const file = site.appLayerFiles.get('karabakh-districts.geojson');
	const path = file
		? join(site.dir, file)
		: join(site.dir, 'floor/data/karabakh-districts.geojson');
	const data = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
	for (const id of CLICK_TARGETS) {
		const feature = data.features.find((f: Feature) => f.properties?.id === id);
		if (!feature) continue;
		const [lng, lat] = pointOnFeature(feature).geometry.coordinates;
		points.set(id, [lng!, lat!]);
	}
	return points;
}

async function measureInteractions(
	page: Page,
	site: Site,
	clicks: number,
	toggles: number,
	exactIds: boolean
): Promise<Interactions> {
	const out: Interactions = {
		clickMs: [],
		clickIds: [],
		clickProblem: null,
		toggleMs: [],
		toggleProblem: null
	};
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	// Clicks: Karabakh in view, alternate two districts, time from the DOM click to the panel.
	const points = clickPoints(site);
	await waitIdleAfter(page, 'jump', [46.7, 39.7, 7.5]);
	// The page may lay panels over part of the map: put the two districts where the map shows.
	const targets = CLICK_TARGETS.map((id) => points.get(id)).filter((p) => p !== undefined);
	const placeTargets = async () => {
		if (!targets.length) return;
		await page.evaluate(
			([lngLats]) =>
				new Promise<void>((done) => {
					const map = (window as unknown as BenchWindow).__map!;
					const box = map.getContainer().getBoundingClientRect();
					const n = lngLats.length;
					const mid: [number, number] = [
						lngLats.reduce((t, p) => t + p[0], 0) / n,
						lngLats.reduce((t, p) => t + p[1], 0) / n
					];
					map.jumpTo({ center: mid, zoom: 7.5 });
					const c = map.project(mid);
					const deltas = lngLats.map((ll) => {
						const p = map.project(ll);
						return [p.x - c.x, p.y - c.y] as const;
					});
					let best: [number, number] | null = null;
					let bestDistance = Infinity;
					for (let fx = 0.05; fx < 0.97; fx += 0.05) {
						for (let fy = 0.05; fy < 0.97; fy += 0.05) {
							const x = box.left + box.width * fx;
							const y = box.top + box.height * fy;
							const ok = deltas.every(([dx, dy]) =>
								[-6, 0, 6].every(
									(e) => document.elementFromPoint(x + dx + e, y + dy + e) === map.getCanvas()
								)
							);
							const distance = Math.hypot(fx - 0.5, fy - 0.5);
							if (ok && distance < bestDistance) {
								best = [x - box.left - box.width / 2, y - box.top - box.height / 2];
								bestDistance = distance;
							}
						}
					}
					map.once('idle', () => done());
					map.easeTo({ center: mid, zoom: 7.5, offset: best ?? [0, 0], duration: 0 });
				}),
			[targets] as const
		);
	};
	await placeTargets();
	for (let i = 0; i < clicks && !out.clickProblem; i++) {
		const id = CLICK_TARGETS[i % CLICK_TARGETS.length]!;
		const lngLat = points.get(id);
		if (!lngLat) {
			out.clickProblem = `not measurable: feature ${id} not in karabakh-districts.geojson`;
			break;
		}
		const locate = () =>
			page.evaluate(
				([ll, panel]) => {
					const w = window as unknown as BenchWindow;
					const map = w.__map!;
					const p = map.project(ll);
					const box = map.getContainer().getBoundingClientRect();
					const x = box.left + p.x;
					const y = box.top + p.y;
					const hit = document.elementFromPoint(x, y);
					const previous = document.querySelector(panel)?.getAttribute('data-feature-id') ?? null;
					return {
						x,
						y,
						onMap: !!hit && map.getContainer().contains(hit),
						hit: hit
							? `${hit.tagName.toLowerCase()}.${hit.className} in ${hit.closest('[data-testid]')?.getAttribute('data-testid') ?? 'no [data-testid]'}`
							: 'nothing',
						previous
					};
				},
				[lngLat, PANEL] as const
			);
		let at = await locate();
		if (!at.onMap) {
			// A panel opened by the previous click may cover the point: place the districts again.
			await placeTargets();
			at = await locate();
		}
		if (!at.onMap) {
			out.clickProblem = `not measurable: the point of ${id} (${at.x.toFixed(0)}, ${at.y.toFixed(0)}) is covered by ${at.hit}`;
			break;
		}
		await page.evaluate(
			([panel, expected, previous]) => {
				const w = window as unknown as BenchWindow;
				w.__bench.lastClickAt = null;
				w.__bench.pending = new Promise((resolvePending) => {
					const matches = () => {
						const value = document.querySelector(panel)?.getAttribute('data-feature-id');
						if (!value) return null;
						if (expected ? value === expected : value !== previous) return value;
						return null;
					};
					const observer = new MutationObserver(() => {
						const value = matches();
						if (value === null) return;
						const end = performance.now();
						observer.disconnect();
						resolvePending({ start: w.__bench.lastClickAt, end, value });
					});
					observer.observe(document.body, {
						subtree: true,
						childList: true,
						attributes: true,
						attributeFilter: ['data-feature-id']
					});
					setTimeout(() => {
						observer.disconnect();
						const el = document.querySelector(panel);
						resolvePending({
							timeout: true,
							found: !!el,
							value: el?.getAttribute('data-feature-id') ?? null
						});
					}, 3000);
				});
			},
			[PANEL, exactIds ? id : null, at.previous] as const
		);
		await page.mouse.click(at.x, at.y);
		const r = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending)) as {
			start?: number | null;
			end?: number;
			value?: string | null;
			timeout?: boolean;
			found?: boolean;
		};
		if (r.timeout) {
			out.clickProblem = r.found
				? `not measurable: after clicking ${id}, ${PANEL} shows data-feature-id=${JSON.stringify(r.value)}, expected ${exactIds ? id : 'a change'}`
				: `not measurable: element ${PANEL} not found (3 s after clicking ${id})`;
			break;
		}
		if (typeof r.start !== 'number' || typeof r.end !== 'number') {
			out.clickProblem = 'not measurable: the click event was not seen by the page';
			break;
		}
		out.clickMs.push(r.end - r.start);
		out.clickIds.push(r.value ?? '');
		await page.waitForTimeout(50);
	}
	// Layer toggle: Kashmir in view, click the checkbox, time to the map's next idle.
	const checkbox = page.locator(TOGGLE);
	if ((await checkbox.count()) === 0) {
		out.toggleProblem = `not measurable: element ${TOGGLE} not found`;
		return out;
	}
	await waitIdleAfter(page, 'jump', [75.5, 34.3, 5.5]);
	const visibility = () =>
		page.evaluate((source) => {
			const map = (window as unknown as BenchWindow).__map!;
			return map
				.getStyle()
				.layers.filter((l) => 'source' in l && l.source === source)
				.map((l) => l.layout?.visibility ?? 'visible')
				.join(',');
		}, TOGGLE_LAYER);
	for (let i = 0; i < toggles; i++) {
		const before = await visibility();
		await page.evaluate((selector) => {
			const w = window as unknown as BenchWindow;
			w.__bench.pending = new Promise((resolvePending) => {
				const input = document.querySelector(selector)!;
				input.addEventListener(
					'click',
					(e) => {
						const start = e.timeStamp;
						w.__map!.once('idle', () => resolvePending({ start, end: performance.now() }));
					},
					{ once: true, capture: true }
				);
				setTimeout(() => resolvePending(null), 5000);
			});
		}, TOGGLE);
		try {
			await checkbox.click({ timeout: 3000 });
		} catch (error) {
			out.toggleProblem = `not measurable: ${TOGGLE} could not be clicked (${error instanceof Error ? error.message.split('\n')[0] : error})`;
			break;
		}
		const r = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.pending)) as {
			start: number;
			end: number;
		} | null;
		const after = await visibility();
		if (!r) {
			out.toggleProblem = 'not measurable: the map did not reach idle within 5 s of the toggle';
			break;
		}
		if (before === after) {
			out.toggleProblem = `not measurable: clicking ${TOGGLE} did not change the visibility of the map layers of source ${TOGGLE_LAYER} (${before || 'no such layers'})`;
			break;
		}
		out.toggleMs.push(r.end - r.start);
	}
	return out;
}

// ---------------------------------------------------------------- a case (normal or heavy)

interface CaseResult {
	name: string;
	floor: LoadResult[];
	app: LoadResult[];
	interactions: Interactions | null;
}

async function runCase(
	browser: Browser,
	served: Served,
	name: string,
	options: Options,
	exactIds: boolean
): Promise<CaseResult> {
	const result: CaseResult = { name, floor: [], app: [], interactions: null };
	for (let round = 0; round < options.rounds; round++) {
		const order: Kind[] = round % 2 === 0 ? ['floor', 'app'] : ['app', 'floor'];
		for (const kind of order) {
			const last = round === options.rounds - 1;
			const interact =
				kind === 'app' && last
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
			const load = await loadOnce(browser, served, kind, interact);
			result[kind].push(load);
			process.stdout.write(
				`  ${name} round ${round + 1}/${options.rounds} ${kind.padEnd(5)} idle ${fmt(load.idleMs)} ms` +
					(kind === 'app' ? `, article ${fmt(load.articleVisibleMs)} ms` : '') +
					`, ${(load.bytes.total / 1024).toFixed(0)} KB\n`
			);
		}
	}
	return result;
}

function summarizeLoads(loads: LoadResult[]) {
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
		heapBytes: pick((l) => l.heapBytes),
		bytes,
		serverBytes,
		files: loads[0]?.files ?? [],
		failedRequests: [...new Set(loads.flatMap((l) => l.failedRequests))],
		consoleErrors: [...new Set(loads.flatMap((l) => l.consoleErrors))]
	};
}

function caseReport(c: CaseResult) {
	const floor = summarizeLoads(c.floor);
	const app = summarizeLoads(c.app);
	const i = c.interactions;
	const click = i && !i.clickProblem ? summarize(i.clickMs) : null;
	const toggle = i && !i.toggleProblem ? summarize(i.toggleMs) : null;
	const ratios = {
		idle: ratio(app.idleMs?.median, floor.idleMs?.median),
		heap: ratio(app.heapBytes?.median, floor.heapBytes?.median),
		bytes: ratio(app.bytes.total, floor.bytes.total),
		longTaskMs: ratio(app.longTaskMs?.median, floor.longTaskMs?.median)
	};
	return {
		floor,
		app,
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
type CaseReport = ReturnType<typeof caseReport>;

// ---------------------------------------------------------------- printing

function fmt(n: number | null | undefined, digits = 0): string {
	return n == null || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}
const spread = (s: Summary | null, digits = 0) =>
	s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '—';
const kb = (n: number | null | undefined) => (n == null ? '—' : `${(n / 1024).toFixed(1)} KB`);
const mb = (s: Summary | null) =>
	s
		? `${(s.median / 1048576).toFixed(1)} MB (${(s.min / 1048576).toFixed(1)}–${(s.max / 1048576).toFixed(1)})`
		: '—';
const x = (r: number | null) => (r == null ? '—' : `${r.toFixed(2)}×`);

function printCase(title: string, r: CaseReport) {
	const rows: [string, string, string, string][] = [
		['figure (median, min–max)', 'floor', 'app', 'app/floor'],
		['nav → article visible (ms)', 'n/a', spread(r.app.articleVisibleMs), ''],
		[
			'nav → maplibre chunk loaded (ms)',
			spread(r.floor.mapChunkLoadedMs),
			spread(r.app.mapChunkLoadedMs),
			x(ratio(r.app.mapChunkLoadedMs?.median, r.floor.mapChunkLoadedMs?.median))
		],
		['nav → map idle (ms)', spread(r.floor.idleMs), spread(r.app.idleMs), x(r.ratios.idle)],
		[
			'long tasks until idle (count)',
			spread(r.floor.longTaskCount),
			spread(r.app.longTaskCount),
			''
		],
		[
			'long tasks until idle (ms)',
			spread(r.floor.longTaskMs),
			spread(r.app.longTaskMs),
			x(r.ratios.longTaskMs)
		],
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
	rows.push([
		'bytes gzip: total',
		kb(r.floor.bytes.total),
		kb(r.app.bytes.total),
		x(r.ratios.bytes)
	]);
	rows.push([
		'  cross-check (server log)',
		kb(r.floor.serverBytes.total),
		kb(r.app.serverBytes.total),
		''
	]);
	rows.push([
		`click → panel (ms, p50 / p95, n=${r.clickSamples.length})`,
		'n/a',
		r.click ? `${fmt(r.click.median, 1)} / ${fmt(r.click.p95, 1)}` : '—',
		''
	]);
	rows.push([
		`layer toggle → idle (ms, p50 / p95, n=${r.toggleSamples.length})`,
		'n/a',
		r.toggle ? `${fmt(r.toggle.median, 1)} / ${fmt(r.toggle.p95, 1)}` : '—',
		''
	]);
	const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
	console.log(`\n${title}`);
	for (const [n, row] of rows.entries()) {
		console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
		if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	}
	if (r.clickProblem && !r.click) console.log(`click → panel: ${r.clickProblem}`);
	if (r.toggleProblem && !r.toggle) console.log(`layer toggle: ${r.toggleProblem}`);
	for (const f of [...r.floor.failedRequests, ...r.app.failedRequests])
		console.log(`failed request: ${f}`);
	for (const e of [...r.floor.consoleErrors, ...r.app.consoleErrors])
		console.log(`console error: ${e}`);
}

function printFiles(r: CaseReport) {
	const files = [...r.app.files].sort((a, b) => b.bytes - a.bytes);
	console.log('\napp first-load files (gzip bytes on the wire, first round):');
	for (const f of files)
		console.log(`  ${kb(f.bytes).padStart(9)}  ${f.category.padEnd(10)}  ${f.path}`);
}

/** Figures that must be measured (non-null, positive) for the run to count. */
function missingFigures(r: CaseReport, label: string, interactions: boolean): string[] {
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
	need('app heap', r.app.heapBytes?.median);
	need('floor heap', r.floor.heapBytes?.median);
	for (const key of ['appJs', 'mapLibrary', 'geodata', 'total'] as const) {
		need(`app bytes ${key}`, r.app.bytes[key]);
		if (key !== 'appJs') need(`floor bytes ${key}`, r.floor.bytes[key]);
	}
	if (interactions) {
		need('click → panel p95', r.click?.p95);
		need('layer toggle p95', r.toggle?.p95);
	}
	return missing;
}

function printLinker(title: string, l: LinkerBenchResult) {
	console.log(
		`\n${title}: ${l.names} names from ${l.features} features (gazetteer built in ${l.buildMs.toFixed(1)} ms); ` +
			`100 articles × 50 passages, ${l.links} links: median ${l.medianMs.toFixed(1)} ms ` +
			`(${l.minMs.toFixed(1)}–${l.maxMs.toFixed(1)}, ${l.runs} runs)`
	);
}

// ---------------------------------------------------------------- main

const problems: string[] = [];

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	ensureBuild(options.build);
	const tmp = mkdtempSync(join(tmpdir(), 'explorer-bench-'));
	const servers: { close: () => Promise<void> }[] = [];
	let browser: Browser | null = null;
	const started = Date.now();
	try {
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
			const server = await serve({ root: site.dir, port: 0, host: '127.0.0.1' });
			servers.push(server);
			return { site, url: server.url, requests: server.requests };
		};
		// The linker runs first, in node, before Chromium competes for the CPU.
		const linker = options.normal ? benchLinker() : null;
		const heavyExtra = syntheticFeatures(HEAVY_FEATURES).map((f) => f.properties);
		const heavyLinker = options.heavy
			? benchLinker({
					extraFeatures: heavyExtra,
					extraTexts: syntheticPassages(heavyExtra, 100)
				})
			: null;
		browser = await chromium.launch({
			executablePath: await chromiumExecutable(),
			args: CHROMIUM_ARGS
		});
		console.log(`bench: Chromium ${browser.version()}, ${options.rounds} round(s)`);

		const json: Record<string, unknown> = {
			date: new Date().toISOString(),
			commit: git(['rev-parse', 'HEAD']),
			buildTime: statSync(join(ROOT, 'build/index.html')).mtime.toISOString(),
			node: process.version,
			chromium: browser.version(),
			options: { ...options, out: relative(ROOT, options.out) }
		};
		const missing: string[] = [];
		let normal: CaseReport | null = null;

		if (options.normal) {
			const served = await startServer('site', false);
			json.mapLibraryFiles = [...served.site.mapLibrary];
			const gz = (paths: string[]) => paths.reduce((n, p) => n + servedSize(served.site.dir, p), 0);
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
			const c = await runCase(browser, served, 'normal', options, true);
			normal = caseReport(c);
			json.normal = { ...normal, rounds: { floor: c.floor, app: c.app } };
			printCase('== the app against the floor (same data, same server) ==', normal);
			printFiles(normal);
			missing.push(...missingFigures(normal, 'normal', true));
			json.linker = linker;
			if (linker) printLinker('linker', linker);
		}
		if (options.heavy) {
			const served = await startServer('heavy', true);
			const c = await runCase(browser, served, 'heavy', options, false);
			const heavy = caseReport(c);
			json.heavy = { features: HEAVY_FEATURES, ...heavy, rounds: { floor: c.floor, app: c.app } };
			printCase(`== heavy: + ${HEAVY_FEATURES} synthetic polygons in kashmir-zones ==`, heavy);
			missing.push(...missingFigures(heavy, 'heavy', true));
			json.heavyLinker = heavyLinker;
			if (heavyLinker)
				printLinker(`linker, heavy (+${HEAVY_FEATURES} features, +100 passages)`, heavyLinker);
		}

		let failed = false;
		if (normal) {
			const budgets = checkBudgets({
				articleVisibleMs: normal.app.articleVisibleMs?.median ?? null,
				mapChunkLoadedMs: normal.app.mapChunkLoadedMs?.median ?? null,
				appIdleMs: normal.app.idleMs?.median ?? null,
				floorIdleMs: normal.floor.idleMs?.median ?? null,
				clickP95Ms: normal.click?.p95 ?? null,
				bytes: normal.app.bytes,
				linkerMs: linker?.medianMs ?? null
			});
			json.budgets = budgets;
			console.log('\nbudgets (DESIGN.md §9):');
			for (const b of budgets) {
				const verdict = b.pass === null ? 'NOT MEASURED' : b.pass ? 'pass' : 'FAIL';
				const note = options.smoke && b.kind === 'timing' ? ' (smoke: not enforced)' : '';
				console.log(`  ${verdict.padEnd(12)} ${b.name}: ${b.detail}${note}`);
			}
			failed = budgetsFail(budgets, options.smoke);
		}
		for (const p of problems) console.log(`note: ${p}`);
		for (const m of missing) console.log(`MISSING: ${m} was not measured`);
		json.problems = problems;
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

function git(args: string[]): string | null {
	const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : null;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	}
);
