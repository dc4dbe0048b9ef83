import { describe, expect, it } from 'vitest';
import { createProps } from './test-props';
import { administrationLine, announcement, labelUsage, measuredLine, otherNames } from './describe';

const COUNTRIES: Record<string, string> = {
	IND: 'India',
	PAK: 'Pakistan',
	AZE: 'Azerbaijan',
	CHN: 'China'
};
const countryName = (code: string) => COUNTRIES[code] ?? code;

describe('administrationLine', () => {
	it('says who administers an undisputed district and no more', () => {
		expect(administrationLine(createProps(), countryName)).toBe('Administered by Azerbaijan');
	});

	it('names every claimant of a disputed zone', () => {
		const props = createProps({ administered_by: 'IND', claimed_by: ['IND', 'PAK'] });
		expect(administrationLine(props, countryName)).toBe(
			'Administered by India · claimed by India and Pakistan'
		);
	});

	it('states a claim as a claim', () => {
		const props = createProps({ status: 'claim', administered_by: null, claimed_by: ['IND'] });
		expect(administrationLine(props, countryName)).toBe('Claimed by India');
	});

	it('says nothing of administration for a country outline', () => {
		expect(administrationLine(createProps({ kind: 'country' }), countryName)).toBe('');
	});
});

describe('announcement', () => {
	it('reads name, administration and passage count', () => {
		expect(announcement(createProps(), 1, countryName)).toBe(
			'Lachin district · administered by Azerbaijan · 1 passage'
		);
	});

	it('counts passages in the plural', () => {
		expect(announcement(createProps(), 3, countryName)).toContain('3 passages');
	});
});

describe('measuredLine', () => {
	it('shows the measured area beside the official one', () => {
		const props = createProps({
			area_km2: 1762,
			official: { value: 1835, unit: 'km2', source: 'Official statistics' }
		});
		expect(measuredLine(props)).toEqual({ measured: '1,762 km²', official: '1,835 km²' });
	});

	it('shows a length for lines', () => {
		expect(measuredLine(createProps({ kind: 'line', length_km: 644.2 }))?.measured).toBe(
			'644.2 km'
		);
	});
});

describe('otherNames', () => {
	it('lists each other name once with its language and who uses it', () => {
		const props = createProps({
			name: 'Shusha',
			names: [
				{ lang: 'en', name: 'Shusha' },
				{ lang: 'az', name: 'Şuşa', used_by: 'Azerbaijani official' },
				{ lang: 'hy', name: 'Շուշի', latin: 'Shushi', used_by: 'Armenian' }
			]
		});
		expect(otherNames(props)).toEqual([
			{ name: 'Şuşa', lang: 'az', detail: 'Azerbaijani · Azerbaijani official' },
			{ name: 'Շուշի', lang: 'hy', detail: 'Armenian · Shushi' }
		]);
	});
});

describe('labelUsage', () => {
	it('says whose name the label is', () => {
		expect(labelUsage(createProps({ name_used_by: 'Pakistani official' }))).toBe(
			'Pakistani official'
		);
	});

	it('marks an unattributed label as the neutral English name', () => {
		expect(labelUsage(createProps())).toBe("the map's neutral English name");
	});
});
