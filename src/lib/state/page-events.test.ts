import { describe, expect, it, vi } from 'vitest';
import { afterClick, FocusReturn, onFirstIntent, onHistoryMove, whenIdle } from './page-events';

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

describe('afterClick', () => {
	function clickHost() {
		const target = new EventTarget();
		const frames: (() => void)[] = [];
		const timers = new Map<number, () => void>();
		let next = 1;
		const host = {
			addEventListener: target.addEventListener.bind(target),
			removeEventListener: target.removeEventListener.bind(target),
			setTimeout: (callback: () => void, ms: number) => {
				const id = next++;
				timers.set(id, callback);
				return { id, ms };
			},
			clearTimeout: (handle: { id: number }) => void timers.delete(handle.id),
			requestAnimationFrame: (callback: () => void) => frames.push(callback),
			cancelAnimationFrame: (handle: number) => void frames.splice(handle - 1, 1, () => {})
		};
		const runTimers = () => {
			const due = [...timers.values()];
			timers.clear();
			due.forEach((callback) => callback());
		};
		const runFrames = () => frames.splice(0).forEach((callback) => callback());
		const click = () => target.dispatchEvent(new Event('click'));
		return { host: host as never, click, runTimers, runFrames, pending: () => timers.size };
	}

	it('calls back in a task after the frame that follows the click, not before', () => {
		const { host, click, runTimers, runFrames } = clickHost();
		const callback = vi.fn();
		afterClick(callback, host);
		click();
		// The timeout that stood in for a missing click is gone: only the frame is waited for.
		runTimers();
		expect(callback).not.toHaveBeenCalled();
		runFrames();
		expect(callback).not.toHaveBeenCalled();
		runTimers();
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('calls back once after the wait when no click comes, and a later click does nothing', () => {
		const { host, click, runTimers, runFrames } = clickHost();
		const callback = vi.fn();
		afterClick(callback, host, 300);
		runTimers();
		expect(callback).toHaveBeenCalledTimes(1);
		click();
		runFrames();
		runTimers();
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('does nothing once cancelled, before or after the click', () => {
		const before = clickHost();
		const first = vi.fn();
		afterClick(first, before.host)();
		before.click();
		before.runFrames();
		before.runTimers();
		expect(first).not.toHaveBeenCalled();

		const after = clickHost();
		const second = vi.fn();
		const cancel = afterClick(second, after.host);
		after.click();
		cancel();
		after.runFrames();
		after.runTimers();
		expect(second).not.toHaveBeenCalled();
	});
});
