import { articleSlugs, explorerData } from '$lib/server/explorer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => articleSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => explorerData(params.slug);
