import { expect, renderedFeatureCount, test, waitForMapIdle } from './fixtures';

// page.route cannot see requests a service worker makes, so these tests run without one.
test.use({ serviceWorkers: 'block' });

test('a missing data file is named in the map area and the console; the rest keeps working', async ({
	page,
	guard
}) => {
	guard.allowConsoleError('geodata/places.geojson');
	// Chromium's own line for the failed request.
	guard.allowConsoleError('the server responded with a status of 404');
	const consoleErrors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
	await page.route(/places\.[^/]*geojson$/, (route) =>
		route.fulfill({ status: 404, body: 'gone' })
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'geodata/places.geojson could not be loaded (HTTP 404)'
	);
	await waitForMapIdle(page);
	expect(await renderedFeatureCount(page)).toBeGreaterThan(10);
	expect(consoleErrors.join('\n')).toContain('geodata/places.geojson');
});

test('a corrupt data file is named in the map area and the console; the rest keeps working', async ({
	page,
	guard
}) => {
	guard.allowConsoleError('geodata/kashmir-zones.geojson');
	const consoleErrors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
	await page.route(/kashmir-zones\.[^/]*geojson$/, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/geo+json',
			body: '{"type":"FeatureCollection","features":[{"type":'
		})
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'geodata/kashmir-zones.geojson is not valid JSON'
	);
	await waitForMapIdle(page);
	expect(await renderedFeatureCount(page)).toBeGreaterThan(10);
	expect(consoleErrors.join('\n')).toContain('geodata/kashmir-zones.geojson');
});
