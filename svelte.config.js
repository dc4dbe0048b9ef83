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
		// The page's own CSS is small: inline it so the first paint of the article waits for no request.
		inlineStyleThreshold: 12000
	}
};
