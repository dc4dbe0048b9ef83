import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
	plugins: [trimMapLibreCss(), sveltekit()],
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
