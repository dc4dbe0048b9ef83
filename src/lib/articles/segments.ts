/**
 * Passage text with links, as segments for rendering: `{ text, featureIds? }`. Never HTML: the
 * page renders every segment as text, so markup in an article stays visible text.
 */
import type { Link, Segment } from './types';

/** Splits `text` at link boundaries; a segment covered by links lists their features. */
export function passageSegments(
	text: string,
	links: readonly Pick<Link, 'start' | 'end' | 'featureId'>[]
): Segment[] {
	const valid = links.filter((l) => l.start >= 0 && l.end <= text.length && l.start < l.end);
	const cuts = new Set<number>([0, text.length]);
	for (const l of valid) {
		cuts.add(l.start);
		cuts.add(l.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const from = points[i]!;
		const to = points[i + 1]!;
		const ids: string[] = [];
		for (const l of valid)
			if (l.start <= from && l.end >= to && !ids.includes(l.featureId)) ids.push(l.featureId);
		const piece = text.slice(from, to);
		const prev = segments[segments.length - 1];
		if (ids.length === 0 && prev && !prev.featureIds) prev.text += piece;
		else segments.push(ids.length ? { text: piece, featureIds: ids } : { text: piece });
	}
	if (segments.length === 0) segments.push({ text });
	return segments;
}
