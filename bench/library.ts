/**
 * The library's probe: a 1 MB text pasted on /articles/ and added, in a fresh browser context on
 * the desktop profile. Measures how long the linker worker took (the page's `library:link`
 * user-timing measure, src/lib/components/library/LocalLibrary.svelte) and how responsive the
 * page stayed meanwhile: its long tasks inside that window, and how late a timer that should
 * fire every 50 ms fired at worst.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DESKTOP, LOAD_TIMEOUT, ROOT } from './options';

export interface LibraryProbeResult {
	chars: number;
	passages: number;
	/** The worker's linking, as the page measured it (post, link, reply). */
	linkMs: number;
	/** Paste submitted → the article open in the explorer (read, split, link, store, open). */
	addMs: number;
	/** Long tasks (≥ 50 ms) of the main thread during the linking. */
	longTasks: number;
	longestTaskMs: number;
	/** Worst lateness of a 50 ms interval timer during the linking. */
	worstTimerLagMs: number;
}

/** About `chars` characters of real article text, paragraphs kept: the shipped article repeated. */
export function benchText(chars: number): string {
	const source = readFileSync(join(ROOT, 'tests/fixtures/first-article.txt'), 'utf8').trim();
	const parts: string[] = [];
	let length = 0;
	while (length < chars) {
		parts.push(source);
		length += source.length + 2;
	}
	return parts
		.join('\n\n')
		.slice(0, chars)
		.replace(/\s+\S*$/, '');
}

interface ProbeWindow {
	__lib: { tasks: [number, number][]; lags: [number, number][] };
}

export async function measureLibraryLinking(
	browser: Browser,
	siteUrl: string,
	chars = 1024 * 1024
): Promise<LibraryProbeResult> {
	const context = await browser.newContext({ viewport: DESKTOP.viewport });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as ProbeWindow;
			w.__lib = { tasks: [], lags: [] };
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__lib.tasks.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask', buffered: true });
			let last = performance.now();
			setInterval(() => {
				const now = performance.now();
				w.__lib.lags.push([now, now - last - 50]);
				last = now;
			}, 50);
		});
		await page.goto(`${siteUrl}articles/`, { timeout: LOAD_TIMEOUT });
		const text = benchText(chars);
		const box = page.getByRole('textbox', { name: 'Article text' });
		await box.waitFor({ timeout: LOAD_TIMEOUT });
		// As a paste: the whole text in one input event (typing 1 MB through fill() times out).
		await box.evaluate((element, value) => {
			(element as HTMLTextAreaElement).value = value;
			element.dispatchEvent(new Event('input', { bubbles: true }));
		}, text);
		const started = Date.now();
		await page.getByRole('button', { name: 'Add and open on the map' }).click();
		await page.waitForURL(/\?a=local-/, { timeout: LOAD_TIMEOUT });
		const addMs = Date.now() - started;
		const figures = await page.evaluate(() => {
			const measure = performance.getEntriesByName('library:link')[0];
			if (!measure) return null;
			const from = measure.startTime;
			const to = from + measure.duration;
			const w = window as unknown as ProbeWindow;
			const tasks = w.__lib.tasks.filter(([at, d]) => at + d > from && at < to);
			const lags = w.__lib.lags.filter(([at]) => at > from && at <= to);
			return {
				linkMs: measure.duration,
				longTasks: tasks.length,
				longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
				worstTimerLagMs: Math.max(0, ...lags.map(([, lag]) => lag))
			};
		});
		if (!figures) throw new Error('the page recorded no library:link measure');
		const passages = text.split(/\n\s*\n/).length;
		return { chars: text.length, passages, addMs, ...figures };
	} finally {
		await context.close();
	}
}
