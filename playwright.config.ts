import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/browser';

const PORT = 4173;
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
		command: `node scripts/serve.mjs build ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS }
	}
});
