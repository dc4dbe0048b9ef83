/**
 * Lets the explorer pages start loading the map library right after their first paint, instead
 * of after hydration: the article is on screen first, and the map code (the largest file by far)
 * no longer waits for the app's own code to boot. Without this the map was ready about 0.4 s
 * later than a bare MapLibre page showing the same data (`npm run bench`).
 *
 * The chunk names come from Vite's client manifest, which exists when pages are prerendered
 * (after the client build); in `vite dev` there is none and nothing is injected.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE_MEDIA } from '$lib/media';

const MANIFEST = join('.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
const MODULES = ['src/lib/map/maplibre.ts', 'src/lib/map/fonts.ts'];

let chunks: string[] | null | undefined;

function mapChunks(): string[] | null {
	if (chunks !== undefined) return chunks;
	if (!existsSync(MANIFEST)) return (chunks = null);
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
	const files = MODULES.map((module) => manifest[module]?.file);
	if (files.some((file) => !file))
		throw new Error(`${MANIFEST} lacks one of ${MODULES.join(', ')}`);
	return (chunks = files as string[]);
}

/** The script to add to an explorer page at `pathname` (relative paths: any sub-path works). */
export function earlyMapScript(pathname: string): string {
	const files = mapChunks();
	if (!files) return '';
	const depth = pathname.split('/').filter(Boolean).length;
	const prefix = depth ? '../'.repeat(depth) : './';
	const urls = JSON.stringify(files.map((file) => prefix + file));
	// Classic script: it runs without waiting for the app, and import() shares the module map, so
	// the app's own import of the same chunks reuses these. A browser without WebGL 2 skips it,
	// checked without creating a context (see $lib/map/webgl.ts); after the first paint. On a
	// phone the map is behind its tab: the chunks are only fetched (modulepreload), and MapView
	// evaluates them when the map is shown.
	const phone = JSON.stringify(PHONE_MEDIA);
	return `requestAnimationFrame(function(){setTimeout(function(){if(typeof WebGL2RenderingContext!=='function')return;var phone=matchMedia(${phone}).matches;${urls}.forEach(function(u){if(!phone){import(u).catch(function(){});return}var l=document.createElement('link');l.rel='modulepreload';l.href=u;document.head.appendChild(l)})},0)})`;
}

/**
 * `html` with `script` added before `</body>` and its hash added to the page's
 * Content-Security-Policy (svelte.config.js `kit.csp`), which otherwise would refuse to run it.
 * Throws when the page has no policy to add it to: a page must never ship without one.
 */
export function withInlineScript(html: string, script: string): string {
	const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
	let found = false;
	const withHash = html.replace(
		/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )/i,
		(start: string) => {
			found = true;
			return `${start}${hash} `;
		}
	);
	if (!found) throw new Error('The page has no script-src policy to add the early map script to');
	return withHash.replace('</body>', `<script>${script}</script></body>`);
}
