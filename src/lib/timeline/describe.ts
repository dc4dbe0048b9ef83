/**
 * The timeline in words: the panel's "On <date>: held by X since <date> (source)" and the
 * slider's value text, "20 November 2020: Aghdam district handed over to Azerbaijan". Neutral
 * words only; party labels come from the data.
 */
import { controlAt, type ShippedControl, type ShippedEvent, type ShippedSource } from './control';
import { formatDay, formatRange } from './days';

export interface ControlSentence {
	/** The whole sentence, for screen readers and tests. */
	text: string;
	/** The sentence up to the citation: "On 1 January 2000: held by … since 18 May 1992". */
	lead: string;
	/** What is uncertain about it, if anything. */
	doubt: string;
	holder: string | null;
	holderLabel: string | null;
	since: string | null;
	partly: boolean;
	uncertain: boolean;
	note?: string;
	sources: (ShippedSource & { id: string })[];
}

function sourcesOf(control: ShippedControl, ids: readonly string[]) {
	return ids.map((id) => ({ id, ...control.sources[id]! }));
}

function cite(sources: readonly ShippedSource[]): string {
	return sources.map((s) => `${s.publisher}, ${s.date}`).join('; ');
}

/** What the panel says about a feature on a day. */
export function describeControl(
	control: ShippedControl,
	featureId: string,
	day: string
): ControlSentence {
	const on = `On ${formatDay(day)}`;
	const validity = control.valid[featureId];
	const answer = controlAt(control.control[featureId], day, validity);
	if (answer.kind === 'not-existing') {
		const from = validity?.from ? `; it dates from ${formatRange(validity.from)}` : '';
		const sources = sourcesOf(control, validity?.sources ?? []);
		const lead = `${on}: did not exist yet${from}`;
		return {
			text: `${lead} (${cite(sources)}).`,
			lead,
			doubt: '',
			holder: null,
			holderLabel: null,
			since: null,
			partly: false,
			uncertain: false,
			...(validity?.note ? { note: validity.note } : {}),
			sources
		};
	}
	if (answer.kind === 'unknown')
		return {
			text: `${on}: no sourced record of who held it.`,
			lead: `${on}: no sourced record of who held it`,
			doubt: '',
			holder: null,
			holderLabel: null,
			since: null,
			partly: false,
			uncertain: false,
			sources: []
		};
	const { span } = answer;
	const label = answer.holder === null ? null : (control.parties[answer.holder] ?? answer.holder);
	const sources = sourcesOf(control, span.sources);
	const since = formatRange(span.from);
	const who =
		label === null
			? 'held by neither side'
			: `${answer.partly ? 'partly held' : 'held'} by ${label}`;
	const doubt =
		answer.uncertain && answer.alternative
			? ` The date falls where the sources are imprecise; it may still have been ${
					answer.alternative.holder === null
						? 'held by neither side'
						: `held by ${control.parties[answer.alternative.holder] ?? answer.alternative.holder}`
				}.`
			: answer.uncertain
				? ' The start of this span is known only approximately.'
				: '';
	return {
		text: `${on}: ${who} since ${since} (${cite(sources)}).${doubt}`,
		lead: `${on}: ${who} since ${since}`,
		doubt: doubt.trim(),
		holder: answer.holder,
		holderLabel: label,
		since,
		partly: answer.partly,
		uncertain: answer.uncertain,
		...(span.note ? { note: span.note } : {}),
		sources
	};
}

/** Events dated on that day (or whose range starts that day). */
export function eventsOn(control: ShippedControl, day: string): ShippedEvent[] {
	return control.events.filter((e) => e.date.earliest === day);
}

/** The slider's aria-valuetext: the date, plus what changed on it. */
export function sliderValueText(control: ShippedControl | null, day: string): string {
	const date = formatDay(day);
	const events = control ? eventsOn(control, day) : [];
	return events.length ? `${date}: ${events.map((e) => e.title).join('; ')}` : date;
}
