/**
 * Types of the article side of the app (docs/data-model.md): articles, passages, links and the
 * two-way index. Pure types, shared by the build-time loader, the pages and the browser linker.
 */

export interface ArticleMeta {
	title: string;
	/** Where the text comes from, as stated in the text itself. */
	source: string;
	/** ISO date or year (`2021`); never more precise than what is known. */
	published: string;
	/** BCP 47 language tag of the text. */
	language: string;
	/** Editorial notes: provenance, language quality, point of view. */
	notes?: string;
}

export interface Passage {
	/** Stable id within the article: `p1`, `p2`, … in reading order. */
	id: string;
	/** The paragraph text, verbatim. */
	text: string;
	/** 1-based line of the file where the passage starts (for error messages). */
	line: number;
}

export interface Article {
	/** File stem of the article file. */
	slug: string;
	/** Repository path of the file, for messages (`src/content/articles/x.md`). */
	file: string;
	meta: ArticleMeta;
	passages: Passage[];
}

/** How a link was made: a gazetteer name, an explicit rule (rules.ts), or a curated entry. */
export type LinkMethod = 'alias' | 'rule' | 'curated';

export interface Link {
	articleSlug: string;
	passageId: string;
	featureId: string;
	/** Offset (UTF-16 code units) of the first character of the mention in the passage text. */
	start: number;
	/** Offset just after the mention: `passage.text.slice(start, end) === text`. */
	end: number;
	text: string;
	method: LinkMethod;
}

/** A curated addition: link `text` (its `occurrence`-th whole-word occurrence, 0-based) to a feature. */
export interface CuratedAdd {
	passageId: string;
	featureId: string;
	text: string;
	occurrence?: number;
	reason: string;
}

/** A curated removal of automatic links of `featureId` in a passage (only over `text`, if given). */
export interface CuratedRemove {
	passageId: string;
	featureId: string;
	text?: string;
	occurrence?: number;
	reason: string;
}

export interface CuratedLinks {
	/** Repository path of the file, for messages. */
	file: string;
	add: (CuratedAdd & { line: number })[];
	remove: (CuratedRemove & { line: number })[];
}

/** A piece of passage text for rendering: plain text, linked to features when `featureIds` is set. */
export interface Segment {
	text: string;
	featureIds?: string[];
}

export interface MentionSpan {
	start: number;
	end: number;
	text: string;
}

/** Where one feature is mentioned: one passage, with every span in it. */
export interface FeatureMention {
	articleSlug: string;
	passageId: string;
	spans: MentionSpan[];
}

export interface LinkIndex {
	/** Feature id → passages that mention it, in reading order (articles in the given order). */
	byFeature: Record<string, FeatureMention[]>;
	/** `passageKey(slug, passageId)` → feature ids in order of first mention. */
	byPassage: Record<string, string[]>;
}
