import { featureIds, featurePageData } from '$lib/server/explorer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => featureIds().map((id) => ({ id }));

// A rest parameter keeps the trailing slash of the URL (`trailingSlash: 'always'`).
export const load: PageServerLoad = ({ params }) => featurePageData(params.id.replace(/\/$/, ''));
