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
	interface Window {
		/** The live map, for the e2e tests and the benchmark (read-only use). */
		__map?: MapLibreMap;
		/** `performance.now()` when the map first reached `idle`. */
		__mapIdleAt?: number;
	}
}

export {};
