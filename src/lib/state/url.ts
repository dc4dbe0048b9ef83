/**
 * The explorer's state in the URL, so a copied link restores the same view:
 * `?a=<article>&f=<feature>[,<feature>…]&p=<passage>&l=<layer>,<layer>…&n=<lang>&v=<lng>,<lat>,<zoom>&d=<YYYY-MM-DD>`.
 * Anything malformed or unknown falls back to the default for that part, never to an error.
 */
import { isDay, TIMELINE_START } from '$lib/timeline/range';

export interface View {
	center: [number, number];
	zoom: number;
}

export interface ExplorerQuery {
	article: string;
	/** Selected features (a mention such as "Kashmir under Indian administration" names several). */
	features: string[];
	passage: string | null;
	layers: string[];
	/** Language of the map labels; null for the neutral English names. */
	names: string | null;
	view: View | null;
	/** The day the map shows (`d=YYYY-MM-DD`); null for today. */
	date: string | null;
}

export interface QueryContext {
	articles: readonly string[];
	features: ReadonlySet<string>;
	passages: (article: string) => readonly string[];
	layers: readonly string[];
	defaultLayers: readonly string[];
	defaultArticle: string;
	/** Name forms the labels can take (languages). */
	nameForms: readonly string[];
}

export function parseQuery(search: string, context: QueryContext): ExplorerQuery {
	const params = new URLSearchParams(search);
	const articleParam = params.get('a');
	const article =
		articleParam && context.articles.includes(articleParam) ? articleParam : context.defaultArticle;
	const features = listParam(params.get('f')).filter((id) => context.features.has(id));
	const passageParam = params.get('p');
	const passage =
		passageParam && context.passages(article).includes(passageParam) ? passageParam : null;
	const layerParam = params.get('l');
	const layers =
		layerParam === null
			? [...context.defaultLayers]
			: listParam(layerParam).filter((id) => context.layers.includes(id));
	const namesParam = params.get('n');
	const names = namesParam && context.nameForms.includes(namesParam) ? namesParam : null;
	return {
		article,
		features: unique(features),
		passage,
		layers: unique(layers),
		names,
		view: parseView(params.get('v')),
		date: parseDate(params.get('d'))
	};
}

/**
 * The article an address names, known to this page or not (a reader's article it has not loaded
 * yet): an explorer must leave an address that names another article alone.
 */
export function addressedArticle(search: string, context: Pick<QueryContext, 'defaultArticle'>) {
	return new URLSearchParams(search).get('a') || context.defaultArticle;
}

export function serializeQuery(
	query: ExplorerQuery,
	context: Pick<QueryContext, 'defaultArticle' | 'defaultLayers'>
): string {
	const parts: string[] = [];
	if (query.article !== context.defaultArticle) parts.push(`a=${encode(query.article)}`);
	if (query.features.length) parts.push(`f=${query.features.map(encode).join(',')}`);
	if (query.passage) parts.push(`p=${encode(query.passage)}`);
	if (!sameSet(query.layers, context.defaultLayers))
		parts.push(`l=${query.layers.map(encode).join(',')}`);
	if (query.names) parts.push(`n=${encode(query.names)}`);
	if (query.view) parts.push(`v=${formatView(query.view)}`);
	if (query.date) parts.push(`d=${query.date}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

export function parseView(value: string | null): View | null {
	if (!value) return null;
	const numbers = value.split(',').map(Number);
	if (numbers.length !== 3 || numbers.some((n) => !Number.isFinite(n))) return null;
	const [lng, lat, zoom] = numbers as [number, number, number];
	if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
	return { center: [lng, lat], zoom };
}

/** A real calendar day from 1947 on (the slider's range), else null (today). */
export function parseDate(value: string | null): string | null {
	if (!value || !isDay(value) || value < TIMELINE_START) return null;
	return value;
}

export function formatView(view: View): string {
	return `${view.center[0].toFixed(4)},${view.center[1].toFixed(4)},${view.zoom.toFixed(2)}`;
}

function listParam(value: string | null): string[] {
	return value
		? value
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean)
		: [];
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item) => b.includes(item));
}

/** Keeps ids readable in the address bar: `karabakh/lachin`, not `karabakh%2Flachin`. */
function encode(value: string): string {
	return encodeURIComponent(value).replace(/%2F/gi, '/');
}
