/**
 * Every MapLibre source and layer id, declared once. Sources are named after the layer entries of
 * `geodata/layers.json` (one GeoJSON file each); style layers after what they draw.
 */
export const SOURCE = {
	countries: 'countries',
	water: 'water',
	kashmirZones: 'kashmir-zones',
	karabakhDistricts: 'karabakh-districts',
	nkao: 'karabakh-nkao-1991',
	kashmirClaims: 'kashmir-claims',
	kashmirLines: 'kashmir-lines',
	places: 'places'
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
	background: 'background',
	countriesFill: 'countries-fill',
	countriesLine: 'countries-line',
	countriesLabel: 'countries-label',
	waterFill: 'water-fill',
	waterLine: 'water-line',
	kashmirZonesFill: 'kashmir-zones-fill',
	kashmirZonesLine: 'kashmir-zones-line',
	kashmirRegionLine: 'kashmir-region-line',
	kashmirZonesLabel: 'kashmir-zones-label',
	karabakhDistrictsFill: 'karabakh-districts-fill',
	karabakhDistrictsLine: 'karabakh-districts-line',
	karabakhRegionLine: 'karabakh-region-line',
	karabakhDistrictsLabel: 'karabakh-districts-label',
	nkaoFill: 'karabakh-nkao-1991-fill',
	nkaoLine: 'karabakh-nkao-1991-line',
	kashmirClaimsFill: 'kashmir-claims-fill',
	kashmirClaimsLine: 'kashmir-claims-line',
	kashmirLinesCasing: 'kashmir-lines-casing',
	kashmirLines: 'kashmir-lines-line',
	kashmirLinesLabel: 'kashmir-lines-label',
	kashmirPoints: 'kashmir-lines-point',
	placesCircle: 'places-circle',
	placesLabel: 'places-label'
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Name of the runtime-generated hatch images for claim areas. */
export const HATCH_IMAGE = { IND: 'hatch-ind', PAK: 'hatch-pak', CHN: 'hatch-chn' } as const;
