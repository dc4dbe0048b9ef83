/**
 * A reader's own articles (issue 13): add one by pasting or from a file, read it linked on the
 * map, keep it across reloads and offline, rename, remove and export it, switch between articles
 * with `?a=` and Back/Forward, and be told clearly when an input cannot become an article.
 */
import { seriousViolations } from './axe';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, guardPage, test, waitForMapIdle, waitUntil } from './fixtures';
import { startServer } from './server';

const TEXT = `Talks on the Line of Control

Shelling was reported near Muzaffarabad on Monday, officials said.

Far to the west, residents returned to Shusha and to the Lachin district after the ceasefire.`;

const panel = (page: Page) => page.getByTestId('feature-panel');
const pasteBox = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
const addButton = (page: Page) => page.getByRole('button', { name: 'Add and open on the map' });
const alert = (page: Page) => page.getByRole('alert');

async function addPasted(page: Page, text: string, title = '') {
	await page.goto('/articles/');
	await pasteBox(page).fill(text);
	if (title) await page.getByRole('textbox', { name: 'Title' }).fill(title);
	await addButton(page).click();
}

async function addAndOpen(page: Page, text = TEXT, title = '') {
	await addPasted(page, text, title);
	await page.waitForURL(/\?a=local-[a-z0-9]{10}/);
	return new URL(page.url()).searchParams.get('a')!;
}

const mention = (page: Page, paragraph: number, name: string) =>
	page
		.getByRole('region', { name: `Paragraph ${paragraph}`, exact: true })
		.getByRole('paragraph')
		.getByRole('link', { name, exact: true });

const articleHeading = (page: Page) =>
	page.locator('#article-pane').getByRole('heading', { level: 1 });

test('a pasted text opens linked on the map, and its mentions select the places', async ({
	page
}) => {
	await addAndOpen(page);
	await expect(articleHeading(page)).toHaveText('Talks on the Line of Control');
	await waitForMapIdle(page);
	const shusha = mention(page, 3, 'Shusha');
	await expect(shusha).toBeVisible();
	await shusha.click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Shusha');
	await expect(page).toHaveURL(/f=place\/shusha/);
	await expect(page).toHaveURL(/a=local-/);
	const selected = await page.evaluate(
		() => window.__map!.getFeatureState({ source: 'places', id: 'place/shusha' }).selected
	);
	expect(selected).toBe(true);
	await mention(page, 2, 'Muzaffarabad').click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Muzaffarabad');

	// Kept on the device: a reload opens the same article, selection and all.
	await page.reload();
	await expect(articleHeading(page)).toHaveText('Talks on the Line of Control');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Muzaffarabad');
});

test('a Markdown text keeps its headings as headings, below the title', async ({ page }) => {
	await addAndOpen(
		page,
		'# Notes from the region\n\n## After the war\n\nResidents returned to Shusha.',
		'Notes'
	);
	const pane = page.locator('#article-pane');
	await expect(pane.getByRole('heading', { level: 1 })).toHaveText('Notes');
	await expect(
		pane.getByRole('heading', { level: 2, name: 'Notes from the region' })
	).toBeVisible();
	await expect(pane.getByRole('heading', { level: 3, name: 'After the war' })).toBeVisible();
	await expect(mention(page, 3, 'Shusha')).toBeVisible();
});

test('articles switch cleanly with ?a=, and Back and Forward move between them', async ({
	page
}) => {
	const slug = await addAndOpen(page, TEXT, 'A reader’s text');
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	await mention(page, 3, 'Lachin district').click();
	await expect(panel(page)).toBeVisible();

	// The site's name leads to the first shipped article, with nothing of the reader's selection.
	await page.getByRole('link', { name: 'Conflict-region explorer' }).click();
	await expect(articleHeading(page)).not.toHaveText('A reader’s text');
	const shippedTitle = await articleHeading(page).textContent();
	await expect(panel(page)).toHaveCount(0);
	expect(page.url()).not.toContain('a=');
	expect(page.url()).not.toContain('f=');

	await page.goBack();
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	await expect(page).toHaveURL(new RegExp(`a=${slug}`));
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Lachin district');

	await page.goForward();
	await expect(articleHeading(page)).toHaveText(shippedTitle!);
	await expect(panel(page)).toHaveCount(0);

	// The shipped article by its slug, and an article this browser does not keep.
	await page.goto(`/?a=${slug}`);
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	await page.goto('/?a=local-aaaaaaaaaa');
	await expect(alert(page)).toContainText('No article “local-aaaaaaaaaa” is kept in this browser');
	await expect(articleHeading(page)).toHaveText(shippedTitle!);
});

test('the library lists the reader’s article; rename, export and remove it', async ({
	page
}, info) => {
	await addAndOpen(page, TEXT, 'First title');
	await page.goto('/articles/');
	const local = page.getByRole('region', { name: 'Your articles' });
	await expect(local.getByRole('link', { name: 'First title' })).toBeVisible();

	await local.getByRole('button', { name: 'Rename' }).click();
	await local.getByRole('textbox', { name: /New title/ }).fill('Ceasefire report');
	await local.getByRole('button', { name: 'Save' }).click();
	await expect(local.getByRole('link', { name: 'Ceasefire report' })).toBeVisible();
	await page.reload();
	await expect(local.getByRole('link', { name: 'Ceasefire report' })).toBeVisible();

	const downloads: { name: string; path: string }[] = [];
	page.on('download', async (download) => {
		const path = info.outputPath(download.suggestedFilename());
		await download.saveAs(path);
		downloads.push({ name: download.suggestedFilename(), path });
	});
	await local.getByRole('button', { name: 'Export' }).click();
	await expect.poll(() => downloads.length).toBe(2);
	const md = downloads.find((d) => d.name.endsWith('.md'))!;
	const json = downloads.find((d) => d.name.endsWith('.links.json'))!;
	expect(md.name).toBe('ceasefire-report.md');
	expect(json.name).toBe('ceasefire-report.links.json');
	expect(readFileSync(md.path, 'utf8')).toMatch(/^---\ntitle: "Ceasefire report"\n/);
	// The exported file is one `npm run link` accepts, and it links it as the browser did.
	const dir = mkdtempSync(join(tmpdir(), 'exported-'));
	const file = join(dir, md.name);
	writeFileSync(file, readFileSync(md.path));
	const printed = JSON.parse(
		execFileSync('npx', ['tsx', 'scripts/link.ts', file], { encoding: 'utf8' })
	) as unknown[];
	expect(printed).toEqual(JSON.parse(readFileSync(json.path, 'utf8')));
	expect(printed.length).toBeGreaterThanOrEqual(4);

	page.once('dialog', (dialog) => void dialog.accept());
	await local.getByRole('button', { name: 'Remove' }).click();
	await expect(local.getByRole('link', { name: 'Ceasefire report' })).toHaveCount(0);
	await expect(local).toContainText('None yet.');
	await page.reload();
	await expect(local).toContainText('None yet.');
	// The shipped articles are untouched.
	await expect(
		page.getByRole('region', { name: 'Articles with the explorer' }).getByRole('link')
	).toHaveCount(1);
});

test('an article added before going offline still opens and links offline', async ({
	page,
	context
}) => {
	await page.goto('/articles/');
	await waitUntil(page, async () => !!(await navigator.serviceWorker.ready).active);
	await page.reload();
	await waitUntil(page, async () => !!navigator.serviceWorker.controller);
	await context.setOffline(true);
	// Added with the network off: the place names come from the service worker's cache.
	const slug = await addAndOpen(page, TEXT, 'Offline text');
	await expect(articleHeading(page)).toHaveText('Offline text');
	await page.reload();
	await expect(articleHeading(page)).toHaveText('Offline text');
	await expect(mention(page, 3, 'Shusha')).toBeVisible();
	expect(slug).toMatch(/^local-/);
	await context.setOffline(false);
});

test('a web page a reader brings runs nothing and sends nothing; only its text is read', async ({
	page,
	guard
}) => {
	// Every way a copied page could run script or fetch: tags, handlers, URLs, frames, styles.
	const hostile = `<!doctype html><html><head><title>Report from Shusha</title>
<script>window.__ran = 'script'</script><style>@import url(https://example.invalid/a.css)</style>
<meta http-equiv="refresh" content="0; url=https://example.invalid/"></head>
<body onload="window.__ran = 'onload'"><article>
<h1>Report from Shusha</h1>
<p>Residents returned to <b>Shusha</b> <img src="https://example.invalid/p.gif" onerror="window.__ran = 'onerror'"> on Monday.</p>
<p>Roads to <a href="javascript:window.__ran = 'href'">Lachin</a> reopened <svg onload="window.__ran = 'svg'"></svg>.</p>
<iframe srcdoc="<script>parent.__ran = 'frame'</script>"></iframe>
<form action="https://example.invalid/"><input name="q" value="Muzaffarabad"></form>
</article></body></html>`;
	await addAndOpen(page, hostile);
	await waitForMapIdle(page);
	await expect(articleHeading(page)).toHaveText('Report from Shusha');
	// Passage 1 is the page's heading, kept as a heading.
	await expect(mention(page, 2, 'Shusha')).toBeVisible();
	await expect(mention(page, 3, 'Lachin')).toBeVisible();
	const article = page.locator('#article-pane').getByRole('region', { name: /^Paragraph \d+$/ });
	await expect(article).toHaveCount(3);
	// The text is read; none of the page's elements, handlers or links come with it.
	await expect(
		article.locator('img, svg:not([aria-hidden]), iframe, script, form, style')
	).toHaveCount(0);
	await expect(article.locator('a[href^="javascript:"], [onerror], [onload]')).toHaveCount(0);
	const text = (await article.allTextContents()).join(' ');
	expect(text).not.toContain('__ran');
	// The form's value is not article text.
	expect(text).not.toContain('Muzaffarabad');
	expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
	expect(guard.outsideRequests).toEqual([]);
	// The shipped article is untouched by a reader's article of the same kind.
	await page.goto('/');
	await expect(articleHeading(page)).not.toHaveText('Report from Shusha');
});

test('bad input gets a clear message and nothing is stored', async ({ page }) => {
	await addPasted(page, '   \n\n  ');
	await expect(alert(page)).toHaveText('The pasted text: the text is empty');
	await pasteBox(page).fill('1234 5678 — 90 %');
	await addButton(page).click();
	await expect(alert(page)).toHaveText(
		'The pasted text: the text has no letters, so it cannot name any place'
	);

	const fileInput = page.getByLabel('Or a file');
	await fileInput.setInputFiles({
		name: 'photo.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])
	});
	await addButton(page).click();
	await expect(alert(page)).toContainText('photo.txt: this is not a text file');

	await fileInput.setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(10 * 1024 * 1024, 'Shusha and Lachin. ')
	});
	await addButton(page).click();
	await expect(alert(page)).toContainText('huge.txt: the file is 10.0 MB');

	await fileInput.setInputFiles({
		name: 'empty.md',
		mimeType: 'text/markdown',
		buffer: Buffer.alloc(0)
	});
	await addButton(page).click();
	await expect(alert(page)).toHaveText('empty.md: the file is empty');

	await page.reload();
	await expect(page.getByRole('region', { name: 'Your articles' })).toContainText('None yet.');
});

test('with storage unavailable the reader is told, and nothing is half-stored', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/articles/');
	await expect(
		page.getByRole('region', { name: 'Your articles' }).getByRole('alert')
	).toContainText('does not let the site keep articles');
	await pasteBox(page).fill(TEXT);
	await addButton(page).click();
	await expect(
		page.getByRole('region', { name: 'Add an article' }).getByRole('alert')
	).toContainText(
		'does not let the site keep articles (a private window, or site storage switched off)'
	);
	await expect(page).toHaveURL(/\/articles\/$/);
});

test('accessibility audit of /articles/ and of a reader’s article: no serious violations', async ({
	page
}) => {
	await addAndOpen(page);
	await waitForMapIdle(page);
	for (const url of ['/articles/', page.url()]) {
		await page.goto(url);
		if (url !== '/articles/') await waitForMapIdle(page);
		else await expect(page.getByRole('region', { name: 'Your articles' })).toBeVisible();
		expect(await seriousViolations(page), url).toEqual([]);
	}
});

test('from a sub-path, an article is added, linked and opened inside the sub-path', async ({
	browser
}) => {
	const server = await startServer({ base: '/explorer/' });
	const context = await browser.newContext();
	const page = await context.newPage();
	const guard = guardPage(page, new URL(server.url).origin);
	try {
		await page.goto(`${server.url}articles/`);
		await pasteBox(page).fill(TEXT);
		await addButton(page).click();
		await page.waitForURL(/\/explorer\/\?a=local-/);
		await expect(mention(page, 3, 'Shusha')).toBeVisible();
		const outside = server.requests.filter((path) => !path.startsWith('/explorer/'));
		expect(outside, 'requests outside the sub-path').toEqual([]);
		expect(server.requests).toContain('/explorer/gazetteer.json');
		expect(guard.consoleErrors).toEqual([]);
		expect(guard.failedRequests).toEqual([]);
	} finally {
		await context.close();
		await server.close();
	}
});

const SHIPPED = 'Azerbaijan continues to side with Pakistan in the Kashmir conflict';

/** The links of one article's group in the panel, found by the title that heads the group. */
const groupLinks = (page: Page, title: string) =>
	panel(page)
		.locator('.article-title', { hasText: `In “${title}”` })
		.locator('xpath=following-sibling::ol[1]')
		.getByRole('link');

test('the panel lists the passages of every article, grouped by article, and another article’s passage opens it there', async ({
	page
}) => {
	const articleJson = `/articles/azerbaijan-pakistan-kashmir/article.json`;
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	const slug = await addAndOpen(page, TEXT, 'A reader’s text');
	await waitForMapIdle(page);
	// Not on the first load: the other articles come with the first selection.
	expect(fetched).not.toContain(articleJson);

	await mention(page, 3, 'Shusha').click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Shusha');
	const titles = panel(page).locator('.article-title');
	await expect(titles).toHaveText([`In “A reader’s text”`, `In “${SHIPPED}”`]);
	expect(fetched).toContain(articleJson);
	// This article's passage links into the text, in place.
	const own = groupLinks(page, 'A reader’s text');
	await expect(own).toHaveCount(1);
	await expect(own.first()).toHaveAttribute('href', '#p3');
	const other = groupLinks(page, SHIPPED).first();
	await expect(other).toContainText('Shusha');
	const passage = (await other.getAttribute('data-passage'))!;

	expect(await seriousViolations(page, { include: '[data-testid="feature-panel"]' })).toEqual([]);

	await other.click();
	await expect(articleHeading(page)).toHaveText(SHIPPED);
	expect(page.url()).not.toContain('a=');
	await expect(page).toHaveURL(new RegExp(`p=${passage}`));
	await expect(page.locator(`#${passage}`)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`#${passage}`)).toBeInViewport();
	// The selection comes along; now the shipped article's passages come first.
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Shusha');
	await expect(titles).toHaveText([`In “${SHIPPED}”`, `In “A reader’s text”`]);

	await page.goBack();
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	await expect(page).toHaveURL(new RegExp(`a=${slug}&f=place/shusha&p=p3`));
	// With its state: the selection and the passage the reader had there.
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Shusha');
	await expect(page.locator('#p3')).toHaveAttribute('aria-current', 'true');
});

test('search covers every article, and opening another article’s passage switches to it', async ({
	page
}) => {
	const slug = await addAndOpen(page, TEXT, 'A reader’s text');
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	const box = page.getByRole('combobox', { name: 'Search places and passages' });
	// A word only the shipped article has.
	await box.fill('Farhadov');
	const hit = page.getByRole('option', { name: new RegExp(`In “${SHIPPED}”`) }).first();
	await expect(hit).toBeVisible();
	await box.press('Enter');
	await expect(articleHeading(page)).toHaveText(SHIPPED);
	await expect(page.locator('[aria-current="true"]')).toContainText('Farhadov');
	expect(await seriousViolations(page)).toEqual([]);

	// And back the other way: a word only the reader's text has.
	await box.fill('shelling');
	await expect(page.getByRole('option', { name: /In “A reader’s text”/ })).toBeVisible();
	await box.press('Enter');
	await expect(articleHeading(page)).toHaveText('A reader’s text');
	await expect(page).toHaveURL(new RegExp(`a=${slug}.*p=p2`));
	await expect(page.locator('[aria-current="true"]')).toContainText('Shelling');

	await page.goBack();
	await expect(articleHeading(page)).toHaveText(SHIPPED);
});
