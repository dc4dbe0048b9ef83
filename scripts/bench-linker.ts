/**
 * Linker benchmark (docs/architecture.md, "Performance budgets"): links 100 articles of 50 passages each and prints the median
 * time of several runs. Budget 200 ms; exits 1 when over. Passages are the first article's
 * paragraphs plus variants with other spellings, cycled. The gazetteer is built once from the
 * geodata (its build time is printed separately). `npm run bench` imports `benchLinker`.
 *
 *     npx tsx scripts/bench-linker.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFeatures } from '../src/lib/articles/content.server';
import { buildGazetteer, type GazetteerFeature } from '../src/lib/articles/gazetteer';
import { linkArticle } from '../src/lib/articles/linker';
import { parseArticle } from '../src/lib/articles/parse';
import type { Article } from '../src/lib/articles/types';

export const BUDGET_MS = 200;
const RUNS = 9;

export interface LinkerBenchOptions {
	/** Features added to the geodata's (the heavy case). */
	extraFeatures?: GazetteerFeature[];
	/** Passage texts added to the cycled ones (the heavy case). */
	extraTexts?: string[];
	runs?: number;
}

export interface LinkerBenchResult {
	names: number;
	features: number;
	buildMs: number;
	chars: number;
	links: number;
	runs: number;
	medianMs: number;
	minMs: number;
	maxMs: number;
	warnings: string[];
}

export function benchLinker(options: LinkerBenchOptions = {}): LinkerBenchResult {
	const runs = options.runs ?? RUNS;
	const loaded = loadFeatures();
	const features = [...loaded.features, ...(options.extraFeatures ?? [])];
	if (features.length === 0) throw new Error('bench-linker: no geodata features found');
	let t = performance.now();
	const gazetteer = buildGazetteer(features);
	const buildMs = performance.now() - t;

	const first = parseArticle(
		readFileSync('src/content/articles/azerbaijan-pakistan-kashmir.md', 'utf8'),
		'first.md'
	);
	const extra = [
		'Residents returned to Shushi and Stepanakert, while the roads from Fizuli, Agdam and Kelbajar reopened near Lacin, Zangelan, Kubatly and Jebrail.',
		'Shops in Srinagar and Muzaffarabad stayed shut; elections were held in Gilgit-Baltistan and firing was reported across the LoC, far from Aksai Chin and “PoK”.',
		'The Indian-administered Kashmir valley and Pakistan-administered Kashmir both saw protests; the Jammu and Kashmir dispute remains.',
		...(options.extraTexts ?? [])
	];
	const texts = [...first.passages.map((p) => p.text), ...extra];
	const articles: Article[] = Array.from({ length: 100 }, (_, a) => ({
		slug: `bench-${a}`,
		file: `bench-${a}.md`,
		meta: first.meta,
		passages: Array.from({ length: 50 }, (_, i) => ({
			id: `p${i + 1}`,
			text: texts[(a * 7 + i) % texts.length]!,
			line: i + 1
		}))
	}));
	const chars = articles.reduce((n, a) => n + a.passages.reduce((m, p) => m + p.text.length, 0), 0);

	const times: number[] = [];
	let links = 0;
	linkArticle(gazetteer, articles[0]!); // warm up
	for (let run = 0; run < runs; run++) {
		t = performance.now();
		links = 0;
		for (const article of articles) links += linkArticle(gazetteer, article).length;
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return {
		names: gazetteer.entries.size,
		features: features.length,
		buildMs,
		chars,
		links,
		runs,
		medianMs: times[Math.floor(times.length / 2)]!,
		minMs: times[0]!,
		maxMs: times[times.length - 1]!,
		warnings: loaded.warnings
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	let result: LinkerBenchResult;
	try {
		result = benchLinker();
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
	for (const w of result.warnings) console.warn(`warning: ${w}`);
	console.log(
		`gazetteer: ${result.names} names from ${result.features} features, built in ${result.buildMs.toFixed(1)} ms`
	);
	console.log(
		`linked 100 articles × 50 passages (${(result.chars / 1e6).toFixed(2)} M characters, ${result.links} links)`
	);
	console.log(
		`median ${result.medianMs.toFixed(1)} ms of ${result.runs} runs (min ${result.minMs.toFixed(1)}, max ${result.maxMs.toFixed(1)}); budget ${BUDGET_MS} ms`
	);
	if (result.medianMs > BUDGET_MS) {
		console.error(`bench-linker: over budget (${result.medianMs.toFixed(1)} ms > ${BUDGET_MS} ms)`);
		process.exit(1);
	}
}
