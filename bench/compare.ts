/**
 * Before and after: the floor and one or more builds of the site, loaded in turn in one browser
 * (the order rotates every round), each load the bench's own measured load (`probes.ts`
 * `loadOnce`: a fresh context, the same device profiles). It prints each build's median map idle
 * and its ratio to the floor's, for the figures a commit that changes start-up reports. Timings
 * drift on a shared machine, so builds are only compared within one run.
 *
 *   npx tsx bench/compare.ts [--rounds 12] [--phone] <build dir> <build dir> …
 *
 * A build dir is a copy of `build-test/` (`npm run build:test`, then copy it aside before the
 * next change). On the phone profile an explorer's figure is Map tab → idle, as in the bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';
import { DESKTOP, PHONE } from './options';
import { loadOnce, type Kind, type Served } from './probes';
import { buildFloor, ensureBuild, prepareSite, serveSite } from './site';
import { median } from './stats';

interface Target {
	name: string;
	kind: Kind;
	served: Served;
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

async function main() {
	const { dirs, rounds, profile } = parse(process.argv.slice(2));
	ensureBuild(false);
	const tmp = mkdtempSync(join(tmpdir(), 'explorer-compare-'));
	const servers: { close: () => Promise<void> }[] = [];
	let browser: Browser | null = null;
	try {
		const floorBuild = join(tmp, 'floor-build');
		await buildFloor(floorBuild);
		const targets: Target[] = [];
		for (const [i, dir] of dirs.entries()) {
			// Each build is served as the bench serves the test build, the floor beside it.
			const { served, close } = await serveSite(
				prepareSite(join(tmp, `build-${i}`), floorBuild, dir)
			);
			servers.push({ close });
			if (i === 0) targets.push({ name: 'floor', kind: 'floor', served });
			targets.push({ name: `${i + 1}: ${basename(dir)}`, kind: 'app', served });
		}
		browser = await chromium.launch({
			executablePath: await chromiumExecutable(),
			args: CHROMIUM_ARGS
		});
		const times = new Map(targets.map((t) => [t.name, [] as number[]]));
		for (let round = 0; round < rounds; round++) {
			const shift = round % targets.length;
			for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) {
				// The same measured load as `npm run bench`; on the phone the explorer's figure is
				// Map tab → idle, the floor's navigation → idle.
				const load = await loadOnce(browser, target.served, target.kind, profile, null);
				const idle = load.mapTabIdleMs ?? load.idleMs;
				if (idle === null)
					throw new Error(`compare: ${target.name} did not reach map idle (round ${round + 1})`);
				times.get(target.name)!.push(idle);
			}
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
