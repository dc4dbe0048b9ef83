/**
 * One theme for the map layers and the legend, so a swatch in the legend is always the colour
 * (and dash) drawn on the map. Adjacent fills stay ≥ 12 CIEDE2000 apart, and lines ≥ 20 off the
 * fills they cross, under simulated protanopia, deuteranopia and tritanopia
 * (tests/unit/colour-vision.test.ts); every meaning also has a non-colour signal (dash, hatch or text).
 */
export interface Theme {
	/** Sea and background. */
	water: string;
	waterLine: string;
	/** Land of countries outside the focus regions. */
	land: string;
	countryLine: string;
	/** Fill of areas by who administers them (ISO 3166-1 alpha-3), with a fallback. */
	administered: Record<string, string>;
	administeredOther: string;
	zoneLine: string;
	districtLine: string;
	regionLine: string;
	former: string;
	claim: Record<string, string>;
	/** Line styles for the de facto lines. */
	loc: string;
	workingBoundary: string;
	lac: string;
	siachenLine: string;
	otherLine: string;
	place: string;
	placeHalo: string;
	label: string;
	labelHalo: string;
	selected: string;
	hover: string;
	/** Dash patterns, in line widths. */
	dash: {
		loc: number[];
		lac: number[];
		siachen: number[];
		former: number[];
		workingBoundary: number[];
		/** Lines without a style of their own. */
		other: number[];
		/** Claim outlines. */
		claim: number[];
	};
	/** Fonts the map labels use (names declared in the style's `font-faces`). */
	font: { regular: string };
}

export const LIGHT: Theme = {
	water: '#b9d3e3',
	waterLine: '#8fb3c9',
	land: '#f3f0e8',
	countryLine: '#9a9385',
	administered: {
		IND: '#f2c48d',
		PAK: '#8ebea8',
		CHN: '#c2b4e0',
		AZE: '#9fd0d6',
		ARM: '#e8b7b7'
	},
	administeredOther: '#e4ded0',
	zoneLine: '#6b6459',
	districtLine: '#4f6b70',
	regionLine: '#2b2b2b',
	former: '#7a2e8c',
	claim: { IND: '#b45309', PAK: '#15803d', CHN: '#6d28d9' },
	loc: '#b91c1c',
	workingBoundary: '#3f3f46',
	lac: '#6d28d9',
	siachenLine: '#b91c1c',
	otherLine: '#57534e',
	place: '#1f2937',
	placeHalo: '#ffffff',
	label: '#1f2937',
	labelHalo: 'rgba(255,255,255,0.9)',
	selected: '#0b57d0',
	hover: '#1e40af',
	dash: {
		loc: [4, 2],
		lac: [4, 2, 1, 2],
		siachen: [1, 1.5],
		former: [3, 1.5],
		workingBoundary: [6, 1.5, 1, 1.5],
		other: [3, 2],
		claim: [2, 2]
	},
	font: { regular: 'Noto Sans Regular' }
};
