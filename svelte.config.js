import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `npm run build:test` sets EXPLORER_TEST_BUILD=1: the same site with hooks for the e2e tests and
 * the benchmark (`window.__map`), written to build-test/ so that build/ — what `npm start` serves
 * and what is deployed — never has them.
 */
export const TEST_BUILD = process.env.EXPLORER_TEST_BUILD === '1';
const OUT = TEST_BUILD ? 'build-test' : 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; libraries keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every route is prerendered and every path relative, so the same build works from a
		// domain root, from any sub-path and from a service-worker cache.
		adapter: adapter({
			pages: OUT,
			assets: OUT,
			fallback: undefined,
			precompress: false,
			strict: true
		}),
		paths: { relative: true },
		serviceWorker: { register: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { pollInterval: 0 },
		// A strict policy on every page, as a <meta> tag (a static host sends no headers of ours):
		// no script runs but the site's own files and the inline scripts hashed here (SvelteKit's
		// start-up; the early map loader's hash is added in hooks.server.ts), and nothing can be
		// sent anywhere but this origin, so even a bug in handling a pasted article can neither run
		// its script nor send it away. Styles may be inline: style attributes cannot run script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				// blob: is the map's own data: MapView hands each layer file to the map's worker as a
				// blob: URL of this page (src/lib/map/MapView.svelte), which only this page can make.
				'connect-src': ['self', 'blob:'],
				// The map's worker and the linker's are files of this build (see src/lib/map/maplibre.ts).
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// The page's own CSS is small: inline it so the first paint of the article waits for no request.
		// 13000: the explorer's CSS is 12.3 kB since the overlays make room for the timeline's lens.
		inlineStyleThreshold: 13000
	}
};
