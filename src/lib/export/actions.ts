/**
 * What the "Save and share" buttons do, loaded on first use (none of it is on the first load):
 * the map as a PNG with its legend, the selection as GeoJSON, a link to the current passage.
 * Each returns the sentence the page announces.
 */
import type { FeatureProps } from '$lib/geodata/types';
import { datedLegend } from '$lib/map/dated';
import type { Theme } from '$lib/theme';
import { formatDay } from '$lib/timeline/days';
import type { DatedShading } from '$lib/timeline/shading';
import type { Geometry } from 'geojson';
import { composeMapImage, saveBlob, type LegendGroup } from './map-image';
import { selectionCollection, selectionFileName } from './selection';

export interface ExportContext {
	/** The map drawn this instant (null without a map). */
	capture: () => HTMLCanvasElement | null;
	legend: LegendGroup[];
	/** The day the map shows, and whether that is today. */
	day: { day: string; today: boolean };
	/** At a past date: the map's shading that day, which the image's legend explains first. */
	dated: { shading: DatedShading; parties: Record<string, string>; theme: Theme } | null;
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
	const { day, dated } = context;
	const legend = dated
		? [
				{
					title: `Shading on ${formatDay(day.day)}`,
					items: datedLegend(dated.theme, dated.shading, dated.parties)
				},
				...context.legend
			]
		: context.legend;
	const image = composeMapImage(
		{
			map: canvas,
			legend,
			attribution: context.attribution,
			title: context.title,
			date: `The map on ${formatDay(day.day)}${day.today ? ' (today)' : ''}`
		},
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
