/**
 * Before and after: the floor and two or more builds of the site, loaded in turn in one browser
 * (the order rotates every round), each load in a fresh context as `npm run bench` makes it. It
 * prints each build's median navigation → map idle and its ratio to the floor's, for the figures
 * a commit that changes start-up reports. Timings drift on a shared machine, so builds are only
 * compared within one run.
 *
 *   npx tsx bench/compare.ts [--rounds 12] [--phone] <build dir> <build dir> …
 *
 * A build dir is a copy of `build-test/` (`npm run build:test`, then copy it aside before the
 * next change). On the phone profile an explorer's figure is Map tab → idle, as in the bench.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';
import { DESKTOP, LOAD_TIMEOUT, PHONE, type Profile } from './options';
import { newPage, type BenchWindow } from './probes';
import { buildFloor, ensureBuild, prepareSite } from './site';
import { median } from './stats';

interface Target {
	name: string;
	url: string;
	floor: boolean;
}

function parse(argv: string[]) {
	const dirs: string[] = [];
	let rounds = 12;
	let phone = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--phone') phone = true;
		else if (arg === '--rounds') {
			rounds = Number(argv[++i]);
			if (!Number.isInteger(rounds) || rounds < 1)
				throw new Error('compare: --rounds needs a positive integer');
		} else if (arg.startsWith('--')) throw new Error(`compare: unknown option ${arg}`);
		else dirs.push(arg);
	}
	if (dirs.length < 1) throw new Error('compare: name at least one build directory');
	for (const dir of dirs)
		if (!existsSync(join(dir, 'index.html')))
			throw new Error(
				`compare: ${dir} has no index.html (copy build-test/ after npm run build:test)`
			);
	return { dirs, rounds, profile: phone ? PHONE : DESKTOP };
}

/** Navigation (or, for an explorer on the phone, the Map tab) → map idle, in ms. */
async function idleOnce(browser: Browser, target: Target, profile: Profile): Promise<number> {
	const { context, page } = await newPage(browser, profile);
	try {
		await page.goto(target.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
		let from = 0;
		if (profile === PHONE && !target.floor) {
			// The phone's first view is the article; the map starts when its tab is chosen.
			await page.waitForTimeout(2500);
			from = await page.evaluate(() => performance.now());
			await page.getByRole('button', { name: 'Map', exact: true }).click();
		}
		await page.waitForFunction(
			() => typeof (window as unknown as BenchWindow).__mapIdleAt === 'number',
			null,
			{ timeout: LOAD_TIMEOUT }
		);
		const idle = await page.evaluate(() => (window as unknown as BenchWindow).__mapIdleAt!);
		return idle - from;
	} finally {
		await context.close();
	}
}

async function main() {
	const { dirs, rounds, profile } = parse(process.argv.slice(2));
	ensureBuild(false);
	const tmp = mkdtempSync(join(tmpdir(), 'explorer-compare-'));
	const servers: { close: () => Promise<void> }[] = [];
	let browser: Browser | null = null;
	try {
		await buildFloor(join(tmp, 'floor-build'));
		const site = prepareSite(join(tmp, 'site'), join(tmp, 'floor-build'));
		const floorServer = await serve({ root: site.dir, port: 0, host: '127.0.0.1' });
		servers.push(floorServer);
		const targets: Target[] = [{ name: 'floor', url: `${floorServer.url}floor/`, floor: true }];
		for (const [i, dir] of dirs.entries()) {
			const copy = join(tmp, `build-${i}`);
			cpSync(dir, copy, { recursive: true });
			const server = await serve({ root: copy, port: 0, host: '127.0.0.1' });
			servers.push(server);
			targets.push({ name: `${i + 1}: ${basename(dir)}`, url: server.url, floor: false });
		}
		browser = await chromium.launch({
			executablePath: await chromiumExecutable(),
			args: CHROMIUM_ARGS
		});
		const times = new Map(targets.map((t) => [t.name, [] as number[]]));
		for (let round = 0; round < rounds; round++) {
			const shift = round % targets.length;
			for (const target of [...targets.slice(shift), ...targets.slice(0, shift)])
				times.get(target.name)!.push(await idleOnce(browser, target, profile));
			process.stdout.write(`compare: round ${round + 1}/${rounds}\n`);
		}
		const floorMedian = median(times.get('floor')!);
		const what = profile === PHONE ? 'phone: map idle' : 'desktop: navigation → map idle';
		console.log(`\n${what}, median of ${rounds} (all loads in ms)`);
		for (const [name, values] of times) {
			const m = median(values);
			console.log(
				`  ${name.padEnd(28)} ${m.toFixed(0).padStart(6)} ms  ×${(m / floorMedian).toFixed(2)}  ` +
					`[${values.map((v) => v.toFixed(0)).join(' ')}]`
			);
		}
	} finally {
		await browser?.close();
		for (const s of servers) await s.close();
		rmSync(tmp, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
