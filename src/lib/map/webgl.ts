/**
 * WebGL support without a throw-away context. Creating a context only to test for one cost about
 * 400 ms of main thread on a CPU renderer (SwiftShader), before the map created its own. So the
 * cheap check only asks whether the browser has WebGL 2 at all (MapLibre 6 needs it), and the
 * map's own context creation is the real test: `isWebglFailure` recognises its error.
 */
export function mayHaveWebgl2(): boolean {
	return typeof WebGL2RenderingContext === 'function';
}

/** Whether `error` is MapLibre failing to get a WebGL 2 context (absent, blocked, turned off). */
export function isWebglFailure(error: unknown): boolean {
	return error instanceof Error && error.name === 'GPUInitializationError';
}
