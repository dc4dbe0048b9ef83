/**
 * The linker: finds gazetteer names in passage text and turns them into links with exact
 * offsets into the original text. Greedy left to right, longest name first at each word start,
 * so "Jammu and Kashmir" wins over "Kashmir" and "Line of Control" over "Control". Pure.
 */
import { ArticleError } from './errors';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { isWordChar, normalizeName, normalizeText } from './normalize';
import { scanMarkup } from './markup';
import {
	COMPOUND_PARTICLES,
	DISTRICT_AFTER,
	DISTRICT_BEFORE,
	DISTRICT_WORDS,
	DISTRICTS_AFTER_LIST,
	FUNCTION_WORDS,
	HEAD_OF_BEFORE,
	HEAD_OF_WORDS,
	headClass,
	keepsFeatureBefore,
	LIST_SEPARATOR,
	NAME_MODIFIERS,
	NAMED_AREAS_AFTER_LIST,
	NAMED_AREAS_LIST_TAIL,
	notASettlement,
	PARTY_BEFORE,
	PARTY_PART_BEFORE,
	QUALIFIER_AFTER,
	QUALIFIER_BEFORE,
	SETTLEMENT_WORDS,
	WHOLE_KASHMIR,
	zonesOfParty
} from './rules';
import type { Article, CuratedLinks, Link, LinkMethod, Passage } from './types';

/** A name found in text, before it is resolved to features. */
export interface Mention {
	start: number;
	end: number;
	text: string;
	entry: GazetteerEntry;
}

/**
 * Every gazetteer name in `text`, non-overlapping, left to right. A name that is part of a
 * longer name the gazetteer does not know ("East Azerbaijan Province", "Jammu and Kashmir
 * Liberation Front", "US$") is not a mention, and no shorter name at the same place is tried
 * instead; the words after its first one are still read ("Indian-administered Kashmir valley"
 * gives "Kashmir valley"). HTML references and tags are read as what they stand for.
 */
export function findMentions(gazetteer: Gazetteer, text: string): Mention[] {
	const norm = normalizeText(text, scanMarkup);
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
				if (insideLongerName(gazetteer, entry, text, start, origEnd)) break;
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

/** A word right after a name: separated by spaces or a hyphen only (no punctuation, no ’s). */
const NEXT_WORD = /[\s\u00a0\u2010\u2011-]+([\p{L}\p{M}\u00ad\u2060]+)/uy;
/** Text that ends a sentence or opens a quote: a capital after it proves nothing. */
const SENTENCE_START = /(^|[.!?:\u201c\u201d"([\u2014]|\n[\s]*\n)\s*$/u;
/** How many capitalised words may stand between a name and an institution's head noun. */
const MAX_NAME_RUN = 3;
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

const QUALIFIER_PARTICIPLE =
	/(?:administered|controlled|held|occupied|ruled|run|claimed)[\s\u00a0]/;

/** Spaces and hyphens: what may stand between a name and the modifier or head beside it. */
function isJoiner(code: number): boolean {
	return (
		code === 32 ||
		code === 45 ||
		code === 160 ||
		(code >= 9 && code <= 13) ||
		code === 0x2010 ||
		code === 0x2011
	);
}

function isLetter(ch: string): boolean {
	const code = ch.charCodeAt(0);
	if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return NON_ASCII_LETTER.test(ch);
}

function isCapitalised(word: string): boolean {
	const first = word[0] ?? '';
	return first !== first.toLowerCase();
}

/** The word right before offset `at`, if only spaces or hyphens stand between (scanned backwards). */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
	let i = at - 1;
	if (i < 0 || !isJoiner(text.charCodeAt(i))) return undefined;
	while (i >= 0 && isJoiner(text.charCodeAt(i))) i--;
	const wordEnd = i + 1;
	while (i >= 0 && isLetter(text[i]!)) i--;
	if (i + 1 === wordEnd) return undefined;
	return { word: text.slice(i + 1, wordEnd), start: i + 1 };
}

/**
 * True when the name at [start, end) is part of a longer name the gazetteer does not know (see
 * the head-noun rules in rules.ts): followed by a head noun whose class does not keep the
 * feature, written before "$", or after a capitalised modifier ("East …") or "<Head> of …".
 * Runs for every name found, so it reads characters rather than slicing where it can.
 */
function insideLongerName(
	gazetteer: Gazetteer,
	entry: GazetteerEntry,
	text: string,
	start: number,
	end: number
): boolean {
	const after = text.charCodeAt(end);
	if (after === 36 /* $ */) return true;
	const previous = wordBefore(text, start);
	if (previous) {
		const lower = previous.word.toLowerCase();
		// "Chakan-da-Bagh": glued to a particle by a hyphen, inside a compound name
		if (text.charCodeAt(start - 1) === 45 && COMPOUND_PARTICLES.has(previous.word)) return true;
		if (
			NAME_MODIFIERS.has(lower) &&
			isCapitalised(previous.word) &&
			!SENTENCE_START.test(text.slice(Math.max(0, previous.start - 20), previous.start))
		)
			return true;
		if (lower === 'of' || lower === 'the') {
			const headOf = HEAD_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
			if (headOf) {
				const word = headOf[1]!;
				// "the Province of Jammu" is a unit of its own; "a province of Armenia" is in Armenia
				const unitOfCountry =
					!isCapitalised(word) && kindsOf(gazetteer, entry).every((k) => k === 'country');
				if (
					(HEAD_OF_WORDS.has(word.toLowerCase()) && !unitOfCountry) ||
					(isCapitalised(word) && headClass(word, true) === 'institution')
				)
					return true;
				// "the city of Mingachevir" is the town, not the lake
				if (SETTLEMENT_WORDS.has(word.toLowerCase()) && notATown(gazetteer, entry)) return true;
			}
		}
	}
	if (!isJoiner(after)) return false;
	let at = end;
	for (let i = 0; i <= MAX_NAME_RUN; i++) {
		NEXT_WORD.lastIndex = at;
		const next = NEXT_WORD.exec(text);
		if (!next) return false;
		const word = next[1]!.replace(/[\u00ad\u2060]/gu, '');
		if (i === 0) {
			// "Bagh-e-…": a particle glued after the name; "Mingachevir city": the town, not the lake
			const glued = text.charCodeAt(at) === 45 && text.charCodeAt(at + 1 + word.length) === 45;
			if (glued && COMPOUND_PARTICLES.has(word)) return true;
			if (SETTLEMENT_WORDS.has(word.toLowerCase()) && notATown(gazetteer, entry)) return true;
		}
		const capitalised = isCapitalised(word);
		const head = headClass(word, capitalised);
		if (head) {
			// "Lachin district", "Jammu region": the town/district rule decides (resolveMentions).
			if (
				i === 0 &&
				kindsOf(gazetteer, entry).includes('place') &&
				DISTRICT_WORDS.has(word.toLowerCase())
			)
				return false;
			return !kindsOf(gazetteer, entry).every((kind) => keepsFeatureBefore(head, kind, word));
		}
		// Only a run of capitalised, unknown words can lead to an institution's head noun.
		if (!capitalised) return false;
		const lower = word.toLowerCase();
		if (FUNCTION_WORDS.has(lower) || gazetteer.entries.has(lower)) return false;
		if (/[^a-z]/.test(lower) && gazetteer.entries.has(normalizeName(word))) return false;
		at = NEXT_WORD.lastIndex;
	}
	return false;
}

function kindsOf(gazetteer: Gazetteer, entry: GazetteerEntry): string[] {
	return entry.featureIds.map((id) => gazetteer.features.get(id)?.kind ?? '');
}

/** Every feature of the name is ruled out by a settlement word ("the town of …"). */
function notATown(gazetteer: Gazetteer, entry: GazetteerEntry): boolean {
	return entry.featureIds.every((id) => notASettlement(gazetteer.features.get(id)));
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
	const districtList = listMembers(text, mentions, DISTRICTS_AFTER_LIST, true);
	// most passages name no sectors or valleys: skip the list scan for them
	const areaList = AREA_PLURALS.test(text)
		? listMembers(text, mentions, NAMED_AREAS_AFTER_LIST, false, NAMED_AREAS_LIST_TAIL)
		: new Set<number>();
	let grown = false;
	const resolved = mentions.map((mention, i): Resolved => {
		if (
			areaList.has(i) &&
			mention.entry.featureIds.every((id) => gazetteer.features.get(id)?.kind === 'place')
		)
			return { mention, featureIds: [], method: 'rule' };
		const plain = resolveOne(gazetteer, text, mention, districtList.has(i));
		const qualified = qualify(gazetteer, text, plain);
		if (!qualified) return plain;
		grown = true;
		return qualified;
	});
	if (!grown) return resolved;
	// A qualifier that takes in a name before it ("India-controlled …") replaces that mention.
	return resolved.filter(
		(r, i) =>
			!resolved.some(
				(other, j) =>
					j !== i &&
					other.mention.start <= r.mention.start &&
					other.mention.end >= r.mention.end &&
					other.mention.end - other.mention.start > r.mention.end - r.mention.start
			)
	);
}

/** One mention resolved by the context, phrase, name and town/district rules. */
function resolveOne(
	gazetteer: Gazetteer,
	text: string,
	mention: Mention,
	inDistrictList: boolean
): Resolved {
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
		inDistrictList || DISTRICT_AFTER.test(after) || DISTRICT_BEFORE.test(before);
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
			// The district's own names may only be "X district": look that up. A district the
			// map does not have ("Kargil district", "the Jammu region") is not the town.
			const district = districtNamed(gazetteer, entry.key, only);
			return { mention, featureIds: district ? [district] : [], method: 'rule' as const };
		}
		return { mention, featureIds: [only], method: entry.method };
	}
	return { mention, featureIds: [], method: entry.method };
}

/**
 * A party's qualifier around a name (rules.ts, "Qualified names"): the span grows to take it in;
 * a name of the whole of Kashmir becomes the zones that party administers, any other name keeps
 * its features. Undefined when there is no qualifier.
 */
function qualify(gazetteer: Gazetteer, text: string, resolved: Resolved): Resolved | undefined {
	const { mention, featureIds } = resolved;
	if (featureIds.length === 0) return undefined;
	const whole =
		featureIds.length === 1 &&
		WHOLE_KASHMIR.has(featureIds[0]!) &&
		!mention.entry.key.includes('union territory');
	const before = text.slice(Math.max(0, mention.start - 80), mention.start);
	const statePrefix = /^state of\b/.test(mention.entry.key) ? 'state' : undefined;
	// "the Indian state of Jammu and Kashmir": the gazetteer's name already holds "state of".
	const partyOfState = whole && statePrefix ? PARTY_BEFORE.exec(before) : null;
	let start = mention.start;
	let end = mention.end;
	let party: string | undefined;
	let part: string | undefined;
	let claimed = false;
	// Cheap gate before the anchored pattern: a qualifier ends with its participle, or with
	// "(part) of (the)" after it, so the participle stands within the last 40 characters.
	const q = QUALIFIER_PARTICIPLE.test(before.slice(-40)) ? QUALIFIER_BEFORE.exec(before) : null;
	const endsWithOf = / of (?:the )?$/.test(before.slice(-9).replace(/[\s\u00a0]+/g, ' '));
	const p = whole && endsWithOf ? PARTY_PART_BEFORE.exec(before) : null;
	if (q && (whole || !q[4])) {
		start -= q[1]!.length;
		party = q[2]!;
		part = q[4] ?? statePrefix;
		claimed = q[3]!.toLowerCase() === 'claimed';
	} else if (p) {
		start -= p[1]!.length;
		party = p[2]!;
		part = p[3];
	} else if (partyOfState) {
		start -= partyOfState[1]!.length;
		party = partyOfState[2]!;
		part = statePrefix;
	} else if (whole) {
		if (!/^\s+under\s/.test(text.slice(mention.end, mention.end + 8))) return undefined;
		const a = QUALIFIER_AFTER.exec(text.slice(mention.end, mention.end + 60));
		if (!a) return undefined;
		end += a[1]!.length;
		party = a[2]!;
	} else return undefined;
	let ids: readonly string[] = featureIds;
	let method = resolved.method;
	if (whole && !claimed) {
		method = 'rule';
		if (part && /^union/i.test(part)) ids = ['kashmir/jammu-and-kashmir'];
		else ids = zonesOfParty(party) ?? featureIds;
		ids = ids.filter((id) => gazetteer.features.has(id));
	}
	return {
		mention: { ...mention, start, end, text: text.slice(start, end) },
		featureIds: [...ids],
		method
	};
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

/** Cheap gate for `NAMED_AREAS_AFTER_LIST`: the plural heads it ends with. */
const AREA_PLURALS = /(sectors|valleys|divisions|provinces|corridors|passes|tehsils|regions)\b/i;

/**
 * Indexes of mentions in a list followed by `after` ("A, B and C districts") or, with
 * `districtsOf`, after "districts of" ("the districts of A, B and C").
 */
function listMembers(
	text: string,
	mentions: Mention[],
	after: RegExp,
	districtsOf: boolean,
	tail?: RegExp
): Set<number> {
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
		if (districtsOf && DISTRICT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
			chain(i, 1);
		const next = text.charCodeAt(m.end);
		// every list ending starts with a space, or a comma before the next name
		if (next !== 32 && next !== 44 && next !== 160 && !(next >= 9 && next <= 13)) return;
		const listGoesOn = next === 44 || text.startsWith(' and ', m.end);
		if (
			after.test(text.slice(m.end, m.end + 20)) ||
			(tail && listGoesOn && tail.test(text.slice(m.end, m.end + 60)))
		)
			chain(i, -1);
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
