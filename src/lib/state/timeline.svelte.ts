/**
 * The control timeline in the browser. Nothing of it is on the first load: `control.json` (built
 * from geodata/facts/control.yaml) and the code that reads it are fetched the first time the
 * reader asks for a date, the URL has one, or the panel needs its control sentence. The service
 * worker precaches both, so after one visit this works offline.
 */
import type { ShippedControl } from '$lib/timeline/control';
import type { ControlSentence } from '$lib/timeline/describe';
import type { DatedFeature, DatedShading } from '$lib/timeline/shading';

type Lib = typeof import('$lib/timeline/describe') & typeof import('$lib/timeline/shading');

export class TimelineStore {
	control: ShippedControl | null = $state.raw(null);
	error: string | null = $state(null);
	#lib: Lib | null = $state.raw(null);
	readonly #url: string;
	#loading: Promise<void> | null = null;

	constructor(url: string) {
		this.#url = url;
	}

	get ready(): boolean {
		return this.control !== null && this.#lib !== null;
	}

	load(): Promise<void> {
		this.#loading ??= (async () => {
			try {
				const [data, describe, shading] = await Promise.all([
					fetch(this.#url).then(async (response) => {
						if (!response.ok) throw new Error(`HTTP ${response.status}`);
						return (await response.json()) as ShippedControl;
					}),
					import('$lib/timeline/describe'),
					import('$lib/timeline/shading')
				]);
				this.#lib = { ...describe, ...shading };
				this.control = data;
			} catch (e) {
				this.error = `The control timeline could not be loaded (${(e as Error).message}).`;
			}
		})();
		return this.#loading;
	}

	sentence(featureId: string, day: string): ControlSentence | null {
		return this.control && this.#lib
			? this.#lib.describeControl(this.control, featureId, day)
			: null;
	}

	valueText(day: string): string | null {
		return this.#lib ? this.#lib.sliderValueText(this.control, day) : null;
	}

	/** What the map shows on `day`; null before the timeline has loaded. */
	shading(day: string, features: readonly DatedFeature[]): DatedShading | null {
		return this.control && this.#lib ? this.#lib.shadingAt(this.control, features, day) : null;
	}

	/** One mark per dated event, at its first day. */
	get marks(): { day: string; label: string }[] {
		return (this.control?.events ?? []).map((e) => ({ day: e.date.earliest, label: e.title }));
	}
}
