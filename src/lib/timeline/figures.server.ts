/**
 * The article figures panel's numbers, measured at build time from the committed geodata and
 * control data. An article without a figures file (`src/content/figures/<slug>.json`) has none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import type { LayerEntry } from '$lib/geodata/types';
import { loadControlFromDisk } from './control.server';
import { measureFigures, type ArticleFigures, type FigureInputs } from './figures';

function allFeatures(root: string): Feature[] {
	const layers = JSON.parse(
		readFileSync(join(root, 'geodata', 'layers.json'), 'utf8')
	) as LayerEntry[];
	return layers.flatMap(
		(entry) =>
			(
				JSON.parse(readFileSync(join(root, 'geodata', entry.file), 'utf8')) as {
					features: Feature[];
				}
			).features
	);
}

const figuresFile = (slug: string, root: string) =>
	join(root, 'src', 'content', 'figures', `${slug}.json`);

export function hasFigures(slug: string, root = process.cwd()): boolean {
	return existsSync(figuresFile(slug, root));
}

export function figuresFor(slug: string, root = process.cwd()): ArticleFigures | null {
	const file = figuresFile(slug, root);
	if (!existsSync(file)) return null;
	const inputs = JSON.parse(readFileSync(file, 'utf8')) as FigureInputs;
	try {
		return measureFigures(inputs, allFeatures(root), loadControlFromDisk(root));
	} catch (e) {
		throw new Error(`src/content/figures/${slug}.json: ${(e as Error).message}`, { cause: e });
	}
}
