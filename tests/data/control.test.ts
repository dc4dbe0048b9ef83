/**
 * The committed control timeline (geodata/facts/control.yaml): it loads against the features that
 * ship, speaks neutrally in the app's own words, and answers the questions the issue names.
 */
import { describe, expect, it } from 'vitest';
import { holderColours } from '../../src/lib/map/dated';
import { LIGHT } from '../../src/lib/theme';
import { controlAt } from '../../src/lib/timeline/control';
import { describeControl } from '../../src/lib/timeline/describe';
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
			expect(spans.slice(-2).map((s) => s.holder)).toEqual(['nkr', 'aze']);
			const capture = spans[spans.length - 2]!;
			expect(capture.from.earliest >= '1992-05-08' && capture.from.latest <= '1993-10-29').toBe(
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

	it('answers who held Aghdara (Martakert) town in 1992, 2000 and 2024, with the disputed 1993 day', () => {
		const spans = data.control['place/aghdara']!;
		const at = (day: string) => controlAt(spans, day);
		const [y1992, y2000, y2024] = [at('1992-09-01'), at('2000-01-01'), at('2024-01-01')];
		expect(y1992.kind === 'held' && y1992.holder).toBe('aze');
		expect(y2000.kind === 'held' && y2000.holder).toBe('nkr');
		expect(y2024.kind === 'held' && y2024.holder).toBe('aze');
		// the sources give 17 June, 27 June and 27 July 1993: the change is left open between them
		const retaken = spans[1]!;
		expect([retaken.from.earliest, retaken.from.latest]).toEqual(['1993-06-17', '1993-07-27']);
		expect(retaken.note).toMatch(/27 June 1993/);
		expect(at('1992-01-01').kind).not.toBe('held');
	});

	it('lists the events in date order', () => {
		const days = data.events.map((e) => e.date.earliest);
		expect(days).toEqual([...days].sort());
	});

	it('says who administered the districts outside the oblast before their capture', () => {
		const ids = ['lachin', 'kalbajar', 'aghdam', 'fuzuli', 'jabrayil', 'gubadli', 'zangilan'];
		for (const district of ids)
			for (const id of [`karabakh/${district}`, `place/${district}`]) {
				const soviet = controlAt(data.control[id], '1980-01-01');
				const independent = controlAt(data.control[id], '1992-01-01');
				expect(soviet.kind === 'held' && soviet.holder, id).toBe('aze-ssr');
				expect(independent.kind === 'held' && independent.holder, id).toBe('aze');
				expect(independent.kind === 'held' && independent.uncertain, id).toBe(false);
			}
		// Kalbajar's shape of 1992–2023 shares the district's record.
		expect(data.control['karabakh/kalbajar/until-2023']).toBeUndefined();
	});

	it('answers for Lachin district on 1 January 1992, and leaves autumn 1991 open', () => {
		const sentence = describeControl(data, 'karabakh/lachin', '1992-01-01');
		expect(sentence.holderLabel).toBe('Azerbaijan');
		expect(sentence.since).toMatch(/1991/);
		expect(sentence.sources.map((s) => s.id)).toContain('legalacts-az-independence-1991');
		// Between the declaration (30 August) and the Constitutional Act (18 October 1991).
		const between = controlAt(data.control['karabakh/lachin'], '1991-09-15');
		expect(between.kind === 'held' && between.uncertain).toBe(true);
		expect(between.kind === 'held' && [between.holder, between.alternative?.holder].sort()).toEqual(
			['aze', 'aze-ssr']
		);
		const soviet = describeControl(data, 'karabakh/lachin', '1991-01-01');
		expect(soviet.text).toMatch(/held by the Azerbaijan SSR \(USSR\) since 1930/);
	});

	it('shows Tartar district as partly held from 1993 and Aghdara as held by Azerbaijan', () => {
		const tartar2000 = controlAt(data.control['karabakh/tartar'], '2000-01-01');
		expect(tartar2000.kind === 'held' && [tartar2000.holder, tartar2000.partly]).toEqual([
			'nkr',
			true
		]);
		expect(tartar2000.kind === 'held' && tartar2000.span.note).toMatch(/Aghdara/);
		const tartar2024 = controlAt(data.control['karabakh/tartar'], '2024-06-01');
		expect(tartar2024.kind === 'held' && [tartar2024.holder, tartar2024.partly]).toEqual([
			'aze',
			false
		]);
		const aghdara = controlAt(data.control['karabakh/aghdara'], '2024-06-01');
		expect(aghdara.kind === 'held' && aghdara.holder).toBe('aze');
		// No record before October 1992, when the shape drawn until 2023 was formed.
		expect(controlAt(data.control['karabakh/tartar'], '1990-01-01').kind).toBe('unknown');
	});

	it('names the law re-creating Aghdara district and says its day of effect is not sourced', () => {
		const aghdara = describeControl(data, 'karabakh/aghdara', '2024-06-01');
		expect(aghdara.note).toMatch(/5 December 2023 \(No\. 1043-VIQ\)/);
		expect(aghdara.note).toMatch(/the day it took effect is not given/);
		expect(aghdara.sources.map((s) => s.id)).toContain('metbuat-aghdara-signed-2023');
		const event = data.events.find((e) => e.id === 'aghdara-2023');
		expect(event?.features).toContain('karabakh/aghdara');
	});

	it('has a map colour for every party, so none is drawn as "no sourced record"', () => {
		const colours = holderColours(LIGHT);
		for (const party of Object.keys(data.parties)) expect(colours[party], party).toBeTruthy();
	});

	it('says the oblast was within the Azerbaijan SSR from 1923, and leaves 1988–1991 open', () => {
		for (const id of [
			'karabakh/khankendi',
			'karabakh/khojavend',
			'karabakh/shusha',
			'place/shusha'
		]) {
			const soviet = controlAt(data.control[id], '1980-01-01');
			expect(soviet.kind === 'held' && soviet.holder, id).toBe('aze-ssr');
		}
		const contested = controlAt(data.control['karabakh/khankendi'], '1990-01-01');
		expect(contested.kind === 'held' && contested.uncertain).toBe(true);
		expect(contested.kind === 'held' && contested.alternative?.holder).toBe('aze-ssr');
	});

	it('says Azerbaijan held Shusha from independence until its capture on 8 May 1992', () => {
		for (const id of ['karabakh/shusha', 'place/shusha']) {
			const before = describeControl(data, id, '1992-01-15');
			expect(before.holderLabel, id).toBe('Azerbaijan');
			expect(before.uncertain, id).toBe(false);
			expect(
				before.sources.map((s) => s.publisher),
				id
			).toContain('Los Angeles Times');
			const day = controlAt(data.control[id], '1992-05-08');
			expect(day.kind === 'held' && day.holder, id).toBe('nkr');
		}
		expect(data.events.find((e) => e.id === 'shusha-1992')?.date.earliest).toBe('1992-05-08');
	});

	it('says the princely state held the Kashmir zones in 1947 until the accession', () => {
		const valley = describeControl(data, 'kashmir/jammu-and-kashmir', '1947-09-01');
		expect(valley.text).toMatch(
			/^On 1 September 1947: held by the princely state of Jammu and Kashmir \(the Maharaja's government\) since 16 March 1846/
		);
		expect(valley.sources.length).toBeGreaterThan(0);
		const accession = controlAt(data.control['kashmir/jammu-and-kashmir'], '1947-10-26');
		expect(accession.kind === 'held' && accession.holder).toBe('ind');
		// Ladakh had no record at all: the princely state's, then India's, in part during the war.
		const ladakh = (day: string) => describeControl(data, 'kashmir/ladakh', day);
		expect(ladakh('1947-09-01').holder).toBe('jk-state');
		expect([ladakh('1948-06-01').holder, ladakh('1948-06-01').partly]).toEqual(['ind', true]);
		expect(ladakh('1948-06-01').note).toMatch(/Kargil in early May 1948/);
		expect([ladakh('2000-01-01').holder, ladakh('2000-01-01').partly]).toEqual(['ind', false]);
		// The Poonch uprising: the state held the zone only in part from spring 1947.
		const poonch = describeControl(data, 'kashmir/azad-jammu-and-kashmir', '1947-09-01');
		expect([poonch.holder, poonch.partly]).toEqual(['jk-state', true]);
		expect(poonch.note).toMatch(/3 October 1947/);
		// Where accounts give spring or June, the day reads as uncertain, not guessed.
		expect(controlAt(data.control['kashmir/azad-jammu-and-kashmir'], '1947-04-15')).toMatchObject({
			kind: 'held',
			uncertain: true
		});
	});

	it('follows Gilgit-Baltistan through 1947: the agency, the Maharaja, the revolt, Skardu', () => {
		const at = (day: string) => describeControl(data, 'kashmir/gilgit-baltistan', day);
		expect([at('1947-07-01').holder, at('1947-07-01').partly]).toEqual(['brit-india', true]);
		expect(at('1947-08-01').holder).toBe('jk-state');
		expect(at('1947-08-01').sources.map((s) => s.id)).toContain('hindu-ghansara-1970');
		// Flag raised on 1 or 3 November, as the sources differ.
		expect([at('1947-11-02').holder, at('1947-11-02').uncertain]).toEqual(['pak', true]);
		expect([at('1948-06-01').holder, at('1948-06-01').partly]).toEqual(['pak', true]);
		expect(at('1948-06-01').note).toMatch(/Skardu/);
		expect([at('1949-01-01').holder, at('1949-01-01').partly]).toEqual(['pak', false]);
	});
});
