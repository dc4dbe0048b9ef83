/**
 * Curated link files, `src/content/links/<slug>.json`:
 *
 *     { "add":    [{ "passageId": "p11", "featureId": "karabakh/lachin", "text": "Lachin", "occurrence": 0, "reason": "…" }],
 *       "remove": [{ "passageId": "p8", "featureId": "water/caspian-sea", "text": "Caspian", "reason": "…" }] }
 *
 * `occurrence` counts whole-word occurrences of `text` in the passage, from 0. Every entry needs a
 * non-empty `reason`. Shape errors throw an `ArticleError` naming the file and the entry's line;
 * entries naming unknown passages or features are caught when the article is linked
 * (`linkArticle`), which has the article and the features at hand.
 */
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ArticleError, lineOf } from './errors';
import type { CuratedLinks } from './types';

const ADD_KEYS = new Set(['passageId', 'featureId', 'text', 'occurrence', 'reason']);
const REMOVE_KEYS = ADD_KEYS;

export function parseCuratedLinks(source: string, file: string): CuratedLinks {
	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const lineMatch = /line (\d+)/.exec(message);
		const posMatch = /position (\d+)/.exec(message);
		const line = lineMatch
			? Number(lineMatch[1])
			: posMatch
				? lineOf(source, Number(posMatch[1]))
				: undefined;
		throw new ArticleError(file, line, `not valid JSON: ${message}`);
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	const lineAt = (path: (string | number)[]): number | undefined => {
		const node = doc.getIn(path, true) as YamlNode | undefined;
		const offset = node?.range?.[0];
		return offset === undefined ? undefined : lineCounter.linePos(offset).line;
	};
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		throw new ArticleError(file, 1, 'expected an object with "add" and/or "remove" lists');
	}
	const top = json as Record<string, unknown>;
	for (const key of Object.keys(top)) {
		if (key !== 'add' && key !== 'remove')
			throw new ArticleError(
				file,
				lineAt([key]),
				`unknown key "${key}" (expected "add" and "remove")`
			);
	}
	const result: CuratedLinks = { file, add: [], remove: [] };
	for (const list of ['add', 'remove'] as const) {
		const items = top[list] ?? [];
		if (!Array.isArray(items))
			throw new ArticleError(file, lineAt([list]), `"${list}" must be a list`);
		items.forEach((item: unknown, index) => {
			const line = lineAt([list, index]) ?? lineAt([list]) ?? 1;
			const where = `${list}[${index}]`;
			if (typeof item !== 'object' || item === null || Array.isArray(item))
				throw new ArticleError(file, line, `${where} must be an object`);
			const e = item as Record<string, unknown>;
			for (const key of Object.keys(e)) {
				if (!(list === 'add' ? ADD_KEYS : REMOVE_KEYS).has(key))
					throw new ArticleError(file, line, `${where} has unknown key "${key}"`);
			}
			for (const key of ['passageId', 'featureId'] as const) {
				if (typeof e[key] !== 'string' || !(e[key] as string).trim())
					throw new ArticleError(file, line, `${where} needs a non-empty string "${key}"`);
			}
			if (typeof e.reason !== 'string' || !e.reason.trim())
				throw new ArticleError(file, line, `${where} needs a non-empty "reason"`);
			if (list === 'add' && (typeof e.text !== 'string' || !e.text))
				throw new ArticleError(file, line, `${where} needs the "text" to link`);
			if (e.text !== undefined && typeof e.text !== 'string')
				throw new ArticleError(file, line, `${where}: "text" must be a string`);
			if (
				e.occurrence !== undefined &&
				!(Number.isInteger(e.occurrence) && (e.occurrence as number) >= 0)
			) {
				throw new ArticleError(file, line, `${where}: "occurrence" must be a whole number from 0`);
			}
			const entry = {
				passageId: e.passageId as string,
				featureId: e.featureId as string,
				reason: e.reason,
				line,
				...(e.text !== undefined ? { text: e.text as string } : {}),
				...(e.occurrence !== undefined ? { occurrence: e.occurrence as number } : {})
			};
			if (list === 'add') result.add.push(entry as CuratedLinks['add'][number]);
			else result.remove.push(entry);
		});
	}
	return result;
}
