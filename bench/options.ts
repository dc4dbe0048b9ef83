/**
 * The benchmark's command line and its fixed settings: what to run, how many times, and the two
 * device profiles every page load is measured on.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HEAVY_FEATURES = 5000;
export const LOAD_TIMEOUT = 60_000;
/** Total blocking time and layout shift are counted until this long after the map is idle. */
export const SETTLE_MS = 2000;

export interface Profile {
	name: 'desktop' | 'phone';
	viewport: { width: number; height: number };
	/** CPU slow-down applied through the DevTools protocol (`Emulation.setCPUThrottlingRate`). */
	cpuThrottle: number;
	isMobile: boolean;
}

export const DESKTOP: Profile = {
	name: 'desktop',
	viewport: { width: 1280, height: 800 },
	cpuThrottle: 1,
	isMobile: false
};
/** A phone the size of a current mid-range handset, 4× slower than this machine's CPU. */
export const PHONE: Profile = {
	name: 'phone',
	viewport: { width: 390, height: 844 },
	cpuThrottle: 4,
	isMobile: true
};

export interface Options {
	rounds: number;
	clicks: number;
	toggles: number;
	smoke: boolean;
	normal: boolean;
	heavy: boolean;
	/** The library probe: a 1 MB text linked in the browser's worker (bench/library.ts). */
	library: boolean;
	/** Also load both pages on the phone profile (the full run; the smoke run skips it). */
	phone: boolean;
	/** Lighthouse's performance score for both pages, desktop and phone (full run only). */
	lighthouse: boolean;
	build: boolean;
	keep: boolean;
	out: string;
}

export const USAGE = `npx tsx bench/run.ts [--rounds 7] [--clicks 30] [--toggles 10] [--smoke] [--heavy]
                     [--library] [--no-heavy] [--no-phone] [--no-lighthouse] [--build] [--keep]
                     [--out bench-results/bench.json]`;

const FLAGS = new Set([
	'--rounds',
	'--clicks',
	'--toggles',
	'--out',
	'--smoke',
	'--heavy',
	'--library',
	'--no-heavy',
	'--no-phone',
	'--no-lighthouse',
	'--build',
	'--keep'
]);
const WITH_VALUE = new Set(['--rounds', '--clicks', '--toggles', '--out']);

export function parseOptions(argv: readonly string[]): Options {
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!FLAGS.has(arg)) throw new Error(`bench: unknown argument ${arg}\nusage: ${USAGE}`);
		if (WITH_VALUE.has(arg)) {
			if (argv[i + 1] === undefined) throw new Error(`bench: ${arg} needs a value`);
			i++;
		}
	}
	const value = (flag: string) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const int = (flag: string, fallback: number) => {
		const v = value(flag);
		if (v === undefined) return fallback;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 1) throw new Error(`bench: ${flag} needs a positive integer`);
		return n;
	};
	const smoke = argv.includes('--smoke');
	const libraryOnly = argv.includes('--library');
	const heavyOnly = argv.includes('--heavy') && !libraryOnly;
	const only = heavyOnly || libraryOnly;
	return {
		smoke,
		rounds: int('--rounds', smoke ? 1 : 7),
		clicks: int('--clicks', smoke ? 3 : 30),
		toggles: int('--toggles', smoke ? 3 : 10),
		normal: !only,
		heavy: heavyOnly || (!only && !smoke && !argv.includes('--no-heavy')),
		library: libraryOnly || (!only && !smoke),
		phone: !only && !smoke && !argv.includes('--no-phone'),
		lighthouse: !only && !smoke && !argv.includes('--no-lighthouse'),
		build: argv.includes('--build'),
		keep: argv.includes('--keep'),
		out: resolve(ROOT, value('--out') ?? 'bench-results/bench.json')
	};
}
