import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	expect,
	guardPage,
	renderedFeatureCount,
	test,
	waitForMapIdle,
	waitUntil
} from './fixtures';
import { copyOfBuild, startServer } from './server';

test('the map reaches idle with WebGL on and draws the geodata from the site itself', async ({
	page,
	guard
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const renderer = await page.evaluate(() => {
		const gl = document.createElement('canvas').getContext('webgl2');
		return gl ? String(gl.getParameter(gl.RENDERER)) : 'none';
	});
	expect(renderer).not.toBe('none');
	expect(await renderedFeatureCount(page)).toBeGreaterThan(10);
	const style = await page.evaluate(() => window.__map!.getStyle());
	expect(style.glyphs, 'labels need no glyph server').toBeUndefined();
	expect(style.sprite, 'no remote sprite').toBeUndefined();
	expect(guard.failedRequests).toEqual([]);
});

test('no request leaves the site, and every font comes from the site', async ({
	page,
	guard,
	baseURL
}) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font' || request.url().endsWith('.woff2'))
			fonts.push(request.url());
	});
	await page.goto('/');
	await waitForMapIdle(page);
	await page.evaluate(() => document.fonts.ready);
	expect(fonts.length).toBeGreaterThan(0);
	for (const font of fonts) expect(font.startsWith(baseURL!)).toBe(true);
	expect(guard.outsideRequests).toEqual([]);
});

test('after one visit the map renders with the network off and the server stopped', async ({
	browser
}) => {
	const server = await startServer();
	const context = await browser.newContext();
	const page = await context.newPage();
	const guard = guardPage(page, new URL(server.url).origin);
	try {
		await page.goto(server.url);
		await waitForMapIdle(page);
		await waitUntil(page, async () => {
			const registration = await navigator.serviceWorker.ready;
			return (
				registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
			);
		});
		// Only the service worker may answer now: emptied, the HTTP cache cannot stand in for a
		// file the worker failed to precache.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
		await server.close();
		await context.setOffline(true);
		const before = server.requests.length;
		await page.reload();
		await waitForMapIdle(page);
		expect(await renderedFeatureCount(page)).toBeGreaterThan(10);
		expect(server.requests.length, 'no request reached the stopped server').toBe(before);
		expect(guard.consoleErrors).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});

test('the same build works served from a sub-path', async ({ browser }) => {
	const server = await startServer({ base: '/explorer/' });
	const context = await browser.newContext();
	const page = await context.newPage();
	const guard = guardPage(page, new URL(server.url).origin);
	try {
		const response = await page.goto(server.url);
		expect(response?.status()).toBe(200);
		await waitForMapIdle(page);
		expect(await renderedFeatureCount(page)).toBeGreaterThan(10);
		await waitUntil(page, async () => navigator.serviceWorker.controller !== null);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe('/explorer/');
		const outside = server.requests.filter((path) => !path.startsWith('/explorer/'));
		expect(outside, 'requests outside the sub-path').toEqual([]);
		const missing = server.requests.filter((path) => path.startsWith('/explorer/explorer/'));
		expect(missing, 'paths resolved against the sub-path twice').toEqual([]);
		expect(guard.consoleErrors).toEqual([]);
		expect(guard.failedRequests).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});

test('a new version never mixes with the old: it waits, then replaces the old cache whole', async ({
	browser
}) => {
	const root = copyOfBuild();
	const server = await startServer({ root });
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(server.url);
		await waitUntil(
			page,
			async () => navigator.serviceWorker.controller !== null && (await caches.keys()).length === 1
		);
		const [oldKey] = await page.evaluate(() => caches.keys());

		// Publish a "new version": same files, a new version id baked into the worker.
		const { version } = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8')) as {
			version: string;
		};
		const workerFile = join(root, 'service-worker.js');
		const worker = readFileSync(workerFile, 'utf8');
		expect(worker).toContain(version);
		writeFileSync(workerFile, worker.replaceAll(version, `${version}-next`));

		// While a page of the old version is open, the new worker installs but waits, the page
		// stays with the old worker, and the old cache is kept whole.
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await waitUntil(
			page,
			async () => (await navigator.serviceWorker.getRegistration())?.waiting != null
		);
		expect((await page.evaluate(() => caches.keys())).sort()).toEqual(
			[oldKey, `${oldKey}-next`].sort()
		);
		const oldCacheSize = await page.evaluate(
			async (key) => (await (await caches.open(key)).keys()).length,
			oldKey!
		);
		expect(oldCacheSize).toBeGreaterThan(10);

		// Once no old page is open, the new version takes over and deletes the old cache.
		await page.close();
		const fresh = await context.newPage();
		await fresh.goto(server.url);
		await waitUntil(
			fresh,
			async (old) => {
				const keys = await caches.keys();
				return keys.length === 1 && keys[0] !== old;
			},
			oldKey
		);
		expect(await fresh.evaluate(() => caches.keys())).toEqual([`${oldKey}-next`]);
		await waitForMapIdle(fresh);
	} finally {
		await context.close();
		await server.close();
	}
});
