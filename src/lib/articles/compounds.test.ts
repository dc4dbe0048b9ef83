/**
 * Names inside longer names, qualified names, things named after a place, and noise in pasted
 * text (rules.ts, "Names inside longer names" and "Qualified names"; markup.ts). Every passage
 * here was written for these tests. Each class has cases that link and cases that must not.
 */
import { describe, expect, it } from 'vitest';
import { createAllFeatures } from '../../../tests/fixtures/features';
import { unlinkedNames } from './candidates';
import { buildGazetteer } from './gazetteer';
import { linkPassage } from './linker';
import { parsePlainText, parseArticle } from './parse';
import { CHINESE_ADMINISTERED, INDIAN_ADMINISTERED, PAKISTANI_ADMINISTERED } from './rules';

const gazetteer = buildGazetteer(createAllFeatures());

/** `[text, featureId]` pairs of the links the linker makes in `text`. */
function linked(text: string): [string, string][] {
	return linkPassage(gazetteer, 'test', { id: 'p1', text }).map((l) => [l.text, l.featureId]);
}

describe('a known name inside a longer name the gazetteer does not know', () => {
	it('"East Azerbaijan Province" is not the country', () => {
		expect(linked('Protests spread to East Azerbaijan Province last week.')).toEqual([]);
	});

	it('"Azerbaijan Province" and "East Azerbaijan" alone are not the country either', () => {
		expect(linked('the old Azerbaijan Province of Persia')).toEqual([]);
		expect(linked('trucks from East Azerbaijan crossed at dawn')).toEqual([]);
	});

	it('the country still links beside such a name, and after a sentence-initial "East"', () => {
		expect(linked('Iran’s East Azerbaijan borders Azerbaijan.')).toEqual([
			['Iran', 'country/irn'],
			['Azerbaijan', 'country/aze']
		]);
	});

	it('a lower-case direction describes a part: "southern Azerbaijan" links the country', () => {
		expect(linked('villages in southern Azerbaijan')).toEqual([['Azerbaijan', 'country/aze']]);
	});

	it('"Jammu province" and "Jammu region" are the division, not the city', () => {
		expect(linked('Rain fell across Jammu province.')).toEqual([
			['Jammu province', 'kashmir/jammu-division']
		]);
		expect(linked('Hindus are a majority in the Jammu region.')).toEqual([
			['Jammu region', 'kashmir/jammu-division']
		]);
	});

	it('"Jammu" alone and "Jammu city" are still the city', () => {
		expect(linked('The train reached Jammu at noon.')).toEqual([['Jammu', 'place/jammu']]);
	});

	it('"Kashmir Valley" and "Kashmir valley" are the valley, not the whole region', () => {
		expect(linked('Snow cut off the Kashmir Valley.')).toEqual([
			['Kashmir Valley', 'kashmir/kashmir-valley']
		]);
		expect(linked('apple growers of the Kashmir valley')).toEqual([
			['Kashmir valley', 'kashmir/kashmir-valley']
		]);
	});

	it('a town name before an area word the map lacks is left unlinked ("Kargil district")', () => {
		expect(linked('Polling in Kargil district was calm.')).toEqual([]);
		expect(linked('the Kargil region')).toEqual([]);
		expect(linked('Tourists flew into Kargil.')).toEqual([['Kargil', 'place/kargil']]);
	});

	it('an area under its own type word is the same area ("the Ladakh region")', () => {
		expect(linked('The Ladakh region is cold.')).toEqual([['Ladakh', 'kashmir/ladakh']]);
	});

	it('another unit named after an area is not that area ("Ladakh Range", "Kashmir Province")', () => {
		expect(linked('the Ladakh Range and the Karabakh Khanate')).toEqual([]);
	});

	it('a name inside an institution’s name is not the place', () => {
		expect(linked('the Jammu and Kashmir Liberation Front')).toEqual([]);
		expect(linked('a flight of Azerbaijan Airlines')).toEqual([]);
		expect(linked('students of Baku State University')).toEqual([]);
		expect(linked('a column in the Kashmir Times')).toEqual([]);
		expect(linked('the Pakistan Army said')).toEqual([]);
		expect(linked('the University of Kashmir')).toEqual([]);
	});

	it('a title or a person after a country name does not make a longer name', () => {
		expect(
			linked('Pakistan Prime Minister Imran Khan spoke to Azerbaijan President Ilham Aliyev.')
		).toEqual([
			['Pakistan', 'country/pak'],
			['Azerbaijan', 'country/aze']
		]);
		expect(linked('the Ambassador to Pakistan Khazar Farhadov')).toEqual([
			['Pakistan', 'country/pak']
		]);
	});

	it('a lower-case institution word is a description: "the Srinagar airport" names the town', () => {
		expect(linked('flights to the Srinagar airport')).toEqual([['Srinagar', 'place/srinagar']]);
	});

	it('a possessive ends the name: "Azerbaijan’s army" links the country', () => {
		expect(linked('Azerbaijan’s Army and Armenia’s Government')).toEqual([
			['Azerbaijan', 'country/aze'],
			['Armenia', 'country/arm']
		]);
	});

	it('words after a rejected name are still read ("Indian-administered Kashmir valley")', () => {
		expect(linked('the Indian-administered Kashmir valley')).toEqual([
			['Indian-administered Kashmir valley', 'kashmir/kashmir-valley']
		]);
	});
});

describe('qualified names', () => {
	const each = (text: string, ids: readonly string[]) => ids.map((id) => [text, id]);

	it('"the Indian-controlled state of Jammu and Kashmir" → the Indian-administered zones', () => {
		expect(linked('in the Indian-controlled state of Jammu and Kashmir')).toEqual(
			each('Indian-controlled state of Jammu and Kashmir', INDIAN_ADMINISTERED)
		);
	});

	it('"India-ruled Kashmir" and "the Pakistani side of Kashmir" → that party’s zones', () => {
		expect(linked('India-ruled Kashmir')).toEqual(each('India-ruled Kashmir', INDIAN_ADMINISTERED));
		expect(linked('on the Pakistani side of Kashmir')).toEqual(
			each('Pakistani side of Kashmir', PAKISTANI_ADMINISTERED)
		);
	});

	it('"Pakistani-held Kashmir" → AJK and Gilgit-Baltistan', () => {
		expect(linked('Pakistani-held Kashmir')).toEqual(
			each('Pakistani-held Kashmir', PAKISTANI_ADMINISTERED)
		);
	});

	it('"Chinese-administered Aksai Chin" → Aksai Chin alone', () => {
		expect(linked('Chinese-administered Aksai Chin')).toEqual([
			['Chinese-administered Aksai Chin', 'kashmir/aksai-chin']
		]);
	});

	it('a qualifier before another name only describes it ("Armenian-held Lachin")', () => {
		expect(linked('Armenian-held Lachin and Indian-claimed Aksai Chin')).toEqual([
			['Armenian-held Lachin', 'place/lachin'],
			['Indian-claimed Aksai Chin', 'kashmir/aksai-chin']
		]);
	});

	it('"China-controlled Kashmir" → the zones China administers', () => {
		expect(linked('China-controlled Kashmir')).toEqual(
			each(
				'China-controlled Kashmir',
				CHINESE_ADMINISTERED.filter((id) => id !== 'kashmir/shaksgam')
			)
		);
	});

	it('"the Indian state of Jammu and Kashmir" (before 2019) → the Indian-administered zones', () => {
		expect(linked('the Indian state of Jammu and Kashmir')).toEqual(
			each('Indian state of Jammu and Kashmir', INDIAN_ADMINISTERED)
		);
	});

	it('"the Indian union territory of Jammu and Kashmir" → the union territory', () => {
		expect(linked('the Indian union territory of Jammu and Kashmir')).toEqual([
			['Indian union territory of Jammu and Kashmir', 'kashmir/jammu-and-kashmir']
		]);
	});

	it('"Kashmir under Indian rule" → the Indian-administered zones', () => {
		expect(linked('life in Kashmir under Indian rule')).toEqual(
			each('Kashmir under Indian rule', INDIAN_ADMINISTERED)
		);
	});

	it('a party’s name alone is not a qualifier: "India and Kashmir"', () => {
		expect(linked('India and Kashmir')).toEqual([
			['India', 'country/ind'],
			['Kashmir', 'kashmir/region']
		]);
	});

	it('"India-administered" with no name after it still links India', () => {
		expect(linked('India-administered areas')).toEqual([['India', 'country/ind']]);
	});
});

describe('things named after a place', () => {
	it('"Lachin corridor" is the corridor, not Lachin town', () => {
		expect(linked('Trucks used the Lachin corridor.')).toEqual([
			['Lachin corridor', 'line/lachin-corridor']
		]);
	});

	it('Lachin town is still Lachin town', () => {
		expect(linked('Trucks reached Lachin.')).toEqual([['Lachin', 'place/lachin']]);
	});

	it('DECISION: "Kashmir conflict" and "Karabakh war" link the region they are about', () => {
		expect(linked('the Kashmir conflict and the Second Karabakh War')).toEqual([
			['Kashmir', 'kashmir/region'],
			['Karabakh', 'karabakh/region']
		]);
	});

	it('a war or declaration named after a town is not the town ("Kargil War", "Shusha Declaration")', () => {
		expect(linked('after the Kargil War and the Shusha Declaration')).toEqual([]);
	});

	it('countries in a conflict’s name are its parties: "the Armenia–Azerbaijan war"', () => {
		expect(linked('the Armenia–Azerbaijan war')).toEqual([
			['Armenia', 'country/arm'],
			['Azerbaijan', 'country/aze']
		]);
	});
});

describe('noise', () => {
	it('"US$" is a currency code, not the United States; "US" alone is', () => {
		expect(linked('a loan of US$ 2 billion and HK$5 to the US')).toEqual([['US', 'country/usa']]);
	});

	it('"the US dollar" is a currency', () => {
		expect(linked('the US dollar rose')).toEqual([]);
	});

	it('"America" is the United States; "Latin America" and "South America" are not', () => {
		expect(linked('America and Latin America; South America.')).toEqual([
			['America', 'country/usa']
		]);
	});

	it('reads HTML references as characters, with offsets into the pasted text', () => {
		const text = 'Jammu &amp; Kashmir and Jammu&nbsp;and&nbsp;Kashmir; Ba&#107;u';
		const links = linkPassage(gazetteer, 't', { id: 'p1', text });
		expect(links.map((l) => [l.text, l.featureId])).toEqual([
			['Jammu &amp; Kashmir', 'kashmir/jammu-and-kashmir'],
			['Jammu&nbsp;and&nbsp;Kashmir', 'kashmir/jammu-and-kashmir'],
			['Ba&#107;u', 'place/baku']
		]);
		for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.text);
	});

	it('reads through inline tags and stops at block tags', () => {
		expect(linked('<p>flights to <b>Baku</b></p><p>Islamabad</p>')).toEqual([
			['Baku', 'place/baku'],
			['Islamabad', 'place/islamabad']
		]);
		expect(linked('Gilgit-<i>Baltistan</i>')).toEqual([
			['Gilgit-<i>Baltistan', 'kashmir/gilgit-baltistan']
		]);
		expect(linked('Kash<b></b>mir and Kash</p><p>mir')).toEqual([
			['Kash<b></b>mir', 'kashmir/region']
		]);
	});

	it('does not read tag names or attributes as text', () => {
		expect(linked('<a href="/Baku" title="Kashmir">here</a>')).toEqual([]);
	});

	it('links names with soft hyphens, word joiners and zero-width spaces inside', () => {
		const text = 'Kash\u00admir, Aze\u2060rbaijan and Isla\u200bmabad';
		expect(linked(text).map(([, id]) => id)).toEqual([
			'kashmir/region',
			'country/aze',
			'place/islamabad'
		]);
	});

	it('`{#id}` markers are honoured in .md files only; in pasted text they stay text', () => {
		const md = parseArticle(
			'---\ntitle: t\nsource: s\npublished: "2024"\nlanguage: en\n---\n\nBaku. {#intro}\n',
			'x.md'
		);
		expect(md.passages.map((p) => [p.id, p.text])).toEqual([['intro', 'Baku.']]);
		const pasted = parsePlainText('Baku. {#intro}\n\nYerevan.\n', 'pasted.txt');
		expect(pasted.passages.map((p) => [p.id, p.text])).toEqual([
			['p1', 'Baku. {#intro}'],
			['p2', 'Yerevan.']
		]);
	});

	it('lists unknown names on one line each, with single spaces, soft hyphens removed', () => {
		const text = 'Talks in Les Nouvelles\nInternationales, then Nakh\u00adchivan &amp; Gyumri.';
		const links = linkPassage(gazetteer, 't', { id: 'p1', text });
		expect(unlinkedNames(text, links).map((c) => c.text)).toEqual([
			'Talks',
			'Les Nouvelles Internationales',
			'Nakhchivan',
			'Gyumri'
		]);
	});

	it('lists a known name inside a longer unknown name as that longer name', () => {
		const text = 'Voting in Kargil district and East Azerbaijan Province.';
		const links = linkPassage(gazetteer, 't', { id: 'p1', text });
		expect(links).toEqual([]);
		expect(unlinkedNames(text, links).map((c) => c.text)).toEqual([
			'Voting',
			'Kargil district',
			'East Azerbaijan Province'
		]);
	});
});

describe('towns of the More towns layer in real writing', () => {
	it('a name glued into a compound by a particle is not the town ("Chakan-da-Bagh")', () => {
		expect(linked('The crossing at Chakan-da-Bagh reopened.')).toEqual([]);
		expect(linked('the Bagh-e-Bahu gardens')).toEqual([]);
		expect(linked('Schools in Bagh reopened.')).toEqual([['Bagh', 'place/bagh']]);
		expect(linked('India-Pakistan talks')).toEqual([
			['India', 'country/ind'],
			['Pakistan', 'country/pak']
		]);
	});

	it('towns in a list before "sectors" or "valleys" are not the towns', () => {
		expect(linked('Shelling hit the Uri and Poonch sectors.')).toEqual([]);
		expect(linked('Shelling hit the Poonch sector; Uri was calm.')).toEqual([['Uri', 'place/uri']]);
	});

	it('"the city of Mingachevir" is the town the map lacks, not the reservoir', () => {
		expect(linked('Sirens sounded in the city of Mingachevir.')).toEqual([]);
		expect(linked('Mingachevir city was shelled.')).toEqual([]);
		expect(linked('water from Mingachevir')).toEqual([['Mingachevir', 'water/mingachevir']]);
	});

	it('"the town of Aghdara" is not Aghdara district; the city Khankendi stays itself', () => {
		expect(linked('the town of Aghdara')).toEqual([]);
		expect(linked('the villages of Aghdara district')).toEqual([
			['Aghdara district', 'karabakh/aghdara']
		]);
		expect(linked('the city of Khankendi')).toEqual([['Khankendi', 'karabakh/khankendi']]);
	});

	it('"a province of Armenia" is in Armenia; "the Province of Jammu" is a unit of its own', () => {
		expect(linked('Syunik is the southernmost province of Armenia.')).toEqual([
			['Armenia', 'country/arm']
		]);
		expect(linked('the Province of Jammu')).toEqual([]);
	});

	it('names that are also words link only with a capital ("samba", "bagh")', () => {
		expect(linked('they danced the samba in the bagh')).toEqual([]);
	});

	it('an unknown name joined to a linked one is still a candidate ("… and the Galwan valley")', () => {
		const text = 'They met between Ladakh and the Galwan valley; Pakistan’s Punjab was calm.';
		const links = linkPassage(gazetteer, 'test', { id: 'p1', text });
		expect(unlinkedNames(text, links).map((c) => c.text)).toEqual(['Galwan valley', 'Punjab']);
	});
});
