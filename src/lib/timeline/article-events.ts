/**
 * Which of the control timeline's dated events an article speaks of, and where: a curated file
 * per article (`src/content/events/<slug>.json`), checked at build time against the events of
 * `control.yaml` and the article's passages. The explorer marks these events on the time slider,
 * each linking to its passages, and gives each dated passage a button that moves the map to its
 * date. Pure: the server module reads the files.
 */
import type { ShippedEvent } from './control';
import { dayNumber, formatDay } from './days';

/** The curated file, as written. */
export interface ArticleEventsFile {
	/** Event id (control.yaml `events`) → the passages that speak of it, in reading order. */
	events: Record<string, string[]>;
	/** Passage id → the event whose date the passage's button shows the map at. */
	passageDates?: Record<string, string>;
}

/** What the prerendered page carries: a few ids and days, no titles (they come with control.json). */
export interface ArticleEvent {
	id: string;
	/** The event's first day, YYYY-MM-DD. */
	day: string;
	passages: string[];
}

export interface ArticleEvents {
	events: ArticleEvent[];
	/** Passage id → the day its button moves the map to, and the event it stands for. */
	passageDates: Record<string, { event: string; day: string; label: string }>;
}

export class ArticleEventsError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(problems.map((p) => `${file}: ${p}`).join('\n'));
		this.name = 'ArticleEventsError';
	}
}

const isStringList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Checks a curated events file: every event id exists in the control data, every passage id in
 * the article, each passage's date event is one the file maps to that passage. All problems are
 * reported at once, each naming the file, the event or passage and what is wrong.
 */
export function resolveArticleEvents(
	file: string,
	raw: unknown,
	events: readonly ShippedEvent[],
	passageIds: readonly string[]
): ArticleEvents {
	const problems: string[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		throw new ArticleEventsError(file, ['(top level): must be an object with "events"']);
	const data = raw as Record<string, unknown>;
	for (const key of Object.keys(data))
		if (key !== 'events' && key !== 'passageDates')
			problems.push(`${key}: unknown key (expected "events" and optionally "passageDates")`);
	const map = data.events;
	if (typeof map !== 'object' || map === null || Array.isArray(map))
		throw new ArticleEventsError(file, [...problems, 'events: must map event ids to passage ids']);
	const known = new Map(events.map((e) => [e.id, e]));
	const passages = new Set(passageIds);
	const resolved: ArticleEvent[] = [];
	for (const [id, list] of Object.entries(map as Record<string, unknown>)) {
		const event = known.get(id);
		if (!event) problems.push(`events › ${id}: unknown event id (not in control.yaml events)`);
		if (!isStringList(list) || list.length === 0) {
			problems.push(`events › ${id}: must be a non-empty list of passage ids`);
			continue;
		}
		for (const p of list)
			if (!passages.has(p)) problems.push(`events › ${id}: unknown passage ${JSON.stringify(p)}`);
		if (event) resolved.push({ id, day: event.date.earliest, passages: list });
	}
	const passageDates: ArticleEvents['passageDates'] = {};
	const dates = data.passageDates ?? {};
	if (typeof dates !== 'object' || dates === null || Array.isArray(dates))
		problems.push('passageDates: must map passage ids to event ids');
	else
		for (const [passage, eventId] of Object.entries(dates as Record<string, unknown>)) {
			if (!passages.has(passage)) problems.push(`passageDates › ${passage}: unknown passage`);
			const entry = resolved.find((e) => e.id === eventId);
			if (typeof eventId !== 'string' || !entry)
				problems.push(
					`passageDates › ${passage}: ${JSON.stringify(eventId)} is not an event this file maps`
				);
			else if (!entry.passages.includes(passage))
				problems.push(
					`passageDates › ${passage}: event ${eventId} is not mapped to this passage in "events"`
				);
			else passageDates[passage] = { event: entry.id, day: entry.day, label: formatDay(entry.day) };
		}
	if (problems.length) throw new ArticleEventsError(file, problems);
	resolved.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
	return { events: resolved, passageDates };
}

/** A mark on the slider: one event, or several too close together to tell apart on the track. */
export interface EventMark {
	/** Where it sits on the track, 0–1. */
	at: number;
	/** The day the mark moves the map to: its first event's. */
	day: string;
	/** The passage it links to: its first event's first passage. */
	passage: string;
	/** What a screen reader and the tooltip say: dates, events, paragraphs. */
	label: string;
	events: string[];
}

const paragraph = (id: string) => id.replace(/^p/, '');

/**
 * The article's events as slider marks. Events closer than `gap` (a fraction of the track) share
 * one mark, so every mark can be pointed at and none hides another: the 2020 war's nine events
 * are weeks apart on a track of eighty years.
 */
export function eventMarks(
	events: readonly ArticleEvent[],
	titleOf: (id: string) => string,
	min: string,
	max: string,
	gap = 0.035
): EventMark[] {
	const span = dayNumber(max) - dayNumber(min);
	const at = (day: string) => (span > 0 ? (dayNumber(day) - dayNumber(min)) / span : 0);
	const groups: ArticleEvent[][] = [];
	for (const event of events) {
		if (event.day < min || event.day > max) continue;
		const last = groups[groups.length - 1];
		if (last && at(event.day) - at(last[0]!.day) < gap) last.push(event);
		else groups.push([event]);
	}
	return groups.map((group) => {
		const first = group[0]!;
		// In reading order, whatever the events' order (1994's paragraph 10 before 1999's 3).
		const passages = [...new Set(group.flatMap((e) => e.passages))].sort(
			(a, b) => Number(paragraph(a)) - Number(paragraph(b))
		);
		const where = `paragraph${passages.length > 1 ? 's' : ''} ${passages.map(paragraph).join(', ')}`;
		const what = group.map((e) => `${formatDay(e.day)}: ${titleOf(e.id)}`).join('; ');
		return {
			at: at(first.day),
			day: first.day,
			passage: first.passages[0]!,
			label: `In the article, ${where}. ${what}`,
			events: group.map((e) => e.id)
		};
	});
}
