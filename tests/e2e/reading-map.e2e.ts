/**
 * Reading the map (issue 15): a first view that shows what the article is about, overlays that
 * never hide the map's content or each other, 24-px targets, a keyboard that highlights as hovering
 * does, and focus that always shows. Rectangles are measured in the page, not assumed.
 */
import { chromium, type Page, type TestInfo } from '@playwright/test';
import { seriousViolations } from './axe';
import { NO_WEBGL_ARGS, chromiumExecutable } from './browser';
import { afterLayout, expect, guardPage, regionList, test, waitForMapIdle } from './fixtures';
import { startServer } from './server';

type Box = { x: number; y: number; width: number; height: number };

async function snap(page: Page, info: TestInfo, name: string) {
	const path = info.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await info.attach(name, { path, contentType: 'image/png' });
}

/** Ids of the features of one source that the map has drawn in its current view. */
async function drawn(page: Page, source: string): Promise<string[]> {
	return page.evaluate((s) => {
		const map = window.__map!;
		const ids = map
			.queryRenderedFeatures()
			.filter((f) => f.source === s)
			.map((f) => String(f.properties.id));
		return [...new Set(ids)].sort();
	}, source);
}

/** Waits for the map to stop moving after a view change. */
async function settled(page: Page) {
	await page.waitForFunction(() => !window.__map!.isMoving());
	await page.evaluate(() => new Promise<void>((done) => window.__map!.once('idle', () => done())));
}

/** The visible overlays over the map, by name, in page pixels. */
async function overlayBoxes(page: Page): Promise<Record<string, Box>> {
	return page.evaluate(() => {
		const pick = {
			legend: '.layers-overlay',
			views: '.views-overlay',
			panel: '[data-testid="feature-panel"]',
			attribution: '.maplibregl-ctrl-attrib',
			notice: '[data-testid="map-area"] .notice',
			time: '.time-overlay',
			// Inside the time control: each checked against the other overlays (not its own box).
			marks: '.event-marks',
			claims: '.claims-lens'
		};
		const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
		for (const [name, selector] of Object.entries(pick)) {
			const element = document.querySelector(selector);
			if (!element || !element.getClientRects().length) continue;
			const r = element.getBoundingClientRect();
			if (r.width && r.height) out[name] = { x: r.x, y: r.y, width: r.width, height: r.height };
		}
		return out;
	});
}

const overlap = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** What lies inside the time control is measured on its own, never against the control itself. */
const INSIDE_TIME = new Set(['marks', 'claims']);

function expectApart(boxes: Record<string, Box>, state: string) {
	const names = Object.keys(boxes);
	for (const a of names)
		for (const b of names) {
			if (a >= b || ((a === 'time' || b === 'time') && (INSIDE_TIME.has(a) || INSIDE_TIME.has(b))))
				continue;
			expect(overlap(boxes[a]!, boxes[b]!), `${a} × ${b} (${state})`).toBe(0);
		}
}

const KASHMIR_ZONES = [
	'kashmir/aksai-chin',
	'kashmir/azad-jammu-and-kashmir',
	'kashmir/gilgit-baltistan',
	'kashmir/jammu-and-kashmir',
	'kashmir/ladakh',
	'kashmir/region',
	'kashmir/shaksgam',
	'kashmir/siachen'
];

test.describe('the first view', () => {
	test('opens on Kashmir, which the article is about, with every zone large on screen', async ({
		page
	}, info) => {
		await page.goto('/');
		await waitForMapIdle(page);
		expect(await drawn(page, 'kashmir-zones')).toEqual(KASHMIR_ZONES);
		// The smallest zone (Siachen) is still a shape, not a speck.
		const siachen = await page.evaluate(() => {
			const map = window.__map!;
			const a = map.project([76.8, 35.1]);
			const b = map.project([77.8, 35.6]);
			return Math.abs(b.x - a.x);
		});
		expect(siachen).toBeGreaterThan(40);
		expect(page.url()).not.toContain('v=');
		await snap(page, info, 'first-view-1280');
	});

	test('one click shows Karabakh, Kashmir or both, and the locator follows', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const views = page.getByRole('group', { name: 'Views' });
		const locator = page.getByTestId('locator-current');
		const before = await locator.boundingBox();
		await views.getByRole('button', { name: 'Karabakh' }).click();
		await settled(page);
		const districts = await drawn(page, 'karabakh-districts');
		for (const id of ['karabakh/aghdam', 'karabakh/lachin', 'karabakh/shusha', 'karabakh/zangilan'])
			expect(districts).toContain(id);
		expect(await drawn(page, 'kashmir-zones')).toEqual([]);
		const karabakh = (await locator.boundingBox())!;
		expect(karabakh.x).toBeLessThan(before!.x);
		expect(karabakh.width).toBeLessThan(before!.width);
		await views.getByRole('button', { name: 'Both' }).click();
		await settled(page);
		expect((await drawn(page, 'kashmir-zones')).length).toBeGreaterThan(5);
		expect((await drawn(page, 'karabakh-districts')).length).toBeGreaterThan(5);
		await views.getByRole('button', { name: 'Kashmir' }).click();
		await settled(page);
		expect(await drawn(page, 'kashmir-zones')).toEqual(KASHMIR_ZONES);
		expect(page.url()).toContain('v=');
	});

	test('keeps the view the URL gives', async ({ page }) => {
		await page.goto('/?v=46.7,39.8,8');
		await waitForMapIdle(page);
		const view = await page.evaluate(() => {
			const c = window.__map!.getCenter();
			return [c.lng, c.lat, window.__map!.getZoom()];
		});
		expect(view[0]).toBeCloseTo(46.7, 3);
		expect(view[1]).toBeCloseTo(39.8, 3);
		expect(view[2]).toBeCloseTo(8, 3);
	});
});

test.describe('overlays', () => {
	test('at 1280×800 the layer panel starts closed, and the reader’s choice is remembered', async ({
		page
	}) => {
		await page.goto('/');
		const legend = page.locator('details.layers-overlay');
		await expect(legend).not.toHaveAttribute('open');
		await legend.locator('summary').click();
		await expect(legend).toHaveAttribute('open');
		await page.reload();
		await expect(legend).toHaveAttribute('open');
	});

	test('at 1920×1080 the layer panel covers under a fifth of the map and starts open', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/');
		const legend = page.locator('details.layers-overlay');
		await expect(legend).toHaveAttribute('open');
		const map = (await page.getByTestId('map').boundingBox())!;
		const box = (await legend.boundingBox())!;
		expect((box.width * box.height) / (map.width * map.height)).toBeLessThanOrEqual(0.2);
	});

	for (const [width, height] of [
		[1280, 800],
		[1920, 1080]
	] as const)
		test(`at ${width}×${height}, with a feature selected, half the map stays visible and the feature lies in it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			// The reader opened the legend before: it stays open until the panel needs the room.
			await page.addInitScript(() => localStorage.setItem('explorer.layers-open', 'true'));
			await page.goto('/');
			await waitForMapIdle(page);
			await (await regionList(page)).focus();
			await page.keyboard.type('ladakh');
			await page.keyboard.press('Enter');
			await expect(page.getByTestId('feature-panel')).toBeVisible();
			// The selection loads the timeline: its slider is an overlay too.
			await expect(page.getByTestId('map-date')).toBeVisible();
			await settled(page);
			const map = (await page.getByTestId('map').boundingBox())!;
			const boxes = Object.values(await overlayBoxes(page));
			// Area of the union of the overlays, sampled on a 4-px grid.
			let covered = 0;
			let total = 0;
			for (let x = map.x; x < map.x + map.width; x += 4)
				for (let y = map.y; y < map.y + map.height; y += 4) {
					total++;
					if (boxes.some((b) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height))
						covered++;
				}
			test.info().annotations.push({
				type: 'visible share',
				description: `${((1 - covered / total) * 100).toFixed(1)} %`
			});
			expect(1 - covered / total).toBeGreaterThanOrEqual(0.5);
			const centre = await page.evaluate(() => window.__map!.project([77.45, 33.9]));
			const point = { x: map.x + centre.x, y: map.y + centre.y, width: 1, height: 1 };
			expect(point.x).toBeGreaterThan(map.x);
			expect(point.x).toBeLessThan(map.x + map.width);
			expect(point.y).toBeGreaterThan(map.y);
			expect(point.y).toBeLessThan(map.y + map.height);
			for (const box of boxes) expect(overlap(point, box)).toBe(0);
		});

	for (const [width, height] of [
		[390, 844],
		[768, 1024],
		[1280, 800],
		[1920, 1080]
	] as const) {
		test(`nothing overlaps at ${width}×${height}, with and without a selection`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height });
			await page.goto('/');
			if (width < 760) await page.getByRole('button', { name: 'Map', exact: true }).click();
			await waitForMapIdle(page);
			for (const state of ['default', 'selected']) {
				if (state === 'selected') {
					await page.goto('/?f=kashmir/ladakh');
					if (width < 760) await page.getByRole('button', { name: 'Map', exact: true }).click();
					await expect(page.getByTestId('feature-panel')).toBeVisible();
					await waitForMapIdle(page);
				}
				const boxes = await overlayBoxes(page);
				expect(Object.keys(boxes)).toEqual(
					expect.arrayContaining(['legend', 'views', 'attribution'])
				);
				expectApart(boxes, state);
				await snap(page, info, `${width}x${height}-${state}`);
			}
		});

		test(`nothing overlaps at ${width}×${height} with the timeline, its marks and the claims lens, legend open and closed`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height });
			// A date in the address opens the timeline; a selection puts the panel on the map too.
			await page.goto('/?d=2000-01-01&f=kashmir/ladakh');
			if (width < 760) await page.getByRole('button', { name: 'Map', exact: true }).click();
			await expect(page.getByRole('slider', { name: /Map on/ })).toBeVisible();
			await waitForMapIdle(page);
			const legendBox = page.locator('details.layers-overlay');
			const lens = page.locator('details.claims-lens');
			for (const state of ['timeline', 'lens']) {
				if (state === 'lens') {
					await lens.locator('summary').click();
					await lens.getByRole('button', { name: 'All together' }).click();
					await expect(page.getByTestId('claims-legend')).toBeVisible();
					await waitForMapIdle(page);
				}
				for (const open of [false, true]) {
					if (((await legendBox.getAttribute('open')) !== null) !== open)
						await legendBox.locator('summary').click();
					// Folding the legend need not move the map: wait for layout, not for a map event.
					await page.waitForFunction(() => !window.__map!.isMoving());
					await afterLayout(page);
					const boxes = await overlayBoxes(page);
					expect(Object.keys(boxes)).toEqual(
						expect.arrayContaining(['legend', 'time', 'marks', 'claims', 'attribution'])
					);
					const name = `${state}, legend ${open ? 'open' : 'closed'}`;
					expectApart(boxes, name);
					// Every mark a 24-px target, none over another or the slider's thumb.
					const targets = await page.locator('.event-mark, [role="slider"]').evaluateAll((els) =>
						els.map((el) => {
							const r = el.getBoundingClientRect();
							return { x: r.x, y: r.y, width: r.width, height: r.height };
						})
					);
					for (const [i, a] of targets.entries()) {
						expect(Math.min(a.width, a.height), `target ${i} (${name})`).toBeGreaterThanOrEqual(24);
						for (const b of targets.slice(i + 1)) expect(overlap(a, b), name).toBe(0);
					}
					await snap(page, info, `${width}x${height}-${state}-legend-${open ? 'open' : 'closed'}`);
				}
			}
		});
	}

	test('the no-WebGL notice sits above every overlay', async () => {
		const server = await startServer();
		const browser = await chromium.launch({
			executablePath: await chromiumExecutable(),
			args: NO_WEBGL_ARGS
		});
		try {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			// The legend open too (the reader chose it before), so it shares the notice's corner.
			await page.addInitScript(() => localStorage.setItem('explorer.layers-open', 'true'));
			const guard = guardPage(page, new URL(server.url).origin);
			await page.goto(`${server.url}?f=kashmir/ladakh`);
			const notice = page.getByTestId('map-area').locator('.notice');
			await expect(notice).toContainText('The map needs WebGL');
			// The legend folds for the panel, as with a map (half of it kept visible): reopen it from
			// the keyboard (the notice is over it).
			await expect(page.getByTestId('feature-panel')).toBeVisible();
			await afterLayout(page);
			const legend = page.locator('details.layers-overlay');
			if ((await legend.getAttribute('open')) === null) {
				await legend.locator('summary').focus();
				await page.keyboard.press('Enter');
			}
			await expect(legend).toHaveAttribute('open');
			// Whatever overlay shares its place, the notice is what the topmost element is there.
			const box = (await notice.boundingBox())!;
			for (const [fx, fy] of [
				[0.1, 0.2],
				[0.5, 0.5],
				[0.9, 0.8]
			]) {
				const hit = await page.evaluate(
					([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.notice'),
					[box.x + box.width * fx!, box.y + box.height * fy!]
				);
				expect(hit).toBe(true);
			}
			await snap(page, test.info(), 'no-webgl-above-overlays');
			expect(guard.consoleErrors).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});

test.describe('targets, keyboard and focus', () => {
	test('every control is at least 24×24 px (WCAG 2.2, 2.5.8)', async ({ page }) => {
		await page.goto('/?f=kashmir/ladakh');
		await waitForMapIdle(page);
		await page.locator('details.layers-overlay summary').click();
		const small = await page.evaluate(() => {
			// Links inside running text are exempt (2.5.8 "inline"); skip links show only on focus.
			const controls = document.querySelectorAll<HTMLElement>(
				'button, input, select, summary, a:not(.mention):not(.skip-links a), [role="option"], [tabindex="0"]'
			);
			return [...controls]
				.filter((el) => el.getClientRects().length && !el.closest('.skip-links, .prose'))
				.filter((el) => !(el.tagName === 'A' && el.closest('p')))
				.map((el) => ({ el, r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.width < 24 || r.height < 24)
				.map(
					({ el, r }) =>
						`${el.tagName} ${el.textContent?.trim().slice(0, 30)} ${r.width}×${r.height}`
				);
		});
		expect(small).toEqual([]);
	});

	test('moving through the region list highlights the feature on the map', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const list = await regionList(page);
		await list.focus();
		await page.keyboard.type('lada');
		const state = () =>
			page.evaluate(() =>
				window.__map!.getFeatureState({ source: 'kashmir-zones', id: 'kashmir/ladakh' })
			);
		await expect.poll(state).toMatchObject({ hover: true });
		await page.keyboard.press('ArrowDown');
		await expect.poll(state).toMatchObject({ hover: false });
		await page.keyboard.press('ArrowUp');
		await expect.poll(state).toMatchObject({ hover: true });
		await page.getByRole('link', { name: 'Skip to the map' }).focus();
		await expect.poll(state).toMatchObject({ hover: false });
	});

	test('focus is always visible', async ({ page }) => {
		await page.goto('/?f=kashmir/ladakh');
		await waitForMapIdle(page);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		const seen: string[] = [];
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				return {
					ring,
					what: `${el.tagName}.${el.className} ${el.textContent?.trim().slice(0, 20)}`
				};
			});
			if (!focus) continue;
			seen.push(focus.what);
			expect(focus.ring, focus.what).toBe(true);
		}
		expect(seen.length).toBeGreaterThan(20);
	});

	test('in forced-colours mode the legend keeps the map’s colours and the selection shows', async ({
		page
	}, info) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto('/?f=kashmir/ladakh');
		await page.locator('details.layers-overlay summary').click();
		const swatch = page
			.getByRole('list', { name: 'Legend: Kashmir: areas of administration' })
			.locator('svg rect')
			.first();
		// The key is what the map (a canvas, untouched by forced colours) draws.
		expect(await swatch.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(242, 196, 141)');
		const list = await regionList(page);
		const selected = list.getByRole('option', { name: 'Ladakh', exact: true });
		const other = list.getByRole('option', { name: 'Shusha', exact: true });
		const background = (el: Element) => getComputedStyle(el).backgroundColor;
		expect(await selected.evaluate(background)).not.toBe(await other.evaluate(background));
		await snap(page, info, 'forced-colours');
	});

	test('axe finds nothing serious with the panel, the legend and the views open', async ({
		page
	}) => {
		await page.goto('/?f=kashmir/ladakh');
		await waitForMapIdle(page);
		await page.locator('details.layers-overlay summary').click();
		const bad = await seriousViolations(page, { wcag22: true });
		expect(bad).toEqual([]);
	});
});
