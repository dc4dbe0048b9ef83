/**
 * One map source, described once: its data file's catalogue id, the style layers it draws, its
 * legend, which layers a click can hit and which labels follow the chosen name form. The engine,
 * the style, the legend and hit-testing all read the list of these (`layers/index.ts`), so adding
 * a layer is its data and one descriptor module.
 *
 * The catalogue (`geodata/layers.json`, written by the geodata pipeline) stays the source of truth
 * for what a reader is told about a layer (title, description, default visibility) and for the
 * drawing order; the descriptor is the source of truth for how it is drawn.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import type { LegendItem, MapImage } from './legend';

export interface SourceDescriptor {
	/** The source id: the `id` of the layer's entry in `geodata/layers.json`. */
	readonly id: string;
	/** The style layers drawn from this source, bottom first. */
	layers(theme: Theme): LayerSpecification[];
	/** What the legend shows for this source, from the same theme. */
	legend(theme: Theme): LegendItem[];
	/** Layers a click or hover can hit (labels and casings mean what lies under them). */
	readonly interactive: readonly string[];
	/** Symbol layers whose text is the feature's name, shown in the chosen name form. */
	readonly nameLabels: readonly string[];
	/** The fill layer the map at another day colours by who held each unit then (`dated.ts`). */
	readonly shadedFill?: string;
	/** Images the layers draw with, added to the map before any layer. */
	images?(theme: Theme): MapImage[];
}
