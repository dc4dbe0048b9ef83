/**
 * The explorer's dealings with the browser around it: work deferred until the browser is idle,
 * Back and Forward, and where keyboard focus goes back to when the panel closes. Each takes the
 * browser objects it needs as arguments, so the policies are tested in node.
 */

interface IdleHost {
	requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: never) => void;
}

/**
 * Runs `callback` once the browser is idle, and at the latest after `timeout` ms: for work that
 * must not compete with the map, which is what the reader waits for first. Returns a cancel.
 */
export function whenIdle(
	callback: () => void,
	host: IdleHost = window,
	timeout = 1500
): () => void {
	if (host.requestIdleCallback && host.cancelIdleCallback) {
		const handle = host.requestIdleCallback(callback, { timeout });
		return () => host.cancelIdleCallback!(handle);
	}
	// Without idle callbacks (Safari): a short delay lets the first frames through.
	const handle = host.setTimeout(callback, 200);
	return () => host.clearTimeout(handle as never);
}

interface IntentHost {
	addEventListener: (type: string, listener: () => void, options: { passive: boolean }) => void;
	removeEventListener: (type: string, listener: () => void) => void;
}

const INTENT = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Calls `callback` once, at the reader's first pointer move, touch or key press: the earliest
 * sign that a click may follow, for fetching what a click shows without putting it on the first
 * load of a reader who only reads. Returns a cancel.
 */
export function onFirstIntent(callback: () => void, host: IntentHost = window): () => void {
	const stop = () => INTENT.forEach((type) => host.removeEventListener(type, fire));
	const fire = () => {
		stop();
		callback();
	};
	INTENT.forEach((type) => host.addEventListener(type, fire, { passive: true }));
	return stop;
}

interface HistoryHost {
	location: { search: string };
	addEventListener: (type: 'popstate', listener: () => void) => void;
	removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/** Calls `restore` with the address's query on every Back and Forward. Returns the unsubscribe. */
export function onHistoryMove(
	restore: (search: string) => void,
	host: HistoryHost = window
): () => void {
	const listener = () => restore(host.location.search);
	host.addEventListener('popstate', listener);
	return () => host.removeEventListener('popstate', listener);
}

interface Focusable {
	focus(): void;
}

/**
 * Where focus returns when the panel closes: to what opened it (a mention, the region list, the
 * search) while that is still on the page, else to the map.
 */
export class FocusReturn<T extends Focusable> {
	#trigger: T | null = null;
	readonly #isOnPage: (element: T) => boolean;

	constructor(isOnPage: (element: T) => boolean) {
		this.#isOnPage = isOnPage;
	}

	remember(trigger: T | null): void {
		this.#trigger = trigger;
	}

	/** Focuses the remembered trigger, or calls `fallback` when there is none on the page. */
	restore(fallback: () => void): void {
		const trigger = this.#trigger;
		this.#trigger = null;
		if (trigger && this.#isOnPage(trigger)) trigger.focus();
		else fallback();
	}
}
