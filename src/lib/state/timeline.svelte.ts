/**
 * The control timeline in the browser: `control.json` (built from geodata/facts/control.yaml),
 * fetched once after the map's first needs, and what the page derives from it for a day.
 */
import type { ShippedControl } from '$lib/timeline/control';
import { describeControl, sliderValueText, type ControlSentence } from '$lib/timeline/describe';

export class TimelineStore {
	control: ShippedControl | null = $state.raw(null);
	error: string | null = $state(null);
	readonly #url: string;
	#loading: Promise<void> | null = null;

	constructor(url: string) {
		this.#url = url;
	}

	load(): Promise<void> {
		this.#loading ??= (async () => {
			try {
				const response = await fetch(this.#url);
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				this.control = (await response.json()) as ShippedControl;
			} catch (e) {
				this.error = `The control timeline could not be loaded (${(e as Error).message}).`;
			}
		})();
		return this.#loading;
	}

	sentence(featureId: string, day: string): ControlSentence | null {
		return this.control ? describeControl(this.control, featureId, day) : null;
	}

	valueText(day: string): string {
		return sliderValueText(this.control, day);
	}

	/** One mark per dated event, at its first day. */
	get marks(): { day: string; label: string }[] {
		return (this.control?.events ?? []).map((e) => ({ day: e.date.earliest, label: e.title }));
	}
}
