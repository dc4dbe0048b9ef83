/**
 * Builds the benchmark floor (bench/floor/) on its own: `bench/run.ts` calls Vite with this file
 * and an `outDir` in its temp dir. Relative base, so the floor works from any sub-path.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('./floor', import.meta.url)),
	base: './',
	logLevel: 'warn',
	publicDir: false,
	build: {
		emptyOutDir: true,
		chunkSizeWarningLimit: 2000,
		reportCompressedSize: false
	}
});
