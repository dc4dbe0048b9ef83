import { loadArticles } from '$lib/articles/content.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	shipped: loadArticles().articles.map(({ slug, meta }) => ({
		slug,
		title: meta.title,
		source: meta.source,
		published: meta.published
	}))
});
