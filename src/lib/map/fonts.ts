// Fonts for map labels, declared through the style's `font-faces` so labels render without a
// glyph server and look the same on every machine (instead of whatever system font exists):
// the same files the page uses (`src/lib/fonts.css`), plus the generated subsets of the scripts
// whose full fonts are too large to ship (`src/lib/fonts/names.json`, `npm run fonts`).
// https://maplibre.org/maplibre-style-spec/root/#font-faces
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import armenian400 from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';
import devanagari400 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import namesManifest from '$lib/fonts/names.json';
import type { Theme } from '$lib/theme';

type FontFace = { url: string; 'unicode-range': string[] };

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF'];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'];
const ARMENIAN = ['U+0530-058F', 'U+FB13-FB17'];
const DEVANAGARI = ['U+0900-097F', 'U+1CD0-1CF9', 'U+A8E0-A8FF'];
const ARABIC = ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFC'];

const nameSubsetUrls = import.meta.glob<string>('$lib/fonts/*.woff2', {
	query: '?url',
	import: 'default',
	eager: true
});

/** The generated subset files, with their URLs as the bundler emitted them. */
function nameSubsets(): FontFace[] {
	return namesManifest.map(({ file, unicodeRange }) => {
		const url = Object.entries(nameSubsetUrls).find(([path]) => path.endsWith(`/${file}`))?.[1];
		if (!url) throw new Error(`src/lib/fonts/names.json lists ${file}, which is not there`);
		return { url, 'unicode-range': unicodeRange };
	});
}

/** `font-faces` with absolute URLs, resolved against the page so sub-path hosting works. */
export function mapFontFaces(theme: Theme, pageUrl: string): Record<string, FontFace[]> {
	const faces: FontFace[] = [
		{ url: latin400, 'unicode-range': LATIN },
		{ url: latinExt400, 'unicode-range': LATIN_EXT },
		{ url: cyrillic400, 'unicode-range': CYRILLIC },
		{ url: armenian400, 'unicode-range': ARMENIAN },
		{ url: devanagari400, 'unicode-range': DEVANAGARI },
		{ url: arabic400, 'unicode-range': ARABIC },
		...nameSubsets()
	];
	return {
		[theme.font.regular]: faces.map((face) => ({ ...face, url: new URL(face.url, pageUrl).href }))
	};
}
