import { describe, expect, it } from 'vitest';
import { createAllFeatures, createFeature } from '../../../tests/fixtures/features';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { findOccurrence, linkPassage } from './linker';
import { INDIAN_ADMINISTERED, PAKISTANI_ADMINISTERED } from './rules';

function createGazetteer(): Gazetteer {
	return buildGazetteer(createAllFeatures());
}

/** `[text, featureId]` pairs of the links the linker makes in `text`. */
function linked(text: string, gazetteer = createGazetteer()): [string, string][] {
	return linkPassage(gazetteer, 'test', { id: 'p1', text }).map((l) => [l.text, l.featureId]);
}

describe('matching', () => {
	it('folds case', () => {
		expect(linked('KASHMIR and kashmir')).toEqual([
			['KASHMIR', 'kashmir/region'],
			['kashmir', 'kashmir/region']
		]);
	});

	it('folds diacritics: Xankəndi = Xankendi, and Khankendi through an alias', () => {
		const g = buildGazetteer([
			createFeature('karabakh/khankendi', 'district', 'Khankendi', {
				names: [{ lang: 'az', name: 'Xankəndi' }],
				aliases: ['Xankendi']
			})
		]);
		expect(linked('Xankəndi, XANKƏNDİ, Xankendi, Khankendi.', g).map(([, id]) => id)).toEqual(
			Array(4).fill('karabakh/khankendi')
		);
	});

	it('matches Azerbaijani letters folded (Laçın = Lacin, Bakı = Baki)', () => {
		expect(linked('From Laçın to Bakı.')).toEqual([
			['Laçın', 'place/lachin'],
			['Bakı', 'place/baku']
		]);
	});

	it('treats hyphens, spaces and apostrophes alike', () => {
		expect(linked('Gilgit Baltistan and Gilgit-Baltistan')).toEqual([
			['Gilgit Baltistan', 'kashmir/gilgit-baltistan'],
			['Gilgit-Baltistan', 'kashmir/gilgit-baltistan']
		]);
	});

	it('respects word boundaries (no "India" inside "Indiana", no "Baku" inside "Bakunin")', () => {
		expect(linked('Indiana and Bakunin')).toEqual([]);
	});

	it('does not link demonyms and adjectives ("Kashmiri", "Azerbaijani", "Indian", "Pakistani")', () => {
		expect(linked('Kashmiri people, Azerbaijani forces, Indian and Pakistani authorities')).toEqual(
			[]
		);
	});

	it('prefers the longest match: "Jammu and Kashmir" over "Kashmir"', () => {
		expect(linked('the demographic structure of Jammu and Kashmir')).toEqual([
			['Jammu and Kashmir', 'kashmir/jammu-and-kashmir']
		]);
	});

	it('prefers the longest match: "Line of Control" over "Control"', () => {
		expect(linked('across the Line of Control')).toEqual([['Line of Control', 'line/loc']]);
	});

	it('never links a common word on its own ("control", "region")', () => {
		const g = buildGazetteer([
			createFeature('x/control', 'zone', 'Control', { aliases: ['Region', 'region', 'control'] })
		]);
		expect(linked('Control of the region, under control.', g)).toEqual([]);
	});

	it('links a name made only of common words only when capitalised', () => {
		expect(linked('a military line of control and the Line of Control')).toEqual([
			['Line of Control', 'line/loc']
		]);
		expect(linked('an international border, the International Border')).toEqual([
			['International Border', 'line/working-boundary']
		]);
	});

	it('links a lower-case homonym only when capitalised ("turkey" the bird)', () => {
		expect(linked('roast turkey in Turkey')).toEqual([['Turkey', 'country/tur']]);
	});

	it('matches acronyms only as written or in capitals ("LoC", "LOC", not "loc")', () => {
		expect(linked('the LoC, the LOC, the loc')).toEqual([
			['LoC', 'line/loc'],
			['LOC', 'line/loc']
		]);
	});

	it('matches names containing & ("J&K", "Jammu & Kashmir")', () => {
		expect(linked('J&K, Jammu & Kashmir')).toEqual([
			['J&K', 'kashmir/jammu-and-kashmir'],
			['Jammu & Kashmir', 'kashmir/jammu-and-kashmir']
		]);
	});

	it('links water features by name', () => {
		expect(linked('along the Indus River')).toEqual([['Indus River', 'water/indus']]);
	});
});

describe('offsets', () => {
	it('gives exact offsets into the original text', () => {
		const text = '“Şuşa” — and Xankəndi’s  Line   of Control.';
		const links = linkPassage(buildGazetteer(createAllFeatures()), 'test', { id: 'p1', text });
		for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.text);
		expect(links.map((l) => l.text)).toEqual(['Şuşa', 'Xankəndi', 'Line   of Control']);
	});

	it('excludes the possessive ’s from the span ("Baku’s" links "Baku")', () => {
		const text = "Baku’s approach and Pakistan’s support and Azerbaijan's view";
		const links = linkPassage(createGazetteer(), 'test', { id: 'p1', text });
		expect(links.map((l) => [l.start, l.end, l.featureId])).toEqual([
			[0, 4, 'place/baku'],
			[text.indexOf('Pakistan'), text.indexOf('Pakistan') + 8, 'country/pak'],
			[text.indexOf('Azerbaijan'), text.indexOf('Azerbaijan') + 10, 'country/aze']
		]);
	});

	it('counts astral characters as two code units, like String.slice', () => {
		const text = '😀 Baku';
		const [l] = linkPassage(createGazetteer(), 'test', { id: 'p1', text });
		expect([l?.start, l?.end]).toEqual([3, 7]);
	});
});

describe('ambiguity rules', () => {
	it('"Kashmir" → the region, though a claim also carries the name', () => {
		expect(linked('Kashmir')).toEqual([['Kashmir', 'kashmir/region']]);
	});

	it('"Cashmere" → the region', () => {
		expect(linked('full Cashmere region')).toEqual([['Cashmere', 'kashmir/region']]);
	});

	it('"Karabakh" → the region, not the 1991 oblast that shares the name', () => {
		expect(linked('the Karabakh region')).toEqual([['Karabakh', 'karabakh/region']]);
	});

	it('"Garabakh" → the Karabakh region (by rule, though no feature carries the spelling)', () => {
		expect(
			linkPassage(createGazetteer(), 't', { id: 'p1', text: 'Karabakh (Garabakh)' }).map((l) => [
				l.text,
				l.featureId,
				l.method
			])
		).toEqual([
			['Karabakh', 'karabakh/region', 'rule'],
			['Garabakh', 'karabakh/region', 'rule']
		]);
	});

	it('"Delhi" → New Delhi (metonym for the Indian government)', () => {
		expect(linked('Delhi and Islamabad')).toEqual([
			['Delhi', 'place/new-delhi'],
			['Islamabad', 'place/islamabad']
		]);
	});

	it('"New Delhi" links as one name', () => {
		expect(linked('in New Delhi')).toEqual([['New Delhi', 'place/new-delhi']]);
	});

	it('"Jammu and Kashmir" → the union territory by default', () => {
		expect(linked('efforts to change the demographic structure of Jammu and Kashmir')).toEqual([
			['Jammu and Kashmir', 'kashmir/jammu-and-kashmir']
		]);
	});

	it('"Jammu and Kashmir dispute" → the whole region', () => {
		expect(linked('a settlement of the Jammu and Kashmir dispute')).toEqual([
			['Jammu and Kashmir', 'kashmir/region']
		]);
	});

	it('"the final status of Jammu and Kashmir" → the whole region', () => {
		expect(linked('the final status of Jammu and Kashmir has not been agreed')).toEqual([
			['Jammu and Kashmir', 'kashmir/region']
		]);
	});

	it('"the princely state of Jammu and Kashmir" → the region (a longer alias)', () => {
		expect(linked('the princely state of Jammu and Kashmir')).toEqual([
			['princely state of Jammu and Kashmir', 'kashmir/region']
		]);
	});

	it('a name with no unique feature and no rule stays unlinked ("Punjab")', () => {
		expect(linked('Punjab and Pakistan')).toEqual([['Pakistan', 'country/pak']]);
	});

	it('claims are never link targets: their names are not in the gazetteer', () => {
		const g = buildGazetteer([
			createFeature('claim/india', 'zone', 'Indian claim', {
				names: [{ lang: 'en', name: 'India' }],
				status: 'claim'
			})
		]);
		expect(linked('India and the Indian claim', g)).toEqual([]);
		expect(g.features.has('claim/india')).toBe(true);
	});
});

describe('town/district rule', () => {
	it('a plain shared name means the town', () => {
		expect(linked('the towns of Lachin and Aghdam')).toEqual([
			['Lachin', 'place/lachin'],
			['Aghdam', 'place/aghdam']
		]);
	});

	it('"X district" means the district', () => {
		expect(linked('Aghdam district')).toEqual([['Aghdam', 'karabakh/aghdam']]);
	});

	it('a longer alias "Lachin district" links the district with its word', () => {
		expect(linked('in Lachin district')).toEqual([['Lachin district', 'karabakh/lachin']]);
	});

	it('"the district of X" means the district', () => {
		expect(linked('the district of Lachin')).toEqual([['Lachin', 'karabakh/lachin']]);
	});

	it('"the occupied districts of Aghdam, Kalbajar and Lachin" → the three districts', () => {
		expect(
			linked('returned the occupied districts of Aghdam, Kalbajar and Lachin to Azerbaijan')
		).toEqual([
			['Aghdam', 'karabakh/aghdam'],
			['Kalbajar', 'karabakh/kalbajar'],
			['Lachin', 'karabakh/lachin'],
			['Azerbaijan', 'country/aze']
		]);
	});

	it('"Agdam, Kelbajar and Lacin districts" → the districts (list before "districts")', () => {
		expect(linked('Agdam, Kelbajar and Lacin districts')).toEqual([
			['Agdam', 'karabakh/aghdam'],
			['Kelbajar', 'karabakh/kalbajar'],
			['Lacin', 'karabakh/lachin']
		]);
	});

	it('a district list ends at the first name not joined by "," or "and"', () => {
		expect(linked('the districts of Aghdam and Lachin, near Shusha')).toEqual([
			['Aghdam', 'karabakh/aghdam'],
			['Lachin', 'karabakh/lachin'],
			['Shusha', 'place/shusha']
		]);
	});

	it('Shusha and Shushi (the Armenian form) both mean the town', () => {
		expect(linked('Shusha (Shushi)')).toEqual([
			['Shusha', 'place/shusha'],
			['Shushi', 'place/shusha']
		]);
	});
});

describe('phrase rules', () => {
	const indian = (text: string) => INDIAN_ADMINISTERED.map((id) => [text, id]);
	const pakistani = (text: string) => PAKISTANI_ADMINISTERED.map((id) => [text, id]);

	it('"Kashmir under Indian administration" → the Indian-administered zones', () => {
		expect(linked('“Kashmir under Indian administration”')).toEqual(
			indian('Kashmir under Indian administration')
		);
	});

	it('"Kashmir under Pakistani administration" → AJK and Gilgit-Baltistan', () => {
		expect(linked('“Kashmir under Pakistani administration”')).toEqual(
			pakistani('Kashmir under Pakistani administration')
		);
	});

	it('"Indian-administered Kashmir" → the Indian-administered zones, over the alias of one zone', () => {
		expect(linked('Indian-administered Kashmir')).toEqual(indian('Indian-administered Kashmir'));
	});

	it('"Pakistan-administered Kashmir" and "Pakistani-administered Kashmir" → AJK and GB', () => {
		expect(linked('Pakistan-administered Kashmir')).toEqual(
			pakistani('Pakistan-administered Kashmir')
		);
		expect(linked('Pakistani-administered Kashmir')).toEqual(
			pakistani('Pakistani-administered Kashmir')
		);
	});

	it('"PoK" and "Pakistan-occupied Kashmir" (quoted terms) → AJK and GB', () => {
		expect(linked('“PoK”')).toEqual(pakistani('PoK'));
		expect(linked('“Pakistan-occupied Kashmir”')).toEqual(pakistani('Pakistan-occupied Kashmir'));
	});

	it('"pok" in lower case is not the acronym', () => {
		expect(linked('a pok of rice')).toEqual([]);
	});

	it('"Azad Kashmir" → AJK alone', () => {
		expect(linked('Azad Kashmir')).toEqual([['Azad Kashmir', 'kashmir/azad-jammu-and-kashmir']]);
	});

	it('phrase links use method "rule"', () => {
		const links = linkPassage(createGazetteer(), 't', { id: 'p1', text: 'PoK' });
		expect(links.map((l) => l.method)).toEqual(['rule', 'rule']);
	});

	it('drops phrase targets the geodata does not have', () => {
		const g = buildGazetteer([createFeature('kashmir/ladakh', 'zone', 'Ladakh')]);
		expect(linked('Indian-administered Kashmir', g)).toEqual([
			['Indian-administered Kashmir', 'kashmir/ladakh']
		]);
	});
});

describe('findOccurrence', () => {
	it('counts whole-word occurrences only', () => {
		const text = 'Azerbaijani Azerbaijan, Azerbaijan’s';
		expect(findOccurrence(text, 'Azerbaijan', 0)).toEqual({ start: 12, end: 22 });
		expect(findOccurrence(text, 'Azerbaijan', 1)).toEqual({ start: 24, end: 34 });
		expect(findOccurrence(text, 'Azerbaijan', 2)).toBeUndefined();
	});
});
