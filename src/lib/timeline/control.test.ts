import { describe, expect, it } from 'vitest';
import { controlAt, existedOn, type ShippedSpan, type ShippedValidity } from './control';
import { dayRange } from './load';

function span(from: string, to: string | null, holder: string | null, partly = false): ShippedSpan {
	return {
		from: dayRange(from),
		to: to === null ? null : dayRange(to),
		holder,
		partly,
		sources: ['s']
	};
}

// Shaped like the real data: a district taken in 1993, partly held, handed over in 2020.
const aghdam = [span('1993-07-23', '2020-11-20', 'nkr', true), span('2020-11-20', null, 'aze')];
// A unit whose first holder's start is only known to lie in 1988–1992.
const khankendi = [span('1988/1992', '2023-09-20', 'nkr'), span('2023-09-20', null, 'aze')];
// A change known only to the month.
const line1972 = [span('1949-07-27', '1972-12', 'a'), span('1972-12', null, 'b')];
const aghdara: ShippedValidity = { from: dayRange('2023-12-05'), to: null, sources: ['s'] };

describe('controlAt', () => {
	it.each([
		// [spans, day, holder, partly, uncertain]
		['the day before a handover', aghdam, '2020-11-19', 'nkr', true, false],
		['the day of a handover (the new holder holds)', aghdam, '2020-11-20', 'aze', false, false],
		['the day of capture', aghdam, '1993-07-23', 'nkr', true, false],
		['long after, still held', aghdam, '2030-01-01', 'aze', false, false],
		['inside an imprecise start (1988–1992)', khankendi, '1990-06-01', 'nkr', false, true],
		['after an imprecise start', khankendi, '2000-01-01', 'nkr', false, false],
		['inside a month-precise change', line1972, '1972-12-15', 'b', false, true],
		['the month before a month-precise change', line1972, '1972-11-30', 'a', false, false],
		['the month after a month-precise change', line1972, '1973-01-01', 'b', false, false]
	] as const)('%s', (_label, spans, day, holder, partly, uncertain) => {
		const answer = controlAt(spans, day);
		expect(answer.kind).toBe('held');
		if (answer.kind !== 'held') return;
		expect(answer.holder).toBe(holder);
		expect(answer.partly).toBe(partly);
		expect(answer.uncertain).toBe(uncertain);
	});

	it('names the other possible span when uncertain', () => {
		const answer = controlAt(line1972, '1972-12-15');
		expect(answer.kind === 'held' && answer.alternative?.holder).toBe('a');
	});

	it('says nothing is known before the first sourced span', () => {
		expect(controlAt(aghdam, '1990-01-01')).toEqual({ kind: 'unknown' });
		expect(controlAt(undefined, '1990-01-01')).toEqual({ kind: 'unknown' });
	});

	it('reports a unit that did not exist yet', () => {
		expect(controlAt(aghdam, '2021-01-01', aghdara).kind).toBe('not-existing');
		expect(controlAt(aghdam, '2023-12-05', aghdara).kind).toBe('held');
	});

	it('reports a unit that no longer existed', () => {
		const former: ShippedValidity = { from: null, to: dayRange('2023-12-05'), sources: ['s'] };
		expect(existedOn(former, '2023-12-04')).toBe(true);
		expect(existedOn(former, '2023-12-05')).toBe(false);
	});

	it('keeps a sourced "held by nobody" apart from "not known"', () => {
		const siachen = [span('1949-07-27', '1984-04-13', null), span('1984-04-13', null, 'ind')];
		const answer = controlAt(siachen, '1980-01-01');
		expect(answer.kind).toBe('held');
		expect(answer.kind === 'held' && answer.holder).toBeNull();
	});

	it('rejects a date that is not a day', () => {
		expect(() => controlAt(aghdam, '2020-11')).toThrow(/not a day/);
	});
});
