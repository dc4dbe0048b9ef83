import { describe, expect, it } from 'vitest';
import { accuracyLine, compareWithOfficial, publishedBy } from './accuracy';
import { createProps as baseProps } from './test-props';
import type { FeatureProps } from './types';

const ajk: Partial<FeatureProps> = {
	id: 'kashmir/azad-jammu-and-kashmir',
	kind: 'zone',
	name: 'Azad Jammu and Kashmir'
};
const createProps = (overrides: Partial<FeatureProps> = {}) => baseProps({ ...ajk, ...overrides });

describe('accuracyLine', () => {
	it('names what a measurement was made against, with mean and largest offset', () => {
		const props = createProps({
			accuracy_basis: { method: 'measured', against: 'OpenStreetMap', mean_km: 2.5, max_km: 7 }
		});
		expect(accuracyLine(props)).toBe(
			'Measured against OpenStreetMap: mean offset 2.5 km, largest 7 km'
		);
	});

	it('labels a nominal accuracy as nominal and gives it no distance', () => {
		const line = accuracyLine(
			createProps({ accuracy_basis: { method: 'nominal', scale: '1:10m' } })
		);
		expect(line).toBe("Nominal: the source's 1:10m scale; not measured against a reference");
		expect(line).not.toMatch(/\bkm\b/);
	});
});

describe('compareWithOfficial', () => {
	it('says in plain words, with both numbers, when the area differs by more than 5 %', () => {
		const props = createProps({
			area_km2: 11967,
			official: { value: 13297, unit: 'km2', source: 'Government of AJK' }
		});
		const result = compareWithOfficial(props)!;
		expect(result.percent).toBeCloseTo(-10, 0);
		expect(result.warning).toBe(
			'The area on this map differs from the published figure by more than 5 %: 11,967 km² here against 13,297 km² published, 10 % smaller.'
		);
	});

	it('gives a small difference without a warning', () => {
		const props = createProps({
			area_km2: 1663.5,
			official: { value: 1660.83, unit: 'km2', source: 'Law of Azerbaijan' }
		});
		expect(compareWithOfficial(props)).toMatchObject({
			short: '0.2 % larger than published',
			warning: null
		});
	});

	it('compares lengths as lengths', () => {
		const props = createProps({
			kind: 'line',
			length_km: 644.2,
			official: { value: 740, unit: 'km', source: 'MEA' }
		});
		expect(compareWithOfficial(props)?.warning).toContain(
			'644.2 km here against 740 km published, 13 % shorter'
		);
	});

	it('compares nothing without both figures', () => {
		expect(compareWithOfficial(createProps({ area_km2: 100 }))).toBeNull();
		expect(
			compareWithOfficial(
				createProps({ official: { value: 740, unit: 'km', source: 'MEA' }, area_km2: 100 })
			)
		).toBeNull();
	});
});

describe('publishedBy', () => {
	it('adds the year unless the source already gives it', () => {
		expect(publishedBy({ value: 1, unit: 'km', source: 'MEA', year: 1972 })).toBe('MEA, 1972');
		expect(publishedBy({ value: 1, unit: 'km', source: 'Census 2011', year: 2011 })).toBe(
			'Census 2011'
		);
	});
});
