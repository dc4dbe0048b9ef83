/**
 * Who held a unit on a given day, from the shipped control data (built from
 * `geodata/facts/control.yaml`). Pure and small enough for the browser: the EDTF dates were
 * resolved at build time into the earliest and latest day each one allows, so here a date is a
 * plain `YYYY-MM-DD` string and ISO strings compare in date order.
 *
 * A span holds from its start (inclusive) until its end (exclusive): on the day of a handover the
 * new holder holds. When the day falls inside the range an imprecise boundary allows ("some day
 * in 1988–1992"), the answer says so instead of guessing.
 */

/** An EDTF value with the first and last day it allows. */
export interface DayRange {
	edtf: string;
	earliest: string;
	latest: string;
}

export interface ShippedSpan {
	from: DayRange;
	/** null: still lasts. */
	to: DayRange | null;
	/** Party id, or null when the sources say nobody held it. */
	holder: string | null;
	partly: boolean;
	note?: string;
	sources: string[];
}

export interface ShippedSource {
	title: string;
	publisher: string;
	date: string;
	url: string;
}

export interface ShippedEvent {
	id: string;
	date: DayRange;
	title: string;
	features: string[];
	sources: string[];
}

export interface ShippedValidity {
	from: DayRange | null;
	to: DayRange | null;
	note?: string;
	sources: string[];
}

/** A figure published by a source, to compare with what the map measures. */
export interface PublishedFigure {
	value: number;
	unit: 'km' | 'km2' | 'mi' | 'percent';
	what: string;
	sources: string[];
}

/** What the app ships: `control.json`. */
export interface ShippedControl {
	sources: Record<string, ShippedSource>;
	parties: Record<string, string>;
	events: ShippedEvent[];
	published: Record<string, PublishedFigure[]>;
	valid: Record<string, ShippedValidity>;
	control: Record<string, ShippedSpan[]>;
	/** Each party's claim, for the claims lens (`geodata/claims.yaml`). */
	claims?: import('./claims').ShippedClaim[];
	/** Article slug → the dated events it speaks of, marked on the slider (`src/content/events/`). */
	articles?: Record<string, import('./article-events').ArticleEvent[]>;
}

export type ControlAnswer =
	/** The unit did not exist on that day (or the line was not yet agreed). */
	| { kind: 'not-existing'; validity: ShippedValidity }
	/** No sourced span covers the day: the data says nothing, and the app says so. */
	| { kind: 'unknown' }
	| {
			kind: 'held';
			span: ShippedSpan;
			holder: string | null;
			partly: boolean;
			/** The day falls where a boundary of this span is imprecise. */
			uncertain: boolean;
			/** The other span that could hold instead, when uncertain. */
			alternative?: ShippedSpan;
	  };

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function assertDay(date: string): void {
	if (!DAY_RE.test(date)) throw new Error(`not a day (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** Definitely covers: the latest start is on or before the day and the earliest end after it. */
function surelyCovers(span: ShippedSpan, day: string): boolean {
	return span.from.latest <= day && (span.to === null || day < span.to.earliest);
}

/** Possibly covers: some reading of the imprecise boundaries puts the day inside. */
function maybeCovers(span: ShippedSpan, day: string): boolean {
	return span.from.earliest <= day && (span.to === null || day < span.to.latest);
}

/** Whether a unit (or line) existed on that day. */
export function existedOn(validity: ShippedValidity | undefined, day: string): boolean {
	if (!validity) return true;
	if (validity.from && day < validity.from.earliest) return false;
	if (validity.to && day >= validity.to.latest) return false;
	return true;
}

/**
 * Who held the unit on `day`. `spans` are the unit's control spans in date order; `validity` its
 * existence dates, if any.
 */
export function controlAt(
	spans: readonly ShippedSpan[] | undefined,
	day: string,
	validity?: ShippedValidity
): ControlAnswer {
	assertDay(day);
	if (validity && !existedOn(validity, day)) return { kind: 'not-existing', validity };
	const candidates = (spans ?? []).filter((s) => maybeCovers(s, day));
	if (candidates.length === 0) return { kind: 'unknown' };
	const sure = candidates.find((s) => surelyCovers(s, day));
	const span = sure ?? candidates[candidates.length - 1]!;
	const alternative = candidates.find((s) => s !== span);
	const uncertain = !sure || alternative !== undefined;
	return {
		kind: 'held',
		span,
		holder: span.holder,
		partly: span.partly,
		uncertain,
		...(uncertain && alternative ? { alternative } : {})
	};
}

export { TIMELINE_START, today } from './range';
