/**
 * The page's side of the linker worker: one worker, started on first use, one request at a time
 * per call. `progress` is called with the share of characters linked so far (0–1).
 */
import type { Link, Passage } from '../articles/types';
import type { LinkReply, LinkRequest } from './protocol';

export interface LinkClient {
	link(
		slug: string,
		passages: Pick<Passage, 'id' | 'text'>[],
		progress?: (share: number) => void
	): Promise<Link[]>;
	dispose(): void;
}

export function createLinkClient(gazetteerUrl: string): LinkClient {
	let worker: Worker | undefined;
	let next = 0;
	const pending = new Map<
		number,
		{ resolve: (links: Link[]) => void; reject: (e: Error) => void; progress?: (s: number) => void }
	>();
	const start = () => {
		worker = new Worker(new URL('./linker.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<LinkReply>) => {
			const reply = event.data;
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'progress') waiting.progress?.(reply.total ? reply.done / reply.total : 1);
			else {
				pending.delete(reply.id);
				if (reply.type === 'done') waiting.resolve(reply.links);
				else waiting.reject(new Error(`The text could not be linked: ${reply.message}`));
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			for (const waiting of pending.values())
				waiting.reject(new Error(`The linker stopped: ${event.message || 'unknown error'}`));
			pending.clear();
			worker?.terminate();
			worker = undefined;
		};
		return worker;
	};
	return {
		link(slug, passages, progress) {
			const id = ++next;
			const request: LinkRequest = { type: 'link', id, gazetteerUrl, slug, passages };
			return new Promise<Link[]>((resolve, reject) => {
				pending.set(id, { resolve, reject, progress });
				(worker ?? start()).postMessage(request);
			});
		},
		dispose() {
			worker?.terminate();
			worker = undefined;
			for (const waiting of pending.values()) waiting.reject(new Error('The linker was stopped.'));
			pending.clear();
		}
	};
}
