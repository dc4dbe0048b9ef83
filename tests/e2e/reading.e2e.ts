/**
 * Reading the map (issue 15): every script renders from the site's own fonts, downloads and
 * print work offline, nothing hides anything, every control is a usable target.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const panel = (page: Page) => page.getByTestId('feature-panel');

async function snap(page: Page, info: TestInfo, name: string) {
	const path = info.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await info.attach(name, { path, contentType: 'image/png' });
}

test('a Chinese name in the panel is drawn from the site’s own subset font', async ({
	page
}, info) => {
	await page.goto('/?f=kashmir/aksai-chin');
	await expect(panel(page).locator('[lang="zh"]')).toContainText('阿克赛钦');
	const faces = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts]
			.filter((face) => face.status === 'loaded')
			.map((face) => face.family.replace(/"/g, ''));
	});
	// The browser fetched the generated subset because the panel shows a character it holds.
	expect(faces).toContain('Noto Names Subset');
	expect(
		await page.evaluate(() => document.fonts.check('16px "Noto Names Subset"', '阿克赛钦'))
	).toBe(true);
	await snap(page, info, 'chinese-name');
});

test('the map declares a font for every script of the names', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const faces = await page.evaluate(() => {
		const style = window.__map!.getStyle() as { 'font-faces'?: Record<string, unknown[]> };
		return Object.values(style['font-faces'] ?? {}).flat() as { url: string }[];
	});
	const urls = faces.map((face) => face.url).join(' ');
	for (const script of ['armenian', 'devanagari', 'arabic', 'noto-sans-sc', 'tibetan', 'georgian'])
		expect(urls).toContain(script);
	for (const face of faces) expect((await page.request.get(face.url)).ok(), face.url).toBe(true);
});
