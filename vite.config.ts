import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['geodata'] } },
	build: {
		// Geodata files must stay separate, hashed files: the map and the service worker fetch
		// them by URL, and a data: URL would hide the file name from error messages.
		assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined)
	},
	test: {
		environment: 'node',
		include: [
			'tests/unit/**/*.test.ts',
			'tests/data/**/*.test.ts',
			'src/**/*.test.ts',
			'geodata/scripts/**/*.test.ts'
		],
		exclude: ['**/node_modules/**'],
		expect: { requireAssertions: true },
		reporters: process.env.CI_RESULTS ? ['default', 'json'] : ['default'],
		outputFile: process.env.CI_RESULTS
			? { json: `${process.env.CI_RESULTS}/vitest.json` }
			: undefined
	}
});
