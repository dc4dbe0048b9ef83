/**
 * Messages between the page and the linker worker (linker.worker.ts). One request links one
 * article; the worker answers with progress reports and then either the links or an error.
 */
import type { GazetteerFeature } from '../articles/gazetteer';
import type { Link, Passage } from '../articles/types';

export interface LinkRequest {
	type: 'link';
	/** Matches the replies to the request. */
	id: number;
	/** Absolute URL of the prerendered feature list (`/gazetteer.json`). */
	gazetteerUrl: string;
	slug: string;
	passages: Pick<Passage, 'id' | 'text'>[];
}

export type LinkReply =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'done'; id: number; links: Link[]; ms: number }
	| { type: 'error'; id: number; message: string };

/** What `/gazetteer.json` holds: the feature properties the linker reads, nothing else. */
export interface GazetteerFile {
	features: GazetteerFeature[];
}
