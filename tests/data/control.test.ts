/**
 * The committed control timeline (geodata/facts/control.yaml): it loads against the features that
 * ship, speaks neutrally in the app's own words, and answers the questions the issue names.
 */
import { describe, expect, it } from 'vitest';
import { controlAt } from '../../src/lib/timeline/control';
import { loadControlFromDisk } from '../../src/lib/timeline/control.server';

const data = loadControlFromDisk();

describe('geodata/facts/control.yaml', () => {
	it('uses neutral words in the app voice (titles of sources are quoted, not checked)', () => {
		const ownWords = [
			...Object.values(data.parties),
			...data.events.map((e) => e.title),
			...Object.values(data.control).flatMap((spans) => spans.map((s) => s.note ?? '')),
			...Object.values(data.valid).map((v) => v.note ?? ''),
			...Object.values(data.published).flatMap((list) => list.map((p) => p.what))
		];
		for (const text of ownWords)
			expect(text).not.toMatch(
				/\b(occupied|occupation|liberated|liberation|illegal(ly)?|PoK|Artsakh)\b/i
			);
	});

	it('gives every Karabakh district taken in 1992–93 a capture and a return', () => {
		for (const district of [
			'shusha',
			'lachin',
			'kalbajar',
			'aghdam',
			'fuzuli',
			'jabrayil',
			'gubadli',
			'zangilan'
		]) {
			const spans = data.control[`karabakh/${district}`]!;
			expect(spans.map((s) => s.holder)).toEqual(['nkr', 'aze']);
			expect(spans[0]!.from.earliest >= '1992-05-08' && spans[0]!.from.latest <= '1993-10-29').toBe(
				true
			);
		}
	});

	it('answers who held Lachin district on 1 January 2000 and on 1 January 2021', () => {
		const before = controlAt(data.control['karabakh/lachin'], '2000-01-01');
		const after = controlAt(data.control['karabakh/lachin'], '2021-01-01');
		expect(before.kind === 'held' && before.holder).toBe('nkr');
		expect(after.kind === 'held' && after.holder).toBe('aze');
		expect(after.kind === 'held' && after.span.note).toMatch(/corridor/);
		const town = controlAt(data.control['place/lachin'], '2021-01-01');
		expect(town.kind === 'held' && town.holder).toBe('rus-pk');
	});

	it('lists the events in date order', () => {
		const days = data.events.map((e) => e.date.earliest);
		expect(days).toEqual([...days].sort());
	});
});
