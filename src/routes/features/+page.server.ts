import { explorerData } from '$lib/server/explorer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { layers, features } = explorerData();
	return { layers, features };
};
