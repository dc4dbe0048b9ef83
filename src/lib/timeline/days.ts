/**
 * Calendar arithmetic on `YYYY-MM-DD` days for the time slider, without time zones: a day is a
 * calendar date, never an instant, so moving by a month from 31 January gives 28 or 29 February
 * and no reader's clock shifts a date.
 */
import { assertDay } from './control';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export const MONTH_NAMES: readonly string[] = MONTHS;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function partsOf(day: string): { y: number; m: number; d: number } {
	assertDay(day);
	return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function makeDay(y: number, m: number, d: number): string {
	return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export { isDay } from './range';

/** Move by whole months, keeping the day of the month where it exists (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
	const { y, m, d } = partsOf(day);
	const index = y * 12 + (m - 1) + months;
	const ny = Math.floor(index / 12);
	const nm = (index % 12) + 1;
	return makeDay(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function clampDay(day: string, min: string, max: string): string {
	return day < min ? min : day > max ? max : day;
}

/** Days since 1970-01-01: the slider's numeric value. */
export function dayNumber(day: string): number {
	const { y, m, d } = partsOf(day);
	return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function dayFromNumber(n: number): string {
	const date = new Date(n * 86_400_000);
	return makeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "20 November 2020": the same words in every browser, whatever its locale or time zone. */
export function formatDay(day: string): string {
	const { y, m, d } = partsOf(day);
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An EDTF range as words: "20 November 2020", "December 1972", "1988–1992". */
export function formatRange(range: { edtf: string; earliest: string; latest: string }): string {
	if (range.earliest === range.latest) return formatDay(range.earliest);
	const a = partsOf(range.earliest);
	const b = partsOf(range.latest);
	if (a.y === b.y && a.m === b.m && a.d === 1 && b.d === daysInMonth(b.y, b.m))
		return `${MONTHS[a.m - 1]} ${a.y}`;
	if (a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31)
		return a.y === b.y ? String(a.y) : `${a.y}–${b.y}`;
	return `${formatDay(range.earliest)} – ${formatDay(range.latest)}`;
}
