import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, guardPage, test, waitForMapIdle, waitUntil } from './fixtures';
import { startServer } from './server';

const slider = (page: Page) => page.getByRole('slider', { name: /Map on/ });
const marks = (page: Page) =>
	page.getByRole('list', { name: 'Dates the article speaks of' }).getByRole('link');

test('a dated passage moves the map to its date on request, without loading anything first', async ({
	page,
	guard
}) => {
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	await page.goto('/');
	const button = page
		.locator('#p11')
		.getByRole('button', { name: 'Show the map on 10 November 2020' });
	// Prerendered with the passage: it takes its place before any script runs.
	await expect(button).toBeVisible();
	await waitForMapIdle(page);
	expect(asked.filter((p) => p.endsWith('/control.json'))).toEqual([]);
	await button.click();
	await expect(page).toHaveURL(/d=2020-11-10/);
	// The passage asked: it is the current one, in the same history entry.
	await expect(page).toHaveURL(/p=p11/);
	await expect(page.locator('#p11')).toHaveAttribute('aria-current', 'true');
	await expect(page.getByTestId('map-date')).toHaveText('10 November 2020');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', /^10 November 2020: Trilateral/);
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					window.__map?.getFeatureState({
						source: 'karabakh-districts',
						id: 'karabakh/kalbajar/until-2023'
					})?.shade ?? null
			)
		)
		.toBe('held:nkr');
	expect(guard.outsideRequests).toEqual([]);
});

test('the article’s events are marks on the slider that link to their passages', async ({
	page
}) => {
	await page.goto('/?d=2000-01-01');
	await expect(slider(page)).toBeVisible();
	// Marks share one 24-px target where their days lie closer than that on this track (a third
	// of the map at 1280×800): 1947, 1994 with 1999, 2003, and the 2020 war's events.
	await expect(marks(page)).toHaveCount(4);
	await expect(marks(page).nth(2)).toHaveAccessibleName(
		/^In the article, paragraph 3\. 26 November 2003: India–Pakistan ceasefire/
	);
	const war = marks(page).last();
	await expect(war).toHaveAccessibleName(
		/^In the article, paragraphs 6, 11\. 27 September 2020: War in and around Karabakh begins;.*1 December 2020: Lachin district handed over/
	);
	await expect(marks(page).nth(1)).toHaveAccessibleName(
		/paragraphs 3, 10\. 12 May 1994: Ceasefire.*; 3 May 1999: Kargil conflict/
	);
	await war.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/d=2020-09-27/);
	await expect(page).toHaveURL(/p=p6/);
	await expect(page.locator('#p6')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#p6')).toBeInViewport();
	await expect(page.getByTestId('map-date')).toHaveText('27 September 2020');
	// One history entry for the day and the passage together.
	await page.goBack();
	await expect(page.getByTestId('map-date')).toHaveText('1 January 2000');
	await expect(page).not.toHaveURL(/p=p6/);
	expect(await seriousViolations(page)).toEqual([]);
});

test('after one visit a passage’s date button works offline', async ({ browser }) => {
	const server = await startServer();
	const context = await browser.newContext();
	const page = await context.newPage();
	const guard = guardPage(page, new URL(server.url).origin);
	try {
		await page.goto(`${server.url}?d=2000-01-01`);
		await expect(slider(page)).toBeVisible();
		await waitUntil(page, async () => navigator.serviceWorker.controller !== null);
		await server.close();
		await context.setOffline(true);
		await page.goto(server.url);
		await page.locator('#p10').getByRole('button', { name: 'Show the map on 12 May 1994' }).click();
		await expect(page.getByTestId('map-date')).toHaveText('12 May 1994');
		await expect(marks(page)).toHaveCount(4);
		expect(guard.consoleErrors).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});

/** Parties and labels the claims lens draws, from the map's own source. */
async function lensDrawn(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = window.__map;
		if (!map?.getLayer('claims-lens-fill')) return [];
		const source = map.getSource('claims-lens') as unknown as {
			serialize: () => { data: { features: { properties: { label: string } }[] } };
		};
		return [...new Set(source.serialize().data.features.map((f) => f.properties.label))].sort();
	});
}

test('the claims lens shows each claim alone or all together, dated, with its legend in words', async ({
	page
}) => {
	await page.goto('/?d=2000-01-01');
	await waitForMapIdle(page);
	await page.getByText('Claims lens: what each party claims').click();
	const lens = page.getByRole('group', { name: 'Show the claim of' });
	await lens.getByRole('checkbox', { name: 'China' }).check();
	await expect.poll(() => lensDrawn(page)).toEqual(['Claimed by China']);
	const legend = page.getByTestId('claims-legend');
	await expect(legend).toContainText('Claimed by China (purple, cross-hatched) since 2 March 1963');
	await lens.getByRole('button', { name: 'All together' }).click();
	await expect
		.poll(() => lensDrawn(page))
		.toEqual([
			'Claimed by Azerbaijan',
			'Claimed by China',
			'Claimed by India',
			'Claimed by Pakistan',
			'Claimed by the self-declared Nagorno-Karabakh Republic'
		]);
	await expect(legend).toContainText('Where two hatchings cross, the claims overlap');
	await expect(legend).toContainText('since 2 September 1991 until 1 January 2024');
	// The lens is drawn above the control shading.
	const order = await page.evaluate(() => window.__map!.getStyle().layers.map((l) => l.id));
	expect(order.indexOf('claims-lens-fill')).toBeGreaterThan(
		order.indexOf('karabakh-districts-fill')
	);
	// After the dissolution the self-declared republic's claim is gone; Azerbaijan's stays.
	await slider(page).focus();
	await page.keyboard.press('End');
	await expect
		.poll(() => lensDrawn(page))
		.not.toContain('Claimed by the self-declared Nagorno-Karabakh Republic');
	await expect(lens).toContainText('(no claim on this date)');
	expect(await lensDrawn(page)).toContain('Claimed by Azerbaijan');
	await lens.getByRole('button', { name: 'None' }).click();
	await expect.poll(() => lensDrawn(page)).toEqual([]);
	expect(await seriousViolations(page)).toEqual([]);
});
