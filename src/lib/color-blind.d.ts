/** The colour-vision simulator used by the palette test (tests/unit/colour-vision.test.ts); it ships no types. */
declare module 'color-blind' {
	type Simulate = (hex: string, returnRgb?: false) => string;
	const blinder: Record<
		| 'protanopia'
		| 'protanomaly'
		| 'deuteranopia'
		| 'deuteranomaly'
		| 'tritanopia'
		| 'tritanomaly'
		| 'achromatopsia'
		| 'achromatomaly',
		Simulate
	>;
	export default blinder;
}
