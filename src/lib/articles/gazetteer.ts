/**
 * The gazetteer: every name the linker can find, built from the geodata features' `name`,
 * `names[].name`, `names[].latin` and `aliases` (there is no second, hand-kept list of places),
 * plus the explicit rules of rules.ts. Keys are folded (normalize.ts) and grouped by their first
 * token, longest first, so the linker looks up one Map entry per word of text.
 */
import type { FeatureProps } from '../geodata/types';
import { normalizeName, tokensOf } from './normalize';
import {
	COMMON_WORDS,
	CONTEXT_RULES,
	FUNCTION_WORDS,
	LOWERCASE_HOMONYMS,
	NAME_RULES,
	PHRASE_RULES,
	UNLINKED_STATUSES,
	type ContextRule
} from './rules';

/** The feature properties the gazetteer reads (geometry is never needed). */
export type GazetteerFeature = Pick<
	FeatureProps,
	'id' | 'kind' | 'name' | 'names' | 'aliases' | 'status'
> &
	Partial<Pick<FeatureProps, 'valid_to'>>;

export interface GazetteerEntry {
	/** Folded name. */
	key: string;
	/** Candidate features; one for an unambiguous name. */
	featureIds: string[];
	/** How a link through this entry is made when it resolves to one feature. */
	method: 'alias' | 'rule';
	/** Phrase rules link all `featureIds` at once (one link per feature over the same span). */
	multi: boolean;
	/** Acronyms ("LoC", "PoK", "AJK") match only as written or in capitals. */
	caseForms?: string[];
	/** Names made only of common words, and lower-case homonyms: every word must be capitalised. */
	capitalised: boolean;
	/** A town and a district share the name: resolved by the town/district rule. */
	townDistrict?: { place: string; district: string };
	/** Context rules for this name. */
	context: ContextRule[];
}

export interface Gazetteer {
	/** Every feature by id, including those that have no names in the gazetteer (claims). */
	features: Map<string, GazetteerFeature>;
	entries: Map<string, GazetteerEntry>;
	/** First token → entries starting with it, longest key first. */
	byFirstToken: Map<string, GazetteerEntry[]>;
}

const ACRONYM = /^[\p{Lu}\p{Ll}\d&.]{2,6}$/u;

function isAcronym(form: string): boolean {
	if (!ACRONYM.test(form)) return false;
	const upper = [...form].filter((c) => c !== c.toLowerCase()).length;
	return upper >= 2;
}

/** Builds the gazetteer. Features with status `claim` are kept in `features` but get no names. */
export function buildGazetteer(features: Iterable<GazetteerFeature>): Gazetteer {
	const byId = new Map<string, GazetteerFeature>();
	const raw = new Map<string, { ids: Set<string>; acronymForms: Set<string>; plain: boolean }>();
	const add = (form: string | undefined, id: string) => {
		if (!form) return;
		const key = normalizeName(form);
		const tokens = tokensOf(key);
		if (tokens.length === 0) return;
		if (tokens.length === 1 && (COMMON_WORDS.has(tokens[0]!) || FUNCTION_WORDS.has(tokens[0]!)))
			return;
		let r = raw.get(key);
		if (!r) raw.set(key, (r = { ids: new Set(), acronymForms: new Set(), plain: false }));
		r.ids.add(id);
		if (isAcronym(form.trim())) r.acronymForms.add(form.trim());
		else r.plain = true;
	};
	for (const f of features) {
		byId.set(f.id, f);
		// an earlier shape of a reshaped unit (`valid_to` set) is not what an article means today
		if (UNLINKED_STATUSES.has(f.status) || f.valid_to) continue;
		add(f.name, f.id);
		for (const n of f.names ?? []) {
			add(n.name, f.id);
			add(n.latin, f.id);
		}
		for (const a of f.aliases ?? []) add(a, f.id);
	}

	const entries = new Map<string, GazetteerEntry>();
	for (const [key, r] of raw) {
		const featureIds = [...r.ids].sort();
		const entry = makeEntry(key, featureIds, 'alias', false);
		if (!r.plain) entry.caseForms = [...r.acronymForms];
		if (featureIds.length === 2) {
			const kinds = featureIds.map((id) => byId.get(id)!.kind);
			const p = kinds.indexOf('place');
			const d = kinds.indexOf('district');
			if (p >= 0 && d >= 0)
				entry.townDistrict = { place: featureIds[p]!, district: featureIds[d]! };
		}
		entries.set(key, entry);
	}

	for (const rule of NAME_RULES) {
		if (!byId.has(rule.featureId)) continue;
		const key = normalizeName(rule.name);
		const existing = entries.get(key);
		if (existing && existing.featureIds.length === 1 && existing.featureIds[0] === rule.featureId)
			continue;
		entries.set(key, makeEntry(key, [rule.featureId], 'rule', false));
	}

	for (const rule of PHRASE_RULES) {
		const ids = rule.featureIds.filter((id) => byId.has(id));
		if (ids.length === 0) continue;
		for (const phrase of rule.phrases) {
			const key = normalizeName(phrase);
			const entry = makeEntry(key, ids, 'rule', true);
			if (isAcronym(phrase)) entry.caseForms = [phrase];
			const prior = entries.get(key);
			if (prior?.multi && prior.caseForms && entry.caseForms)
				entry.caseForms = [...prior.caseForms, ...entry.caseForms];
			entries.set(key, entry);
		}
	}

	for (const rule of CONTEXT_RULES) {
		if (!byId.has(rule.featureId)) continue;
		entries.get(normalizeName(rule.name))?.context.push(rule);
	}

	const byFirstToken = new Map<string, GazetteerEntry[]>();
	for (const entry of entries.values()) {
		const first = firstToken(entry.key);
		let list = byFirstToken.get(first);
		if (!list) byFirstToken.set(first, (list = []));
		list.push(entry);
	}
	for (const list of byFirstToken.values()) list.sort((a, b) => b.key.length - a.key.length);
	return { features: byId, entries, byFirstToken };
}

function makeEntry(
	key: string,
	featureIds: string[],
	method: 'alias' | 'rule',
	multi: boolean
): GazetteerEntry {
	const tokens = tokensOf(key);
	const significant = tokens.filter((t) => !FUNCTION_WORDS.has(t));
	const allCommon = significant.length > 0 && significant.every((t) => COMMON_WORDS.has(t));
	const homonym = tokens.length === 1 && LOWERCASE_HOMONYMS.has(tokens[0]!);
	return { key, featureIds, method, multi, capitalised: allCommon || homonym, context: [] };
}

/** First token of a folded key: the run of word characters it starts with. */
export function firstToken(key: string): string {
	const m = /^[\p{L}\p{N}&]+/u.exec(key);
	return m ? m[0] : key;
}

/** Looks a name up as the linker would (folded); undefined when the gazetteer does not know it. */
export function lookupName(gazetteer: Gazetteer, name: string): GazetteerEntry | undefined {
	return gazetteer.entries.get(normalizeName(name));
}
