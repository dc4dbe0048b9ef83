import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/browser';
import { TEST_BUILD_DIR } from './tests/e2e/server';

// E2E_PORT: several checkouts on one machine can run their e2e tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
if (!existsSync(`${TEST_BUILD_DIR}/index.html`))
	throw new Error(`${TEST_BUILD_DIR}/ is missing: run \`npm run build:test\` first`);
const results = process.env.CI_RESULTS;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 45_000,
	expect: { timeout: 15_000 },
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	outputDir: 'test-results',
	reporter: results
		? [['list'], ['json', { outputFile: `${results}/playwright.json` }]]
		: [['list']],
	webServer: {
		command: `node scripts/serve.mjs ${TEST_BUILD_DIR} ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS }
	}
});
