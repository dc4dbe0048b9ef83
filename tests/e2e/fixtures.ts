/**
 * The e2e test fixture: every test fails on a console error, an uncaught page error, or any
 * request that leaves the site's origin.
 */
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';

export interface Guard {
	consoleErrors: string[];
	outsideRequests: string[];
	failedRequests: string[];
	/** Console errors a test provokes on purpose, matched by substring. */
	allowConsoleError(fragment: string): void;
}

export function guardPage(page: Page, origin: string): Guard {
	const allowed: string[] = [];
	const guard: Guard = {
		consoleErrors: [],
		outsideRequests: [],
		failedRequests: [],
		allowConsoleError: (fragment) => allowed.push(fragment)
	};
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (!allowed.some((fragment) => text.includes(fragment))) guard.consoleErrors.push(text);
	});
	page.on('pageerror', (error) => guard.consoleErrors.push(`pageerror: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!url.startsWith(origin)) guard.outsideRequests.push(url);
	});
	page.on('requestfailed', (request) => {
		const failure = request.failure()?.errorText ?? 'failed';
		// Aborted map requests are normal when a view changes quickly.
		if (!failure.includes('ERR_ABORTED')) guard.failedRequests.push(`${request.url()}: ${failure}`);
	});
	return guard;
}

export const test = base.extend<{ guard: Guard }>({
	guard: async ({ page, baseURL }, use) => {
		const guard = guardPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
		await use(guard);
		expect(guard.outsideRequests, 'requests that left the site').toEqual([]);
		expect(guard.consoleErrors, 'console errors').toEqual([]);
	}
});

export { expect };

/** A phone's browser (390×844, touch) on the site under test: the phone layout. */
export function phoneContext(
	browser: Browser,
	baseURL: string | undefined
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL,
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
}

/** Number of features the map has drawn, over every data layer. */
export async function renderedFeatureCount(page: Page): Promise<number> {
	return page.evaluate(() => window.__map?.queryRenderedFeatures().length ?? 0);
}

/** Waits two frames: what the page laid out in reply to a change has been drawn. */
export async function afterLayout(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/** Waits until the map has drawn everything once. */
export async function waitForMapIdle(page: Page): Promise<void> {
	await page.waitForFunction(() => typeof window.__mapIdleAt === 'number', null, {
		timeout: 30_000
	});
}

/**
 * Polls an async page function until it returns true. (`page.waitForFunction` treats the
 * Promise an async function returns as truthy, so it cannot wait on service-worker or cache APIs.)
 */
export async function waitUntil<Arg = undefined>(
	page: Page,
	check: (arg: Arg) => Promise<boolean>,
	arg?: Arg,
	timeout = 20_000
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if (await page.evaluate(check as (arg: unknown) => Promise<boolean>, arg as unknown)) return;
		await page.waitForTimeout(100);
	}
	throw new Error(`waitUntil: condition not met within ${timeout} ms: ${check.toString()}`);
}

/**
 * The region list, reached as a reader reaches it: scrolled to below the article. Its code loads
 * when the list nears the screen (or at the reader's first move or key), not with the page.
 */
export async function regionList(page: Page): Promise<Locator> {
	await page.locator('#regions').scrollIntoViewIfNeeded();
	const list = page.getByRole('listbox', { name: 'All regions, lines and places' });
	await list.waitFor();
	return list;
}
