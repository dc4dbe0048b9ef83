/**
 * Article slugs. A shipped article's slug is its file stem (`src/content/articles/<slug>.md`); a
 * local article's is `local-` and 10 random base-32 characters, made on the device. The data
 * tests refuse a shipped file whose name starts with `local-`, so the two can never collide, and
 * `?a=<slug>` tells at a glance which kind it opens.
 */
export const LOCAL_PREFIX = 'local-';
const LOCAL_SLUG = /^local-[a-z0-9]{10}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function isLocalSlug(slug: string): boolean {
	return LOCAL_SLUG.test(slug);
}

/** A new local slug; `random` fills a byte array (crypto.getRandomValues in the browser). */
export function newLocalSlug(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): string {
	const bytes = random(new Uint8Array(10));
	return LOCAL_PREFIX + Array.from(bytes, (byte) => ALPHABET[byte % 32]).join('');
}

/**
 * A file stem for an exported article: the title in lower-case ASCII words joined by hyphens
 * ("Fighting near Şuşa" → `fighting-near-susa`), at most 60 characters, never starting with
 * `local-`, and not one of `taken` (the shipped slugs): `-2`, `-3`, … is added if needed.
 */
export function exportSlug(title: string, taken: ReadonlySet<string> = new Set()): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[ıİ]/g, 'i')
		.replace(/[əƏ]/g, 'e')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	let stem = '';
	for (const word of words) {
		const next = stem ? `${stem}-${word}` : word;
		if (next.length > 60) break;
		stem = next;
	}
	if (!stem || !/^[a-z]/.test(stem)) stem = stem ? `article-${stem}` : 'article';
	if (stem.startsWith(LOCAL_PREFIX)) stem = `article-${stem}`;
	let slug = stem;
	for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
	return slug;
}
