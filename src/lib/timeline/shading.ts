/**
 * What the map shows on a day, as plain data the map layer applies: each unit's holder (from
 * `controlAt`) and the features that did not exist on that day (a reshaped unit's other shape, a
 * line not yet agreed). Pure; the map code in `$lib/map/dated.ts` turns it into feature state and
 * filters.
 */
import { controlAt, existedOn, type ShippedControl } from './control';

/** How a unit is shaded: by its holder, hatched when held only in part, grey when unsourced. */
export type ShadeStatus = 'held' | 'partly' | 'neither' | 'unknown';

export interface UnitShade {
	status: ShadeStatus;
	/** Party id; null for 'neither' and 'unknown'. */
	holder: string | null;
	/** The day falls where a boundary of the span is imprecise. */
	uncertain: boolean;
}

export interface DatedShading {
	day: string;
	units: Record<string, UnitShade>;
	/** Feature ids not drawn on that day. */
	absent: string[];
}

/** The part of a map feature the shading reads. */
export interface DatedFeature {
	id: string;
	/** Places and lines are drawn or not on a day, never shaded; only areas carry a holder. */
	kind?: string;
	valid_from?: string;
	valid_to?: string;
}

/**
 * A unit's earlier shape (id `<unit>/until-<year>`, see `FeatureProps.valid_to`) was the same
 * unit: it shares the unit's control spans.
 */
export function controlIdOf(featureId: string): string {
	return featureId.replace(/\/until-\d{4}$/, '');
}

/**
 * Whether a shape is drawn on `day`, from its `valid_from` / `valid_to` (EDTF prefixes such as
 * `2023-12`). A shape starts on the first day its `valid_from` allows and the shape it replaced
 * ends the same day, so on no day are both drawn, and on none is neither.
 */
export function shapeExistsOn(feature: DatedFeature, day: string): boolean {
	if (feature.valid_from && day < feature.valid_from) return false;
	if (feature.valid_to && day >= feature.valid_to) return false;
	return true;
}

export function shadingAt(
	control: ShippedControl,
	features: readonly DatedFeature[],
	day: string
): DatedShading {
	const units: Record<string, UnitShade> = {};
	const absent: string[] = [];
	for (const feature of features) {
		const id = controlIdOf(feature.id);
		const validity = control.valid[feature.id];
		if (!shapeExistsOn(feature, day) || (validity && !existedOn(validity, day))) {
			absent.push(feature.id);
			continue;
		}
		const spans = control.control[id];
		if (!spans || feature.kind === 'place' || feature.kind === 'line') continue;
		const answer = controlAt(spans, day);
		units[feature.id] =
			answer.kind !== 'held'
				? { status: 'unknown', holder: null, uncertain: false }
				: {
						status: answer.holder === null ? 'neither' : answer.partly ? 'partly' : 'held',
						holder: answer.holder,
						uncertain: answer.uncertain
					};
	}
	return { day, units, absent };
}
