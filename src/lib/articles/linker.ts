/**
 * The linker: finds gazetteer names in passage text and turns them into links with exact
 * offsets into the original text. Greedy left to right, longest name first at each word start,
 * so "Jammu and Kashmir" wins over "Kashmir" and "Line of Control" over "Control". Pure.
 */
import { ArticleError } from './errors';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { isWordChar, normalizeName, normalizeText } from './normalize';
import {
	DISTRICT_AFTER,
	DISTRICT_BEFORE,
	DISTRICTS_AFTER_LIST,
	FUNCTION_WORDS,
	LIST_SEPARATOR
} from './rules';
import type { Article, CuratedLinks, Link, LinkMethod, Passage } from './types';

/** A name found in text, before it is resolved to features. */
export interface Mention {
	start: number;
	end: number;
	text: string;
	entry: GazetteerEntry;
}

/** Every gazetteer name in `text`, non-overlapping, left to right. */
export function findMentions(gazetteer: Gazetteer, text: string): Mention[] {
	const norm = normalizeText(text);
	const s = norm.text;
	const mentions: Mention[] = [];
	let pos = 0;
	const n = s.length;
	while (pos < n) {
		if (!isWordChar(s[pos]) || (pos > 0 && isWordChar(s[pos - 1]))) {
			pos++;
			continue;
		}
		let tokenEnd = pos + 1;
		while (tokenEnd < n && isWordChar(s[tokenEnd])) tokenEnd++;
		const candidates = gazetteer.byFirstToken.get(s.slice(pos, tokenEnd));
		let matched: Mention | undefined;
		if (candidates) {
			for (const entry of candidates) {
				const end = pos + entry.key.length;
				if (end > n || isWordChar(s[end]) || !s.startsWith(entry.key, pos)) continue;
				const start = norm.start[pos]!;
				const origEnd = norm.end[end - 1]!;
				const original = text.slice(start, origEnd);
				if (!caseAllows(entry, original)) continue;
				matched = { start, end: origEnd, text: original, entry };
				break;
			}
		}
		if (matched) {
			mentions.push(matched);
			pos += matched.entry.key.length;
		} else pos = tokenEnd;
	}
	return mentions;
}

function caseAllows(entry: GazetteerEntry, original: string): boolean {
	if (entry.caseForms) {
		const compact = original;
		if (!entry.caseForms.some((f) => f === compact || f.toUpperCase() === compact)) return false;
	}
	if (entry.capitalised) {
		for (const word of original.split(/[^\p{L}\p{N}]+/u)) {
			if (!word || FUNCTION_WORDS.has(word.toLowerCase())) continue;
			const first = word[0]!;
			if (first === first.toLowerCase()) return false;
		}
	}
	return true;
}

/** Resolved mention: the features it links and how. */
export interface Resolved {
	mention: Mention;
	featureIds: string[];
	method: LinkMethod;
}

/** Resolves mentions to features by the rules of rules.ts; ambiguous names resolve to nothing. */
export function resolveMentions(
	gazetteer: Gazetteer,
	text: string,
	mentions: Mention[]
): Resolved[] {
	const districtList = districtListMembers(text, mentions);
	return mentions.map((mention, i) => {
		const { entry } = mention;
		const before = text.slice(Math.max(0, mention.start - 60), mention.start);
		const after = text.slice(mention.end, mention.end + 60);
		for (const rule of entry.context) {
			if ((rule.after && rule.after.test(after)) || (rule.before && rule.before.test(before))) {
				return { mention, featureIds: [rule.featureId], method: 'rule' as const };
			}
		}
		if (entry.multi) return { mention, featureIds: entry.featureIds, method: entry.method };
		const districtContext =
			districtList.has(i) || DISTRICT_AFTER.test(after) || DISTRICT_BEFORE.test(before);
		if (entry.townDistrict) {
			return {
				mention,
				featureIds: [districtContext ? entry.townDistrict.district : entry.townDistrict.place],
				method: 'rule' as const
			};
		}
		if (entry.featureIds.length === 1) {
			const only = entry.featureIds[0]!;
			if (districtContext && gazetteer.features.get(only)?.kind === 'place') {
				// The district's own names may only be "X district": look that up.
				const district = districtNamed(gazetteer, entry.key, only);
				if (district) return { mention, featureIds: [district], method: 'rule' as const };
			}
			return { mention, featureIds: [only], method: entry.method };
		}
		return { mention, featureIds: [], method: entry.method };
	});
}

/** The district named "<key> district" (or "<any name of the town> district/rayonu"). */
function districtNamed(gazetteer: Gazetteer, key: string, placeId: string): string | undefined {
	const place = gazetteer.features.get(placeId);
	const forms = [key];
	if (place)
		forms.push(
			place.name,
			...(place.names ?? []).flatMap((n) => [n.name, n.latin ?? '']),
			...(place.aliases ?? [])
		);
	for (const form of forms) {
		if (!form) continue;
		for (const suffix of ['district', 'rayonu', 'rayon', 'raion']) {
			const e = gazetteer.entries.get(normalizeName(`${form} ${suffix}`));
			if (
				e &&
				e.featureIds.length === 1 &&
				gazetteer.features.get(e.featureIds[0]!)?.kind === 'district'
			)
				return e.featureIds[0];
		}
	}
	return undefined;
}

/** Indexes of mentions inside "districts of A, B and C" or "A, B and C districts". */
function districtListMembers(text: string, mentions: Mention[]): Set<number> {
	const members = new Set<number>();
	const chain = (i: number, step: 1 | -1) => {
		for (let j = i; j >= 0 && j < mentions.length; j += step) {
			members.add(j);
			const k = j + step;
			if (k < 0 || k >= mentions.length) break;
			const [a, b] = step === 1 ? [mentions[j]!, mentions[k]!] : [mentions[k]!, mentions[j]!];
			if (!LIST_SEPARATOR.test(text.slice(a.end, b.start))) break;
		}
	};
	mentions.forEach((m, i) => {
		if (DISTRICT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) chain(i, 1);
		if (DISTRICTS_AFTER_LIST.test(text.slice(m.end, m.end + 20))) chain(i, -1);
	});
	return members;
}

/** Automatic links of one passage, in text order (one link per feature over a shared span). */
export function linkPassage(
	gazetteer: Gazetteer,
	articleSlug: string,
	passage: Pick<Passage, 'id' | 'text'>
): Link[] {
	const resolved = resolveMentions(gazetteer, passage.text, findMentions(gazetteer, passage.text));
	const links: Link[] = [];
	for (const r of resolved) {
		for (const featureId of r.featureIds) {
			links.push({
				articleSlug,
				passageId: passage.id,
				featureId,
				start: r.mention.start,
				end: r.mention.end,
				text: r.mention.text,
				method: r.method
			});
		}
	}
	return links;
}

/**
 * All links of an article: automatic links, minus curated removals, plus curated additions.
 * Curated entries are checked against the article and the features; a bad entry throws an
 * `ArticleError` naming the curated file, the line and the entry.
 */
export function linkArticle(
	gazetteer: Gazetteer,
	article: Article,
	curated?: CuratedLinks
): Link[] {
	const passages = new Map(article.passages.map((p) => [p.id, p]));
	const order = new Map(article.passages.map((p, i) => [p.id, i]));
	let links = article.passages.flatMap((p) => linkPassage(gazetteer, article.slug, p));
	if (curated) {
		const checked = [
			...curated.remove.map((entry) => ({ kind: 'remove', entry })),
			...curated.add.map((entry) => ({ kind: 'add', entry }))
		];
		for (const { kind, entry } of checked) {
			const where = `${kind} entry (passage "${entry.passageId}", feature "${entry.featureId}")`;
			if (!passages.has(entry.passageId)) {
				throw new ArticleError(
					curated.file,
					entry.line,
					`${where} names passage "${entry.passageId}", which article "${article.slug}" does not have`
				);
			}
			if (!gazetteer.features.has(entry.featureId)) {
				throw new ArticleError(
					curated.file,
					entry.line,
					`${where} names unknown feature "${entry.featureId}"`
				);
			}
		}
		for (const r of curated.remove) {
			const passage = passages.get(r.passageId)!;
			let span: { start: number; end: number } | undefined;
			if (r.text !== undefined) {
				span = findOccurrence(passage.text, r.text, r.occurrence ?? 0);
				if (!span)
					throw new ArticleError(
						curated.file,
						r.line,
						`remove entry: text "${r.text}" (occurrence ${r.occurrence ?? 0}) is not in passage "${r.passageId}"`
					);
			}
			const before = links.length;
			links = links.filter(
				(l) =>
					!(
						l.passageId === r.passageId &&
						l.featureId === r.featureId &&
						(!span || (l.start < span.end && l.end > span.start))
					)
			);
			if (links.length === before) {
				throw new ArticleError(
					curated.file,
					r.line,
					`remove entry: the linker makes no link to "${r.featureId}"${r.text ? ` over "${r.text}"` : ''} in passage "${r.passageId}"; drop the entry`
				);
			}
		}
		for (const a of curated.add) {
			const passage = passages.get(a.passageId)!;
			const span = findOccurrence(passage.text, a.text, a.occurrence ?? 0);
			if (!span)
				throw new ArticleError(
					curated.file,
					a.line,
					`add entry: text "${a.text}" (occurrence ${a.occurrence ?? 0}) is not in passage "${a.passageId}"`
				);
			const dup = links.some(
				(l) =>
					l.passageId === a.passageId &&
					l.featureId === a.featureId &&
					l.start === span.start &&
					l.end === span.end
			);
			if (dup) continue;
			links.push({
				articleSlug: article.slug,
				passageId: a.passageId,
				featureId: a.featureId,
				start: span.start,
				end: span.end,
				text: a.text,
				method: 'curated'
			});
		}
	}
	return links.sort(
		(x, y) =>
			order.get(x.passageId)! - order.get(y.passageId)! || x.start - y.start || x.end - y.end
	);
}

/**
 * The `occurrence`-th (0-based) whole-word occurrence of `needle` in `text`: not preceded or
 * followed by a letter or digit ("Azerbaijan" does not occur in "Azerbaijani"; it does in
 * "Azerbaijan’s").
 */
export function findOccurrence(
	text: string,
	needle: string,
	occurrence = 0
): { start: number; end: number } | undefined {
	if (!needle) return undefined;
	const letter = /[\p{L}\p{N}]/u;
	let count = 0;
	for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
		const before = i > 0 ? text[i - 1]! : '';
		const after = text[i + needle.length] ?? '';
		const edgeStart = !letter.test(needle[0]!) || !before || !letter.test(before);
		const edgeEnd = !letter.test(needle[needle.length - 1]!) || !after || !letter.test(after);
		if (edgeStart && edgeEnd) {
			if (count === occurrence) return { start: i, end: i + needle.length };
			count++;
		}
	}
	return undefined;
}
