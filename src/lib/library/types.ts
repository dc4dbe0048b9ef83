/**
 * An article a reader brought, as kept on the device. Self-contained: the text, the metadata the
 * reader gave and the links the browser made, so it reads and exports with the network off.
 */
import type { ImportFormat } from '../articles/import/types';
import type { Link } from '../articles/types';

export interface LocalPassage {
	/** `p1`, `p2`, … in reading order, as in a shipped article. */
	id: string;
	text: string;
	/** Heading level 1–6; absent for an ordinary paragraph. */
	heading?: number;
}

export interface LocalArticle {
	/** `local-…` (see slug.ts): never the slug of a shipped article. */
	slug: string;
	title: string;
	/** Where the text comes from, as the reader states it ('' when not given). */
	source: string;
	/** Publication date as the reader gives it ('' when not given). */
	published: string;
	/** BCP 47 tag ('' when not given). */
	language: string;
	notes: string;
	passages: LocalPassage[];
	links: Link[];
	/** ISO timestamp of when it was added. */
	added: string;
	/** 'pasted text' or the file's name. */
	origin: string;
	format: ImportFormat;
}

/** What the library listing needs, without the text. */
export interface LibraryEntry {
	slug: string;
	title: string;
	source: string;
	published: string;
	local: boolean;
}
