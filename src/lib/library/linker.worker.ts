/// <reference lib="webworker" />
/**
 * The linker off the main thread: a long text is linked here, so the page keeps responding and
 * shows progress. The gazetteer is built once, from the prerendered `/gazetteer.json` (same
 * origin, precached by the service worker, so this works offline).
 */
import { buildGazetteer, type Gazetteer } from '../articles/gazetteer';
import { linkPassages } from './link';
import type { GazetteerFile, LinkReply, LinkRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let gazetteer: Promise<Gazetteer> | undefined;

async function loadGazetteer(url: string): Promise<Gazetteer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the place names could not be loaded (${response.status})`);
	const file = (await response.json()) as GazetteerFile;
	return buildGazetteer(file.features);
}

scope.onmessage = async (event: MessageEvent<LinkRequest>) => {
	const request = event.data;
	const reply = (message: LinkReply) => scope.postMessage(message);
	try {
		gazetteer ??= loadGazetteer(request.gazetteerUrl);
		const places = await gazetteer.catch((error: unknown) => {
			gazetteer = undefined;
			throw error;
		});
		const started = performance.now();
		const links = linkPassages(places, request.slug, request.passages, (done, total) =>
			reply({ type: 'progress', id: request.id, done, total })
		);
		reply({ type: 'done', id: request.id, links, ms: performance.now() - started });
	} catch (error) {
		reply({
			type: 'error',
			id: request.id,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
