/**
 * One page load, measured: a fresh browser context (no cache, service workers blocked) on a
 * device profile, probes registered before any page script (long tasks, layout shifts with the
 * elements that moved, article visibility, click times), then the transfer per request, the heap,
 * and the main-thread and layout figures over the load.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { LOAD_TIMEOUT, SETTLE_MS, type Profile } from './options';
import { mergeTransfers, type Site } from './site';
import {
	classify,
	cumulativeLayoutShift,
	sumBytes,
	totalBlockingTime,
	type Bytes,
	type ByteCategory,
	type LayoutShift,
	type LongTask
} from './stats';

export const ARTICLE = '[data-testid="article"] p';

export type Kind = 'app' | 'floor';

export interface Served {
	site: Site;
	url: string;
	/** The server's request log (URL paths), appended to as requests arrive. */
	requests: string[];
	sizeOf: (path: string) => number;
}

export interface BenchState {
	longTasks: [number, number][];
	shifts: LayoutShift[];
	articleAt: number | null;
	lastClickAt: number | null;
	pending?: Promise<unknown>;
}
export type BenchWindow = Window & {
	__bench: BenchState;
	__map?: MapLibreMap;
	__mapIdleAt?: number;
};

export interface LoadResult {
	kind: Kind;
	profile: Profile['name'];
	idleMs: number | null;
	articleVisibleMs: number | null;
	firstContentfulPaintMs: number | null;
	mapChunkLoadedMs: number | null;
	longTaskCount: number | null;
	/** Long tasks that started before the map's idle, summed. */
	longTaskMs: number | null;
	/**
	 * Total blocking time from navigation to the end of the first view: 2 s after map idle, or
	 * on the phone's app (no map in its first view) 2 s after the network went quiet.
	 */
	tbtMs: number | null;
	/** Where the first view ended (ms from navigation). */
	firstViewEndMs: number | null;
	/** Phone, app: Map tab clicked → map idle, and the blocking time until 2 s after that. */
	mapTabIdleMs: number | null;
	mapTabTbtMs: number | null;
	/** Over the whole load (and the Map tab on the phone); shifts right after input excluded. */
	cls: number | null;
	shifts: LayoutShift[];
	heapBytes: number | null;
	bytes: Bytes;
	/** Bytes computed from the server's own request log (each file gzipped as the server does). */
	serverBytes: Bytes;
	requests: number;
	files: { path: string; bytes: number; category: ByteCategory; fromServer?: boolean }[];
	failedRequests: string[];
	consoleErrors: string[];
}

/** Registered before any page script. Runs in the page: only its own arguments in scope. */
function initScript(selector: string) {
	const w = window as unknown as BenchWindow;
	const state: BenchState = { longTasks: [], shifts: [], articleAt: null, lastClickAt: null };
	w.__bench = state;
	const describe = (node: Node | null | undefined) => {
		const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
		if (!el) return '(a removed node)';
		const testId = el.getAttribute('data-testid');
		const classes = [...el.classList].filter((c) => !c.startsWith('svelte-')).slice(0, 2);
		const own =
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			(testId ? `[data-testid=${testId}]` : '') +
			classes.map((c) => `.${c}`).join('');
		const holder = el.parentElement?.closest('[data-testid]')?.getAttribute('data-testid');
		return holder && !testId ? `${own} in [data-testid=${holder}]` : own;
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no long task API: the figures stay empty and are reported as such
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as {
				startTime: number;
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node | null }[];
			}[]) {
				state.shifts.push({
					time: e.startTime,
					value: e.value,
					hadRecentInput: e.hadRecentInput,
					sources: (e.sources ?? []).map((s) => describe(s.node))
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {
		// no layout instability API: reported as not measured
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

/** Follows the network of a context: in-flight count, last activity, sizes, failures. */
function watchNetwork(page: Page) {
	const context = page.context();
	const net = {
		inflight: 0,
		last: Date.now(),
		transfers: [] as Promise<{ url: string; bytes: number } | null>[],
		failed: [] as string[]
	};
	context.on('request', () => {
		net.inflight++;
		net.last = Date.now();
	});
	context.on('requestfinished', (request) => {
		net.inflight--;
		net.last = Date.now();
		net.transfers.push(
			request
				.sizes()
				.then((s) => ({ url: request.url(), bytes: s.responseBodySize }))
				.catch(() => null)
		);
	});
	context.on('requestfailed', (request) => {
		net.inflight--;
		net.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
	});
	/** Resolves when the network has been quiet for `quietMs` (at most `capMs` of waiting). */
	const quiet = async (quietMs: number, capMs: number) => {
		const until = Date.now() + capMs;
		while (Date.now() < until && (net.inflight > 0 || Date.now() - net.last < quietMs))
			await page.waitForTimeout(50);
	};
	return { net, quiet };
}

/** Waits until `performance.now()` in the page reaches `at`. */
async function waitUntilPageTime(page: Page, at: number) {
	const now = await page.evaluate(() => performance.now());
	if (at > now) await page.waitForTimeout(at - now);
}

/**
 * Phone, app: chooses the Map tab and resolves with the click → map idle time. The map may not
 * exist yet (loaded on demand), or may be idle already in its hidden pane: then the first idle
 * after it is shown counts.
 */
async function openMapTab(page: Page): Promise<{ clickAt: number; idleAt: number } | null> {
	await page.evaluate(() => ((window as unknown as BenchWindow).__bench.lastClickAt = null));
	await page.getByRole('button', { name: 'Map', exact: true }).click({ timeout: 5000 });
	return page.evaluate(
		(timeout) =>
			new Promise<{ clickAt: number; idleAt: number } | null>((done) => {
				const w = window as unknown as BenchWindow;
				const clickAt = w.__bench.lastClickAt;
				if (clickAt === null) return done(null);
				const give = setTimeout(() => done(null), timeout);
				const finish = (idleAt: number) => {
					clearTimeout(give);
					done({ clickAt, idleAt });
				};
				const poll = () => {
					const idle = w.__mapIdleAt;
					if (idle !== undefined && idle > clickAt) return finish(idle);
					if (idle !== undefined && w.__map) {
						w.__map.once('idle', () => finish(performance.now()));
						w.__map.triggerRepaint();
						return;
					}
					setTimeout(poll, 16);
				};
				poll();
			}),
		LOAD_TIMEOUT
	);
}

interface PageFigures {
	idle: number | null;
	article: number | null;
	fcp: number | null;
	chunk: number | null;
	longTasks: LongTask[] | null;
	shifts: LayoutShift[] | null;
	now: number;
}

function readFigures(page: Page, mapChunks: string[]): Promise<PageFigures> {
	return page.evaluate((chunks) => {
		const w = window as unknown as BenchWindow;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const chunkEnds = resources
			.filter((r) => chunks.includes(new URL(r.name).pathname))
			.map((r) => r.responseEnd);
		const supported = PerformanceObserver.supportedEntryTypes;
		return {
			idle: w.__mapIdleAt ?? null,
			article: w.__bench.articleAt,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			chunk: chunkEnds.length ? Math.max(...chunkEnds) : null,
			longTasks: supported.includes('longtask') ? w.__bench.longTasks : null,
			shifts: supported.includes('layout-shift') ? w.__bench.shifts : null,
			now: performance.now()
		};
	}, mapChunks);
}

export async function newPage(browser: Browser, profile: Profile) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: profile.viewport,
		isMobile: profile.isMobile,
		hasTouch: profile.isMobile
	});
	const page = await context.newPage();
	// tsx (esbuild keepNames) wraps named inner functions in `__name(…)`; define it in the page.
	await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	await page.addInitScript(initScript, ARTICLE);
	const cdp: CDPSession = await context.newCDPSession(page);
	if (profile.cpuThrottle !== 1)
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
	return { context, page, cdp };
}

export async function loadOnce(
	browser: Browser,
	served: Served,
	kind: Kind,
	profile: Profile,
	interact: ((page: Page) => Promise<void>) | null
): Promise<LoadResult> {
	const { context, page, cdp } = await newPage(browser, profile);
	const { net, quiet } = watchNetwork(page);
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
	const serverStart = served.requests.length;
	const pageUrl = kind === 'app' ? served.url : `${served.url}floor/`;
	// On the phone the app's first view is the article: its map waits for the Map tab.
	const mapInFirstView = !(kind === 'app' && profile.name === 'phone');
	try {
		await page.goto(pageUrl, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
		let firstViewEnd: number;
		if (mapInFirstView) {
			await page.waitForFunction(
				() => typeof (window as unknown as BenchWindow).__mapIdleAt === 'number',
				null,
				{ timeout: LOAD_TIMEOUT }
			);
			// Let late requests (fonts for labels, prefetches) finish: 300 ms without network.
			await quiet(300, 5000);
			const idle = await page.evaluate(() => (window as unknown as BenchWindow).__mapIdleAt!);
			firstViewEnd = idle + SETTLE_MS;
		} else {
			await page.waitForFunction(
				() => (window as unknown as BenchWindow).__bench.articleAt !== null,
				null,
				{ timeout: LOAD_TIMEOUT }
			);
			await quiet(500, 15_000);
			firstViewEnd = (await page.evaluate(() => performance.now())) + SETTLE_MS;
		}
		await waitUntilPageTime(page, firstViewEnd);
		const mapChunks = kind === 'app' ? served.site.appMapChunks : served.site.floorMapChunks;
		const first = await readFigures(page, mapChunks);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');

		let mapTab: { clickAt: number; idleAt: number } | null = null;
		let figures = first;
		if (!mapInFirstView) {
			mapTab = await openMapTab(page);
			if (mapTab) await waitUntilPageTime(page, mapTab.idleAt + SETTLE_MS);
			figures = await readFigures(page, mapChunks);
		}

		const done = (await Promise.all(net.transfers)).filter(
			(t): t is { url: string; bytes: number } => t !== null
		);
		const serverTransfers = served.requests
			.slice(serverStart)
			.map((p) => ({ url: p, bytes: served.sizeOf(p) }));
		const measured = mergeTransfers(done, serverTransfers);
		const tasks = first.longTasks;
		const idle = mapInFirstView ? first.idle : null;
		const beforeIdle = tasks?.filter(([start]) => idle === null || start < idle) ?? null;
		const result: LoadResult = {
			kind,
			profile: profile.name,
			idleMs: idle,
			articleVisibleMs: kind === 'app' ? first.article : null,
			firstContentfulPaintMs: first.fcp,
			mapChunkLoadedMs: first.chunk,
			longTaskCount: beforeIdle ? beforeIdle.length : null,
			longTaskMs: beforeIdle ? beforeIdle.reduce((n, [, d]) => n + d, 0) : null,
			tbtMs: tasks ? totalBlockingTime(tasks, 0, firstViewEnd) : null,
			firstViewEndMs: firstViewEnd,
			mapTabIdleMs: mapTab ? mapTab.idleAt - mapTab.clickAt : null,
			mapTabTbtMs:
				mapTab && figures.longTasks
					? totalBlockingTime(figures.longTasks, mapTab.clickAt, mapTab.idleAt + SETTLE_MS)
					: null,
			cls: figures.shifts ? cumulativeLayoutShift(figures.shifts) : null,
			shifts: figures.shifts ?? [],
			heapBytes: heap.usedSize,
			bytes: sumBytes(measured, served.site.mapLibrary),
			serverBytes: sumBytes(serverTransfers, served.site.mapLibrary),
			requests: measured.length,
			files: measured.map((t) => ({
				path: new URL(t.url, 'http://localhost').pathname,
				bytes: t.bytes,
				category: classify(t.url, served.site.mapLibrary),
				...(t.fromServer ? { fromServer: true } : {})
			})),
			failedRequests: net.failed,
			consoleErrors
		};
		if (!mapInFirstView && !mapTab)
			consoleErrors.push('bench: the map did not reach idle after the Map tab was chosen');
		if (interact) await interact(page);
		return result;
	} finally {
		await context.close();
	}
}
