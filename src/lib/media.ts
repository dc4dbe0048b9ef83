/**
 * The two media conditions the scripts act on, in one place. The stylesheets repeat the same
 * conditions in their `@media` rules (CSS cannot import them): change both together.
 */

/** Below this viewport width the explorer shows one pane at a time (the phone layout). */
export const PHONE_MEDIA = '(max-width: 760px)';
export const REDUCED_MOTION_MEDIA = '(prefers-reduced-motion: reduce)';

type MatchMedia = (query: string) => { matches: boolean };

const browserMatch: MatchMedia = (query) => window.matchMedia(query);

export function isPhone(match: MatchMedia = browserMatch): boolean {
	return match(PHONE_MEDIA).matches;
}

export function prefersReducedMotion(match: MatchMedia = browserMatch): boolean {
	return match(REDUCED_MOTION_MEDIA).matches;
}
