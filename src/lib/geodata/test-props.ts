/** A complete, plain feature for unit tests, with what a test is about given as overrides. */
import type { FeatureProps } from './types';

export function createProps(overrides: Partial<FeatureProps> = {}): FeatureProps {
	return {
		id: 'karabakh/lachin',
		kind: 'district',
		name: 'Lachin district',
		names: [],
		aliases: [],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		status: 'de-facto',
		source: 'Natural Earth',
		source_version: '5',
		license: 'Public domain',
		derivation: 'renamed',
		accuracy: 'generalised-1:10m',
		accuracy_km: 2,
		note: '',
		...overrides
	};
}
