/**
 * Lighthouse's performance score for the app and the floor, the figure people quote: its
 * default mobile settings and its desktop preset, one run per page each (Lighthouse's own
 * simulated throttling), in the same Chromium as the rest of the bench. Lighthouse is heavy
 * (about 60 MB with its dependencies), so it is imported only here, only by the full run; the
 * smoke run in `npm test` never loads it.
 */
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';

export interface LighthouseScore {
	page: 'app' | 'floor';
	formFactor: 'mobile' | 'desktop';
	/** 0–100, null when Lighthouse could not score the page. */
	score: number | null;
	tbtMs: number | null;
	cls: number | null;
	problem: string | null;
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
		});
	});
}

export async function lighthouseScores(urls: {
	app: string;
	floor: string;
}): Promise<LighthouseScore[]> {
	const { default: lighthouse, desktopConfig } = await import('lighthouse');
	const port = await freePort();
	// Lighthouse drives the browser through its debugging port.
	const browser = await chromium.launch({
		executablePath: await chromiumExecutable(),
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`]
	});
	const scores: LighthouseScore[] = [];
	try {
		for (const formFactor of ['mobile', 'desktop'] as const) {
			for (const page of ['floor', 'app'] as const) {
				const result = await lighthouse(
					urls[page],
					{ port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
					formFactor === 'desktop' ? desktopConfig : undefined
				);
				const lhr = result?.lhr;
				const audit = (id: string) => lhr?.audits[id]?.numericValue ?? null;
				const score = lhr?.categories.performance?.score;
				scores.push({
					page,
					formFactor,
					score: score == null ? null : Math.round(score * 100),
					tbtMs: audit('total-blocking-time'),
					cls: audit('cumulative-layout-shift'),
					problem: lhr?.runtimeError?.message ?? (lhr ? null : 'no result')
				});
			}
		}
	} finally {
		await browser.close();
	}
	return scores;
}
