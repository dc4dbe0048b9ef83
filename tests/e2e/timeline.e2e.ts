import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, guardPage, test, waitForMapIdle, waitUntil } from './fixtures';
import { startServer } from './server';

const slider = (page: Page) => page.getByRole('slider', { name: /Map on/ });
const sentence = (page: Page) => page.getByTestId('control-sentence');

/** Opens the explorer with Lachin district selected at a date, once the timeline has loaded. */
async function openLachinAt(page: Page, date: string | null) {
	await page.goto(`/?f=karabakh/lachin${date ? `&d=${date}` : ''}`);
	await expect(sentence(page)).toBeVisible();
}

test('on 1 January 2000 Lachin district is held by Armenian forces, with the source', async ({
	page,
	guard
}) => {
	await openLachinAt(page, '2000-01-01');
	await expect(sentence(page)).toContainText(
		'On 1 January 2000: held by Armenian forces (the self-declared Nagorno-Karabakh Republic) since 18 May 1992'
	);
	await expect(sentence(page).getByRole('link', { name: /Qarabag\.com/ })).toHaveAttribute(
		'href',
		/qarabag\.com/
	);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2000');
	expect(guard.outsideRequests).toEqual([]);
});

test('on 1 January 2021 Lachin district is held by Azerbaijan, the corridor by the peacekeepers', async ({
	page
}) => {
	await openLachinAt(page, '2021-01-01');
	await expect(sentence(page)).toContainText(
		'On 1 January 2021: held by Azerbaijan since 1 December 2020'
	);
	await expect(sentence(page)).toContainText('Lachin corridor');
	await expect(sentence(page)).toContainText('Russian peacekeeping contingent');
});

test('the slider moves by month, year and to the ends from the keyboard, and reads what changed', async ({
	page
}) => {
	await openLachinAt(page, '2020-10-20');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute(
		'aria-valuetext',
		'20 November 2020: Aghdam district handed over to Azerbaijan'
	);
	await expect(page).toHaveURL(/d=2020-11-20/);
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('map-date')).toHaveText('20 November 2021');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('map-date')).toHaveText('20 October 2021');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('map-date')).toHaveText('20 October 2020');
	await page.keyboard.press('Home');
	await expect(page.getByTestId('map-date')).toHaveText('1 January 1947');
	await expect(sentence(page)).toContainText('On 1 January 1947: no sourced record');
	await page.keyboard.press('End');
	await expect(page).not.toHaveURL(/d=/);
	await expect(slider(page)).toHaveAttribute('aria-valuemin', /^-\d+$/);
});

test('the date round-trips through the URL and Back/Forward walk through dates', async ({
	page
}) => {
	await openLachinAt(page, '2000-01-01');
	await slider(page).focus();
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/d=2001-01-01/);
	// A new burst of changes is a new history entry.
	await page.waitForTimeout(700);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/d=2002-01-01/);
	await page.goBack();
	await expect(page.getByTestId('map-date')).toHaveText('1 January 2001');
	await page.goBack();
	await expect(page.getByTestId('map-date')).toHaveText('1 January 2000');
	await page.goForward();
	await expect(page.getByTestId('map-date')).toHaveText('1 January 2001');
	await page.reload();
	await expect(page.getByTestId('map-date')).toHaveText('1 January 2001');
	await expect(sentence(page)).toContainText('On 1 January 2001: held by Armenian forces');
});

test('without a date the map shows today', async ({ page }) => {
	await openLachinAt(page, null);
	const now = new Date();
	await expect(page.getByTestId('map-date')).toHaveText(
		new RegExp(`^${now.getDate()} \\w+ ${now.getFullYear()}$`)
	);
	await expect(sentence(page)).toContainText('held by Azerbaijan since 1 December 2020');
});

test('the slider has an accessible name and the page stays free of serious axe violations', async ({
	page
}) => {
	await openLachinAt(page, '2000-01-01');
	await waitForMapIdle(page);
	await expect(slider(page)).toHaveAccessibleName(/Map on 1 January 2000/);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const bad = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
	expect(bad).toEqual([]);
});

test('after one visit the timeline works offline', async ({ browser }) => {
	const server = await startServer();
	const context = await browser.newContext();
	const page = await context.newPage();
	const guard = guardPage(page, new URL(server.url).origin);
	try {
		await page.goto(`${server.url}?f=karabakh/lachin&d=2000-01-01`);
		await expect(sentence(page)).toBeVisible();
		await waitUntil(page, async () => navigator.serviceWorker.controller !== null);
		await server.close();
		await context.setOffline(true);
		await page.goto(`${server.url}?f=karabakh/lachin&d=2021-01-01`);
		await expect(sentence(page)).toContainText('held by Azerbaijan since 1 December 2020');
		expect(guard.consoleErrors).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});
