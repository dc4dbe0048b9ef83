import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadArticles } from '$lib/articles/content.server';
import { loadControlFromDisk } from './control.server';
import type { ShippedEvent } from './control';
import { eventMarks, resolveArticleEvents } from './article-events';
import { EVENTS_DIR } from './article-events.server';

const FILE = 'src/content/events/test.json';
const event = (id: string, earliest: string): ShippedEvent => ({
	id,
	date: { edtf: earliest, earliest, latest: earliest },
	title: id,
	features: [],
	sources: []
});
const EVENTS = [event('ceasefire', '2020-11-10'), event('war', '2020-09-27')];
const PASSAGES = ['p1', 'p2', 'p3'];

describe('resolveArticleEvents', () => {
	it('gives each event its first day and passages, in date order, and each passage its date', () => {
		const out = resolveArticleEvents(
			FILE,
			{ events: { ceasefire: ['p3'], war: ['p2', 'p3'] }, passageDates: { p3: 'ceasefire' } },
			EVENTS,
			PASSAGES
		);
		expect(out.events).toEqual([
			{ id: 'war', day: '2020-09-27', passages: ['p2', 'p3'] },
			{ id: 'ceasefire', day: '2020-11-10', passages: ['p3'] }
		]);
		expect(out.passageDates).toEqual({
			p3: { event: 'ceasefire', day: '2020-11-10', label: '10 November 2020' }
		});
	});

	it('names the file, the event and the passage that do not exist', () => {
		expect(() =>
			resolveArticleEvents(FILE, { events: { peace: ['p1'], war: ['p9'] } }, EVENTS, PASSAGES)
		).toThrow(
			/src\/content\/events\/test\.json: events › peace: unknown event id[\s\S]*src\/content\/events\/test\.json: events › war: unknown passage "p9"/
		);
	});

	it('refuses a passage date the file does not map to that passage', () => {
		expect(() =>
			resolveArticleEvents(
				FILE,
				{ events: { war: ['p2'] }, passageDates: { p1: 'war', p2: 'ceasefire' } },
				EVENTS,
				PASSAGES
			)
		).toThrow(
			/passageDates › p1: event war is not mapped to this passage[\s\S]*passageDates › p2: "ceasefire" is not an event this file maps/
		);
	});

	it('refuses an empty passage list and unknown keys', () => {
		expect(() =>
			resolveArticleEvents(FILE, { events: { war: [] }, marks: {} }, EVENTS, PASSAGES)
		).toThrow(/marks: unknown key[\s\S]*events › war: must be a non-empty list/);
	});
});

describe('eventMarks', () => {
	const title = (id: string) => `T-${id}`;
	it('puts events weeks apart on an eighty-year track into one mark, and far ones apart', () => {
		const marks = eventMarks(
			[
				{ id: 'accession', day: '1947-10-26', passages: ['p3'] },
				{ id: 'war', day: '2020-09-27', passages: ['p6', 'p11'] },
				{ id: 'ceasefire', day: '2020-11-10', passages: ['p11'] }
			],
			title,
			'1947-01-01',
			'2026-12-07'
		);
		expect(marks.map((m) => [m.day, m.passage, m.events])).toEqual([
			['1947-10-26', 'p3', ['accession']],
			['2020-09-27', 'p6', ['war', 'ceasefire']]
		]);
		expect(marks[1]!.label).toBe(
			'In the article, paragraphs 6, 11. 27 September 2020: T-war; 10 November 2020: T-ceasefire'
		);
		expect(marks[0]!.at).toBeCloseTo(298 / 29195, 3);
	});

	it('names a shared mark’s paragraphs in reading order', () => {
		const [mark] = eventMarks(
			[
				{ id: 'ceasefire-1994', day: '1994-05-12', passages: ['p10'] },
				{ id: 'kargil', day: '1999-05-03', passages: ['p3'] }
			],
			title,
			'1947-01-01',
			'2026-12-07',
			0.1
		);
		expect(mark!.label).toMatch(
			/^In the article, paragraphs 3, 10\. 12 May 1994: T-ceasefire-1994;/
		);
		// The mark still leads to its first event's passage.
		expect(mark!.passage).toBe('p10');
	});

	it('leaves out events outside the track', () => {
		expect(
			eventMarks(
				[{ id: 'x', day: '1900-01-01', passages: ['p1'] }],
				title,
				'1947-01-01',
				'2026-01-01'
			)
		).toEqual([]);
	});
});

describe('the shipped events files', () => {
	const { articles } = loadArticles();
	const control = loadControlFromDisk();
	const files = readdirSync(EVENTS_DIR).filter((f) => f.endsWith('.json'));

	it.each(files)('%s belongs to an article and names only real events and passages', (name) => {
		const article = articles.find((a) => `${a.slug}.json` === name);
		expect(article, `${EVENTS_DIR}/${name}: no article with this slug`).toBeDefined();
		const out = resolveArticleEvents(
			`${EVENTS_DIR}/${name}`,
			JSON.parse(readFileSync(`${EVENTS_DIR}/${name}`, 'utf8')),
			control.events,
			article!.passages.map((p) => p.id)
		);
		expect(out.events.length).toBeGreaterThan(0);
	});
});
