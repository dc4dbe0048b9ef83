import type { Handle } from '@sveltejs/kit';
import { earlyMapScript, withInlineScript } from '$lib/server/early-map';

/** Pages that show the map: the explorer, for the first article and for each article. */
const EXPLORER = /^\/(articles\/[^/]+\/)?$/;

export const handle: Handle = ({ event, resolve }) => {
	if (!EXPLORER.test(event.url.pathname)) return resolve(event);
	const script = earlyMapScript(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => (script ? withInlineScript(html, script) : html)
	});
};
