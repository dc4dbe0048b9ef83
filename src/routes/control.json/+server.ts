import { json } from '@sveltejs/kit';
import { loadClaimsFromDisk, loadControlFromDisk } from '$lib/timeline/control.server';
import { articleEventsBySlug } from '$lib/timeline/article-events.server';
import type { RequestHandler } from './$types';

// Built once from geodata/facts/control.yaml: the browser reads JSON, never YAML.
export const prerender = true;

export const GET: RequestHandler = () =>
	json({
		...loadControlFromDisk(),
		claims: loadClaimsFromDisk(),
		articles: articleEventsBySlug()
	});
