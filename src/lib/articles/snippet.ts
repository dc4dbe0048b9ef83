/**
 * A snippet of a passage around its mentions, for the feature panel: plain-text pieces, the
 * mentions flagged so the panel can mark them. Never HTML.
 */
export interface SnippetPiece {
	text: string;
	mark: boolean;
}

export function snippet(
	text: string,
	spans: readonly { start: number; end: number }[],
	radius = 110
): SnippetPiece[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const first = sorted[0];
	if (!first) return [{ text: shorten(text, radius * 2), mark: false }];
	let from = Math.max(0, first.start - radius);
	let to = Math.min(text.length, Math.max(first.end, sorted[sorted.length - 1]!.end) + radius);
	if (to - from > radius * 3) to = Math.min(text.length, first.end + radius);
	if (from > 0) from = wordStart(text, from);
	if (to < text.length) to = wordEnd(text, to);
	const pieces: SnippetPiece[] = [];
	let at = from;
	for (const span of sorted) {
		if (span.start < at || span.end > to) continue;
		if (span.start > at) pieces.push({ text: text.slice(at, span.start), mark: false });
		pieces.push({ text: text.slice(span.start, span.end), mark: true });
		at = span.end;
	}
	if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
	if (from > 0) pieces.unshift({ text: '…', mark: false });
	if (to < text.length) pieces.push({ text: '…', mark: false });
	return pieces;
}

function wordStart(text: string, at: number): number {
	const space = text.indexOf(' ', at);
	return space >= 0 && space - at < 20 ? space + 1 : at;
}

function wordEnd(text: string, at: number): number {
	const space = text.lastIndexOf(' ', at);
	return space > 0 && at - space < 20 ? space : at;
}

function shorten(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, wordEnd(text, length))}…`;
}
