/**
 * The contract between the layer descriptors and the real MapLibre: with every layer switched on,
 * each layer a descriptor declares is on the map after load, in the declared order, and the style
 * the map holds passes the style-spec validation. (The unit tests check the same against a fake
 * map; only the real one can refuse a layer.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { LIGHT } from '../../src/lib/theme';
import type { SourceDescriptor } from '../../src/lib/map/source';
import { expect, phoneContext, test, waitForMapIdle } from './fixtures';

const root = process.cwd();
const catalogue = JSON.parse(readFileSync(join(root, 'geodata', 'layers.json'), 'utf8')) as {
	id: string;
}[];

/** Each catalogue layer's descriptor, from the module named after it (as the app finds them). */
async function loadDescriptors(): Promise<SourceDescriptor[]> {
	return Promise.all(
		catalogue.map(async (entry) => {
			const file = join(root, 'src', 'lib', 'map', 'layers', `${entry.id}.ts`);
			const module = (await import(pathToFileURL(file).href)) as { source: SourceDescriptor };
			return module.source;
		})
	);
}

test('every declared layer is on the real map after load, in order, in a valid style', async ({
	page
}) => {
	const descriptors = await loadDescriptors();
	const declared = [
		'background',
		...descriptors.flatMap((source) => source.layers(LIGHT).map((layer) => layer.id))
	];
	await page.goto(`/?l=${catalogue.map((entry) => entry.id).join(',')}`);
	await waitForMapIdle(page);
	const onMap = () => page.evaluate(() => window.__map!.getStyle().layers.map((layer) => layer.id));
	await expect.poll(onMap).toEqual(declared);

	const style = (await page.evaluate(() => window.__map!.getStyle())) as StyleSpecification;
	expect(validateStyleMin(style)).toEqual([]);
	for (const source of descriptors) {
		expect(Object.keys(style.sources)).toContain(source.id);
		for (const image of source.images?.(LIGHT) ?? []) {
			expect(await page.evaluate((id) => window.__map!.hasImage(id), image.id)).toBe(true);
		}
	}
});

test('the opening view compiles no more shader programs than its layers need', async ({ page }) => {
	// MapLibre compiles one program per mix of per-feature and constant paint properties; layers
	// written to agree share one (`perFeature` in layers/expressions.ts). Measured at the opening
	// view: 17 programs before they were aligned, 9 after (sky, background, clipping mask, one
	// fill and its outline for every area, one solid-line, one dashed-line, one text and one
	// circle program). A new variant shows up here; align it or raise the figure knowingly.
	await page.goto('/');
	await waitForMapIdle(page);
	const programs = await page.evaluate(() => {
		const map = window.__map as unknown as { painter: { programCache: { programs: object } } };
		return Object.keys(map.painter.programCache.programs);
	});
	expect(programs.length, programs.join('\n')).toBeLessThanOrEqual(9);
});

/**
 * Every map worker the page constructs, and how many it ends: the page's Worker constructor is
 * wrapped before any of its scripts runs.
 */
async function countMapWorkers(page: import('@playwright/test').Page) {
	await page.addInitScript(() => {
		const Native = window.Worker;
		const seen = { created: 0, ended: 0 };
		(window as unknown as { __mapWorkers: typeof seen }).__mapWorkers = seen;
		window.Worker = class extends Native {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (!/maplibre-gl-worker/.test(String(url))) return;
				seen.created++;
				const terminate = this.terminate.bind(this);
				this.terminate = () => {
					seen.ended++;
					terminate();
				};
			}
		};
	});
	return () => page.evaluate(() => (window as unknown as { __mapWorkers: object }).__mapWorkers);
}

test('the map runs on the one worker started ahead of the library, on a desktop and a phone', async ({
	page,
	browser
}, info) => {
	// src/lib/map/worker.ts starts the worker before MapLibre has been evaluated and lends it to
	// MapLibre. Were MapLibre to create its worker some other way, it would start a second one
	// (and the first would be ended): the head start would be lost without a visible failure.
	const workers = await countMapWorkers(page);
	await page.goto('/');
	await waitForMapIdle(page);
	expect(await workers()).toEqual({ created: 1, ended: 0 });
	expect(await page.evaluate(() => window.__map!.loaded())).toBe(true);

	const phone = await phoneContext(browser, info.project.use.baseURL);
	try {
		const tab = await phone.newPage();
		const onPhone = await countMapWorkers(tab);
		await tab.goto('/');
		await expect(tab.locator('#p1')).toBeVisible();
		// Behind its tab the map starts nothing, not even its worker.
		await tab.waitForTimeout(500);
		expect(await onPhone()).toEqual({ created: 0, ended: 0 });
		await tab.getByRole('button', { name: 'Map', exact: true }).click();
		await waitForMapIdle(tab);
		expect(await onPhone()).toEqual({ created: 1, ended: 0 });
	} finally {
		await phone.close();
	}
});

test('on a phone, what the first tap prepares waits until the map it showed has drawn', async ({
	browser
}, info) => {
	// The first tap is the first sign that a click may follow: it brings what the panel shows (each
	// layer's detail file) and the panel's code. When that tap is the Map tab's, fetching and
	// parsing them at once slowed the map's start by about a tenth (README, figures).
	const context = await phoneContext(browser, info.project.use.baseURL);
	try {
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('#p1')).toBeVisible();
		await page.waitForTimeout(500);
		await page.getByRole('button', { name: 'Map', exact: true }).click();
		await waitForMapIdle(page);
		const detailsAt = async () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.filter((entry) => /\.details\.[^/]*\.json$/.test(new URL(entry.name).pathname))
					.map((entry) => entry.startTime)
			);
		await expect.poll(async () => (await detailsAt()).length).toBeGreaterThan(0);
		const idleAt = await page.evaluate(() => window.__mapIdleAt!);
		for (const startedAt of await detailsAt()) expect(startedAt).toBeGreaterThanOrEqual(idleAt);
		// The region list, in the article's pane behind the map, is not drawn there unseen; it is
		// once the reader is back in the article and near it.
		const list = page.getByRole('listbox', { name: 'All regions, lines and places' });
		await expect(
			page.getByRole('region', { name: 'Save and share', includeHidden: true })
		).toHaveCount(1);
		await expect(page.getByTestId('region-navigator')).toHaveCount(0);
		await page.getByRole('button', { name: 'Article' }).click();
		await page.locator('#regions').scrollIntoViewIfNeeded();
		await expect(list).toBeVisible();
	} finally {
		await context.close();
	}
});
