// Fonts for map labels, declared through the style's `font-faces` so labels render without a
// glyph server and look the same on every machine (instead of whatever system font exists).
// https://maplibre.org/maplibre-style-spec/root/#font-faces
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import type { Theme } from '$lib/theme';

type FontFace = { url: string; 'unicode-range': string[] };

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF'];

/** `font-faces` with absolute URLs, resolved against the page so sub-path hosting works. */
export function mapFontFaces(theme: Theme, pageUrl: string): Record<string, FontFace[]> {
	const abs = (url: string) => new URL(url, pageUrl).href;
	return {
		[theme.font.regular]: [
			{ url: abs(latin400), 'unicode-range': LATIN },
			{ url: abs(latinExt400), 'unicode-range': LATIN_EXT }
		]
	};
}
