/**
 * Build-time loader for SvelteKit server code and node scripts: reads the articles
 * (`src/content/articles/*.md`), their curated links (`src/content/links/<slug>.json`) and the
 * feature properties of the geodata layers listed in `geodata/layers.json` (geometry is not
 * kept), and links everything. Paths are relative to `root` (default: the working directory,
 * which is the repository root for `vite build`, vitest and `npx tsx scripts/…`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerEntry } from '../geodata/types';
import { parseCuratedLinks } from './curated';
import { ArticleError } from './errors';
import { buildGazetteer, type Gazetteer, type GazetteerFeature } from './gazetteer';
import { buildLinkIndex } from './index';
import { linkArticle } from './linker';
import { parseArticle } from './parse';
import type { Article, CuratedLinks, Link, LinkIndex } from './types';

export const ARTICLES_DIR = 'src/content/articles';
export const LINKS_DIR = 'src/content/links';

export interface LoadedContent {
	articles: Article[];
	links: Link[];
	index: LinkIndex;
	gazetteer: Gazetteer;
	/** Curated link files by article slug. */
	curated: Record<string, CuratedLinks>;
	/** Geodata files listed in layers.json but not (yet) present, and similar non-fatal notes. */
	warnings: string[];
}

export interface LoadOptions {
	root?: string;
	/** Use these features instead of reading the geodata (tests, scripts). */
	features?: GazetteerFeature[];
}

/** Feature properties of every layer file listed in `geodata/layers.json`. */
export function loadFeatures(root = process.cwd()): {
	features: GazetteerFeature[];
	warnings: string[];
} {
	const catalogue = join(root, 'geodata', 'layers.json');
	const warnings: string[] = [];
	if (!existsSync(catalogue)) return { features: [], warnings: ['geodata/layers.json is missing'] };
	const layers = JSON.parse(readFileSync(catalogue, 'utf8')) as LayerEntry[];
	const features: GazetteerFeature[] = [];
	for (const layer of layers) {
		const path = join(root, 'geodata', layer.file);
		if (!existsSync(path)) {
			warnings.push(`geodata/${layer.file} is listed in layers.json but missing`);
			continue;
		}
		const json = JSON.parse(readFileSync(path, 'utf8')) as {
			features?: { properties?: GazetteerFeature }[];
		};
		for (const f of json.features ?? []) if (f.properties?.id) features.push(f.properties);
	}
	return { features, warnings };
}

/** Reads and parses one curated link file if it exists. */
export function loadCurated(slug: string, root = process.cwd()): CuratedLinks | undefined {
	const rel = `${LINKS_DIR}/${slug}.json`;
	const path = join(root, rel);
	return existsSync(path) ? parseCuratedLinks(readFileSync(path, 'utf8'), rel) : undefined;
}

const cache = new Map<string, LoadedContent>();

/** Loads, links and indexes every article. Cached per root unless `features` are given. */
export function loadArticles(options: LoadOptions = {}): LoadedContent {
	const root = options.root ?? process.cwd();
	if (!options.features && cache.has(root)) return cache.get(root)!;
	const { features, warnings } = options.features
		? { features: options.features, warnings: [] }
		: loadFeatures(root);
	const gazetteer = buildGazetteer(features);
	const dir = join(root, ARTICLES_DIR);
	const files = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.md'))
				.sort()
		: [];
	const articles = files.map((f) =>
		parseArticle(readFileSync(join(dir, f), 'utf8'), `${ARTICLES_DIR}/${f}`)
	);
	const slugs = new Set(articles.map((a) => a.slug));
	const curated: Record<string, CuratedLinks> = {};
	const linksDir = join(root, LINKS_DIR);
	for (const f of existsSync(linksDir)
		? readdirSync(linksDir)
				.filter((x) => x.endsWith('.json'))
				.sort()
		: []) {
		const slug = f.slice(0, -'.json'.length);
		if (!slugs.has(slug))
			throw new ArticleError(
				`${LINKS_DIR}/${f}`,
				undefined,
				`no article "${slug}" in ${ARTICLES_DIR}`
			);
		curated[slug] = loadCurated(slug, root)!;
	}
	const links = articles.flatMap((a) => linkArticle(gazetteer, a, curated[a.slug]));
	const content: LoadedContent = {
		articles,
		links,
		index: buildLinkIndex(articles, links),
		gazetteer,
		curated,
		warnings
	};
	if (!options.features) cache.set(root, content);
	return content;
}
