/**
 * Links one article file and prints its links as JSON on stdout:
 *
 *     npx tsx scripts/link.ts src/content/articles/azerbaijan-pakistan-kashmir.md
 *     npx tsx scripts/link.ts some-text.txt        (paragraphs, no front matter; slug = file stem)
 *
 * On stderr: capitalised names the linker did not link — candidates for aliases or curated
 * links, not errors. Uses the geodata in geodata/ and, for a .md whose slug has one, the curated
 * file src/content/links/<slug>.json. Exits 1 with a message on bad input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { unlinkedNames } from '../src/lib/articles/candidates';
import { loadCurated, loadFeatures } from '../src/lib/articles/content.server';
import { ArticleError } from '../src/lib/articles/errors';
import { buildGazetteer } from '../src/lib/articles/gazetteer';
import { linkArticle } from '../src/lib/articles/linker';
import { parseArticle, parsePlainText, slugFromPath } from '../src/lib/articles/parse';

function fail(message: string): never {
	process.stderr.write(`link: ${message}\n`);
	process.exit(1);
}

const file = process.argv[2];
if (!file || process.argv.length > 3) fail('usage: npx tsx scripts/link.ts <file.md|file.txt>');
if (!/\.(md|txt)$/i.test(file)) fail(`${file}: expected a .md (with front matter) or .txt file`);
if (!existsSync(file)) fail(`${file}: no such file`);

try {
	const display = relative(process.cwd(), file) || file;
	const source = readFileSync(file, 'utf8');
	const article = file.toLowerCase().endsWith('.md')
		? parseArticle(source, display)
		: parsePlainText(source, display);
	const { features, warnings } = loadFeatures();
	for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
	if (features.length === 0) fail('no geodata features found (geodata/layers.json and its files)');
	const gazetteer = buildGazetteer(features);
	const curated = file.toLowerCase().endsWith('.md') ? loadCurated(slugFromPath(file)) : undefined;
	const links = linkArticle(gazetteer, article, curated);
	process.stdout.write(JSON.stringify(links, null, '\t') + '\n');

	const candidates = new Map<string, number>();
	for (const p of article.passages) {
		for (const c of unlinkedNames(
			p.text,
			links.filter((l) => l.passageId === p.id)
		))
			candidates.set(c.text, (candidates.get(c.text) ?? 0) + c.count);
	}
	process.stderr.write(`${links.length} links in ${article.passages.length} passages.\n`);
	if (candidates.size) {
		process.stderr.write('Capitalised names not in the gazetteer (candidates, not errors):\n');
		for (const [name, count] of [...candidates].sort(
			(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
		)) {
			process.stderr.write(`  ${name}${count > 1 ? ` (${count}×)` : ''}\n`);
		}
	}
} catch (error) {
	if (error instanceof ArticleError) fail(error.message);
	fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
