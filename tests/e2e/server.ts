/** Starts the repo's static server inside a test, so a test can stop it (offline) or mount a sub-path. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export type TestServer = Awaited<ReturnType<typeof serve>>;

export function startServer(options: { root?: string; base?: string } = {}): Promise<TestServer> {
	return serve({ root: options.root ?? 'build', base: options.base ?? '/', port: 0 });
}

/** A private copy of the build that a test may change (e.g. to publish a "new version"). */
export function copyOfBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'explorer-build-'));
	cpSync('build', dir, { recursive: true });
	return dir;
}
