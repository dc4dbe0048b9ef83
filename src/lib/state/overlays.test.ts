import { describe, expect, it } from 'vitest';
import { focusPadding, openingPadding } from './overlays';

describe('padding for the overlays over the map', () => {
	it('keeps the opening view clear of the legend on a wide map only', () => {
		expect(openingPadding({ width: 1000, height: 700 }).left).toBe(300);
		expect(openingPadding({ width: 390, height: 700 }).left).toBe(24);
	});

	it('keeps a focused feature clear of the panel at the right on wide screens', () => {
		const padding = focusPadding({ width: 1000, height: 700 }, { phone: false, panelOpen: true });
		expect(padding.right).toBe(436);
		expect(padding.bottom).toBe(36);
	});

	it('keeps a focused feature clear of the panel at the bottom on phones', () => {
		const padding = focusPadding({ width: 390, height: 800 }, { phone: true, panelOpen: true });
		expect(padding.bottom).toBe(436);
		expect(padding.right).toBe(36);
	});

	it('never lets the panel’s share take more than half a narrow wide-layout map', () => {
		expect(focusPadding({ width: 600, height: 700 }, { phone: false, panelOpen: true }).right).toBe(
			336
		);
	});

	it('uses the whole map when no panel is open', () => {
		expect(focusPadding({ width: 1000, height: 700 }, { phone: false, panelOpen: false })).toEqual({
			top: 36,
			right: 36,
			bottom: 36,
			left: 36
		});
	});
});
