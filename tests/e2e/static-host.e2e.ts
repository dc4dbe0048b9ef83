import { expect, guardPage, test, waitForMapIdle } from './fixtures';
import { startServer } from './server';

/**
 * A plain static host knows a handful of file types and sends everything else as
 * `application/octet-stream`. A module worker refuses a script of that type, so the map's
 * worker must have an extension every server knows: `.js`, not `.mjs`.
 */
const ONLY_HTML_CSS_JS = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8'
};

test('the map draws from a static server that knows only .html, .css and .js', async ({ page }) => {
	const server = await startServer({ types: ONLY_HTML_CSS_JS });
	try {
		const guard = guardPage(page, new URL(server.url).origin);
		const unknownScripts: string[] = [];
		page.on('response', (response) => {
			const type = response.headers()['content-type'] ?? '';
			if (/\.m?js$/.test(new URL(response.url()).pathname) && !type.includes('javascript'))
				unknownScripts.push(`${response.url()}: ${type}`);
		});
		await page.goto(server.url);
		await waitForMapIdle(page);
		await expect(page.getByTestId('map-area')).toHaveAttribute('data-status', 'ready');
		const drawn = await page.evaluate(() => window.__map?.queryRenderedFeatures().length ?? 0);
		expect(drawn, 'features drawn by the map').toBeGreaterThan(0);
		expect(unknownScripts, 'scripts sent without a JavaScript type').toEqual([]);
		expect(guard.consoleErrors).toEqual([]);
	} finally {
		await server.close();
	}
});
