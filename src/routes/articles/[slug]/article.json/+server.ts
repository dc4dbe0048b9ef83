import { json } from '@sveltejs/kit';
import { articleSlugs, explorerData } from '$lib/server/explorer';
import type { EntryGenerator, RequestHandler } from './$types';

// One shipped article as the explorer shows it, for `?a=<slug>` on the explorer's own page:
// fetched only when a reader switches to it, so the first load carries one article.
export const prerender = true;

export const entries: EntryGenerator = () => articleSlugs().map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => json(explorerData(params.slug).article);
