/**
 * Named areas (geometry null, `outline: 'none'`): selecting one opens its panel, which says that
 * the map has no outline for it, and leaves the map where it was without an error; its no-JS page
 * says the same.
 */
import { test, expect, waitForMapIdle } from './fixtures';

test('a named area without an outline opens its panel and leaves the map as it was', async ({
	page
}) => {
	await page.goto('/?v=75,34,6');
	await waitForMapIdle(page);
	const before = await page.evaluate(() => window.__map?.getCenter().toArray());
	const listbox = page.getByRole('listbox', { name: 'All regions, lines and places' });
	await listbox.getByRole('option', { name: 'Kashmir Valley', exact: true }).click();
	const panel = page.getByTestId('feature-panel');
	await expect(panel).toHaveAttribute('data-feature-id', 'kashmir/kashmir-valley');
	await expect(panel).toContainText('No outline on this map');
	await expect(panel).toContainText('Srinagar');
	await page.waitForTimeout(800);
	expect(await page.evaluate(() => window.__map?.getCenter().toArray())).toEqual(before);
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
