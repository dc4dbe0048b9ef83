/**
 * Where the main thread's time goes while a page starts: a sampled CPU profile (DevTools
 * protocol) of one load of the app and of the floor, on the desktop and the phone profile, summed
 * by self time per script and per function. It answers "which code makes the long tasks" when the
 * benchmark (`run.ts`) says there are too many; timings are inflated on a loaded machine, so read
 * the proportions and compare app with floor from the same run.
 *
 *   npx tsx bench/profile.ts [--phone] [--floor] [--top 25] [--map-tab]
 *
 * Profiles `build-test/` (run `npm run build:test` first) from navigation until 2 s after the
 * map is idle (phone, app: 2 s after the network is quiet; `--map-tab` then also chooses the Map
 * tab and profiles until 2 s after the map is idle).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/browser';
import { DESKTOP, LOAD_TIMEOUT, PHONE, SETTLE_MS } from './options';
import { newPage, type BenchWindow } from './probes';
import { buildFloor, ensureBuild, prepareSite } from './site';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const argv = process.argv.slice(2);
const top = Number(argv[argv.indexOf('--top') + 1]) || 25;
const profile = argv.includes('--phone') ? PHONE : DESKTOP;
const kinds = argv.includes('--floor') ? (['app', 'floor'] as const) : (['app'] as const);

/** Self time (ms) per key over the samples of a profile. */
function selfTimes(p: CpuProfile, keyOf: (frame: CallFrame) => string): Map<string, number> {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const out = new Map<string, number>();
	p.samples.forEach((id, i) => {
		const frame = byId.get(id)!.callFrame;
		const key = keyOf(frame);
		out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
	});
	return out;
}

/**
 * Runs of busy samples longer than 50 ms (the profile's view of long tasks), each with the
 * functions that took most of it, by self time and by time including what they called.
 */
function bursts(p: CpuProfile, label: (frame: CallFrame) => string) {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const idle = (id: number) => /^\((idle|program)\)$/.test(byId.get(id)!.callFrame.functionName);
	let t = 0;
	let run: { start: number; end: number; samples: [number, number][] } | null = null;
	const out: NonNullable<typeof run>[] = [];
	p.samples.forEach((id, i) => {
		const dt = (p.timeDeltas[i] ?? 0) / 1000;
		t += dt;
		if (idle(id)) {
			if (run && t - run.end > 2) {
				if (run.end - run.start > 50) out.push(run);
				run = null;
			}
			return;
		}
		run ??= { start: t, end: t, samples: [] };
		run.end = t;
		run.samples.push([id, dt]);
	});
	if (run && run.end - run.start > 50) out.push(run);
	const all = {
		start: 0,
		end: t,
		samples: p.samples.flatMap((id, i): [number, number][] =>
			idle(id) ? [] : [[id, (p.timeDeltas[i] ?? 0) / 1000]]
		)
	};
	out.push(all);
	for (const b of out) {
		const self = new Map<string, number>();
		const total = new Map<string, number>();
		for (const [id, dt] of b.samples) {
			const key = label(byId.get(id)!.callFrame);
			self.set(key, (self.get(key) ?? 0) + dt);
			const seen = new Set<string>();
			for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
				const k = label(byId.get(n)!.callFrame);
				if (seen.has(k)) continue;
				seen.add(k);
				total.set(k, (total.get(k) ?? 0) + dt);
			}
		}
		const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]! : '';
		const fmt = (m: Map<string, number>, n: number) =>
			[...m]
				.filter(([k]) => k.includes(only))
				.sort((a, c) => c[1] - a[1])
				.slice(0, n)
				.map(([k, v]) => `${v.toFixed(0)} ${k}`)
				.join(' | ');
		console.log(
			b === all
				? '\n  whole profile'
				: `\n  burst at ${b.start.toFixed(0)} ms, ${(b.end - b.start).toFixed(0)} ms`
		);
		console.log(`    self:  ${fmt(self, 8)}`);
		console.log(`    total: ${fmt(total, b === all ? 60 : 14)}`);
	}
}

const shortUrl = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || '(native)';

function print(title: string, times: Map<string, number>, skipIdle = true) {
	const rows = [...times].filter(([k]) => !skipIdle || !/^\(idle\)|^\(program\)/.test(k));
	const total = rows.reduce((n, [, v]) => n + v, 0);
	console.log(`\n${title} (busy ${total.toFixed(0)} ms)`);
	for (const [key, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, top))
		console.log(
			`${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`
		);
}

async function quietNetwork(page: Page, quietMs: number) {
	let inflight = 0;
	let last = Date.now();
	page.on('request', () => {
		inflight++;
		last = Date.now();
	});
	const done = () => {
		inflight--;
		last = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return async () => {
		const until = Date.now() + 15_000;
		while (Date.now() < until && (inflight > 0 || Date.now() - last < quietMs))
			await page.waitForTimeout(50);
	};
}

async function main() {
	ensureBuild(false);
	const tmp = mkdtempSync(join(tmpdir(), 'explorer-profile-'));
	const floorBuild = join(tmp, 'floor-build');
	await buildFloor(floorBuild);
	const site = prepareSite(join(tmp, 'site'), floorBuild);
	const server = await serve({ root: site.dir, port: 0, host: '127.0.0.1' });
	const browser = await chromium.launch({
		executablePath: await chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	try {
		for (const kind of kinds) {
			const { context, page, cdp } = await newPage(browser, profile);
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
			const quiet = await quietNetwork(page, 500);
			const url = kind === 'app' ? server.url : `${server.url}floor/`;
			await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
			const mapFirst = !(kind === 'app' && profile.name === 'phone');
			if (mapFirst)
				await page.waitForFunction(
					() => typeof (window as unknown as BenchWindow).__mapIdleAt === 'number',
					null,
					{
						timeout: LOAD_TIMEOUT
					}
				);
			await quiet();
			await page.waitForTimeout(SETTLE_MS);
			if (!mapFirst && argv.includes('--map-tab')) {
				await page.getByRole('button', { name: 'Map', exact: true }).click();
				await page.waitForFunction(
					() => typeof (window as unknown as BenchWindow).__mapIdleAt === 'number',
					null,
					{
						timeout: LOAD_TIMEOUT
					}
				);
				await page.waitForTimeout(SETTLE_MS);
			}
			const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
				profile: CpuProfile;
			};
			const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks);
			const tbt = tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
			console.log(
				`\n=== ${kind}, ${profile.name}: ${tasks.length} long tasks, ${tasks
					.reduce((n, [, d]) => n + d, 0)
					.toFixed(0)} ms, TBT ${tbt.toFixed(0)} ms ===`
			);
			console.log(tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' '));
			print(
				'by script',
				selfTimes(p, (f) => shortUrl(f.url) || f.functionName)
			);
			print(
				'by function',
				selfTimes(
					p,
					(f) =>
						`${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`
				)
			);
			bursts(
				p,
				(f) =>
					`${f.functionName || '(anon)'}@${shortUrl(f.url).replace('/_app/immutable/', '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
			);
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
