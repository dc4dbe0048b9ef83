/**
 * "Download map": the map as drawn now, with its legend and attribution drawn into the image, so
 * the picture keeps its meaning away from the page. The caller hands over the map's canvas read
 * in the same frame it was drawn (see `MapController.capture`); this module only composes.
 */
import type { LegendItem, Swatch } from '$lib/map/legend';

export interface LegendGroup {
	title: string;
	items: readonly LegendItem[];
}

export interface MapImageInput {
	map: CanvasImageSource & { width: number; height: number };
	legend: readonly LegendGroup[];
	attribution: string;
	title: string;
}

const ROW = 18;
const PAD = 10;
const SWATCH = 22;

/** Size of the legend box in CSS pixels, from the rows it holds. */
export function legendBox(
	legend: readonly LegendGroup[],
	width = 300
): { width: number; height: number } {
	const rows = legend.reduce((sum, group) => sum + 1 + group.items.length, 0);
	return { width, height: PAD * 2 + ROW * (rows + 1) };
}

/** Composes the image; `scale` is the map canvas's pixels per CSS pixel. */
export function composeMapImage(input: MapImageInput, scale: number): HTMLCanvasElement {
	const { map, legend, attribution, title } = input;
	const box = legendBox(legend);
	const width = map.width;
	// The legend sits below the map, so it hides nothing drawn on it.
	const height = map.height + Math.ceil((box.height + ROW * 2) * scale);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('Download map: this browser gives no 2D canvas to draw the image on');
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height);
	ctx.drawImage(map, 0, 0);
	ctx.scale(scale, scale);
	const top = map.height / scale;
	ctx.fillStyle = '#1f2937';
	ctx.textBaseline = 'middle';
	ctx.font = 'bold 13px "Noto Sans", sans-serif';
	ctx.fillText(title, PAD, top + ROW, width / scale - PAD * 2);
	let y = top + ROW * 2;
	ctx.strokeStyle = '#9a9385';
	ctx.strokeRect(PAD / 2, y, width / scale - PAD, box.height);
	y += PAD + ROW / 2;
	for (const group of legend) {
		ctx.font = 'bold 12px "Noto Sans", sans-serif';
		ctx.fillStyle = '#1f2937';
		ctx.fillText(group.title, PAD, y);
		y += ROW;
		ctx.font = '12px "Noto Sans", sans-serif';
		for (const item of group.items) {
			drawSwatch(ctx, item.swatch, PAD, y - 6, SWATCH, 12);
			ctx.fillStyle = '#1f2937';
			ctx.fillText(item.label, PAD + SWATCH + 8, y, width / scale - SWATCH - PAD * 3);
			y += ROW;
		}
	}
	ctx.font = '11px "Noto Sans", sans-serif';
	ctx.textAlign = 'right';
	ctx.fillText(attribution, width / scale - PAD, y + ROW / 2);
	return canvas;
}

function drawSwatch(
	ctx: CanvasRenderingContext2D,
	swatch: Swatch,
	x: number,
	y: number,
	w: number,
	h: number
) {
	ctx.save();
	ctx.setLineDash([]);
	switch (swatch.type) {
		case 'fill':
			ctx.fillStyle = swatch.colour;
			ctx.fillRect(x, y, w, h);
			ctx.strokeStyle = swatch.outline;
			ctx.strokeRect(x, y, w, h);
			break;
		case 'hatch':
			ctx.beginPath();
			ctx.rect(x, y, w, h);
			ctx.clip();
			ctx.strokeStyle = swatch.colour;
			ctx.beginPath();
			for (let i = -h; i < w; i += 4) {
				const forward = swatch.direction !== 'backward';
				ctx.moveTo(x + i, forward ? y + h : y);
				ctx.lineTo(x + i + h, forward ? y : y + h);
			}
			ctx.stroke();
			ctx.setLineDash(swatch.outlineDash.map((d) => d * 2));
			ctx.strokeRect(x, y, w, h);
			break;
		case 'line':
			ctx.strokeStyle = swatch.colour;
			ctx.lineWidth = Math.max(1.5, swatch.width);
			ctx.setLineDash((swatch.dash ?? []).map((d) => d * ctx.lineWidth));
			ctx.beginPath();
			ctx.moveTo(x, y + h / 2);
			ctx.lineTo(x + w, y + h / 2);
			ctx.stroke();
			break;
		case 'point':
			ctx.fillStyle = swatch.colour;
			ctx.beginPath();
			ctx.arc(x + w / 2, y + h / 2, 4, 0, Math.PI * 2);
			ctx.fill();
			break;
	}
	ctx.restore();
}

/** Saves a blob under a file name, as a download (nothing leaves the browser). */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
