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
	/** Whose term the matched name is ("Indian official usage"), when the data says. */
	usedBy: string | null;
	score: number;
}

/** The article a passage belongs to, when it is not the open one. */
export interface ArticleRef {
	slug: string;
	title: string;
}

export interface PassageHit {
	type: 'passage';
	passageId: string;
	/** Another article's passage (opening it switches article); null: the open article's. */
	article: ArticleRef | null;
	/** A short excerpt around the match. */
	excerpt: string;
	score: number;
}

export interface SearchIndex {
	features: {
		id: string;
		name: string;
		keys: { key: string; label: string; usedBy: string | null }[];
	}[];
	/** The open article's passages, then the other articles' (see `src/lib/library/others.ts`). */
	passages: IndexedPassage[];
}

export interface IndexedPassage {
	id: string;
	text: string;
	folded: NormalizedText;
	article?: ArticleRef;
}

/** What `buildSearchIndex` takes: the features, then the passages. */
export type SearchInput = Parameters<typeof buildSearchIndex>;

export function buildSearchIndex(
	features: Iterable<
		Pick<FeatureProps, 'id' | 'name' | 'names' | 'aliases'> &
			Partial<Pick<FeatureProps, 'name_used_by' | 'valid_to'>>
	>,
	passages: readonly { id: string; text: string }[],
	others: readonly IndexedPassage[] = []
): SearchIndex {
	return {
		// an earlier shape of a reshaped unit is found through the unit itself
		features: [...features]
			.filter((props) => !props.valid_to)
			.map((props) => {
				const labels: { label: string; usedBy: string | null }[] = [
					{ label: props.name, usedBy: props.name_used_by ?? null },
					...props.names.flatMap((n) => [
						{ label: n.name, usedBy: n.used_by ?? null },
						{ label: n.latin ?? '', usedBy: n.used_by ?? null }
					]),
					...props.aliases.map((label) => ({ label, usedBy: null }))
				].filter((l) => l.label);
				// the first form of a key wins, so an attributed name keeps its user
				const keys = new Map<string, { key: string; label: string; usedBy: string | null }>();
				for (const { label, usedBy } of labels) {
					const key = normalizeName(label);
					if (!keys.has(key)) keys.set(key, { key, label, usedBy });
				}
				return { id: props.id, name: props.name, keys: [...keys.values()] };
			}),
		passages: [
			...passages.map((passage) => ({ ...passage, folded: normalizeText(passage.text) })),
			...others
		]
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
		for (const { key, label, usedBy } of feature.keys) {
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
					usedBy,
					score
				};
			}
		}
		if (best) features.push(best);
	}
	features.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	// Up to `limit` of the open article's passages, then up to `limit` of the others': a word the
	// open article uses often does not hide the other articles.
	const own: PassageHit[] = [];
	const others: PassageHit[] = [];
	for (const passage of index.passages) {
		const hits = passage.article ? others : own;
		if (hits.length >= limit) continue;
		const at = passage.folded.text.indexOf(q);
		if (at < 0) continue;
		const start = passage.folded.start[at] ?? 0;
		const end = passage.folded.end[at + q.length - 1] ?? start;
		hits.push({
			type: 'passage',
			passageId: passage.id,
			article: passage.article ?? null,
			excerpt: excerptAround(passage.text, start, end),
			score: 1
		});
	}
	return { features: features.slice(0, limit), passages: [...own, ...others] };
}

/** An excerpt of the original text around `[start, end)`, cut at word boundaries. */
function excerptAround(text: string, start: number, end: number): string {
	let from = Math.max(0, start - 50);
	let to = Math.min(text.length, end + 70);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
	return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
