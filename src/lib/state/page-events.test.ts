import { describe, expect, it, vi } from 'vitest';
import { FocusReturn, onFirstIntent, onHistoryMove, whenIdle } from './page-events';

function createTimerHost() {
	return { setTimeout: vi.fn(() => 7), clearTimeout: vi.fn() };
}

describe('whenIdle', () => {
	it('waits for the browser to be idle, at most the given time', () => {
		const requestIdleCallback = vi.fn(() => 3);
		const cancelIdleCallback = vi.fn();
		const callback = () => {};
		const cancel = whenIdle(
			callback,
			{ ...createTimerHost(), requestIdleCallback, cancelIdleCallback },
			900
		);
		expect(requestIdleCallback).toHaveBeenCalledWith(callback, { timeout: 900 });
		cancel();
		expect(cancelIdleCallback).toHaveBeenCalledWith(3);
	});

	it('falls back to a short delay where idle callbacks do not exist', () => {
		const host = createTimerHost();
		const callback = () => {};
		const cancel = whenIdle(callback, host);
		expect(host.setTimeout).toHaveBeenCalledWith(callback, 200);
		cancel();
		expect(host.clearTimeout).toHaveBeenCalledWith(7);
	});
});

describe('onHistoryMove', () => {
	it('restores the query of the address on Back and Forward until unsubscribed', () => {
		const target = new EventTarget();
		const host = {
			location: { search: '?f=place/shusha' },
			addEventListener: target.addEventListener.bind(target),
			removeEventListener: target.removeEventListener.bind(target)
		};
		const restored: string[] = [];
		const stop = onHistoryMove((search) => restored.push(search), host);
		target.dispatchEvent(new Event('popstate'));
		host.location.search = '';
		target.dispatchEvent(new Event('popstate'));
		stop();
		target.dispatchEvent(new Event('popstate'));
		expect(restored).toEqual(['?f=place/shusha', '']);
	});
});

describe('FocusReturn', () => {
	/** Opens the panel from a "mention", then closes it `closes` times; returns what got focus. */
	function closePanel(mentionOnPage: boolean, closes = 1): string[] {
		const focused: string[] = [];
		const focus = new FocusReturn<{ focus(): void }>(() => mentionOnPage);
		focus.remember({ focus: () => focused.push('mention') });
		for (let i = 0; i < closes; i++) focus.restore(() => focused.push('map'));
		return focused;
	}

	it('gives focus back to what opened the panel', () => {
		expect(closePanel(true)).toEqual(['mention']);
	});

	it('falls back to the map when the trigger has left the page', () => {
		expect(closePanel(false)).toEqual(['map']);
	});

	it('returns focus once: a second close goes to the map', () => {
		expect(closePanel(true, 2)).toEqual(['mention', 'map']);
	});
});

describe('onFirstIntent', () => {
	it('fires once, at the first pointer move, touch or key, then stops listening', () => {
		const target = new EventTarget();
		const callback = vi.fn();
		onFirstIntent(callback, target);
		target.dispatchEvent(new Event('keydown'));
		target.dispatchEvent(new Event('pointermove'));
		target.dispatchEvent(new Event('touchstart'));
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('does nothing after it is cancelled', () => {
		const target = new EventTarget();
		const callback = vi.fn();
		onFirstIntent(callback, target)();
		target.dispatchEvent(new Event('pointerdown'));
		expect(callback).not.toHaveBeenCalled();
	});
});
