/**
 * Where the e2e browser comes from: `CHROMIUM_PATH` if set (a developer's own Chromium), else the
 * Chromium build inside the npm package `@sparticuz/chromium`, pinned by the lockfile, which
 * renders WebGL with SwiftShader on a plain Linux machine. Nothing downloads a browser.
 */
import chromium from '@sparticuz/chromium';

export async function chromiumExecutable(): Promise<string> {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return chromium.executablePath();
}

/** Flags that keep Chromium quiet on a closed network and pin WebGL to SwiftShader. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** Flags for a Chromium without any WebGL (the map's fallback). */
export const NO_WEBGL_ARGS = [
	...CHROMIUM_ARGS.filter((arg) => !arg.includes('swiftshader')),
	'--disable-webgl',
	'--disable-3d-apis'
];
