/**
 * The Content-Security-Policy (svelte.config.js `kit.csp`, plus the early map script's hash from
 * src/lib/server/early-map.ts): every built page carries it, every inline script is hashed in
 * it, the map runs under it, and it refuses script and requests that are not the site's own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, waitForMapIdle } from './fixtures';
import { TEST_BUILD_DIR } from './server';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

function policyOf(html: string): Map<string, string[]> | null {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	if (!content) return null;
	return new Map(
		content
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name!, values])
	);
}

test('every built page carries a strict policy that hashes each of its inline scripts', () => {
	const pages = htmlFiles(TEST_BUILD_DIR);
	expect(pages.length).toBeGreaterThan(100);
	for (const file of pages) {
		const name = relative(TEST_BUILD_DIR, file);
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy, `${name} has no Content-Security-Policy`).not.toBeNull();
		const scripts = policy!.get('script-src') ?? [];
		expect(scripts, `${name}: script-src`).toContain("'self'");
		expect(scripts, `${name}: script-src`).not.toContain("'unsafe-inline'");
		expect(scripts, `${name}: script-src`).not.toContain("'unsafe-eval'");
		// blob: URLs are made by the page itself (the map's layer data), never another origin.
		expect(policy!.get('connect-src'), `${name}: connect-src`).toEqual(["'self'", 'blob:']);
		expect(policy!.get('worker-src'), `${name}: worker-src`).toEqual(["'self'"]);
		expect(policy!.get('object-src'), `${name}: object-src`).toEqual(["'none'"]);
		// The policy must come before any script, or the browser runs those scripts unchecked.
		expect(html.indexOf('content-security-policy'), name).toBeLessThan(
			Math.max(html.indexOf('<script'), 0) || Infinity
		);
		for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			expect(scripts, `${name}: an inline script without its hash`).toContain(hash);
		}
	}
});

test('the explorer and its map run under the policy, which refuses foreign script and requests', async ({
	page,
	guard
}) => {
	const violations: string[] = [];
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
				`${event.violatedDirective} ${event.blockedURI}`
			)
		);
	});
	await page.goto('/');
	await waitForMapIdle(page);
	expect(violations, 'the site itself breaks its policy').toEqual([]);

	guard.allowConsoleError('Content Security Policy');
	guard.allowConsoleError('Refused to');
	const outcome = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		let sent = 'sent';
		try {
			await fetch('http://127.0.0.2:9/collect', { method: 'POST', body: 'article text' });
		} catch {
			sent = 'refused';
		}
		// A string timer is eval; it runs later, outside the test's own (privileged) evaluation.
		(setTimeout as (code: string, ms: number) => number)('window.__evaluated = true', 0);
		await new Promise((done) => setTimeout(done, 100));
		const evaluated = (window as unknown as { __evaluated?: boolean }).__evaluated
			? 'evaluated'
			: 'refused';
		return {
			injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
			sent,
			evaluated
		};
	});
	expect(outcome).toEqual({ injected: false, sent: 'refused', evaluated: 'refused' });
	await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
});
