/**
 * The map at a chosen day: each shaded unit coloured by who held it then (feature state `shade`),
 * a hatch over units held only in part, and only the shapes and lines that existed on that day
 * (layer filters). Loaded with the timeline, never on the first load; without a day the map is
 * the descriptors' own style (today's administration). The shading is `DatedShading`, computed
 * by `$lib/timeline/shading` from `controlAt`.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { Theme } from '$lib/theme';
import type { DatedShading, ShadeStatus } from '$lib/timeline/shading';
import { hatchImage, type LegendItem } from './legend';
import type { SourceDescriptor } from './source';

export type DatedMap = Pick<
	MapLibreMap,
	| 'addImage'
	| 'hasImage'
	| 'addLayer'
	| 'getLayer'
	| 'getSource'
	| 'setFilter'
	| 'setPaintProperty'
	| 'setLayoutProperty'
	| 'setFeatureState'
	| 'removeFeatureState'
>;

const PARTLY_IMAGE = 'hatch-partly';
/** Shaded when the data has no sourced record of who held the unit on the day. */
export const UNKNOWN = '#d6d3d1';
/** Shaded when the sources say nobody held it (the Siachen glacier before 1984). */
const NEITHER = '#ffffff';
const PARTLY_HATCH = '#44403c';
/**
 * Holders that are no longer states, drawn only on past dates: kept here, not in the theme, so
 * the first load carries none of it. Apart from Azerbaijan's own fill so that independence in
 * 1991 shows as a change, and the princely state's apart from India's and Pakistan's, which
 * border it in autumn 1947 (tests/unit/colour-vision.test.ts).
 */
export const FORMER_HOLDERS: Record<string, string> = {
	'aze-ssr': '#a088c8',
	'jk-state': '#cf7a33',
	'brit-india': '#658efa'
};

/** Colour per party id of `control.yaml`; a party without one is drawn as unknown (the test says). */
export function holderColours(t: Theme): Record<string, string> {
	return {
		nkr: t.administered.ARM ?? t.administeredOther,
		aze: t.administered.AZE ?? t.administeredOther,
		ind: t.administered.IND ?? t.administeredOther,
		pak: t.administered.PAK ?? t.administeredOther,
		chn: t.administered.CHN ?? t.administeredOther,
		'rus-pk': '#f3dd8a',
		...FORMER_HOLDERS
	};
}

const stateShade: ExpressionSpecification = ['coalesce', ['feature-state', 'shade'], ''];

/** Fill colour by the holder in feature state; no state at all is a unit without a record. */
export function shadeColour(t: Theme): ExpressionSpecification {
	const colours = holderColours(t);
	return [
		'match',
		stateShade,
		...Object.entries(colours).flatMap(([party, colour]) => [
			[`held:${party}`, `partly:${party}`],
			colour
		]),
		'neither',
		NEITHER,
		UNKNOWN
	] as unknown as ExpressionSpecification;
}

/** The feature-state value for a unit's shade. */
export function shadeValue(status: ShadeStatus, holder: string | null): string {
	if (status === 'held' || status === 'partly') return `${status}:${holder}`;
	return status;
}

/**
 * A layer's filter on the day (the clause is passed in, not imported: the first load keeps the
 * layer expressions in its own chunk): the descriptors' "exists today" clause gives way to "not among
 * the features absent that day", which covers both a unit's old and new shapes and the lines.
 */
export function filterOn(
	filter: FilterSpecification | undefined,
	absent: readonly string[],
	todayClause: unknown
): FilterSpecification {
	const today = JSON.stringify(todayClause);
	const replace = (node: unknown): unknown =>
		Array.isArray(node) ? (JSON.stringify(node) === today ? true : node.map(replace)) : node;
	const present: unknown = ['!', ['in', ['get', 'id'], ['literal', [...absent]]]];
	return (filter ? ['all', replace(filter), present] : present) as FilterSpecification;
}

type FillLayer = Extract<LayerSpecification, { type: 'fill' }>;

export class DatedStyle {
	readonly #map: DatedMap;
	readonly #theme: Theme;
	readonly #sources: readonly SourceDescriptor[];
	readonly #today: unknown;
	#shading: DatedShading | null = null;
	/** Feature ids that carry a `shade` state, per source. */
	readonly #shaded = new Map<string, Set<string>>();

	/** `today`: the descriptors' "exists today" clause (`layers/expressions` TODAY). */
	constructor(map: DatedMap, theme: Theme, sources: readonly SourceDescriptor[], today: unknown) {
		this.#today = today;
		this.#map = map;
		this.#theme = theme;
		this.#sources = sources;
	}

	#fill(source: SourceDescriptor): FillLayer | undefined {
		return source
			.layers(this.#theme)
			.find((l): l is FillLayer => l.id === source.shadedFill && l.type === 'fill');
	}

	#partlyId = (source: SourceDescriptor) => `${source.shadedFill}-partly`;

	/** Shows the map on a day (null: back to the descriptors' style). */
	apply(shading: DatedShading | null, sourceOf: (id: string) => string | undefined): void {
		this.#shading = shading;
		for (const source of this.#sources) if (this.#map.getSource(source.id)) this.#style(source);
		for (const [source, ids] of this.#shaded)
			for (const id of ids) this.#map.removeFeatureState({ source, id }, 'shade');
		this.#shaded.clear();
		if (!shading) return;
		for (const [id, shade] of Object.entries(shading.units)) {
			const source = sourceOf(id);
			if (!source || !this.#map.getSource(source)) continue;
			this.#map.setFeatureState({ source, id }, { shade: shadeValue(shade.status, shade.holder) });
			if (!this.#shaded.has(source)) this.#shaded.set(source, new Set());
			this.#shaded.get(source)!.add(id);
		}
	}

	/** The hatch layers follow their source's visibility. */
	setVisible(visible: ReadonlySet<string>): void {
		for (const source of this.#sources) {
			const id = this.#partlyId(source);
			if (source.shadedFill && this.#map.getLayer(id))
				this.#map.setLayoutProperty(
					id,
					'visibility',
					visible.has(source.id) && this.#shading ? 'visible' : 'none'
				);
		}
	}

	#style(source: SourceDescriptor): void {
		const shading = this.#shading;
		for (const layer of source.layers(this.#theme)) {
			if (layer.type === 'background' || !this.#map.getLayer(layer.id)) continue;
			this.#map.setFilter(
				layer.id,
				shading ? filterOn(layer.filter, shading.absent, this.#today) : layer.filter
			);
		}
		const fill = this.#fill(source);
		if (!fill) return;
		this.#map.setPaintProperty(
			fill.id,
			'fill-color',
			shading ? shadeColour(this.#theme) : fill.paint?.['fill-color']
		);
		const partly = this.#partlyId(source);
		if (shading && !this.#map.getLayer(partly)) {
			if (!this.#map.hasImage(PARTLY_IMAGE)) {
				const image = hatchImage(PARTLY_IMAGE, PARTLY_HATCH, 'forward');
				this.#map.addImage(PARTLY_IMAGE, image);
			}
			this.#map.addLayer(
				{
					id: partly,
					type: 'fill',
					source: source.id,
					paint: {
						'fill-pattern': PARTLY_IMAGE,
						'fill-opacity': [
							'case',
							['==', ['slice', stateShade, 0, 7], 'partly:'],
							1,
							0
						] as ExpressionSpecification
					}
				},
				source.layers(this.#theme)[source.layers(this.#theme).indexOf(fill) + 1]?.id
			);
		}
		if (this.#map.getLayer(partly)) {
			this.#map.setFilter(
				partly,
				shading ? filterOn(fill.filter, shading.absent, this.#today) : (fill.filter ?? null)
			);
			this.#map.setLayoutProperty(partly, 'visibility', shading ? 'visible' : 'none');
		}
	}
}

/**
 * The legend of the shading in words: one entry per holder on the day, then "partly held",
 * "held by neither side" and "no sourced record" where they occur.
 */
export function datedLegend(
	t: Theme,
	shading: DatedShading,
	parties: Record<string, string>
): LegendItem[] {
	const colours = holderColours(t);
	const shades = Object.values(shading.units);
	const holders = [
		...new Set(shades.flatMap((s) => (s.holder && s.status !== 'neither' ? [s.holder] : [])))
	];
	const items: LegendItem[] = holders.map((party) => ({
		label: `Held by ${parties[party] ?? party}`,
		swatch: { type: 'fill', colour: colours[party] ?? UNKNOWN, outline: t.districtLine }
	}));
	if (shades.some((s) => s.status === 'partly'))
		items.push({
			label:
				'Hatched: held only in part by that party; where the line ran inside the unit is not in this map’s data, so none is drawn',
			swatch: { type: 'hatch', colour: PARTLY_HATCH, direction: 'forward', outlineDash: [] }
		});
	if (shades.some((s) => s.status === 'neither'))
		items.push({
			label: 'Held by neither side',
			swatch: { type: 'fill', colour: NEITHER, outline: t.districtLine }
		});
	items.push({
		label: 'No sourced record of who held it on this date',
		swatch: { type: 'fill', colour: UNKNOWN, outline: t.districtLine }
	});
	return items;
}
