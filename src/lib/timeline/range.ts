/**
 * The slider's range and what a day is, kept apart from the rest of the timeline: the URL parser
 * and the page read these on the first load, the timeline's code and data come later.
 */

/** The slider's first day: the year of partition and accession. */
export const TIMELINE_START = '1947-01-01';

/** Whether a string is a real calendar day `YYYY-MM-DD` (not 2021-02-30). */
export function isDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today as `YYYY-MM-DD` in the reader's calendar. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
