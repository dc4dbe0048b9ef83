import { chromium } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { seriousViolations } from './axe';
import { NO_WEBGL_ARGS, chromiumExecutable } from './browser';
import { source as karabakhDistricts } from '../../src/lib/map/layers/karabakh-districts';
import { LAYER as CLAIMS } from '../../src/lib/map/layers/kashmir-claims';
import { LAYER as LINES } from '../../src/lib/map/layers/kashmir-lines';
import { source as kashmirZones } from '../../src/lib/map/layers/kashmir-zones';
import { LAYER as PLACES, source as places } from '../../src/lib/map/layers/places';
import {
	afterLayout,
	expect,
	guardPage,
	phoneContext,
	regionList,
	test,
	waitForMapIdle
} from './fixtures';
import { startServer } from './server';

const SLUG = 'azerbaijan-pakistan-kashmir';
// Centred west of Lachin so the districts clicked lie clear of the legend over the map's left side.
const KARABAKH_VIEW = 'v=46.0,39.75,7.6';

async function featureState(page: Page, source: string, id: string) {
	return page.evaluate(
		([s, i]) => window.__map!.getFeatureState({ source: s!, id: i! }),
		[source, id]
	);
}

/** Clicks the map at a longitude/latitude. */
async function clickMapAt(page: Page, lngLat: [number, number]) {
	const point = await page.evaluate((ll) => window.__map!.project(ll), lngLat);
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + point.x, box.y + point.y);
}

async function snap(page: Page, info: TestInfo, name: string) {
	const path = info.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await info.attach(name, { path, contentType: 'image/png' });
}

const panel = (page: Page) => page.getByTestId('feature-panel');

/** The link a place name makes in a paragraph's text (not the chips listed under it). */
const mention = (page: Page, paragraph: number, name: string) =>
	page
		.getByRole('region', { name: `Paragraph ${paragraph}`, exact: true })
		.getByRole('paragraph')
		.getByRole('link', { name });

const layerCheckbox = (page: Page, title: string) =>
	page.getByRole('checkbox', { name: title, exact: true });

/** The legend folds itself away when a selection opens the panel; open it again. */
async function openLegend(page: Page) {
	const details = page.locator('#layers-and-legend');
	if ((await details.getAttribute('open')) === null)
		await details.getByText('Layers and legend').click();
}

test('the article is readable before the map: prerendered passages with their links', async ({
	page,
	guard
}) => {
	const response = await page.request.get('/');
	const html = await response.text();
	expect(html).toContain('Garabakh');
	expect(html).toMatch(/data-feature-ids="place\/shusha"/);
	await page.goto('/');
	await expect(page.locator('#p11')).toContainText('Shusha');
	expect(guard.outsideRequests).toEqual([]);
});

test('clicking a district on the map selects it and lists the passages that mention it', async ({
	page
}, info) => {
	await page.goto(`/?${KARABAKH_VIEW}`);
	await waitForMapIdle(page);
	await clickMapAt(page, [46.3, 39.78]);
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/lachin');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Lachin district');
	await expect(panel(page)).toContainText('Administered by Azerbaijan');
	const passages = panel(page)
		.getByRole('region', { name: 'Passages that mention Lachin district' })
		.getByRole('link');
	await expect(passages).toHaveCount(1);
	await expect(passages.first()).toHaveAttribute('href', '#p11');
	expect(await featureState(page, karabakhDistricts.id, 'karabakh/lachin')).toMatchObject({
		selected: true
	});
	await snap(page, info, 'district-selected');

	await passages.first().click();
	await expect(page.locator('#p11')).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(/p=p11/);
});

test('clicking empty map clears the selection', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto(`/?f=karabakh/lachin&v=62,18,5`);
	await waitForMapIdle(page);
	await expect(panel(page)).toBeVisible();
	await clickMapAt(page, [62, 18]); // the Arabian Sea, between the legend and the panel
	await expect(panel(page)).toHaveCount(0);
	// The map restyles in the frame after the panel changes.
	await expect
		.poll(() => featureState(page, karabakhDistricts.id, 'karabakh/lachin'))
		.toMatchObject({ selected: false });
});

test('clicking “Shusha” in paragraph 11 selects the town on the map and brings it into view', async ({
	page
}, info) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await mention(page, 11, 'Shusha').click();
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'place/shusha');
	// The map restyles in the frame after the panel changes.
	await expect
		.poll(() => featureState(page, places.id, 'place/shusha'))
		.toMatchObject({ selected: true });
	await expect(page.locator('#p11')).toHaveAttribute('aria-current', 'true');
	await page.waitForFunction(() => {
		const map = window.__map!;
		return !map.isMoving() && map.getZoom() > 6 && map.getBounds().contains([46.75, 39.76]);
	});
	await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
	await snap(page, info, 'shusha-from-article');
});

test('with reduced motion the map jumps to a mention instead of flying', async ({
	browser
}, info) => {
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	const guard = guardPage(page, new URL(info.project.use.baseURL!).origin);
	try {
		await page.goto(info.project.use.baseURL!);
		await waitForMapIdle(page);
		await mention(page, 11, 'Shusha').click();
		await expect(panel(page)).toHaveAttribute('data-feature-id', 'place/shusha');
		// No animation: within the next frames the map is already there and not moving.
		await page.waitForTimeout(100);
		const state = await page.evaluate(() => ({
			moving: window.__map!.isMoving(),
			inView: window.__map!.getBounds().contains([46.75, 39.76]),
			zoom: window.__map!.getZoom()
		}));
		expect(state).toMatchObject({ moving: false, inView: true });
		expect(state.zoom).toBeGreaterThan(6);
		expect(guard.consoleErrors).toEqual([]);
	} finally {
		await context.close();
	}
});

test('a mention naming several zones selects all of them', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await mention(page, 4, 'Kashmir under Pakistani administration').click();
	await expect(panel(page)).toHaveAttribute('data-feature-id', /kashmir\/azad-jammu-and-kashmir/);
	await expect(panel(page)).toHaveAttribute('data-feature-id', /kashmir\/gilgit-baltistan/);
	expect(await featureState(page, kashmirZones.id, 'kashmir/gilgit-baltistan')).toMatchObject({
		selected: true
	});
});

test('the Line of Control layer toggles off and on with its checkbox', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	// At 1280×800 the open legend would cover over a fifth of the map: it starts folded.
	await openLegend(page);
	const checkbox = layerCheckbox(page, 'Kashmir: lines');
	const visibility = () =>
		page.evaluate((id) => window.__map!.getLayoutProperty(id, 'visibility'), LINES.loc);
	await expect(checkbox).toBeChecked();
	expect(await visibility()).toBe('visible');
	await checkbox.uncheck();
	await expect.poll(visibility).toBe('none');
	await expect(page).toHaveURL(/l=/);
	await checkbox.check();
	await expect.poll(visibility).toBe('visible');
});

test('map labels follow the chosen name form, and the choice is kept in the URL', async ({
	page
}) => {
	await page.goto(`/?${KARABAKH_VIEW}`);
	await waitForMapIdle(page);
	const labelField = () =>
		page.evaluate(
			(id) => JSON.stringify(window.__map!.getLayoutProperty(id, 'text-field')),
			PLACES.label
		);
	expect(await labelField()).toBe('["get","name"]');
	await openLegend(page);
	await page.getByLabel('Map labels').selectOption({ label: 'Armenian (romanised)' });
	await expect.poll(labelField).toContain('"hy"');
	await expect(page).toHaveURL(/n=hy/);
	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByLabel('Map labels')).toHaveValue('hy');
	expect(await labelField()).toContain('"hy"');
});

test('the legend explains every line style in words, not colour alone', async ({ page }) => {
	await page.goto('/');
	await openLegend(page);
	const legend = page.getByRole('list', { name: 'Legend: Kashmir: lines' });
	await expect(legend).toContainText('Line of Control (approximate, dashed)');
	await expect(legend).toContainText('dash-dot');
});

test('a copied URL restores article, selection, passage, layers and view; Back and Forward walk selections', async ({
	page,
	context
}, info) => {
	await page.goto(`/?${KARABAKH_VIEW}`);
	await waitForMapIdle(page);
	await mention(page, 11, 'Kalbajar').click();
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/kalbajar');
	await openLegend(page);
	await layerCheckbox(page, 'Kashmir: claims').check();
	await mention(page, 11, 'Fuzuli').click();
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'place/fuzuli');
	// Settled: not moving now nor 600 ms later (the legend may fold and the map refit once).
	await expect
		.poll(async () => {
			const still = () => page.evaluate(() => !window.__map!.isMoving());
			if (!(await still())) return false;
			await page.waitForTimeout(600);
			return still();
		})
		.toBe(true);
	await page.waitForTimeout(400); // the view is written to the URL after moves settle
	const url = page.url();
	expect(url).toContain('f=place/fuzuli');
	expect(url).toContain('p=p11');
	expect(url).toMatch(/l=[^&]*kashmir-claims/);
	const view = await page.evaluate(() => ({
		center: window.__map!.getCenter(),
		zoom: window.__map!.getZoom()
	}));

	const copy = await context.newPage();
	await copy.goto(url);
	await waitForMapIdle(copy);
	await expect(panel(copy)).toHaveAttribute('data-feature-id', 'place/fuzuli');
	await expect(copy.locator('#p11')).toHaveAttribute('aria-current', 'true');
	// With the panel laid out, the legend may have folded to leave half the map, as after a click.
	await afterLayout(copy);
	await openLegend(copy);
	await expect(layerCheckbox(copy, 'Kashmir: claims')).toBeChecked();
	expect(
		await copy.evaluate((id) => window.__map!.getLayoutProperty(id, 'visibility'), CLAIMS.fill)
	).toBe('visible');
	const restored = await copy.evaluate(() => ({
		center: window.__map!.getCenter(),
		zoom: window.__map!.getZoom()
	}));
	expect(restored.zoom).toBeCloseTo(view.zoom, 1);
	expect(restored.center.lng).toBeCloseTo(view.center.lng, 2);
	expect(await featureState(copy, places.id, 'place/fuzuli')).toMatchObject({ selected: true });
	await snap(copy, info, 'restored-from-url');
	await copy.close();

	await page.goBack();
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/kalbajar');
	await page.goBack();
	await expect(panel(page)).toHaveCount(0);
	await page.goForward();
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/kalbajar');
	await expect
		.poll(() => featureState(page, karabakhDistricts.id, 'karabakh/kalbajar'))
		.toMatchObject({ selected: true });
});

test('a malformed URL falls back to the defaults without an error page', async ({ page }) => {
	const response = await page.goto('/?f=nowhere/none,%%%&p=p99&l=bogus,&v=abc,1&a=missing');
	expect(response?.status()).toBe(200);
	await waitForMapIdle(page);
	await expect(page.locator('h1')).toContainText('Azerbaijan continues to side with Pakistan');
	await expect(panel(page)).toHaveCount(0);
});

test('keyboard only: the region list gives the same panel as a click, Escape returns focus', async ({
	page
}, info) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the list of regions' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const listbox = page.getByRole('listbox', { name: 'All regions, lines and places' });
	await expect(listbox).toBeFocused();
	await page.keyboard.type('lachin d');
	// The option a screen reader announces as current is the one named.
	const lachin = listbox.getByRole('option', { name: 'Lachin district', exact: true });
	await expect(listbox).toHaveAttribute(
		'aria-activedescendant',
		(await lachin.getAttribute('id'))!
	);
	await page.keyboard.press('Enter');
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/lachin');
	await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
	await expect(page.getByTestId('announcer')).toHaveText(
		'Lachin district · administered by Azerbaijan · 1 passage'
	);
	await expect
		.poll(() => featureState(page, karabakhDistricts.id, 'karabakh/lachin'))
		.toMatchObject({ selected: true });
	await snap(page, info, 'keyboard-navigator');
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(listbox).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(panel(page)).toBeVisible();
});

test('search finds a feature by the other side’s name and a passage by its words', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const box = page.getByRole('combobox', { name: 'Search places and passages' });
	await box.fill('stepanakert');
	await expect(page.getByRole('option', { name: /Khankendi/ }).first()).toBeVisible();
	await box.press('ArrowDown');
	await box.press('Enter');
	await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/khankendi');
	await box.fill('smart villages');
	await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page.locator('#p12')).toHaveAttribute('aria-current', 'true');
});

test('phone layout: a clear switch between article and map', async ({ browser }, info) => {
	const context = await phoneContext(browser, info.project.use.baseURL);
	const page = await context.newPage();
	const guard = guardPage(page, new URL(info.project.use.baseURL!).origin);
	try {
		await page.goto(info.project.use.baseURL!);
		await expect(page.locator('#p1')).toBeVisible();
		await expect(page.getByTestId('map')).toBeHidden();
		await snap(page, info, 'phone-article');
		await page.getByRole('button', { name: 'Map', exact: true }).click();
		await expect(page.getByTestId('map')).toBeVisible();
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Article' }).click();
		await mention(page, 11, 'Shusha').click();
		await expect(page.getByTestId('map')).toBeVisible();
		await expect(panel(page)).toHaveAttribute('data-feature-id', 'place/shusha');
		await page.waitForTimeout(1200);
		await snap(page, info, 'phone-map-panel');
		expect(guard.consoleErrors).toEqual([]);
		expect(guard.outsideRequests).toEqual([]);
	} finally {
		await context.close();
	}
});

test('without WebGL the article, search, region list and feature pages still work', async () => {
	const info = test.info();
	const server = await startServer();
	const browser = await chromium.launch({
		executablePath: await chromiumExecutable(),
		args: NO_WEBGL_ARGS
	});
	try {
		const page = await browser.newPage();
		const guard = guardPage(page, new URL(server.url).origin);
		await page.goto(server.url);
		await expect(page.getByTestId('map-area')).toContainText('The map needs WebGL');
		await expect(page.locator('#p11')).toContainText('Shusha');
		await (await regionList(page)).focus();
		await page.keyboard.type('lachin d');
		await page.keyboard.press('Enter');
		await expect(panel(page)).toHaveAttribute('data-feature-id', 'karabakh/lachin');
		await expect(panel(page)).toContainText('1 passage mentions this');
		await snap(page, info, 'no-webgl');
		await page.goto(`${server.url}features/karabakh/lachin/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lachin district');
		expect(guard.consoleErrors).toEqual([]);
		expect(guard.outsideRequests).toEqual([]);
	} finally {
		await browser.close();
		await server.close();
	}
});

test.describe('pages without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a feature page shows the panel content and links back to the explorer', async ({
		page
	}) => {
		await page.goto('/features/karabakh/lachin/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lachin district');
		await expect(page.locator('main')).toContainText('Administered by Azerbaijan');
		await expect(page.locator('main')).toContainText('1,762 km² measured');
		await expect(page.locator('main')).toContainText('1 passage mentions this');
		const back = page.getByRole('link', { name: 'Show Lachin district on the map' });
		await expect(back).toHaveAttribute('href', /\?f=karabakh\/lachin$/);
	});

	test('a feature no passage mentions says so', async ({ page }) => {
		await page.goto('/features/place/skardu/');
		await expect(page.locator('main')).toContainText('No passage mentions this');
	});

	test('an article page is the explorer with that article, readable without JS', async ({
		page
	}) => {
		await page.goto(`/articles/${SLUG}/`);
		await expect(page.locator('h1')).toContainText('Azerbaijan continues to side with Pakistan');
		await mention(page, 11, 'Shusha').click();
		await expect(page).toHaveURL(/\/features\/place\/shusha\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shusha');
	});
});

for (const path of [
	'/',
	`/articles/${SLUG}/`,
	'/features/karabakh/lachin/',
	'/features/line/loc/'
]) {
	test(`accessibility audit of ${path}: no serious or critical violations`, async ({ page }) => {
		await page.goto(path);
		if (path === '/') await waitForMapIdle(page);
		expect(await seriousViolations(page)).toEqual([]);
	});
}
