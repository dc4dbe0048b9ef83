/**
 * The two-way link index: feature → passages (reading order, with spans) and passage → features
 * (order of first mention). Plain objects, so it serialises as page data.
 */
import type { Article, FeatureMention, Link, LinkIndex } from './types';

/** Key of a passage in `LinkIndex.byPassage`. */
export function passageKey(articleSlug: string, passageId: string): string {
	return `${articleSlug}#${passageId}`;
}

/** Builds the index; `articles` give the reading order (article order, then passage order). */
export function buildLinkIndex(articles: readonly Article[], links: readonly Link[]): LinkIndex {
	const rank = new Map<string, number>();
	let r = 0;
	for (const a of articles) for (const p of a.passages) rank.set(passageKey(a.slug, p.id), r++);
	const rankOf = (l: Link) =>
		rank.get(passageKey(l.articleSlug, l.passageId)) ?? Number.MAX_SAFE_INTEGER;
	const sorted = [...links].sort(
		(a, b) => rankOf(a) - rankOf(b) || a.start - b.start || a.end - b.end
	);

	const byFeature: Record<string, FeatureMention[]> = {};
	const byPassage: Record<string, string[]> = {};
	for (const l of sorted) {
		const mentions = (byFeature[l.featureId] ??= []);
		let last = mentions[mentions.length - 1];
		if (!last || last.articleSlug !== l.articleSlug || last.passageId !== l.passageId) {
			last = { articleSlug: l.articleSlug, passageId: l.passageId, spans: [] };
			mentions.push(last);
		}
		last.spans.push({ start: l.start, end: l.end, text: l.text });
		const features = (byPassage[passageKey(l.articleSlug, l.passageId)] ??= []);
		if (!features.includes(l.featureId)) features.push(l.featureId);
	}
	return { byFeature, byPassage };
}

// The public API of the article modules, for `import { … } from '$lib/articles'`.
// (content.server.ts is separate: it reads files and runs at build time only.)
export { ArticleError } from './errors';
export { parseArticle, parsePlainText, slugFromPath } from './parse';
export { parseCuratedLinks } from './curated';
export {
	buildGazetteer,
	lookupName,
	type Gazetteer,
	type GazetteerEntry,
	type GazetteerFeature
} from './gazetteer';
export {
	findMentions,
	findOccurrence,
	linkArticle,
	linkPassage,
	resolveMentions,
	type Mention,
	type Resolved
} from './linker';
export { normalizeName, normalizeText, type NormalizedText } from './normalize';
export { passageSegments } from './segments';
export { unlinkedNames, type Candidate } from './candidates';
export type * from './types';
