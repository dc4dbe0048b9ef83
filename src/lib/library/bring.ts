/**
 * What a reader brings (a pasted text or a file) → a draft ready to link, with every check made
 * before anything is linked or stored: a refused input leaves nothing behind.
 */
import {
	checkFileSize,
	decodeFile,
	draftFromText,
	formatOfFile,
	formatOfPaste,
	type ParseDeps
} from '../articles/import/input';
import type { Draft } from '../articles/import/types';
import type { ArticleFields } from './article';

export interface Brought {
	draft: Draft;
	/** 'pasted text' or the file's name. */
	origin: string;
	/** A remark on how the text was read (e.g. its encoding), or ''. */
	note: string;
}

export const PASTED = 'pasted text';

export function bringPaste(text: string, deps: ParseDeps): Brought {
	return {
		draft: draftFromText('The pasted text', text, formatOfPaste(text), deps),
		origin: PASTED,
		note: ''
	};
}

export function bringFile(name: string, bytes: Uint8Array, deps: ParseDeps): Brought {
	const format = formatOfFile(name);
	checkFileSize(name, bytes.length);
	const { text, note } = decodeFile(name, bytes);
	return { draft: draftFromText(name, text, format, deps), origin: name, note };
}

/** What the reader typed wins; an empty field takes what the text itself says. */
export function fieldsFor(typed: Partial<ArticleFields>, brought: Brought): ArticleFields {
	const found = brought.draft.meta;
	const pick = (key: keyof ArticleFields) => typed[key]?.trim() || found[key];
	return {
		title: pick('title'),
		source: pick('source'),
		published: pick('published'),
		language: pick('language'),
		notes: pick('notes')
	};
}
