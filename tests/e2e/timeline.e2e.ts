import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
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

test('on 1 January 1991 Lachin district is held by the Azerbaijan SSR, with the source', async ({
	page
}) => {
	await openLachinAt(page, '1991-01-01');
	await expect(sentence(page)).toContainText(
		'On 1 January 1991: held by the Azerbaijan SSR (USSR) since 1930'
	);
	await expect(
		sentence(page).getByRole('link', { name: /Wikipedia \(IPFS copy\)/ })
	).toHaveAttribute('href', /Lachin_District/);
	// One step of a year later Azerbaijan holds it, as an independent state since autumn 1991.
	await slider(page).focus();
	await page.keyboard.press('PageUp');
	await expect(sentence(page)).toContainText('On 1 January 1992: held by Azerbaijan since');
	await expect(sentence(page).getByRole('link', { name: /legalacts\.az/ })).toBeVisible();
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
	await expect(sentence(page)).toContainText(
		'On 1 January 1947: held by the Azerbaijan SSR (USSR) since 1930'
	);
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
	// A new burst of changes is a new history entry. The burst ends 600 ms after its last change;
	// on a loaded machine that timer fires late, so wait well past it.
	await page.waitForTimeout(1500);
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
	expect(await seriousViolations(page)).toEqual([]);
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

/** Ids of the features drawn in the given style layer, over the whole map view. */
async function drawnIds(page: Page, layer: string): Promise<string[]> {
	return page.evaluate(
		(layer) =>
			[
				...new Set(
					(window.__map?.queryRenderedFeatures({ layers: [layer] }) ?? []).map((f) =>
						String(f.properties.id)
					)
				)
			].sort(),
		layer
	);
}

const shadeOf = (page: Page, id: string) =>
	page.evaluate(
		(id) => window.__map?.getFeatureState({ source: 'karabakh-districts', id })?.shade ?? null,
		id
	);

test('the first load fetches neither the control data nor the slider; the button brings both', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMapIdle(page);
	await page.waitForTimeout(500);
	expect(asked.filter((p) => p.endsWith('/control.json'))).toEqual([]);
	await expect(slider(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Show the map at another date' }).click();
	await expect(slider(page)).toBeFocused();
	expect(asked.filter((p) => p.endsWith('/control.json'))).toHaveLength(1);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/d=\d{4}-/);
});

test('the map shades each unit by who held it on the day, with the shapes and lines of that day', async ({
	page
}) => {
	await page.goto('/?d=2000-01-01');
	await waitForMapIdle(page);
	// The map opens on the region the article names most (Kashmir); both regions must be in view
	// for their drawn features to be counted.
	await page.getByRole('button', { name: 'Both', exact: true }).click();
	await waitForMapIdle(page);
	await expect.poll(() => shadeOf(page, 'karabakh/lachin')).toBe('held:nkr');
	expect(await shadeOf(page, 'karabakh/aghdam')).toBe('partly:nkr');
	await expect
		.poll(() => drawnIds(page, 'karabakh-districts-fill'))
		.toContain('karabakh/kalbajar/until-2023');
	expect(await drawnIds(page, 'karabakh-districts-fill')).not.toContain('karabakh/aghdara');
	await page.getByText('Shading on this date: what the colours mean').click();
	const legend = page.getByRole('list', { name: 'Legend: the map on this date' });
	await expect(legend).toContainText(
		'Held by Armenian forces (the self-declared Nagorno-Karabakh Republic)'
	);
	await expect(legend).toContainText('Hatched: held only in part');

	// Before December 1972 the Line of Control is not drawn, and the legend says why.
	await slider(page).focus();
	for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown');
	await expect(page.getByTestId('map-date')).toHaveText('1 January 1960');
	await expect.poll(() => shadeOf(page, 'karabakh/lachin')).toBe('held:aze-ssr');
	await expect(legend).toContainText('Held by the Azerbaijan SSR (USSR)');
	await expect.poll(() => drawnIds(page, 'kashmir-lines-line-loc')).toEqual([]);
	await expect(
		page.getByText(/From December 1972: The Line of Control was delineated/)
	).toBeVisible();

	// Today: the units as they are since December 2023, and the map's own style again.
	await page.keyboard.press('End');
	await expect.poll(() => drawnIds(page, 'karabakh-districts-fill')).toContain('karabakh/aghdara');
	expect(await drawnIds(page, 'karabakh-districts-fill')).not.toContain(
		'karabakh/kalbajar/until-2023'
	);
	// Each source is redrawn in its own frame: the lines may come a frame after the districts.
	await expect.poll(() => drawnIds(page, 'kashmir-lines-line-loc')).toEqual(['line/loc']);
	expect(await shadeOf(page, 'karabakh/lachin')).toBeNull();
});

test('the figures page sets the article’s numbers beside what the data measures', async ({
	page
}) => {
	const lines = JSON.parse(readFileSync('geodata/kashmir-lines.geojson', 'utf8')) as {
		features: { properties: { id: string; length_km?: number } }[];
	};
	const loc = lines.features.find((f) => f.properties.id === 'line/loc')!.properties.length_km!;
	await page.goto('/');
	await page.getByRole('link', { name: 'What the article says, what the data measures' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'What the article says, what the data measures' })
	).toBeVisible();
	await expect(page.getByText('460 miles ≈ 740.3 km')).toBeVisible();
	await expect(page.getByTestId('loc-measured')).toHaveText(`${loc.toLocaleString('en-GB')} km`);
	await expect(page.getByTestId('share-measured')).toHaveText(/^\d+(\.\d)?% to \d+(\.\d)?%$/);
	await expect(page.getByText(/held only in part/).first()).toBeVisible();
	await expect(page.getByTestId('duration-measured')).toHaveText('44 days');
	await expect(page.getByTestId('handovers')).toContainText('20 November 2020');
	await expect(page.getByTestId('handovers')).toContainText('25 November 2020');
	await expect(page.getByTestId('handovers')).toContainText('1 December 2020');
	expect(await seriousViolations(page)).toEqual([]);
});
