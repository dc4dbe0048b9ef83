// Every page is prerendered: the site is plain files that any static host (or a service-worker
// cache) can serve, and the article is readable before any script runs.
export const prerender = true;
export const trailingSlash = 'always';
