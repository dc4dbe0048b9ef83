import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/geodata/features.server';
import type { GazetteerFile } from '$lib/library/protocol';
import type { RequestHandler } from './$types';

// What the browser's linker (src/lib/library/linker.worker.ts) reads to link a reader's text:
// only the names, never geometry. Fetched when a reader adds an article, never on first load.
export const prerender = true;

export const GET: RequestHandler = () => {
	const features = [...loadGeodata().registry.values()].map(({ props }) => ({
		id: props.id,
		kind: props.kind,
		name: props.name,
		names: props.names,
		aliases: props.aliases,
		status: props.status,
		...(props.valid_to ? { valid_to: props.valid_to } : {})
	}));
	return json({ features } satisfies GazetteerFile);
};
