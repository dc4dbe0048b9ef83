import { describe, expect, it } from 'vitest';
import { ControlDataError, dayRange, loadControl, type LoadOptions } from './load';

const features = new Set(['karabakh/aghdam', 'line/loc']);
const options: LoadOptions = { file: 'control.yaml', featureIds: features };

function createFile(controlBlock = defaultControl, extra = ''): string {
	return `sources:
  s1:
    title: A report
    publisher: A publisher
    date: '2020-11-20'
    url: https://example.org/a
parties:
  aze: Azerbaijan
  nkr: Armenian forces (the self-declared Nagorno-Karabakh Republic)
events:
  - id: handover
    date: '2020-11-20'
    title: Handed over
    features: [karabakh/aghdam]
    sources: [s1]
${extra}control:
${controlBlock}`;
}
const defaultControl = `  karabakh/aghdam:
    - from: '1993-07-23'
      to: '2020-11-20'
      holder: nkr
      partly: true
      sources: [s1]
    - from: '2020-11-20'
      to: null
      holder: aze
      sources: [s1]
`;

function problemsOf(text: string, opts = options): string[] {
	try {
		loadControl(text, opts);
	} catch (e) {
		if (e instanceof ControlDataError) return e.problems;
		throw e;
	}
	return [];
}

describe('dayRange', () => {
	it.each([
		['1993-07-23', '1993-07-23', '1993-07-23'],
		['1972-12', '1972-12-01', '1972-12-31'],
		['195X', '1950-01-01', '1959-12-31'],
		['1988/1992', '1988-01-01', '1992-12-31'],
		['1993-04~', '1993-04-01', '1993-04-30']
	])('%s allows %s to %s', (value, earliest, latest) => {
		expect(dayRange(value)).toEqual({ edtf: value, earliest, latest });
	});

	it('rejects what is not EDTF', () => {
		expect(() => dayRange('23 July 1993')).toThrow();
	});
});

describe('loadControl', () => {
	it('ships spans with resolved dates', () => {
		const data = loadControl(createFile(), options);
		expect(data.control['karabakh/aghdam']).toHaveLength(2);
		expect(data.control['karabakh/aghdam']![0]!.partly).toBe(true);
		expect(data.control['karabakh/aghdam']![1]!.from.earliest).toBe('2020-11-20');
		expect(data.events[0]!.date.latest).toBe('2020-11-20');
	});

	it('names file, line, feature and field of an unknown source', () => {
		const text = createFile(
			defaultControl.replace('holder: aze\n      sources: [s1]', 'holder: aze\n      sources: [s9]')
		);
		expect(problemsOf(text)).toEqual([
			'control.yaml:26: control › karabakh/aghdam › 1 › sources › 0: unknown source "s9" (not in sources:)'
		]);
	});

	it('rejects an unknown feature id with its line', () => {
		const text = createFile(defaultControl.replace('karabakh/aghdam:', 'karabakh/agdam:'));
		expect(problemsOf(text)).toEqual([
			'control.yaml:18: control › karabakh/agdam: unknown feature id "karabakh/agdam"'
		]);
	});

	it('rejects an unknown party', () => {
		const text = createFile(defaultControl.replace('holder: aze', 'holder: azerbaijan'));
		expect(problemsOf(text).join()).toMatch(
			/control › karabakh\/aghdam › 1 › holder: unknown party "azerbaijan"/
		);
	});

	it('rejects a date that is not EDTF, naming it', () => {
		const text = createFile(defaultControl.replace("from: '1993-07-23'", "from: 'July 1993'"));
		expect(problemsOf(text).join()).toMatch(
			/control\.yaml:18: .*› 0 › from: not a valid EDTF date "July 1993"/
		);
	});

	it('rejects overlapping spans', () => {
		const text = createFile(
			defaultControl.replace(
				"from: '2020-11-20'\n      to: null",
				"from: '2020-11-01'\n      to: null"
			)
		);
		expect(problemsOf(text).join()).toMatch(/starts before the previous span ends/);
	});

	it('rejects a field the schema does not know, with its line', () => {
		const text = createFile(defaultControl.replace('partly: true', 'partial: true'));
		expect(problemsOf(text).join()).toMatch(
			/control\.yaml:18: control › karabakh\/aghdam › 0: must NOT have additional properties/
		);
	});

	it('rejects a source defined in another facts file', () => {
		const problems = problemsOf(createFile(), { ...options, otherSourceIds: new Set(['s1']) });
		expect(problems.join()).toMatch(
			/sources › s1: source id is already defined in another facts file/
		);
	});

	it('rejects a source nobody cites', () => {
		const text = createFile().replace(
			'parties:',
			"  s2:\n    title: T\n    publisher: P\n    date: '2020'\n    url: https://example.org/b\nparties:"
		);
		expect(problemsOf(text).join()).toMatch(/sources › s2: source is never cited/);
	});
});
