/**
 * What the "Save and share" buttons do, loaded on first use (none of it is on the first load):
 * the map as a PNG with its legend, the selection as GeoJSON, a link to the current passage.
 * Each returns the sentence the page announces.
 */
import type { FeatureProps } from '$lib/geodata/types';
import type { Geometry } from 'geojson';
import { composeMapImage, saveBlob, type LegendGroup } from './map-image';
import { selectionCollection, selectionFileName } from './selection';

export interface ExportContext {
	/** The map drawn this instant (null without a map). */
	capture: () => HTMLCanvasElement | null;
	legend: LegendGroup[];
	attribution: string;
	title: string;
	slug: string;
	selected: readonly string[];
	layers: readonly {
		data: { features: { properties: FeatureProps; geometry: Geometry | null }[] };
	}[];
	passage: string | null;
	/** The shareable address of what is shown, optionally of one passage. */
	shareUrl: (passage?: string) => string;
}

export async function downloadMap(context: ExportContext): Promise<string> {
	const canvas = context.capture();
	if (!canvas) return 'The map has not been drawn, so there is nothing to download.';
	const image = composeMapImage(
		{ map: canvas, legend: context.legend, attribution: context.attribution, title: context.title },
		canvas.width / canvas.clientWidth || 1
	);
	const blob = await new Promise<Blob | null>((done) => image.toBlob(done, 'image/png'));
	if (!blob) return 'The browser could not encode the map as PNG.';
	const name = `map-${context.slug}.png`;
	saveBlob(blob, name);
	return `Map saved as ${name} (${image.width}×${image.height} px).`;
}

export async function downloadSelection(context: ExportContext): Promise<string> {
	const collection = selectionCollection(context.selected, context.layers, {
		url: context.shareUrl(),
		article: context.title,
		attribution: context.attribution,
		generated: new Date().toISOString()
	});
	const name = selectionFileName(context.selected);
	const text = JSON.stringify(collection, null, 1);
	saveBlob(new Blob([text], { type: 'application/geo+json' }), name);
	return `Selection saved as ${name} (${collection.features.length} features).`;
}

export async function copyPassageLink(context: ExportContext): Promise<string> {
	if (!context.passage) return 'No passage is current: click a paragraph’s ¶ mark first.';
	const url = context.shareUrl(context.passage);
	await navigator.clipboard.writeText(url);
	return `Link to paragraph ${context.passage.slice(1)} copied: ${url}`;
}
