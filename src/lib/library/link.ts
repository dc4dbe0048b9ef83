/**
 * Links a reader's passages with the shipped articles' linker (`linkArticle`, no curated links),
 * a slice of passages at a time so that the Web Worker can report progress between slices.
 */
import type { Gazetteer } from '../articles/gazetteer';
import { linkArticle } from '../articles/linker';
import type { Link, Passage } from '../articles/types';

/** About this many characters are linked between two progress reports. */
export const SLICE_CHARS = 64 * 1024;

export function linkPassages(
	gazetteer: Gazetteer,
	slug: string,
	passages: readonly Pick<Passage, 'id' | 'text'>[],
	onProgress?: (doneChars: number, totalChars: number) => void
): Link[] {
	const total = passages.reduce((n, p) => n + p.text.length, 0);
	const links: Link[] = [];
	let done = 0;
	for (let from = 0; from < passages.length;) {
		let to = from;
		let chars = 0;
		while (to < passages.length && (to === from || chars < SLICE_CHARS))
			chars += passages[to++]!.text.length;
		const slice = passages.slice(from, to).map((p, i) => ({ ...p, line: from + i + 1 }));
		const article = {
			slug,
			file: slug,
			meta: { title: slug, source: '', published: '', language: 'und' },
			passages: slice
		};
		links.push(...linkArticle(gazetteer, article));
		done += chars;
		onProgress?.(done, total);
		from = to;
	}
	return links;
}
