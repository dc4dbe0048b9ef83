import { readFile } from 'node:fs/promises';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { splitDetails } from './src/lib/geodata/details';
import { TEST_BUILD } from './svelte.config.js';

/**
 * maplibre-gl.css is 72 KB, most of it SVG icons of controls this app never adds (zoom,
 * compass, fullscreen, geolocate, globe, terrain, the logo). Dropping those rules saves about
 * 8 KB gzip of every first visit; the attribution control and the map itself keep their rules.
 */
function trimMapLibreCss(): Plugin {
	const unused =
		/[^{}]*maplibregl-ctrl-(?:zoom|compass|fullscreen|shrink|geolocate|globe|terrain|logo)[^{}]*\{[^{}]*\}/g;
	return {
		name: 'trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!id.includes('maplibre-gl/dist/maplibre-gl.css')) return;
			return { code: code.replace(unused, ''), map: null };
		}
	};
}

/**
 * maplibre ships its worker as `maplibre-gl-worker.mjs`, and Vite keeps the extension. A module
 * worker refuses a script sent as `application/octet-stream`, which is what a static server that
 * does not know `.mjs` sends, and then the map never draws. Emitted as `.js`, every static server
 * sends it with a JavaScript type (tested in e2e with a server that knows only .html, .css and
 * .js). In `vite dev` the dev server serves the `.mjs` itself, so nothing changes there.
 */
function mapWorkerAsJs(): Plugin {
	const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
	let building = false;
	return {
		name: 'map-worker-as-js',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		async load(id) {
			if (!building || !id.endsWith(WORKER)) return;
			const reference = this.emitFile({
				type: 'asset',
				name: 'maplibre-gl-worker.js',
				source: await readFile(id.slice(0, -'?url'.length))
			});
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}

/**
 * Each layer file is built as two files: the features with what the map, the search and the
 * region list need (`<layer>.geojson`, fetched at load), and the properties only the panel shows
 * (`<layer>.details.json`, fetched when a feature of the layer is first selected; see
 * `src/lib/geodata/details.ts`). In `vite dev` the layer file is served whole and `?details`
 * is undefined, which the page reads as "nothing more to fetch".
 */
function splitLayerDetails(): Plugin {
	const LAYER = /\/geodata\/([^/]+)\.geojson\?(url|details)$/;
	let building = false;
	const split = new Map<string, Promise<{ slim: string; details: string }>>();
	const parts = (file: string) => {
		let parts = split.get(file);
		if (!parts) {
			parts = readFile(file, 'utf8').then((text) => splitDetails(text, file));
			split.set(file, parts);
		}
		return parts;
	};
	return {
		name: 'split-layer-details',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		async load(id) {
			const match = LAYER.exec(id);
			if (!match) return;
			const [, stem, kind] = match;
			if (!building) return kind === 'details' ? 'export default undefined;' : undefined;
			const { slim, details } = await parts(id.slice(0, id.lastIndexOf('?')));
			const reference = this.emitFile(
				kind === 'url'
					? { type: 'asset', name: `${stem}.geojson`, source: slim }
					: { type: 'asset', name: `${stem}.details.json`, source: details }
			);
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}

/**
 * `geodata/layers.json?order`: the catalogue's layer ids in drawing order, all the browser's code
 * needs from it. The titles, legends and descriptions come with the page's data (the layer panel
 * reads them there); importing the whole file put a second copy of them in the first-load JS.
 */
function layerOrder(): Plugin {
	const CATALOGUE = /\/geodata\/layers\.json\?order$/;
	return {
		name: 'layer-order',
		enforce: 'pre',
		async load(id) {
			if (!CATALOGUE.test(id)) return;
			const file = id.slice(0, id.lastIndexOf('?'));
			this.addWatchFile(file);
			const entries = JSON.parse(await readFile(file, 'utf8')) as { id: string }[];
			return `export default ${JSON.stringify(entries.map((entry) => entry.id))};`;
		}
	};
}

export default defineConfig({
	plugins: [trimMapLibreCss(), mapWorkerAsJs(), splitLayerDetails(), layerOrder(), sveltekit()],
	// The test build (`npm run build:test`) exposes the live map to the e2e tests and the benchmark
	// (`window.__map`); in the build that ships the constant is false and the code is dropped.
	define: { __TEST_HOOKS__: JSON.stringify(TEST_BUILD) },
	server: { fs: { allow: ['geodata'] } },
	build: {
		// Geodata files must stay separate, hashed files: the map and the service worker fetch
		// them by URL, and a data: URL would hide the file name from error messages. Fonts too:
		// the browser fetches a font only when a character of its unicode-range is on the page,
		// whereas an inlined one would weigh on every first load.
		assetsInlineLimit: (file) => (/\.(geojson|woff2)$/.test(file) ? false : undefined)
	},
	test: {
		environment: 'node',
		include: [
			'tests/unit/**/*.test.ts',
			'tests/data/**/*.test.ts',
			'src/**/*.test.ts',
			'geodata/scripts/**/*.test.ts',
			'bench/**/*.test.ts'
		],
		exclude: ['**/node_modules/**'],
		expect: { requireAssertions: true },
		reporters: process.env.CI_RESULTS ? ['default', 'json'] : ['default'],
		outputFile: process.env.CI_RESULTS
			? { json: `${process.env.CI_RESULTS}/vitest.json` }
			: undefined
	}
});
