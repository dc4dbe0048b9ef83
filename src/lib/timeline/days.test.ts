import { describe, expect, it } from 'vitest';
import { addMonths, dayFromNumber, dayNumber, formatDay, formatRange, isDay } from './days';
import { dayRange } from './load';

describe('days', () => {
	it.each([
		['2020-01-31', 1, '2020-02-29'],
		['2021-01-31', 1, '2021-02-28'],
		['2020-11-20', -1, '2020-10-20'],
		['2020-02-29', 12, '2021-02-28'],
		['1947-01-15', -1, '1946-12-15']
	])('%s + %i months = %s', (day, months, expected) => {
		expect(addMonths(day, months)).toBe(expected);
	});

	it('round-trips day numbers', () => {
		for (const day of ['1947-08-15', '2000-02-29', '2026-12-03'])
			expect(dayFromNumber(dayNumber(day))).toBe(day);
	});

	it('knows real days', () => {
		expect(isDay('2021-02-28')).toBe(true);
		expect(isDay('2021-02-29')).toBe(false);
		expect(isDay('2021-13-01')).toBe(false);
		expect(isDay('yesterday')).toBe(false);
	});

	it('writes dates the same way everywhere', () => {
		expect(formatDay('2020-11-20')).toBe('20 November 2020');
	});

	it.each([
		['2020-11-20', '20 November 2020'],
		['1972-12', 'December 1972'],
		['1947', '1947'],
		['1988/1992', '1988–1992'],
		['195X', '1950–1959'],
		['2023-09-19/2023-09-20', '19 September 2023 – 20 September 2023']
	])('writes the EDTF %s as %s', (edtf, words) => {
		expect(formatRange(dayRange(edtf))).toBe(words);
	});
});
