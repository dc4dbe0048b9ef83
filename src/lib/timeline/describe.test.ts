import { describe, expect, it } from 'vitest';
import { describeControl, sliderValueText } from './describe';
import { loadControl } from './load';

const control = loadControl(
	`sources:
  s1: { title: Report, publisher: Trend, date: '2020-11-20', url: 'https://example.org/1' }
  s2: { title: Agreement, publisher: Wikipedia, date: '2024', url: 'https://example.org/2' }
parties:
  nkr: Armenian forces (the self-declared Nagorno-Karabakh Republic)
  aze: Azerbaijan
events:
  - { id: handover, date: '2020-11-20', title: Aghdam district handed over to Azerbaijan, features: [karabakh/aghdam], sources: [s1] }
valid:
  line/loc: { from: '1972-12', note: Delineated in December 1972., sources: [s2] }
control:
  karabakh/aghdam:
    - { from: '1993-07-23', to: '2020-11-20', holder: nkr, partly: true, sources: [s1] }
    - { from: '2020-11-20', to: null, holder: aze, sources: [s1] }
  karabakh/khankendi:
    - { from: '1988/1992', to: null, holder: nkr, sources: [s2] }
`,
	{ file: 'test.yaml', featureIds: new Set(['karabakh/aghdam', 'karabakh/khankendi', 'line/loc']) }
);

describe('describeControl', () => {
	it('says who held it since when, with the source', () => {
		expect(describeControl(control, 'karabakh/aghdam', '2021-01-01').text).toBe(
			'On 1 January 2021: held by Azerbaijan since 20 November 2020 (Trend, 2020-11-20).'
		);
	});

	it('says "partly held" for a unit held in part', () => {
		const s = describeControl(control, 'karabakh/aghdam', '2000-01-01');
		expect(s.text).toMatch(
			/^On 1 January 2000: partly held by Armenian forces \(the self-declared Nagorno-Karabakh Republic\) since 23 July 1993/
		);
		expect(s.partly).toBe(true);
	});

	it('says when the start is only approximately known', () => {
		expect(describeControl(control, 'karabakh/khankendi', '1990-01-01').text).toMatch(
			/since 1988–1992 .*known only approximately/
		);
	});

	it('says when a line did not exist yet', () => {
		expect(describeControl(control, 'line/loc', '1960-01-01').text).toBe(
			'On 1 January 1960: did not exist yet; it dates from December 1972 (Wikipedia, 2024).'
		);
	});

	it('says when nothing is sourced', () => {
		expect(describeControl(control, 'karabakh/aghdam', '1980-01-01').text).toBe(
			'On 1 January 1980: no sourced record of who held it.'
		);
	});
});

describe('sliderValueText', () => {
	it('gives the date and what changed on it', () => {
		expect(sliderValueText(control, '2020-11-20')).toBe(
			'20 November 2020: Aghdam district handed over to Azerbaijan'
		);
		expect(sliderValueText(control, '2020-11-21')).toBe('21 November 2020');
	});
});
