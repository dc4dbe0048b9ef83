/**
 * Capitalised names the linker did not link: candidates for new aliases or curated links, not
 * errors, and never guessed into links. A simple scan: runs of capitalised words (joined by
 * "of", "and", "the"), minus sentence-initial words the text also uses in lower case, a small
 * stoplist and anything already linked. A lower-case area word right after a run belongs to the
 * name ("Kargil district", "Neelum valley"). The text is read as a reader sees it (HTML
 * references decoded, tags and invisible characters such as soft hyphens dropped), and each
 * name is reported on one line with single spaces, whatever line breaks the text had.
 */
import { plainText } from './markup';
import { DISTRICT_WORDS, HEAD_NOUNS } from './rules';
import type { Link } from './types';

const STOP = new Set(
	`a an the this that these those he she it we they i you his her its our their my your there here
	in on at by for from to of with as and or but if while when where after before during under over
	although though however meanwhile today yesterday tomorrow also more most some many any all both
	each every no not one two three first second third last next mr mrs ms dr
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday`
		.split(/\s+/)
		.filter(Boolean)
);
const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'al', 'el']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\u2019'-]*/gu;

export interface Candidate {
	text: string;
	count: number;
}

/** Lower-case words that end a name when they follow it ("Kargil district", "Jammu region"). */
const TRAILING_HEADS = new Set([
	...HEAD_NOUNS.area,
	...HEAD_NOUNS['named-area'],
	...DISTRICT_WORDS
]);

export function unlinkedNames(
	original: string,
	links: readonly Pick<Link, 'start' | 'end'>[]
): Candidate[] {
	const plain = plainText(original);
	const text = plain.text;
	const counts = new Map<string, number>();
	const words = [...text.matchAll(WORD)].map((m) => ({
		word: m[0].replace(/[\u2019']s$/u, ''),
		possessive: /[\u2019']s$/u.test(m[0]),
		start: m.index,
		end: m.index + m[0].length
	}));
	const lowerWords = new Set(words.filter((w) => /^\p{Ll}/u.test(w.word)).map((w) => w.word));
	const linked = (start: number, end: number) => {
		const from = plain.start[start]!;
		const to = plain.end[end - 1]!;
		return links.some((l) => l.start < to && l.end > from);
	};
	const capital = (w: string) => /^\p{Lu}/u.test(w);
	const sentenceStart = (i: number) => {
		if (i === 0) return true;
		const gap = text.slice(words[i - 1]!.end, words[i]!.start);
		return /[.!?:\u201c"]\s*$/u.test(gap) || /\n/.test(gap);
	};
	/** Counts the run words[from..lastCap] as a candidate; false when it overlaps a link. */
	const consider = (first: number, lastCap: number): boolean => {
		let from = first;
		while (from <= lastCap && STOP.has(words[from]!.word.toLowerCase())) from++;
		if (from > lastCap) return true;
		const start = words[from]!.start;
		let end = words[lastCap]!.start + words[lastCap]!.word.length;
		const following = words[lastCap + 1];
		if (
			following &&
			TRAILING_HEADS.has(following.word) &&
			/^[ \t\u00a0-]+$/.test(text.slice(end, following.start))
		)
			end = following.start + following.word.length;
		const single = from === lastCap;
		// A sentence-initial single word that the text also uses in lower case is a common word.
		const skipInitial =
			single && sentenceStart(from) && lowerWords.has(words[from]!.word.toLowerCase());
		if (skipInitial) return true;
		if (linked(start, end)) return false;
		const name = text.slice(start, end).replace(/\s+/g, ' ');
		counts.set(name, (counts.get(name) ?? 0) + 1);
		return true;
	};
	/** The capitalised stretches of words[first..last] between connector words. */
	const runsBetweenConnectors = (first: number, last: number): [number, number][] => {
		const runs: [number, number][] = [];
		let a = -1;
		for (let k = first; k <= last; k++) {
			if (capital(words[k]!.word)) {
				if (a < 0) a = k;
				// a possessive ends a name: "Pakistan's Punjab" is two
				if (k === last || !capital(words[k + 1]!.word) || words[k]!.possessive) {
					runs.push([a, k]);
					a = -1;
				}
			} else a = -1;
		}
		return runs;
	};
	let i = 0;
	while (i < words.length) {
		if (!capital(words[i]!.word)) {
			i++;
			continue;
		}
		let j = i + 1;
		let lastCap = i;
		while (j < words.length) {
			const gap = text.slice(words[j - 1]!.end, words[j]!.start);
			if (!/^\s+$/.test(gap) || /\n\s*\n/.test(gap)) break;
			if (capital(words[j]!.word)) lastCap = j;
			else if (!CONNECTORS.has(words[j]!.word)) break;
			j++;
		}
		const subRuns = consider(i, lastCap) ? [] : runsBetweenConnectors(i, lastCap);
		// A run that overlaps a link ("Pangong Tso and the Galwan valley") still reports its
		// other names, split where a connector joined them.
		if (subRuns.length > 1) for (const [a, b] of subRuns) consider(a, b);
		i = lastCap + 1;
	}
	return [...counts].map(([t, count]) => ({ text: t, count }));
}
