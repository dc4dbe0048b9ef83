import { error } from '@sveltejs/kit';
import { articleSlugs, explorerData } from '$lib/server/explorer';
import { loadControlFromDisk } from '$lib/timeline/control.server';
import { figuresFor } from '$lib/timeline/figures.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Only articles with a figures file (src/content/figures/<slug>.json) have this page.
export const entries: EntryGenerator = () =>
	articleSlugs()
		.filter((slug) => figuresFor(slug) !== null)
		.map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const figures = figuresFor(params.slug);
	if (!figures) error(404, `The article "${params.slug}" has no figures file`);
	const { sources, parties } = loadControlFromDisk();
	return {
		slug: params.slug,
		title: explorerData(params.slug).article.title,
		figures,
		sources,
		parties
	};
};
