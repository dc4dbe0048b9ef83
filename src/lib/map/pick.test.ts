import { describe, expect, it } from 'vitest';
import { pickFeature } from './pick';

describe('pickFeature', () => {
	it('picks a town over the district and region around it', () => {
		expect(
			pickFeature([
				{ id: 'karabakh/region', kind: 'region' },
				{ id: 'karabakh/shusha', kind: 'district' },
				{ id: 'place/shusha', kind: 'place' }
			])
		).toBe('place/shusha');
	});

	it('picks a line over the zones it separates', () => {
		expect(
			pickFeature([
				{ id: 'kashmir/ladakh', kind: 'zone' },
				{ id: 'line/loc', kind: 'line' }
			])
		).toBe('line/loc');
	});

	it('picks a district over a former outline drawn on top of it', () => {
		expect(
			pickFeature([
				{ id: 'karabakh/nkao-1991', kind: 'region', status: 'former' },
				{ id: 'karabakh/khojaly', kind: 'district' }
			])
		).toBe('karabakh/khojaly');
	});

	it('picks a former outline when the click is on its line', () => {
		expect(
			pickFeature([
				{ id: 'karabakh/nkao-1991', kind: 'region', status: 'former', outline: true },
				{ id: 'karabakh/khojaly', kind: 'district' }
			])
		).toBe('karabakh/nkao-1991');
	});

	it('picks the region over the country around it', () => {
		expect(
			pickFeature([
				{ id: 'country/aze', kind: 'country' },
				{ id: 'karabakh/region', kind: 'region' }
			])
		).toBe('karabakh/region');
	});

	it('returns null for empty map', () => {
		expect(pickFeature([])).toBeNull();
	});
});
