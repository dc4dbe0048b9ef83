/**
 * The map's colours keep their meaning for readers with colour-vision deficiencies: every pair of
 * fills the map draws side by side, and every line over the fills it crosses, stay apart under
 * simulated protanopia, deuteranopia and tritanopia (the `color-blind` package, a port of the
 * daltonize simulation), measured as CIEDE2000 differences (culori).
 *
 * Thresholds: fills ≥ 12 (adjacent areas clearly distinct, well above the ~2–3 of a just-noticeable
 * difference), lines ≥ 20 against what they lie on (they are thin and also dashed). Dichromat
 * simulation is the severe case; the anomalous forms are milder and pass when these do.
 */
import blinder from 'color-blind';
import { differenceCiede2000 } from 'culori';
import { describe, expect, it } from 'vitest';
import { FORMER_HOLDERS, UNKNOWN } from '../../src/lib/map/dated';
import { LIGHT as t } from '../../src/lib/theme';

const FILL_THRESHOLD = 12;
const LINE_THRESHOLD = 20;
const difference = differenceCiede2000();
const vision: Record<string, (hex: string) => string> = {
	'normal vision': (hex) => hex,
	protanopia: (hex) => blinder.protanopia(hex),
	deuteranopia: (hex) => blinder.deuteranopia(hex),
	tritanopia: (hex) => blinder.tritanopia(hex)
};

const { IND, PAK, CHN, AZE, ARM } = t.administered as Record<string, string>;
const AZE_SSR = FORMER_HOLDERS['aze-ssr']!;
const JK_STATE = FORMER_HOLDERS['jk-state']!;
const BRIT_INDIA = FORMER_HOLDERS['brit-india']!;

/** Fills that share a boundary on the map (country land surrounds both regions; water is the sea). */
const adjacentFills: [string, string, string, string][] = [
	['India-administered', IND!, 'Pakistan-administered', PAK!],
	['India-administered', IND!, 'China-administered', CHN!],
	['Pakistan-administered', PAK!, 'China-administered', CHN!],
	['India-administered', IND!, 'country land', t.land],
	['Pakistan-administered', PAK!, 'country land', t.land],
	['China-administered', CHN!, 'country land', t.land],
	['Karabakh district', AZE!, 'country land', t.land],
	// Before 1992 a district of the Azerbaijan SSR can border an unsourced unit or one shaded
	// for the Armenian forces (the oblast's imprecise 1988–1992 start), and the 1991 change to
	// Azerbaijan is read by stepping the slider.
	['Azerbaijan SSR', AZE_SSR, 'country land', t.land],
	['Azerbaijan SSR', AZE_SSR, 'no sourced record', UNKNOWN],
	['Azerbaijan SSR', AZE_SSR, 'Armenian forces', ARM!],
	['Azerbaijan SSR', AZE_SSR, 'Azerbaijan', AZE!],
	// In 1947 the princely state's zones border the Gilgit Agency (to 1 August), zones without a
	// record, and from the autumn the zones shaded for India and Pakistan.
	['princely state of Jammu and Kashmir', JK_STATE, 'country land', t.land],
	['princely state of Jammu and Kashmir', JK_STATE, 'no sourced record', UNKNOWN],
	['princely state of Jammu and Kashmir', JK_STATE, 'India-administered', IND!],
	['princely state of Jammu and Kashmir', JK_STATE, 'Pakistan-administered', PAK!],
	['princely state of Jammu and Kashmir', JK_STATE, 'British India', BRIT_INDIA],
	['British India', BRIT_INDIA, 'country land', t.land],
	['British India', BRIT_INDIA, 'no sourced record', UNKNOWN],
	['country land', t.land, 'water', t.water]
];
/** Lines and the fills they are drawn over. */
const linesOnFills: [string, string, string, string][] = [
	['Line of Control', t.loc, 'India-administered', IND!],
	['Line of Control', t.loc, 'Pakistan-administered', PAK!],
	['Line of Actual Control', t.lac, 'India-administered', IND!],
	['Line of Actual Control', t.lac, 'China-administered', CHN!],
	['Working Boundary', t.workingBoundary, 'Pakistan-administered', PAK!],
	['Siachen line', t.siachenLine, 'India-administered', IND!],
	['Siachen line', t.siachenLine, 'Pakistan-administered', PAK!],
	['1991 oblast boundary', t.former, 'Karabakh district', AZE!],
	['district outline', t.districtLine, 'Azerbaijan SSR', AZE_SSR],
	['zone outline', t.zoneLine, 'princely state of Jammu and Kashmir', JK_STATE],
	['zone outline', t.zoneLine, 'British India', BRIT_INDIA],
	...[IND!, PAK!, CHN!, AZE!, AZE_SSR, JK_STATE, BRIT_INDIA].map(
		(fill) =>
			['selection outline', t.selected, 'a zone fill', fill] as [string, string, string, string]
	)
];

describe.each(Object.entries(vision))('with %s', (_name, simulate) => {
	it.each(adjacentFills)(`%s (%s) and %s (%s) stay ≥ ${FILL_THRESHOLD} apart`, (_a, a, _b, b) => {
		expect(difference(simulate(a), simulate(b))).toBeGreaterThanOrEqual(FILL_THRESHOLD);
	});
	it.each(linesOnFills)(`the %s (%s) stands ≥ ${LINE_THRESHOLD} off %s (%s)`, (_a, a, _b, b) => {
		expect(difference(simulate(a), simulate(b))).toBeGreaterThanOrEqual(LINE_THRESHOLD);
	});
});
