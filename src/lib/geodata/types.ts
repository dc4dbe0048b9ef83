/**
 * Property schema of every feature the app ships (docs/data-model.md).
 * The geodata pipeline writes these, the data tests check them, and the
 * linker, the panel and the map read them. Keep this the single definition.
 */
import type { Feature, Geometry } from 'geojson';

export type FeatureKind = 'region' | 'zone' | 'district' | 'line' | 'place' | 'country' | 'water';
export type FeatureStatus = 'de-facto' | 'claim' | 'former' | 'approximate';
export type Accuracy = 'generalised-1:10m' | 'generalised-1:50m' | 'approximate' | 'schematic';

/** One name form, with who uses it where that matters (e.g. Şuşa / Shushi). */
export interface NameForm {
	/** BCP 47 language tag: az, hy, ur, hi, ru, en, … */
	lang: string;
	name: string;
	/** Who uses this form, in neutral words ("Azerbaijani official", "Armenian"). */
	used_by?: string;
	/** Latin transliteration when `name` is in another script. */
	latin?: string;
}

/** A published figure to compare the measured one with. */
export interface OfficialFigure {
	value: number;
	unit: 'km2' | 'km';
	/** Who publishes it, in a form a reader can look up. */
	source: string;
	/** The year the figure refers to or was published. */
	year?: number;
}

/** A document a fact rests on, as cited in `geodata/facts/*.yaml`. */
export interface Citation {
	title: string;
	publisher: string;
	/** Publication date (EDTF). */
	date: string;
	url: string;
}

/**
 * How accurate a feature's position is and how that is known: measured against a named
 * reference, or the source's nominal accuracy at its scale. Never a guess dressed as a measurement.
 */
export type AccuracyBasis =
	| {
			method: 'measured';
			/** What it was compared with. */
			against: string;
			mean_km?: number;
			max_km: number;
	  }
	| {
			method: 'nominal';
			/** The source's scale, e.g. "1:10m". */
			scale: string;
	  };

/** One dated span of control, for the timeline. */
export interface ControlSpan {
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
	from: string;
	/** ISO date, or null while it lasts. */
	to: string | null;
	/** ISO 3166-1 alpha-3, or a neutral description of a non-state party. */
	by: string;
	source: string;
}

export interface FeatureProps {
	/** Stable, kebab-case, namespaced: `kashmir/ladakh`, `line/loc`, `place/shusha`, `country/aze`. */
	id: string;
	kind: FeatureKind;
	/** Neutral English display name. */
	name: string;
	names: NameForm[];
	/** Further spellings to match in text (ASCII forms, transliterations, old names). */
	aliases: string[];
	/** ISO 3166-1 alpha-3 of who administers it, or null. */
	administered_by: string | null;
	/** ISO 3166-1 alpha-3 codes of every claimant. */
	claimed_by: string[];
	/** Who claims only part of it (e.g. China's claims at points in Ladakh). */
	claimed_in_part_by?: string[];
	status: FeatureStatus;
	source: string;
	source_version: string;
	license: string;
	/** One line: how it was made from the source. */
	derivation: string;
	accuracy: Accuracy;
	accuracy_km: number;
	accuracy_basis?: AccuracyBasis;
	area_km2?: number;
	length_km?: number;
	official?: OfficialFigure | null;
	/** Plain words, shown in the panel. */
	note: string;
	control?: ControlSpan[];
	/** Who uses `name`, the label; absent when it is the map's own neutral English name. */
	name_used_by?: string;
	/**
	 * "none": a named area the map has no outline or line for (the Kashmir Valley, the Jammu
	 * division, the Lachin corridor). Shipped with `geometry: null`; the linker links it, the panel
	 * and its page describe it and say that it is not drawn, and selecting it leaves the map as is.
	 */
	outline?: 'none';
	/** EDTF date from which this shape is valid (a unit created or reshaped then). */
	valid_from?: string;
	/** EDTF date until which this shape was valid (a former shape, id `<id>/until-<year>`). */
	valid_to?: string;
	/** The documents the names, figures and notes rest on. */
	citations?: Citation[];
}

export type AppFeature<G extends Geometry = Geometry> = Feature<G, FeatureProps>;

/** One entry of `geodata/layers.json`. */
export interface LayerEntry {
	/** Kebab-case layer id, also the URL token for visibility. */
	id: string;
	title: string;
	/** File name inside `geodata/`. */
	file: string;
	/** 'none': the layer's features have no geometry (named areas, `outline: 'none'`). */
	geometry: 'polygon' | 'line' | 'point' | 'mixed' | 'none';
	visible: boolean;
	/** One sentence on what the legend swatch means. */
	legend: string;
	description: string;
	/** Regions the layer belongs to, for grouping in the navigator. */
	group: 'kashmir' | 'karabakh' | 'world' | 'basemap';
}
