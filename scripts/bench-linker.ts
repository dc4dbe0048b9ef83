/**
 * Linker benchmark (DESIGN.md §9): links 100 articles of 50 passages each and prints the median
 * time of several runs. Budget 200 ms; exits 1 when over. Passages are the first article's
 * paragraphs plus variants with other spellings, cycled. The gazetteer is built once from the
 * geodata (its build time is printed separately).
 *
 *     npx tsx scripts/bench-linker.ts
 */
import { readFileSync } from 'node:fs';
import { loadFeatures } from '../src/lib/articles/content.server';
import { buildGazetteer } from '../src/lib/articles/gazetteer';
import { linkArticle } from '../src/lib/articles/linker';
import { parseArticle } from '../src/lib/articles/parse';
import type { Article } from '../src/lib/articles/types';

const BUDGET_MS = 200;
const RUNS = 9;

const { features, warnings } = loadFeatures();
for (const w of warnings) console.warn(`warning: ${w}`);
if (features.length === 0) {
	console.error('bench-linker: no geodata features found');
	process.exit(1);
}
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
	'The Indian-administered Kashmir valley and Pakistan-administered Kashmir both saw protests; the Jammu and Kashmir dispute remains.'
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
for (let run = 0; run < RUNS; run++) {
	t = performance.now();
	links = 0;
	for (const article of articles) links += linkArticle(gazetteer, article).length;
	times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
	`gazetteer: ${gazetteer.entries.size} names from ${features.length} features, built in ${buildMs.toFixed(1)} ms`
);
console.log(
	`linked 100 articles × 50 passages (${(chars / 1e6).toFixed(2)} M characters, ${links} links)`
);
console.log(
	`median ${median.toFixed(1)} ms of ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times[times.length - 1]!.toFixed(1)}); budget ${BUDGET_MS} ms`
);
if (median > BUDGET_MS) {
	console.error(`bench-linker: over budget (${median.toFixed(1)} ms > ${BUDGET_MS} ms)`);
	process.exit(1);
}
