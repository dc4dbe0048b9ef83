/**
 * Precision and recall of the linker on passages written for the project (news-like and
 * encyclopedia-like, both regions, with traps: names inside longer names, sectors and districts
 * named after towns, a lake and a town that share a name, compounds such as Chakan-da-Bagh),
 * against links labelled by hand in tests/fixtures/linker-texts/expected.json. Read with the
 * committed geodata, "More towns" included, as a pasted text is (`.txt`: no {#id} markers).
 * A wrong link fails the test; so does a drop in recall or an unknown place name that is not
 * listed as a candidate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlinkedNames } from '../../src/lib/articles/candidates';
import { loadFeatures } from '../../src/lib/articles/content.server';
import { buildGazetteer } from '../../src/lib/articles/gazetteer';
import { findOccurrence, linkPassage } from '../../src/lib/articles/linker';
import { parsePlainText } from '../../src/lib/articles/parse';

const dir = resolve(import.meta.dirname, '../fixtures/linker-texts');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as {
	texts: Record<
		string,
		{
			links: { passage: string; text: string; occurrence: number; features: string[] }[];
			candidates: string[];
		}
	>;
};
const gazetteer = buildGazetteer(loadFeatures(resolve(import.meta.dirname, '../..')).features);
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();

/** Minimum recall over all texts; precision must be 1 (no wrong link). */
const MIN_RECALL = 0.95;

function measure(file: string) {
	const article = parsePlainText(readFileSync(resolve(dir, file), 'utf8'), file);
	const labels = expected.texts[file];
	if (!labels) throw new Error(`tests/fixtures/linker-texts/expected.json: no entry for ${file}`);
	const want = new Set<string>();
	for (const l of labels.links) {
		const passage = article.passages.find((p) => p.id === l.passage);
		const span = passage && findOccurrence(passage.text, l.text, l.occurrence);
		if (!span) throw new Error(`${file}: "${l.text}" #${l.occurrence} is not in ${l.passage}`);
		for (const f of l.features) want.add(`${l.passage} ${span.start}-${span.end} ${f}`);
	}
	const got = new Set<string>();
	const linkTexts = new Set<string>();
	const candidates: string[] = [];
	for (const p of article.passages) {
		const links = linkPassage(gazetteer, 'test', p);
		for (const l of links) {
			got.add(`${p.id} ${l.start}-${l.end} ${l.featureId}`);
			linkTexts.add(l.text);
		}
		candidates.push(...unlinkedNames(p.text, links).map((c) => c.text));
	}
	const hits = [...got].filter((k) => want.has(k)).length;
	return {
		want,
		got,
		hits,
		candidates,
		wrong: [...got].filter((k) => !want.has(k)),
		missed: [...want].filter((k) => !got.has(k)),
		unlisted: labels.candidates.filter((name) => !candidates.some((c) => c.includes(name))),
		guessed: labels.candidates.filter((name) => linkTexts.has(name))
	};
}

describe('the linker on the project’s own varied texts', () => {
	it('has the texts it is measured on (both regions, news and encyclopedia style)', () => {
		expect(files.length).toBeGreaterThanOrEqual(8);
		expect(Object.keys(expected.texts).sort()).toEqual(files);
	});

	const results = files.map((file) => [file, measure(file)] as const);

	it.each(results)('%s: no wrong link, and the unknown places are candidates', (_, r) => {
		expect(r.wrong).toEqual([]);
		expect(r.unlisted).toEqual([]);
		expect(r.guessed).toEqual([]);
	});

	it(`precision is 1.0 and recall at least ${MIN_RECALL} over all texts`, () => {
		const got = results.reduce((n, [, r]) => n + r.got.size, 0);
		const want = results.reduce((n, [, r]) => n + r.want.size, 0);
		const hits = results.reduce((n, [, r]) => n + r.hits, 0);
		const precision = got ? hits / got : 1;
		const recall = want ? hits / want : 1;
		console.log(
			`linker on ${files.length} own texts: ${got} links, ${want} expected, ${hits} right; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`
		);
		expect(precision).toBe(1);
		expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
	});
});
