/**
 * The map's worker, started before the map library has been evaluated. MapLibre creates its
 * worker only at the end of its own module evaluation (`prewarm()` in `maplibre.ts`), and the
 * worker then spends its first ~90 ms fetching and compiling its 0.5 MB script, while the map
 * waits for it. Started here, first in the map chunk, that compile runs on the worker's thread
 * while the main thread is still evaluating the library (about 200 ms on the bench's phone, whose
 * CPU throttling slows the main thread). See docs/architecture.md, "Performance budgets".
 *
 * MapLibre has no option to take a worker it did not create, so `handToMapLibre` lends it this
 * one through the `Worker` constructor for the one synchronous call that creates it. If MapLibre
 * does not ask for it there (a later version that creates it differently), the started worker is
 * ended and MapLibre's own is used: nothing breaks, the head start is lost (and the e2e test
 * that counts the page's map workers fails).
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The worker script's absolute URL: resolved against the page, so sub-path hosting works. */
export const mapWorkerUrl = (): string => new URL(workerUrl, document.baseURI).href;

function start(): Worker | null {
	try {
		return new Worker(mapWorkerUrl(), { type: 'module' });
	} catch {
		// Workers refused (a policy, an old browser): MapLibre's own attempt will say why.
		return null;
	}
}

let started: Worker | null = start();

/**
 * Runs `createWorkers` (a MapLibre call that creates its worker synchronously, e.g. `prewarm`)
 * so that MapLibre gets the worker started at load instead of a new one. Once only.
 */
export function handToMapLibre(createWorkers: () => void): void {
	const worker = started;
	started = null;
	if (!worker) return createWorkers();
	const Native = globalThis.Worker;
	const url = mapWorkerUrl();
	let taken = false;
	const Lending = function (scriptUrl: string | URL, options?: WorkerOptions): Worker {
		if (!taken && String(scriptUrl) === url) {
			taken = true;
			return worker;
		}
		return new Native(scriptUrl, options);
	};
	globalThis.Worker = Lending as unknown as typeof Worker;
	try {
		createWorkers();
	} finally {
		globalThis.Worker = Native;
		if (!taken) worker.terminate();
	}
}
