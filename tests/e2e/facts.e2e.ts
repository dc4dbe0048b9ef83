/**
 * What the reader is told about a feature and a text: whose name the label is, how accurate the
 * shape is and how that is known, where the map's area and the published one differ, and what
 * the article is, before reading it. The expected figures come from the shipped data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import type { FeatureProps } from '../../src/lib/geodata/types';
import { formatNumber } from '../../src/lib/geodata/describe';
import { expect, test, waitForMapIdle } from './fixtures';

const zones = JSON.parse(
	readFileSync(join(process.cwd(), 'geodata/kashmir-zones.geojson'), 'utf8')
) as FeatureCollection;
const propsOf = (id: string) =>
	zones.features.find((f) => f.properties?.id === id)!.properties as FeatureProps;

const panel = (page: Page) => page.getByTestId('feature-panel');

async function snap(page: Page, info: TestInfo, name: string) {
	const path = info.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await info.attach(name, { path, contentType: 'image/png' });
}

test('the panel says whose name the label is, how accurate it is, and where the area differs', async ({
	page
}, info) => {
	const ajk = propsOf('kashmir/azad-jammu-and-kashmir');
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto(`/?f=${ajk.id}`);
	await waitForMapIdle(page);
	const details = panel(page);
	await expect(details.getByRole('heading', { name: ajk.name })).toBeVisible();
	await expect(details).toContainText(`Name shown: ${ajk.name_used_by}`);
	await expect(details).toContainText(
		"Nominal: the source's 1:10m scale; not measured against a reference"
	);
	// both numbers, in plain words, because the map's area is more than 5 % off the published one
	await expect(details).toContainText(
		`differs from the published figure by more than 5 %: ${formatNumber(ajk.area_km2!)} km² here against ${formatNumber(ajk.official!.value)} km² published`
	);
	await snap(page, info, 'panel-ajk');

	const loc = (
		JSON.parse(
			readFileSync(join(process.cwd(), 'geodata/kashmir-lines.geojson'), 'utf8')
		) as FeatureCollection
	).features.find((f) => f.properties?.id === 'line/loc')!.properties as FeatureProps;
	const basis = loc.accuracy_basis;
	if (basis?.method !== 'measured') throw new Error('line/loc: expected a measured accuracy');
	await page.goto(`/?f=${loc.id}`);
	await expect(panel(page)).toContainText(`Measured against ${basis.against}`);
	await expect(panel(page)).toContainText("Name shown: the map's neutral English name");
});

test('the static feature page says the same without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const aksai = propsOf('kashmir/aksai-chin');
	await page.goto(`/features/${aksai.id}`);
	await expect(page.getByText("Name shown: the map's neutral English name")).toBeVisible();
	await expect(page.getByText(/differs from the published figure by more than 5 %/)).toBeVisible();
	await context.close();
});

test('the note on what the article is shows without a click and shifts nothing', async ({
	page
}, info) => {
	await page.goto('/');
	const note = page.getByRole('complementary', { name: 'About this text' });
	await expect(note).toBeVisible();
	await expect(note).toContainText('kept verbatim');
	const before = await note.boundingBox();
	await waitForMapIdle(page);
	expect(await note.boundingBox()).toEqual(before);
	const shift = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
						total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 300);
			})
	);
	expect(shift).toBe(0);
	await snap(page, info, 'about-note');
});

test('the default view draws no world border across the regions', async ({ page }, info) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await waitForMapIdle(page);
	const masks = await page.evaluate(() =>
		['kashmir-zones-region-mask', 'karabakh-districts-region-mask'].map(
			(id) => window.__map!.getLayoutProperty(id, 'visibility') ?? 'visible'
		)
	);
	expect(masks).toEqual(['visible', 'visible']);
	await snap(page, info, 'default-view');
	await page.goto('/?v=76.5,34.5,5.2');
	await waitForMapIdle(page);
	await snap(page, info, 'kashmir-view');
});
