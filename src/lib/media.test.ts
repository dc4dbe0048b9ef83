import { describe, expect, it } from 'vitest';
import { isPhone, prefersReducedMotion } from './media';

/** A browser whose media queries match exactly the given conditions. */
function createMatcher(...matching: string[]) {
	return (query: string) => ({ matches: matching.includes(query) });
}

describe('media conditions', () => {
	it('a narrow viewport is a phone, a wide one is not', () => {
		expect(isPhone(createMatcher('(max-width: 760px)'))).toBe(true);
		expect(isPhone(createMatcher())).toBe(false);
	});

	it('reduced motion follows the reader’s system setting', () => {
		expect(prefersReducedMotion(createMatcher('(prefers-reduced-motion: reduce)'))).toBe(true);
		expect(prefersReducedMotion(createMatcher('(max-width: 760px)'))).toBe(false);
	});
});
