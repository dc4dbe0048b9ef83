/**
 * What a reader does after the load (app, desktop, last round): clicks on two districts, timed
 * from the DOM click to the feature panel showing the feature, and layer toggles, timed from the
 * checkbox click to the map's next idle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import type { BenchWindow } from './probes';
import type { Site } from './site';

const PANEL = '[data-testid="feature-panel"]';
const TOGGLE_LAYER = 'kashmir-lines';
const TOGGLE = `input[type="checkbox"][data-layer="${TOGGLE_LAYER}"]`;
const CLICK_TARGETS = ['karabakh/lachin', 'karabakh/kalbajar'];
/** Karabakh and Kashmir in view, at a zoom where their districts and lines are drawn. */
const KARABAKH_VIEW = { center: [46.7, 39.7] as [number, number], zoom: 7.5 };
const KASHMIR_VIEW = { center: [75.5, 34.3] as [number, number], zoom: 5.5 };

export interface Interactions {
	clickMs: number[];
	clickIds: string[];
	clickProblem: string | null;
	toggleMs: number[];
	toggleProblem: string | null;
}

type LngLat = [number, number];

const firstLine = (error: unknown) =>
	error instanceof Error ? error.message.split('\n')[0] : String(error);

function clickPoints(site: Site): Map<string, LngLat> {
	const points = new Map<string, LngLat>();
	const file = site.appLayerFiles.get('karabakh-districts.geojson');
	const path = file
		? join(site.dir, file)
		: join(site.dir, 'floor/data/karabakh-districts.geojson');
	const data = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
	for (const id of CLICK_TARGETS) {
		const feature = data.features.find((f: Feature) => f.properties?.id === id);
		if (!feature) continue;
		const [lng, lat] = pointOnFeature(feature).geometry.coordinates;
		points.set(id, [lng!, lat!]);
	}
	return points;
}

/** Moves the map without animation and resolves at its next idle. */
function jumpAndIdle(page: Page, view: { center: LngLat; zoom: number }) {
	return page.evaluate(
		(v) =>
			new Promise<void>((done) => {
				const map = (window as unknown as BenchWindow).__map!;
				map.once('idle', () => done());
				map.jumpTo(v);
				map.triggerRepaint();
			}),
		view
	);
}

/**
 * The page may lay panels over part of the map: puts the targets where the map itself shows
 * (the offset nearest the centre at which a few pixels around every target hit the canvas).
 */
function placeTargets(page: Page, lngLats: LngLat[]) {
	if (!lngLats.length) return Promise.resolve();
	return page.evaluate(
		([points, zoom]) =>
			new Promise<void>((done) => {
				const map = (window as unknown as BenchWindow).__map!;
				const box = map.getContainer().getBoundingClientRect();
				const n = points.length;
				const mid: [number, number] = [
					points.reduce((t, p) => t + p[0], 0) / n,
					points.reduce((t, p) => t + p[1], 0) / n
				];
				map.jumpTo({ center: mid, zoom });
				const c = map.project(mid);
				const deltas = points.map((ll) => {
					const p = map.project(ll);
					return [p.x - c.x, p.y - c.y] as const;
				});
				const clear = (x: number, y: number) =>
					deltas.every(([dx, dy]) =>
						[-6, 0, 6].every(
							(e) => document.elementFromPoint(x + dx + e, y + dy + e) === map.getCanvas()
						)
					);
				let best: [number, number] | null = null;
				let bestDistance = Infinity;
				for (let fx = 0.05; fx < 0.97; fx += 0.05) {
					for (let fy = 0.05; fy < 0.97; fy += 0.05) {
						const x = box.left + box.width * fx;
						const y = box.top + box.height * fy;
						const distance = Math.hypot(fx - 0.5, fy - 0.5);
						if (distance < bestDistance && clear(x, y)) {
							best = [x - box.left - box.width / 2, y - box.top - box.height / 2];
							bestDistance = distance;
						}
					}
				}
				map.once('idle', () => done());
				map.easeTo({ center: mid, zoom, offset: best ?? [0, 0], duration: 0 });
			}),
		[lngLats, KARABAKH_VIEW.zoom] as const
	);
}

/** Where `lngLat` is on screen, whether the map's canvas is what a click there would hit. */
function locate(page: Page, lngLat: LngLat) {
	return page.evaluate(
		([ll, panel]) => {
			const map = (window as unknown as BenchWindow).__map!;
			const p = map.project(ll);
			const box = map.getContainer().getBoundingClientRect();
			const x = box.left + p.x;
			const y = box.top + p.y;
			const hit = document.elementFromPoint(x, y);
			return {
				x,
				y,
				onMap: !!hit && map.getContainer().contains(hit),
				hit: hit
					? `${hit.tagName.toLowerCase()}.${hit.className} in ${hit.closest('[data-testid]')?.getAttribute('data-testid') ?? 'no [data-testid]'}`
					: 'nothing',
				previous: document.querySelector(panel)?.getAttribute('data-feature-id') ?? null
			};
		},
		[lngLat, PANEL] as const
	);
}

interface PanelChange {
	start?: number | null;
	end?: number;
	value?: string | null;
	timeout?: boolean;
	found?: boolean;
}

/**
 * Arms a watch in the page for the panel to show `expected` (or any change from `previous`),
 * stored as `__bench.pending`; it resolves with the click's time stamp and the panel's.
 */
function watchPanel(page: Page, expected: string | null, previous: string | null) {
	return page.evaluate(
		([panel, want, before]) => {
			const w = window as unknown as BenchWindow;
			w.__bench.lastClickAt = null;
			w.__bench.pending = new Promise((resolvePending) => {
				const matches = () => {
					const value = document.querySelector(panel)?.getAttribute('data-feature-id');
					if (!value) return null;
					if (want ? value === want : value !== before) return value;
					return null;
				};
				const observer = new MutationObserver(() => {
					const value = matches();
					if (value === null) return;
					const end = performance.now();
					observer.disconnect();
					resolvePending({ start: w.__bench.lastClickAt, end, value });
				});
				observer.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['data-feature-id']
				});
				setTimeout(() => {
					observer.disconnect();
					const el = document.querySelector(panel);
					resolvePending({
						timeout: true,
						found: !!el,
						value: el?.getAttribute('data-feature-id') ?? null
					});
				}, 10_000);
			});
		},
		[PANEL, expected, previous] as const
	);
}

const pendingResult = <T>(page: Page) =>
	page.evaluate(() => (window as unknown as BenchWindow).__bench.pending) as Promise<T>;

/** Clicks alternate between the two districts; stops at the first that cannot be measured. */
async function measureClicks(
	page: Page,
	site: Site,
	clicks: number,
	exactIds: boolean,
	out: Interactions
) {
	const points = clickPoints(site);
	await jumpAndIdle(page, KARABAKH_VIEW);
	const targets = CLICK_TARGETS.map((id) => points.get(id)).filter((p) => p !== undefined);
	await placeTargets(page, targets);
	for (let i = 0; i < clicks; i++) {
		const id = CLICK_TARGETS[i % CLICK_TARGETS.length]!;
		const lngLat = points.get(id);
		if (!lngLat) return `not measurable: feature ${id} not in karabakh-districts.geojson`;
		// A district clicked under where the panel opens is panned into view: aim once it settles.
		await page.waitForFunction(() => !(window as unknown as BenchWindow).__map?.isMoving());
		let at = await locate(page, lngLat);
		if (!at.onMap) {
			// A panel opened by the previous click may cover the point: place the districts again.
			await placeTargets(page, targets);
			at = await locate(page, lngLat);
		}
		if (!at.onMap)
			return `not measurable: the point of ${id} (${at.x.toFixed(0)}, ${at.y.toFixed(0)}) is covered by ${at.hit}`;
		await watchPanel(page, exactIds ? id : null, at.previous);
		await page.mouse.click(at.x, at.y);
		const r = await pendingResult<PanelChange>(page);
		if (r.timeout)
			return r.found
				? `not measurable: after clicking ${id}, ${PANEL} shows data-feature-id=${JSON.stringify(r.value)}, expected ${exactIds ? id : 'a change'}`
				: `not measurable: element ${PANEL} not found (10 s after clicking ${id})`;
		if (typeof r.start !== 'number' || typeof r.end !== 'number')
			return 'not measurable: the click event was not seen by the page';
		out.clickMs.push(r.end - r.start);
		out.clickIds.push(r.value ?? '');
		await page.waitForTimeout(50);
	}
	return null;
}

/** The visibility of the toggled source's map layers, as one string. */
function toggledVisibility(page: Page) {
	return page.evaluate((source) => {
		const map = (window as unknown as BenchWindow).__map!;
		return map
			.getStyle()
			.layers.filter((l) => 'source' in l && l.source === source)
			.map((l) => l.layout?.visibility ?? 'visible')
			.join(',');
	}, TOGGLE_LAYER);
}

/** Toggles one layer on and off; each from the checkbox's click to the map's next idle. */
async function measureToggles(page: Page, toggles: number, out: Interactions) {
	const checkbox = page.locator(TOGGLE);
	if ((await checkbox.count()) === 0) return `not measurable: element ${TOGGLE} not found`;
	// The layer panel starts folded where it would cover over a fifth of the map: a reader opens it.
	const legend = page.locator('details#layers-and-legend');
	if ((await legend.count()) && (await legend.getAttribute('open')) === null)
		await legend.locator('summary').click();
	await jumpAndIdle(page, KASHMIR_VIEW);
	for (let i = 0; i < toggles; i++) {
		const before = await toggledVisibility(page);
		await page.evaluate((selector) => {
			const w = window as unknown as BenchWindow;
			w.__bench.pending = new Promise((resolvePending) => {
				const input = document.querySelector(selector)!;
				input.addEventListener(
					'click',
					(e) => {
						const start = e.timeStamp;
						w.__map!.once('idle', () => resolvePending({ start, end: performance.now() }));
					},
					{ once: true, capture: true }
				);
				setTimeout(() => resolvePending(null), 10_000);
			});
		}, TOGGLE);
		try {
			await checkbox.click({ timeout: 10_000 });
		} catch (error) {
			return `not measurable: ${TOGGLE} could not be clicked (${firstLine(error)})`;
		}
		const r = await pendingResult<{ start: number; end: number } | null>(page);
		const after = await toggledVisibility(page);
		if (!r) return 'not measurable: the map did not reach idle within 10 s of the toggle';
		if (before === after)
			return `not measurable: clicking ${TOGGLE} did not change the visibility of the map layers of source ${TOGGLE_LAYER} (${before || 'no such layers'})`;
		out.toggleMs.push(r.end - r.start);
	}
	return null;
}

export async function measureInteractions(
	page: Page,
	site: Site,
	clicks: number,
	toggles: number,
	exactIds: boolean
): Promise<Interactions> {
	const out: Interactions = {
		clickMs: [],
		clickIds: [],
		clickProblem: null,
		toggleMs: [],
		toggleProblem: null
	};
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	out.clickProblem = await measureClicks(page, site, clicks, exactIds, out);
	out.toggleProblem = await measureToggles(page, toggles, out);
	return out;
}
