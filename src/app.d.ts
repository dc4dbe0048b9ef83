// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	/**
	 * True only in the test build (`npm run build:test`, written to `build-test/`), which the e2e
	 * tests and the benchmark use; the build that ships (`npm run build`) leaves the hooks below out.
	 */
	const __TEST_HOOKS__: boolean;
	interface Window {
		/** The live map, for the e2e tests and the benchmark (read-only use); test build only. */
		__map?: MapLibreMap;
		/** `performance.now()` when the map first reached `idle`; test build only. */
		__mapIdleAt?: number;
	}
}

export {};
