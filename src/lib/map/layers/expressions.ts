// Expression builders shared by the layer modules.
// https://maplibre.org/maplibre-style-spec/expressions/
import type { ExpressionSpecification } from 'maplibre-gl';

type Value = number | string | ExpressionSpecification;

const isState = (state: string): ExpressionSpecification => [
	'boolean',
	['feature-state', state],
	false
];

/** `selected` if the feature is selected, else `hovered` if hovered, else `normal`. */
export function byState(normal: Value, hovered: Value, selected: Value): ExpressionSpecification {
	return ['case', isState('selected'), selected, isState('hover'), hovered, normal];
}

/** A `match` on `input` over a lookup table, with a fallback for everything else. */
export function matchTable(
	input: ExpressionSpecification,
	table: Record<string, string>,
	fallback: string
): ExpressionSpecification {
	// The spec's tuple type cannot describe a spread of pairs; the style tests validate the result.
	return [
		'match',
		input,
		...Object.entries(table).flat(),
		fallback
	] as unknown as ExpressionSpecification;
}

/** A fill colour chosen by the `administered_by` property. */
export function colourByAdministrator(
	colours: Record<string, string>,
	fallback: string
): ExpressionSpecification {
	return matchTable(['coalesce', ['get', 'administered_by'], ''], colours, fallback);
}

/** The first claimant of a claim feature. */
export const firstClaimant: ExpressionSpecification = ['at', 0, ['get', 'claimed_by']];

/**
 * "Exists today": an earlier shape (with `valid_to`) is not drawn. The map at another day
 * (`../dated.ts`) finds this clause in the filters and replaces it.
 */
export const TODAY: ExpressionSpecification = ['!', ['has', 'valid_to']];

/** Features of these kinds that exist today. */
export const isKind = (...kinds: string[]): ExpressionSpecification => [
	'all',
	['in', ['get', 'kind'], ['literal', kinds]],
	TODAY
];

export const isGeometry = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => [
	'==',
	['geometry-type'],
	type
];

/** How many entries of a feature's `names` a label looks through (the data has at most 7). */
const MAX_NAME_FORMS = 10;

/**
 * The label text in a chosen name form: the feature's name in language `lang` (its Latin form
 * where it has one, so every label can be drawn with the map's fonts), or the neutral English
 * name where the feature has no such form. `null` is the neutral English name.
 */
export function labelField(lang: string | null): ExpressionSpecification {
	if (!lang) return ['get', 'name'];
	const names: ExpressionSpecification = ['array', ['coalesce', ['get', 'names'], ['literal', []]]];
	const branches: ExpressionSpecification[] = [];
	for (let i = 0; i < MAX_NAME_FORMS; i++) {
		const entry: ExpressionSpecification = ['object', ['at', i, names]];
		branches.push(
			['all', ['>', ['length', names], i], ['==', ['get', 'lang', entry], lang]],
			['to-string', ['coalesce', ['get', 'latin', entry], ['get', 'name', entry]]]
		);
	}
	return ['case', ...branches, ['get', 'name']] as unknown as ExpressionSpecification;
}

/**
 * `value` for every feature, written so that MapLibre binds it per feature (a vertex attribute)
 * instead of as a uniform. MapLibre compiles one shader program per mix of per-feature and
 * constant paint properties; layers that agree on the mix share one program, and each program
 * costs its compile time before the first frame (issue 11: 17 programs at load became 10).
 */
export function perFeature(value: Value): ExpressionSpecification {
	return ['case', ['has', 'id'], value, value] as ExpressionSpecification;
}
