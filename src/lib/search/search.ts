/**
 * One search box for features (by any name or alias) and passages (by their text), folding case
 * and diacritics the same way the linker does, so "susa" finds Şuşa and "xankendi" Xankəndi.
 */
import { normalizeName, normalizeText, type NormalizedText } from '$lib/articles/normalize';
import type { FeatureProps } from '$lib/geodata/types';

export interface FeatureHit {
	type: 'feature';
	id: string;
	name: string;
	/** The name or alias that matched, when it is not the display name. */
	matched: string | null;
	score: number;
}

export interface PassageHit {
	type: 'passage';
	passageId: string;
	/** A short excerpt around the match. */
	excerpt: string;
	score: number;
}

export interface SearchIndex {
	features: { id: string; name: string; keys: { key: string; label: string }[] }[];
	passages: { id: string; text: string; folded: NormalizedText }[];
}

export function buildSearchIndex(
	features: Iterable<Pick<FeatureProps, 'id' | 'name' | 'names' | 'aliases'>>,
	passages: readonly { id: string; text: string }[]
): SearchIndex {
	return {
		features: [...features].map((props) => {
			const labels = [
				props.name,
				...props.names.flatMap((n) => [n.name, n.latin ?? '']),
				...props.aliases
			].filter(Boolean);
			const keys = [...new Map(labels.map((label) => [normalizeName(label), label])).entries()].map(
				([key, label]) => ({
					key,
					label
				})
			);
			return { id: props.id, name: props.name, keys };
		}),
		passages: passages.map((passage) => ({ ...passage, folded: normalizeText(passage.text) }))
	};
}

export function search(
	index: SearchIndex,
	query: string,
	limit = 8
): { features: FeatureHit[]; passages: PassageHit[] } {
	const q = normalizeName(query);
	if (q.length < 2) return { features: [], passages: [] };
	const features: FeatureHit[] = [];
	for (const feature of index.features) {
		let best: FeatureHit | null = null;
		for (const { key, label } of feature.keys) {
			const score =
				key === q
					? 3
					: key.startsWith(q)
						? 2
						: key.includes(` ${q}`)
							? 1.5
							: key.includes(q)
								? 1
								: 0;
			if (score && (!best || score > best.score)) {
				best = {
					type: 'feature',
					id: feature.id,
					name: feature.name,
					matched: label === feature.name ? null : label,
					score
				};
			}
		}
		if (best) features.push(best);
	}
	features.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	const passages: PassageHit[] = [];
	for (const passage of index.passages) {
		const at = passage.folded.text.indexOf(q);
		if (at < 0) continue;
		const start = passage.folded.start[at] ?? 0;
		const end = passage.folded.end[at + q.length - 1] ?? start;
		passages.push({
			type: 'passage',
			passageId: passage.id,
			excerpt: excerptAround(passage.text, start, end),
			score: 1
		});
	}
	return { features: features.slice(0, limit), passages: passages.slice(0, limit) };
}

/** An excerpt of the original text around `[start, end)`, cut at word boundaries. */
function excerptAround(text: string, start: number, end: number): string {
	let from = Math.max(0, start - 50);
	let to = Math.min(text.length, end + 70);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
	return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
