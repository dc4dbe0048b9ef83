/**
 * How accurate a feature is and how that is known, in the panel's words. Only what the data
 * records is said: a measurement names what it was measured against; a nominal accuracy is
 * labelled nominal and never given a distance nobody measured (docs/data-model.md).
 */
import { formatNumber } from './describe';
import type { FeatureProps, OfficialFigure } from './types';

/** Beyond this the panel says in plain words that the map's figure and the published one differ. */
export const NOTABLE_DIFFERENCE_PERCENT = 5;

const SCALE: Record<FeatureProps['accuracy'], string> = {
	'generalised-1:10m': '1:10m',
	'generalised-1:50m': '1:50m',
	approximate: 'approximate',
	schematic: 'schematic'
};

/**
 * "Measured against …: mean offset 2 km, largest 7 km" or
 * "Nominal: the source's 1:10m scale; not measured against a reference".
 */
export function accuracyLine(props: FeatureProps): string {
	if (props.outline === 'none')
		return 'No outline on this map: a named area, described here but not drawn';
	const basis = props.accuracy_basis ?? { method: 'nominal', scale: SCALE[props.accuracy] };
	if (basis.method === 'measured') {
		const offsets = [
			basis.mean_km !== undefined ? `mean offset ${formatNumber(basis.mean_km)} km` : null,
			`largest ${formatNumber(basis.max_km)} km`
		].filter(Boolean);
		return `Measured against ${basis.against}: ${offsets.join(', ')}`;
	}
	const scale = /^1:/.test(basis.scale) ? `the source's ${basis.scale} scale` : basis.scale;
	return `Nominal: ${scale}; not measured against a reference`;
}

export interface OfficialComparison {
	/** Signed difference of the map's figure from the published one, in percent. */
	percent: number;
	/** "0.2 % larger than published"; "13 % shorter than published". */
	short: string;
	/** A plain-words sentence with both numbers, only when the difference is notable. */
	warning: string | null;
}

/** The map's area or length against the published figure, when both exist in the same unit. */
export function compareWithOfficial(props: FeatureProps): OfficialComparison | null {
	const official = props.official;
	if (!official) return null;
	const isArea = official.unit === 'km2';
	const measured = isArea ? props.area_km2 : props.length_km;
	if (measured === undefined) return null;
	const percent = ((measured - official.value) / official.value) * 100;
	const unit = isArea ? 'km²' : 'km';
	const magnitude = Math.abs(percent);
	const rounded = formatNumber(
		magnitude < 10 ? Math.round(magnitude * 10) / 10 : Math.round(magnitude)
	);
	const direction = isArea
		? percent >= 0
			? 'larger'
			: 'smaller'
		: percent >= 0
			? 'longer'
			: 'shorter';
	const short =
		magnitude < 0.05 ? 'the same as published' : `${rounded} % ${direction} than published`;
	const warning =
		magnitude > NOTABLE_DIFFERENCE_PERCENT
			? `The ${isArea ? 'area' : 'length'} on this map differs from the published figure by more than ${NOTABLE_DIFFERENCE_PERCENT} %: ${formatNumber(measured)} ${unit} here against ${formatNumber(official.value)} ${unit} published, ${rounded} % ${direction}.`
			: null;
	return { percent, short, warning };
}

/** "Census of India, 2011": who published the figure, with its year unless the source says it. */
export function publishedBy(official: OfficialFigure): string {
	const year = official.year === undefined ? '' : String(official.year);
	return year && !official.source.includes(year) ? `${official.source}, ${year}` : official.source;
}
