/** Starts the repo's static server inside a test, so a test can stop it (offline) or mount a sub-path. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

/** The e2e tests read the live map (`window.__map`), which only the test build exposes. */
export const TEST_BUILD_DIR = 'build-test';

export type TestServer = Awaited<ReturnType<typeof serve>>;

export function startServer(
	options: { root?: string; base?: string; types?: Record<string, string> } = {}
): Promise<TestServer> {
	return serve({
		root: options.root ?? TEST_BUILD_DIR,
		base: options.base ?? '/',
		port: 0,
		...(options.types ? { types: options.types } : {})
	});
}

/** A private copy of the build that a test may change (e.g. to publish a "new version"). */
export function copyOfBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'explorer-build-'));
	cpSync(TEST_BUILD_DIR, dir, { recursive: true });
	return dir;
}
