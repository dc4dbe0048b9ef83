/**
 * Named areas: features the linker and the panel need but the map cannot draw honestly from the
 * data at hand (geodata/facts/named-areas.yaml, `outline: none`). They ship with `geometry: null`
 * (an unlocated GeoJSON feature, RFC 7946 §3.2), so no outline is ever invented for them.
 */
import type { Feature } from 'geojson';
import type { FactsJoin } from './facts.ts';
import { props } from './props.ts';
import type { FeatureProps } from '../../src/lib/geodata/types.ts';

export const NAMED_AREAS_FACTS = 'named-areas.yaml';

export type UnlocatedFeature = Feature<null, FeatureProps>;

export function buildNamedAreas(facts: FactsJoin): UnlocatedFeature[] {
	return facts.entriesOf(NAMED_AREAS_FACTS).map(([id, { value, file, line }]) => {
		if (value.outline !== 'none')
			throw new Error(
				`${file}:${line}: ${id}: outline: must be "none" (this file holds the areas the map does not draw)`
			);
		return {
			type: 'Feature',
			geometry: null,
			properties: props({
				source: 'The documents cited for this feature (no map data)',
				source_version: 'as cited',
				license: 'No map data (facts only)',
				derivation:
					'Named area without geometry: the map has no outline for it; name, extent and note from the cited sources',
				accuracy: 'schematic',
				accuracy_km: 0,
				...facts.feature(id)
			})
		};
	});
}
