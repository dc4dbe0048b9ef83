/**
 * Named areas (geometry null, `outline: 'none'`): selecting one opens its panel, which says that
 * the map has no outline for it, and leaves the map where it was without an error; its no-JS page
 * says the same.
 */
import type { Page } from '@playwright/test';
import { test, expect, regionList, waitForMapIdle } from './fixtures';

/** Picks `name` in the region list; the panel must show `id`, say it has no outline, and name `detail`. */
async function selectKeepsMap(page: Page, name: string, id: string, detail: string) {
	await page.goto('/?v=75,34,6');
	await waitForMapIdle(page);
	const before = await page.evaluate(() => window.__map?.getCenter().toArray());
	const listbox = await regionList(page);
	await listbox.getByRole('option', { name, exact: true }).click();
	const panel = page.getByTestId('feature-panel');
	await expect(panel).toHaveAttribute('data-feature-id', id);
	await expect(panel).toContainText('No outline on this map');
	await expect(panel).toContainText(detail);
	await page.waitForTimeout(800);
	expect(await page.evaluate(() => window.__map?.getCenter().toArray())).toEqual(before);
}

test('a named area without an outline opens its panel and leaves the map as it was', async ({
	page
}) => {
	await selectKeepsMap(page, 'Kashmir Valley', 'kashmir/kashmir-valley', 'Srinagar');
});

test('the Lachin corridor page states the 2020 corridor and that the map has no line for it', async ({
	page
}) => {
	await page.goto('/features/line/lachin-corridor/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Lachin corridor');
	await expect(page.locator('main')).toContainText('5 km wide');
	await expect(page.locator('main')).toContainText('No outline on this map');
	await expect(page.locator('main')).toContainText('Named areas (no outline)');
});

test('a crossing point without a position (a place with no geometry) opens its panel and leaves the map as it was', async ({
	page
}) => {
	await selectKeepsMap(
		page,
		'Poonch–Rawalakot crossing (Chakan-da-Bagh)',
		'crossing/poonch-rawalakot',
		'18 April 2019'
	);
	await page.goto('/features/crossing/poonch-rawalakot/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Chakan-da-Bagh');
	await expect(page.locator('main')).toContainText('No outline on this map');
});
