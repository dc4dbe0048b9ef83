import { describe, expect, it } from 'vitest';
import { MARGIN, clearOf, legendStartsOpen, relativeTo, visibleShare } from './overlays';

const map = { width: 1000, height: 700 };

describe('padding from the overlays’ measured rectangles', () => {
	it('clears a tall panel at the right by its width, and a legend at the top left by its width', () => {
		const panel = { left: 640, top: 10, width: 350, height: 650 };
		const legend = { left: 10, top: 10, width: 280, height: 300 };
		expect(clearOf(map, [panel, legend])).toEqual({
			top: MARGIN,
			right: 360 + MARGIN,
			bottom: MARGIN,
			left: 290 + MARGIN
		});
	});

	it('clears a sheet at the bottom by its height (the phone layout)', () => {
		const sheet = { left: 8, top: 400, width: 374, height: 270 };
		const padding = clearOf({ width: 390, height: 700 }, [sheet]);
		expect(padding.bottom).toBe(300 + MARGIN);
		expect(padding.right).toBe(MARGIN);
	});

	it('clears a small box in a corner along its shorter side', () => {
		const summary = { left: 10, top: 10, width: 160, height: 30 };
		expect(clearOf(map, [summary]).top).toBe(40 + MARGIN);
		expect(clearOf(map, [summary]).left).toBe(MARGIN);
	});

	it('never gives one side more than its share of the map', () => {
		const huge = { left: 0, top: 0, width: 990, height: 700 };
		expect(clearOf(map, [huge]).left).toBe(600);
	});

	it('ignores overlays outside the map and measures relative to the map', () => {
		expect(clearOf(map, [{ left: 1200, top: 0, width: 100, height: 100 }])).toEqual({
			top: MARGIN,
			right: MARGIN,
			bottom: MARGIN,
			left: MARGIN
		});
		expect(
			relativeTo(
				{ left: 600, top: 90, width: 10, height: 20 },
				{ left: 500, top: 50, width: 0, height: 0 }
			)
		).toEqual({ left: 100, top: 40, width: 10, height: 20 });
	});
});

describe('the visible share of the map', () => {
	it('counts overlapping overlays once', () => {
		const a = { left: 0, top: 0, width: 500, height: 700 };
		const b = { left: 250, top: 0, width: 500, height: 350 };
		expect(visibleShare(map, [a])).toBeCloseTo(0.5);
		expect(visibleShare(map, [a, b])).toBeCloseTo(1 - (350000 + 250 * 350) / 700000);
		expect(visibleShare(map, [])).toBe(1);
	});
});

describe('whether the layer panel starts open', () => {
	it('opens when it covers at most a fifth of the map, unless the reader chose', () => {
		const small = { left: 10, top: 10, width: 280, height: 400 }; // 16 %
		const large = { left: 10, top: 10, width: 280, height: 600 }; // 24 %
		expect(legendStartsOpen(map, small, null)).toBe(true);
		expect(legendStartsOpen(map, large, null)).toBe(false);
		expect(legendStartsOpen(map, large, true)).toBe(true);
		expect(legendStartsOpen(map, small, false)).toBe(false);
	});
});
