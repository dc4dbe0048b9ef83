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

interface ClickHost {
	addEventListener: (type: 'click', listener: () => void, options: { capture: true }) => void;
	removeEventListener: (type: 'click', listener: () => void, options: { capture: true }) => void;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: never) => void;
	requestAnimationFrame: (callback: () => void) => number;
	cancelAnimationFrame: (handle: number) => void;
}

/**
 * Calls `callback` once the click that a touch, pointer press or key press leads to has been
 * handled and drawn (the frame after it, and a task after that frame), or after `wait` ms if no
 * click comes. A tap's first sign comes before its click; on a phone that click may be the Map
 * tab's, and the map starts in the frame after it: what waits for this sees whether it did.
 * Returns a cancel.
 */
export function afterClick(callback: () => void, host: ClickHost = window, wait = 300): () => void {
	let timer: unknown = null;
	let frame: number | null = null;
	const options = { capture: true } as const;
	const settle = () => {
		host.removeEventListener('click', clicked, options);
		if (timer !== null) host.clearTimeout(timer as never);
		timer = null;
	};
	const clicked = () => {
		settle();
		frame = host.requestAnimationFrame(() => {
			frame = null;
			timer = host.setTimeout(() => {
				timer = null;
				callback();
			}, 0);
		});
	};
	host.addEventListener('click', clicked, options);
	timer = host.setTimeout(() => {
		timer = null;
		settle();
		callback();
	}, wait);
	return () => {
		settle();
		if (frame !== null) host.cancelAnimationFrame(frame);
	};
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
