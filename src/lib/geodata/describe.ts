/**
 * The app's own words about a feature: neutral, built only from its properties. Who administers
 * and who claims are stated as facts of administration and claim, never as judgements.
 */
import type { FeatureProps } from './types';

export type CountryName = (iso3: string) => string;

// Made on first use: building a number format loads locale data, which cost the phone's start
// about 48 ms (4× CPU, CPU profile) at module evaluation, before anything needed a number.
let numberFormat: Intl.NumberFormat | undefined;

export function formatNumber(value: number): string {
	numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
	return numberFormat.format(value);
}

/**
 * "Administered by India · claimed by India and Pakistan". A claim that only the administering
 * country makes is not repeated; a country's own outline says nothing of administration.
 */
export function administrationLine(props: FeatureProps, countryName: CountryName): string {
	if (props.kind === 'country' || props.kind === 'water') return '';
	const claimants = listOf(props.claimed_by.map(countryName));
	if (props.status === 'claim') return claimants ? `Claimed by ${claimants}` : '';
	const parts: string[] = [];
	if (props.administered_by) parts.push(`Administered by ${countryName(props.administered_by)}`);
	const disputed = props.claimed_by.some((code) => code !== props.administered_by);
	if (disputed) parts.push(`claimed by ${claimants}`);
	if (props.status === 'former') parts.push('former boundary');
	return parts.join(' · ');
}

export function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1,762 km² (measured) · official 1,835 km² (State Statistical Committee …)". */
export function measuredLine(
	props: FeatureProps
): { measured: string; official: string | null } | null {
	const measured =
		props.area_km2 !== undefined
			? `${formatNumber(props.area_km2)} km²`
			: props.length_km !== undefined
				? `${formatNumber(props.length_km)} km`
				: null;
	if (!measured) return null;
	const official = props.official
		? `${formatNumber(props.official.value)} ${props.official.unit === 'km2' ? 'km²' : 'km'}`
		: null;
	return { measured, official };
}

/**
 * Who uses the name shown as the feature's label: the data's `name_used_by`, or the map's own
 * neutral English name when the data attributes it to nobody.
 */
export function labelUsage(props: Pick<FeatureProps, 'name_used_by'>): string {
	return props.name_used_by ?? "the map's neutral English name";
}

/** The other names, each with who uses it: "Şuşa (Azerbaijani official)". */
export function otherNames(props: FeatureProps): { name: string; lang: string; detail: string }[] {
	const seen = new Set([props.name]);
	const out: { name: string; lang: string; detail: string }[] = [];
	for (const form of props.names) {
		if (seen.has(form.name)) continue;
		seen.add(form.name);
		const language = languageName(form.lang);
		const latin =
			form.latin && form.latin !== form.name && form.latin !== props.name ? form.latin : null;
		const usedBy = form.used_by && form.used_by !== language ? form.used_by : null;
		const details = [language, latin, usedBy].filter(Boolean).join(' · ');
		out.push({ name: form.name, lang: form.lang, detail: details });
	}
	return out;
}

const LANGUAGES: Record<string, string> = {
	en: 'English',
	az: 'Azerbaijani',
	hy: 'Armenian',
	ru: 'Russian',
	ur: 'Urdu',
	hi: 'Hindi',
	zh: 'Chinese',
	ps: 'Pashto',
	fa: 'Persian',
	tr: 'Turkish',
	ka: 'Georgian',
	ks: 'Kashmiri',
	bo: 'Tibetan'
};

export function languageName(lang: string): string {
	return LANGUAGES[lang] ?? lang;
}

const KIND_LABEL: Record<FeatureProps['kind'], string> = {
	region: 'Region',
	zone: 'Administered zone',
	district: 'District',
	line: 'Line',
	place: 'Place',
	country: 'Country',
	water: 'River or lake'
};

export function kindLabel(props: FeatureProps): string {
	if (props.status === 'claim') return 'Claim';
	if (props.status === 'former') return 'Former boundary';
	return KIND_LABEL[props.kind] ?? props.kind;
}

/** What the live region says when a feature is selected. */
export function announcement(
	props: FeatureProps,
	passageCount: number,
	countryName: CountryName
): string {
	const parts = [props.name];
	const administration = administrationLine(props, countryName);
	if (administration) parts.push(administration.charAt(0).toLowerCase() + administration.slice(1));
	parts.push(passageCount === 1 ? '1 passage' : `${passageCount} passages`);
	return parts.join(' · ');
}
