/**
 * Export and print (issue 15): the downloads are opened and checked as a reader's program would
 * read them, the copied link leads back to the passage, and print shows the article, a picture of
 * the map and the places named with their sources. Nothing here leaves the site.
 */
import { readFileSync } from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** The tools load at the reader's first move: move, then find them. */
const tools = (page: Page) => {
	void page.mouse.move(5, 5);
	return page.getByRole('region', { name: 'Save and share' });
};

test('“Download map” saves a PNG of the view with its legend and attribution drawn in', async ({
	page
}, info) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const download = page.waitForEvent('download');
	await tools(page).getByRole('button', { name: 'Download map' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^map-.*\.png$/);
	const path = info.outputPath('map.png');
	await file.saveAs(path);
	await info.attach('downloaded map', { path, contentType: 'image/png' });
	const png = readFileSync(path);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const canvas = await page.evaluate(() => {
		const c = window.__map!.getCanvas();
		return { width: c.width, height: c.height };
	});
	// Decode the file in the page and look at it: the map part, and the legend band below it.
	const seen = await page.evaluate(
		async ({ data, mapHeight }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${data}`;
			await image.decode();
			const c = document.createElement('canvas');
			c.width = image.width;
			c.height = image.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(image, 0, 0);
			const inked = (y0: number, y1: number) => {
				const pixels = ctx.getImageData(0, y0, Math.min(300, c.width), y1 - y0).data;
				let count = 0;
				for (let i = 0; i < pixels.length; i += 4)
					if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) count++;
				return count;
			};
			const distinct = new Set<number>();
			const middle = ctx.getImageData(0, 0, c.width, mapHeight).data;
			for (let i = 0; i < middle.length; i += 4 * 97)
				distinct.add((middle[i]! << 16) | (middle[i + 1]! << 8) | middle[i + 2]!);
			return {
				width: image.width,
				height: image.height,
				legendInk: inked(mapHeight, image.height),
				mapColours: distinct.size
			};
		},
		{ data: png.toString('base64'), mapHeight: canvas.height }
	);
	expect(seen.width).toBe(canvas.width);
	expect(seen.height).toBeGreaterThan(canvas.height + 100);
	// The map is drawn (many colours, not a blank buffer) and the legend band holds text and swatches.
	expect(seen.mapColours).toBeGreaterThan(20);
	expect(seen.legendInk).toBeGreaterThan(500);
	await expect(page.getByTestId('export-message')).toContainText('Map saved as');
});

test('“Download selection” saves valid GeoJSON with each feature’s properties and sources', async ({
	page
}) => {
	await page.goto('/?f=kashmir/ladakh');
	await expect(page.getByTestId('feature-panel')).toBeVisible();
	const download = page.waitForEvent('download');
	await tools(page).getByRole('button', { name: 'Download selection' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('kashmir-ladakh.geojson');
	const text = readFileSync((await file.path())!, 'utf8');
	expect(getIssues(text)).toEqual([]);
	const collection = JSON.parse(text);
	expect(collection.type).toBe('FeatureCollection');
	expect(collection.features).toHaveLength(1);
	const [feature] = collection.features;
	expect(feature.properties.id).toBe('kashmir/ladakh');
	expect(feature.properties.administered_by).toBe('IND');
	expect(feature.properties.source).toMatch(/Natural Earth/);
	expect(feature.properties.license).toBeTruthy();
	expect(feature.geometry.type).toMatch(/Polygon/);
	expect(collection.metadata.url).toContain('f=kashmir/ladakh');
});

test('“Copy link to this passage” copies a link that opens on that passage', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/');
	// The tools load at the reader's first move after the page has started (a move before that has
	// no listener to hear it).
	await waitForMapIdle(page);
	await page.mouse.move(5, 5);
	const button = tools(page).getByRole('button', { name: /Copy link to this passage/ });
	await expect(button).toBeDisabled();
	await page.getByRole('link', { name: 'Make paragraph 5 current' }).click();
	await button.click();
	await expect(page.getByTestId('export-message')).toContainText('Link to paragraph 5 copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain('p=p5');
	expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
	await page.goto('about:blank');
	await page.goto(link);
	await expect(page.locator('#p5')).toHaveClass(/current/);
});

test('print shows the article, a picture of the map and the places named with their sources', async ({
	page
}, info) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.mouse.move(5, 5);
	await expect(tools(page)).toBeVisible();
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByRole('region', { name: /for print/ });
	await expect(printed).toBeVisible();
	await expect(page.getByTestId('map-area')).toBeHidden();
	await expect(page.locator('#p11')).toBeVisible();
	const image = printed.getByRole('img', { name: 'The map as shown when printed' });
	expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
	const places = printed.getByRole('listitem');
	expect(await places.count()).toBeGreaterThan(20);
	await expect(printed).toContainText('Ladakh');
	await expect(printed).toContainText('Natural Earth');
	const path = info.outputPath('print.pdf');
	await page.pdf({ path });
	await info.attach('print', { path, contentType: 'application/pdf' });
});
