import { describe, expect, it } from 'vitest';
import { boundsOf, buildRegistry } from './registry';
import type { FeatureProps } from './types';

const props = (id: string) => ({ id, name: id, kind: 'district' }) as unknown as FeatureProps;

describe('buildRegistry', () => {
	it('brings a selection into view with the bounds of its geometry, measured when asked for', () => {
		const registry = buildRegistry([
			{
				entry: { id: 'districts' },
				data: {
					features: [
						{
							properties: props('a'),
							geometry: {
								type: 'Polygon',
								coordinates: [
									[
										[46, 39],
										[47.5, 39.2],
										[46.2, 40.1],
										[46, 39]
									]
								]
							}
						},
						{ properties: props('b'), geometry: null }
					]
				}
			}
		]);
		const a = registry.get('a')!;
		expect(a.layer).toBe('districts');
		expect(a.bbox).toEqual([46, 39, 47.5, 40.1]);
		expect(a.bbox).toBe(a.bbox);
		expect(registry.get('b')!.bbox).toBeNull();
		expect(boundsOf([a, registry.get('b')!])).toEqual([46, 39, 47.5, 40.1]);
	});
});
