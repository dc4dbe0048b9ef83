// Prints the closing `N passed, N failed[, N skipped]` line from the vitest and playwright JSON
// reports. A step that failed before any test could run (install, type check, lint, build)
// counts as one failure, so a red run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = '.ci-results', statusArg = '0'] = process.argv.slice(2);
const status = Number(statusArg);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = join(dir, 'vitest.json');
if (existsSync(vitestFile)) {
	const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests;
	skipped += v.numPendingTests + v.numTodoTests;
}
const playwrightFile = join(dir, 'playwright.json');
if (existsSync(playwrightFile)) {
	const p = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats;
	passed += p.expected + p.flaky;
	failed += p.unexpected;
	skipped += p.skipped;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
