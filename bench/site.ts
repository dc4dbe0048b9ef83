/**
 * The site under test: a temp copy of `build-test/` with the floor (bench/floor/, built by Vite) beside
 * it under `floor/`, drawing the very layer files the app ships; which served files are the map
 * library; and the size of each file as the server sends it.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { build as viteBuild } from 'vite';
import { COMPRESSIBLE, GZIP_LEVEL, serve } from '../scripts/serve.mjs';
import type { LayerEntry } from '../src/lib/geodata/types';
import { HEAVY_FEATURES, ROOT } from './options';
import type { Served } from './probes';
import { syntheticFeatures } from './synthetic';

export interface Site {
	dir: string;
	/** URL paths of the map library's files, app and floor. */
	mapLibrary: Set<string>;
	/** URL path of the app's maplibre chunk(s) and of the floor's. */
	appMapChunks: string[];
	floorMapChunks: string[];
	/** Layer files: app asset path (relative to dir) by layers.json file name. */
	appLayerFiles: Map<string, string>;
	/** Things worth knowing about the copy (a stale build, a missing chunk). */
	notes: string[];
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}

const urlPath = (siteDir: string, file: string) =>
	`/${relative(siteDir, file).split(sep).join('/')}`;

/** The map library's files under `under`: its chunk(s) by content, its worker, its CSS. */
function findMapLibrary(siteDir: string, under: string) {
	const version = (
		JSON.parse(readFileSync(join(ROOT, 'node_modules/maplibre-gl/package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const chunks: string[] = [];
	const all = new Set<string>();
	for (const file of filesUnder(join(siteDir, under))) {
		const ext = extname(file);
		const base = file.slice(file.lastIndexOf(sep) + 1);
		if ((ext === '.mjs' || ext === '.js') && base.startsWith('maplibre-gl-worker'))
			all.add(urlPath(siteDir, file));
		if (ext !== '.js' && ext !== '.css') continue;
		const text = readFileSync(file, 'utf8');
		if (ext === '.css' && text.includes('.maplibregl-')) all.add(urlPath(siteDir, file));
		// The library's chunk: names maplibre many times and carries its version string.
		if (ext === '.js' && text.includes(`\`${version}\``) && text.split('maplibre').length > 50) {
			all.add(urlPath(siteDir, file));
			chunks.push(urlPath(siteDir, file));
		}
	}
	return { chunks, all };
}

export function ensureBuild(force: boolean) {
	if (!force && existsSync(join(ROOT, 'build-test/index.html'))) return;
	console.log('bench: running `npm run build:test` …');
	const result = spawnSync('npm', ['run', 'build:test'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('bench: `npm run build:test` failed');
}

export async function buildFloor(outDir: string) {
	await viteBuild({
		configFile: join(ROOT, 'bench/vite.config.ts'),
		build: { outDir, emptyOutDir: true }
	});
}

/** A copy of `build` (the test build unless given) at `dir`, with the floor beside it. */
export function prepareSite(
	dir: string,
	floorBuild: string,
	build = join(ROOT, 'build-test')
): Site {
	const notes: string[] = [];
	cpSync(build, dir, { recursive: true });
	cpSync(floorBuild, join(dir, 'floor'), { recursive: true });
	const layers = JSON.parse(
		readFileSync(join(ROOT, 'geodata/layers.json'), 'utf8')
	) as LayerEntry[];
	const assets = join(dir, '_app/immutable/assets');
	const names = existsSync(assets) ? readdirSync(assets) : [];
	const appLayerFiles = new Map<string, string>();
	mkdirSync(join(dir, 'floor/data'), { recursive: true });
	for (const entry of layers) {
		// The floor draws the very files the app ships (same build), so the data is the same.
		const stem = entry.file.replace(/\.geojson$/, '');
		const built = names.find((n) => n.startsWith(`${stem}.`) && n.endsWith('.geojson'));
		const source = built ? join(assets, built) : join(ROOT, 'geodata', entry.file);
		if (built) appLayerFiles.set(entry.file, join('_app/immutable/assets', built));
		else
			notes.push(
				`geodata/${entry.file} is not in build-test/ (stale build?); the floor uses geodata/`
			);
		cpSync(source, join(dir, 'floor/data', entry.file));
	}
	const app = findMapLibrary(dir, '_app');
	const floor = findMapLibrary(dir, 'floor');
	if (app.chunks.length === 0) notes.push('no maplibre chunk found in the app build');
	return {
		dir,
		mapLibrary: new Set([...app.all, ...floor.all]),
		appMapChunks: app.chunks,
		floorMapChunks: floor.chunks,
		appLayerFiles,
		notes
	};
}

/** Adds the synthetic polygons to kashmir-zones for both pages; returns the file's raw size. */
export function makeHeavy(site: Site): number {
	const zones = site.appLayerFiles.get('kashmir-zones.geojson');
	const floorFile = join(site.dir, 'floor/data/kashmir-zones.geojson');
	const base = JSON.parse(readFileSync(floorFile, 'utf8')) as FeatureCollection;
	base.features.push(...syntheticFeatures(HEAVY_FEATURES));
	const text = JSON.stringify(base);
	writeFileSync(floorFile, text);
	if (zones) writeFileSync(join(site.dir, zones), text);
	else site.notes.push('heavy: the app build has no kashmir-zones geojson to replace');
	return Buffer.byteLength(text);
}

/**
 * Size of a URL path as the server sends it (gzipped at the server's level when it compresses),
 * remembered per file version: the same files are asked for on every page load.
 */
/** Serves a prepared site as the bench measures it (gzip, a free port on the loopback). */
export async function serveSite(
	site: Site
): Promise<{ served: Served; close: () => Promise<void> }> {
	const server = await serve({ root: site.dir, port: 0, host: '127.0.0.1' });
	return {
		served: { site, url: server.url, requests: server.requests, sizeOf: servedSizes(site.dir) },
		close: () => server.close()
	};
}

export function servedSizes(siteDir: string): (path: string) => number {
	const sizes = new Map<string, number>();
	return (path) => {
		let file = join(siteDir, decodeURIComponent(path));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return 0;
		const key = `${file}:${statSync(file).mtimeMs}`;
		let size = sizes.get(key);
		if (size === undefined) {
			const body = readFileSync(file);
			size = COMPRESSIBLE.has(extname(file))
				? gzipSync(body, { level: GZIP_LEVEL }).length
				: body.length;
			sizes.set(key, size);
		}
		return size;
	};
}

/**
 * Bytes per request as the browser saw them (CDP encoded body sizes through Playwright). Chromium
 * reports 0 for a dedicated worker's own script (the maplibre worker) and may miss requests;
 * those are taken from the server's log (gzip size of the file), marked `fromServer`.
 */
export function mergeTransfers(
	browser: readonly { url: string; bytes: number }[],
	server: readonly { url: string; bytes: number }[]
): { url: string; bytes: number; fromServer?: boolean }[] {
	const seen = new Map<string, number[]>();
	for (const t of browser) {
		if (!t.url.startsWith('http')) continue;
		const path = new URL(t.url).pathname;
		seen.set(path, [...(seen.get(path) ?? []), t.bytes]);
	}
	const out: { url: string; bytes: number; fromServer?: boolean }[] = [];
	for (const t of server) {
		const sizes = seen.get(t.url) ?? [];
		const size = sizes.shift();
		// A negative or zero size is Chromium not knowing (cache, worker script): use the server's.
		if (size !== undefined && (size > 0 || t.bytes === 0)) out.push({ url: t.url, bytes: size });
		else out.push({ url: t.url, bytes: t.bytes, fromServer: true });
	}
	// Requests the server never saw (served from the memory cache): nothing was transferred.
	for (const [path, sizes] of seen)
		for (const bytes of sizes) if (bytes > 0) out.push({ url: path, bytes });
	return out;
}
