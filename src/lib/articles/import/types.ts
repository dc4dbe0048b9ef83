/**
 * What a reader's text becomes before it is linked: blocks (passages in reading order, headings
 * marked) and whatever the text itself says about its title, source and date.
 */

export interface Block {
	/** Heading level 1–6, or absent for an ordinary paragraph. */
	heading?: number;
	/** The block's text as the reader will see it (markup removed, whitespace kept inside). */
	text: string;
}

/** Metadata found in the text (front matter, HTML meta tags); empty strings when unknown. */
export interface FoundMeta {
	title: string;
	source: string;
	published: string;
	language: string;
	notes: string;
}

export interface Draft {
	blocks: Block[];
	meta: FoundMeta;
	format: ImportFormat;
}

export type ImportFormat = 'text' | 'markdown' | 'html';

export const EMPTY_META: FoundMeta = {
	title: '',
	source: '',
	published: '',
	language: '',
	notes: ''
};

/** A reader's input that cannot become an article; the message names the input and the problem. */
export class ImportError extends Error {
	constructor(
		readonly input: string,
		problem: string
	) {
		super(`${input}: ${problem}`);
		this.name = 'ImportError';
	}
}
