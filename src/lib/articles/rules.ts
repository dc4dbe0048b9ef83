/**
 * The linker's explicit rules. Everything the gazetteer (feature names and aliases) cannot decide
 * on its own is written down here, with the reason, and each rule has a unit test. The linker
 * never guesses: a name that maps to several features and has no rule stays unlinked.
 */

/** Small words inside names; ignored when checking capitalisation. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
	'of',
	'the',
	'and',
	'&',
	'in',
	'on',
	'de',
	'la',
	'al',
	'el',
	'des',
	'du',
	'da',
	'di',
	'i',
	'e',
	'y',
	'o',
	'und',
	'an',
	'a'
]);

/**
 * Common words. A name that is one of these on its own ("Control", "Region") is never put in the
 * gazetteer; a name made only of these and function words ("Line of Control", "Working
 * Boundary", "International Border", "Northern Areas") is linked only when every word is
 * capitalised, so "a 460-mile military line of control" is a description, not the LoC's name.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
	'actual',
	'administration',
	'agency',
	'area',
	'areas',
	'border',
	'borders',
	'boundary',
	'capital',
	'central',
	'city',
	'control',
	'country',
	'district',
	'districts',
	'east',
	'eastern',
	'former',
	'glacier',
	'great',
	'ground',
	'international',
	'lake',
	'line',
	'lower',
	'military',
	'new',
	'north',
	'northern',
	'oblast',
	'point',
	'position',
	'province',
	'rayon',
	'region',
	'republic',
	'river',
	'sea',
	'sector',
	'south',
	'southern',
	'state',
	'territory',
	'town',
	'tract',
	'union',
	'upper',
	'valley',
	'village',
	'west',
	'western',
	'working',
	'zone'
]);

/**
 * Names that are also ordinary lower-case words ("turkey", "china", "chad"): linked only when
 * written with a capital initial.
 */
export const LOWERCASE_HOMONYMS: ReadonlySet<string> = new Set([
	'turkey',
	'china',
	'chad',
	'jordan',
	'guinea',
	'niger',
	'georgia',
	'japan',
	'nice',
	// towns of the More towns layer whose names are also words: a dance, a garden, an address
	'samba',
	'bagh',
	'uri'
]);

/** A feature status whose features are never link targets: a claim is not a place. */
export const UNLINKED_STATUSES: ReadonlySet<string> = new Set(['claim']);

export interface NameRule {
	/** The name as written (folded before use). */
	name: string;
	featureId: string;
	reason: string;
}

/**
 * Names with a fixed target. A name rule decides when the name is carried by several features, or
 * by none (a metonym such as "Delhi"); when the gazetteer already maps the name to exactly this
 * feature, the link is an ordinary alias link.
 */
export const NAME_RULES: readonly NameRule[] = [
	{
		name: 'Kashmir',
		featureId: 'kashmir/region',
		reason: '"Kashmir" on its own means the whole disputed region, not one of its zones.'
	},
	{
		name: 'Cashmere',
		featureId: 'kashmir/region',
		reason: 'Old English spelling of Kashmir (seen in machine-translated text); the whole region.'
	},
	{
		name: 'Karabakh',
		featureId: 'karabakh/region',
		reason: '"Karabakh" on its own means the region, not the 1991 oblast outline.'
	},
	{
		name: 'Garabakh',
		featureId: 'karabakh/region',
		reason: 'Azerbaijani-style transliteration (Qarabağ) of Karabakh; the region.'
	},
	{
		name: 'Delhi',
		featureId: 'place/new-delhi',
		reason:
			'"Delhi" in news text stands for the Indian government, seated in New Delhi (metonym, like "Islamabad").'
	},
	{
		name: 'America',
		featureId: 'country/usa',
		reason:
			'"America" on its own means the United States in news text; "Latin America", "South America", "Central America" are longer names (a capitalised modifier before a name, see NAME_MODIFIERS) and stay unlinked.'
	},
	{
		name: 'Jammu and Kashmir',
		featureId: 'kashmir/jammu-and-kashmir',
		reason:
			'Plain "Jammu and Kashmir" is the Indian-administered union territory unless a context rule says the dispute is meant.'
	}
];

export interface ContextRule {
	/** The name as written (folded before use). */
	name: string;
	featureId: string;
	/** Tested on the original text right after the mention. */
	after?: RegExp;
	/** Tested on the original text right before the mention. */
	before?: RegExp;
	reason: string;
}

/** Names whose target depends on the words around them. */
export const CONTEXT_RULES: readonly ContextRule[] = [
	{
		name: 'Jammu and Kashmir',
		featureId: 'kashmir/region',
		after: /^[\s\u2019']*(s\s+)?(dispute|conflict|issue|question|problem)\b/i,
		before:
			/\b(whole\s+of|entire|all\s+of|dispute\s+over|conflict\s+over|future\s+of|status\s+of|final\s+status\s+of)\s+(the\s+)?$/i,
		reason:
			'"Jammu and Kashmir dispute/conflict/issue", "the whole of / the status of Jammu and Kashmir" mean the disputed region as a whole, not the union territory.'
	}
];

export interface PhraseRule {
	phrases: readonly string[];
	featureIds: readonly string[];
	reason: string;
}

/** Kashmir zones administered by India (the geodata's `administered_by: IND` zones). */
export const INDIAN_ADMINISTERED = [
	'kashmir/jammu-and-kashmir',
	'kashmir/ladakh',
	'kashmir/siachen'
] as const;
/** Kashmir zones administered by Pakistan. */
export const PAKISTANI_ADMINISTERED = [
	'kashmir/azad-jammu-and-kashmir',
	'kashmir/gilgit-baltistan'
] as const;
/** Kashmir zones administered by China. */
export const CHINESE_ADMINISTERED = ['kashmir/aksai-chin', 'kashmir/shaksgam'] as const;

/**
 * Phrases that name a group of zones. One link per feature over the same span. Some of these
 * phrases are one party's terms ("PoK", "Indian-occupied Kashmir"); they are matched only to link
 * quoted article text, never used as labels.
 */
export const PHRASE_RULES: readonly PhraseRule[] = [
	{
		phrases: [
			'Kashmir under Indian administration',
			'Kashmir under Indian control',
			'Jammu and Kashmir under Indian administration',
			'Indian-administered Kashmir',
			'India-administered Kashmir',
			'Indian-administered Jammu and Kashmir',
			'Indian-controlled Kashmir',
			'India-controlled Kashmir',
			'Indian-held Kashmir',
			'India-held Kashmir',
			'Indian Kashmir',
			'Indian-occupied Kashmir',
			'India-occupied Kashmir',
			'Indian Illegally Occupied Jammu and Kashmir',
			'IOK',
			'IOJK',
			'IIOJK'
		],
		featureIds: INDIAN_ADMINISTERED,
		reason:
			'Names the whole area India administers in Kashmir: the union territories of Jammu and Kashmir and Ladakh and the Siachen area (held by India since 1984).'
	},
	{
		phrases: [
			'Kashmir under Pakistani administration',
			'Kashmir under Pakistan administration',
			'Kashmir under Pakistani control',
			'Jammu and Kashmir under Pakistani administration',
			'Pakistan-administered Kashmir',
			'Pakistani-administered Kashmir',
			'Pakistan-administered Jammu and Kashmir',
			'Pakistan-controlled Kashmir',
			'Pakistani-controlled Kashmir',
			'Pakistan-held Kashmir',
			'Pakistani-held Kashmir',
			'Pakistani Kashmir',
			'Pakistan-occupied Kashmir',
			'Pakistan-occupied Jammu and Kashmir',
			'Pakistan Occupied Kashmir',
			'PoK',
			'PoJK',
			'POK',
			'POJK'
		],
		featureIds: PAKISTANI_ADMINISTERED,
		reason:
			'Names the whole area Pakistan administers in Kashmir: Azad Jammu and Kashmir and Gilgit-Baltistan.'
	},
	{
		phrases: [
			'Kashmir under Chinese administration',
			'Chinese-administered Kashmir',
			'China-administered Kashmir',
			'Chinese-held Kashmir',
			'Chinese-controlled Kashmir'
		],
		featureIds: CHINESE_ADMINISTERED,
		reason: 'Names the area China administers in Kashmir: Aksai Chin and the Shaksgam tract.'
	}
];

/*
 * Town/district clash: when a plain name ("Lachin", "Fuzuli", "Shusha") is carried by both a
 * town (`place/…`) and a district (`karabakh/…`), the town is meant, unless the text says
 * district: "Lachin district", "the district of Lachin", or a list "the districts of Aghdam,
 * Kalbajar and Lachin" / "Aghdam, Kalbajar and Lachin districts". The patterns below find those.
 */

/** Words that make a town/district name mean the district: "Lachin district", "Laçın rayonu". */
export const DISTRICT_AFTER = /^[\s\u00a0-]+(district|districts|rayon|rayonu|raion|region)\b/i;
/** The words of `DISTRICT_AFTER`, for the head-noun rules (lower case). */
export const DISTRICT_WORDS: ReadonlySet<string> = new Set([
	'district',
	'districts',
	'rayon',
	'rayonu',
	'raion',
	'region'
]);
/** "district of Lachin", "the districts of Aghdam, Kalbajar and Lachin" (start of a list). */
export const DISTRICT_BEFORE = /\b(district|districts|rayon|rayons|raion|raions)\s+of\s+$/i;
/** Separator between names of a list: ", ", ", and ", " and ". */
export const LIST_SEPARATOR = /^(\s*,\s*(and\s+)?|\s+and\s+)$/i;
/** "Aghdam, Kalbajar and Lachin districts" (end of a list). */
export const DISTRICTS_AFTER_LIST = /^\s+(districts|rayons|raions)\b/i;

/*
 * Names inside longer names. A known name followed by a head noun ("Kashmir Valley", "Jammu
 * region", "Lachin corridor", "Karabakh war", "Baku Airport") or preceded by a modifier ("East
 * Azerbaijan", "Latin America") is part of a longer name. The longest known name always wins
 * first ("Kashmir Valley" when the gazetteer has it, "Lachin corridor" likewise); these rules
 * decide only what a known name means inside a longer name the gazetteer does NOT know: the
 * same feature ("Ladakh region" is Ladakh), or nothing (the longer name is left unlinked and
 * listed as a candidate). The decision depends on the head's class and the feature's kind.
 */

/** How a head noun changes the meaning of the name before it. */
export type HeadClass = 'area' | 'named-area' | 'event' | 'institution' | 'currency';

/**
 * Head nouns by class (lower case; matched on the word right after the name, in any case
 * except `institution`, which counts only when capitalised, because a capitalised head makes
 * a proper name ("Srinagar Airport") while a lower-case one is usually a description ("flights
 * to the Srinagar airport" is about the town's airport, and the town is named).
 *
 * - `area`: the same area under its type word ("the Ladakh region", "Kashmir territory"). The
 *   same feature for an area (region, zone, district, country); for a town, "<town> region" or
 *   "<town> territory" is a larger area named after it ("the Jammu region"): not the town.
 * - `named-area`: another unit named after the place ("Jammu province", "Kashmir Valley", "Lachin
 *   corridor", "Karabakh Khanate", "Neelum valley"): never the feature whose name it borrows.
 *   ("district"/"rayon" after a town name follow the town/district rule instead.)
 * - `event`: an event, dispute or document named after a place ("Kashmir conflict", "Karabakh
 *   war", "Kargil War", "Shusha Declaration"). DECISION: after a region, zone or country the
 *   name is what the conflict is about, so it links that feature (the reader who clicks
 *   "Kashmir" in "the Kashmir conflict" gets the disputed region); after a town, district,
 *   line or river it is where something happened or was signed, not the place: unlinked.
 * - `institution`: an organisation, building, route or publication named after a place ("Baku
 *   State University", "Jammu and Kashmir Liberation Front", "Pakistan Army", "Kashmir Times"):
 *   never the place. Capitalised words may stand between the name and the head ("Yerevan State
 *   University", "Pakistan Muslim League").
 * - `currency`: "US dollar", "Pakistani rupee": not the place. A name written straight before a
 *   dollar sign ("US$", "HK$") is a currency code too.
 */
export const HEAD_NOUNS: Readonly<Record<HeadClass, ReadonlySet<string>>> = {
	area: new Set(['region', 'regions', 'territory', 'territories']),
	'named-area': new Set(
		`province provinces division divisions subdivision subdivisions valley valleys vale corridor
		corridors pass passes basin
		plateau plain plains range ranges mountains hills highlands lowlands gorge heights glacier
		river lake dam canal sector sectors frontier tehsil tehsils municipality county governorate oblast okrug
		khanate sultanate emirate kingdom empire enclave exclave autonomous republic ssr`
			.split(/\s+/)
			.filter(Boolean)
	),
	event: new Set(
		`conflict conflicts war wars dispute disputes issue question problem crisis standoff
		stand-off ceasefire truce insurgency uprising unrest offensive escalation earthquake quake
		flood floods massacre pogrom agreement accord accords declaration treaty pact resolution
		resolutions summit talks negotiations settlement movement cause policy`
			.split(/\s+/)
			.filter(Boolean)
	),
	institution: new Set(
		`airport airports airlines airline airways university college school institute academy
		hospital museum library stadium arena hall palace fort fortress castle mosque church cathedral
		monastery temple shrine bridge road highway expressway railway railways tunnel station port
		street avenue square gate park times post news herald tribune observer monitor chronicle
		today daily gazette press radio television tv broadcasting voice club fc cup festival bank
		exchange company corporation group council assembly legislature party league front
		conference congress army police rifles scouts regiment corps force forces guard guards
		infantry militia court bar committee commission board authority bureau foundation fund
		society association federation trust centre center hotel market bazaar mall chamber
		cricket football olympic`
			.split(/\s+/)
			.filter(Boolean)
	),
	currency: new Set(
		`dollar dollars rupee rupees manat manats dram drams ruble rubles rouble roubles yuan
		renminbi lira`
			.split(/\s+/)
			.filter(Boolean)
	)
};

/**
 * Feature kinds that are areas: the same feature under an `area` head ("Ladakh region").
 * (Karabakh districts also carry "<name> region" as an alias; a town's "<town> region" follows
 * the town/district rule, and where no district carries the name it is left unlinked.)
 */
const AREA_KINDS: ReadonlySet<string> = new Set(['region', 'zone', 'district', 'country']);
/** Feature kinds an `event` head is about ("Kashmir conflict", "Armenia–Azerbaijan war"). */
const EVENT_KINDS: ReadonlySet<string> = new Set(['region', 'zone', 'country']);

const WATER_HEADS: ReadonlySet<string> = new Set(['river', 'lake', 'reservoir']);

/** Class of `word` as a head noun (`capitalised`: written with a capital initial), if any. */
export function headClass(word: string, capitalised: boolean): HeadClass | undefined {
	const w = word.toLowerCase();
	for (const c of ['area', 'named-area', 'event', 'currency'] as const)
		if (HEAD_NOUNS[c].has(w)) return c;
	if (capitalised && HEAD_NOUNS.institution.has(w)) return 'institution';
	return undefined;
}

/**
 * Whether a name of a feature of `kind` still means that feature when a head of class `head`
 * follows it (see `HEAD_NOUNS`); false leaves the longer name unlinked.
 */
export function keepsFeatureBefore(head: HeadClass, kind: string, word: string): boolean {
	if (head === 'area') return AREA_KINDS.has(kind);
	// "Sevan lake", "Jhelum river": a water feature under its own type word.
	if (head === 'named-area' && kind === 'water') return WATER_HEADS.has(word.toLowerCase());
	if (head === 'event') return EVENT_KINDS.has(kind);
	return false;
}

/**
 * Capitalised words that, right before a known name, make a longer name the gazetteer does not
 * know: "East Azerbaijan" (a province of Iran), "Latin America", "South Kashmir", "Greater
 * Kashmir" (a newspaper). Not at the start of a sentence, where any word is capitalised; in
 * lower case they describe a part ("southern Azerbaijan", "north Kashmir") and the name links.
 */
export const NAME_MODIFIERS: ReadonlySet<string> = new Set(
	`north south east west northern southern eastern western central upper lower greater lesser
	little inner outer old latin middle far near great`
		.split(/\s+/)
		.filter(Boolean)
);

/**
 * "<Head> of <name>" where the head makes a longer name: "University of Kashmir", "Bank of
 * America", "Province of Jammu", "Khanate of Karabakh". Checked on the text before a mention.
 * ("the district of Lachin" is the town/district rule; "the region of Kashmir" is the region.)
 */
export const HEAD_OF_BEFORE =
	/(?:^|[^\p{L}\p{N}])(\p{L}+)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;
/** Heads that count in `HEAD_OF_BEFORE` in any case (besides capitalised `institution` heads). */
export const HEAD_OF_WORDS: ReadonlySet<string> = new Set(
	`province division subdivision valley vale khanate kingdom sultanate emirate governorate oblast
	county municipality tehsil`
		.split(/\s+/)
		.filter(Boolean)
);

/*
 * Qualified names: a party's word before a name of Kashmir names the part that party holds.
 * "the Indian-controlled state of Jammu and Kashmir", "Pakistani-held Kashmir", "India-ruled
 * Kashmir", "the Pakistani side of Kashmir" → the zones that party administers (the phrase rules
 * above list the common forms; these patterns cover the rest). Before any other name the
 * qualifier only describes ("Chinese-administered Aksai Chin" is Aksai Chin). The link's span
 * takes in the qualifier, like the phrase rules' spans do.
 */

/** "<party>-administered|controlled|held|occupied|ruled|claimed [(state|part|side|…) of] [the] " */
export const QUALIFIER_BEFORE =
	/(?:^|[^\p{L}\p{N}])((India|Indian|Pakistan|Pakistani|China|Chinese|Armenia|Armenian|Azerbaijan|Azerbaijani|Russia|Russian)[-\u2010\u2011\s]+(administered|controlled|held|occupied|ruled|run|claimed)[\s\u00a0]+(?:(union[\s\u00a0]+territory|state|territory|part|parts|portion|side|section|areas?|region|zone|sector)[\s\u00a0]+of[\s\u00a0]+)?(?:the[\s\u00a0]+)?)$/u;
/** "the Indian state of", "the Pakistani side of", "the Indian union territory of" (no participle). */
export const PARTY_PART_BEFORE =
	/(?:^|[^\p{L}\p{N}])((Indian|Pakistani|Chinese)[\s\u00a0]+(union[\s\u00a0]+territory|state|part|portion|side|section|zone|sector)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?)$/u;
/** "the Indian " before a name that begins "state of" ("the Indian state of Jammu and Kashmir"). */
export const PARTY_BEFORE = /(?:^|[^\p{L}\p{N}])((Indian|Pakistani|Chinese)[\s\u00a0]+)$/u;
/** "… under Indian administration / control / rule" after a name of Kashmir. */
export const QUALIFIER_AFTER =
	/^([\s\u00a0]+under[\s\u00a0]+(India|Indian|Pakistan|Pakistani|China|Chinese)[\s\u00a0]+(administration|control|rule|occupation))(?![\p{L}\p{N}])/u;

/** The zones a party (as written in a qualifier) administers in Kashmir. */
export function zonesOfParty(party: string): readonly string[] | undefined {
	const p = party.toLowerCase();
	if (p.startsWith('india')) return INDIAN_ADMINISTERED;
	if (p.startsWith('pakistan')) return PAKISTANI_ADMINISTERED;
	if (p.startsWith('chin')) return CHINESE_ADMINISTERED;
	return undefined;
}

/**
 * Features whose names, qualified by a party, mean "the part of Kashmir that party holds": the
 * region and the union territory named "Jammu and Kashmir" (its name is the old state's name).
 */
export const WHOLE_KASHMIR: ReadonlySet<string> = new Set([
	'kashmir/region',
	'kashmir/jammu-and-kashmir'
]);

/*
 * Names glued into a compound: "Chakan-da-Bagh" (a crossing on the Line of Control) is not Bagh
 * town, "Bagh-e-…" not either. A known name joined by a hyphen to one of these particles, before or
 * after it, is part of a longer name the gazetteer does not know. ("India-Pakistan talks",
 * "Gilgit-Baltistan" are not affected: no particle.)
 */
export const COMPOUND_PARTICLES: ReadonlySet<string> = new Set(
	`da di de du ka ki ke ko e i o ul ud ur us un al el`.split(/\s+/).filter(Boolean)
);

/**
 * Words for a settlement: "the city of Mingachevir" or "Mingachevir city" is a town, not the lake
 * or river of that name. After these a water or line feature's name is not linked (the town is a
 * name the map lacks, listed as a candidate).
 */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);
/**
 * Whether a settlement word ("the town of …") rules the feature out: a water or line feature, or
 * a district named after its seat ("Aghdara district": "the town of Aghdara" is the town, which
 * the map lacks). A city's own district ("Khankendi (Stepanakert)") is the city and stays linked.
 */
export function notASettlement(feature: { kind: string; name: string } | undefined): boolean {
	if (!feature) return false;
	if (feature.kind === 'water' || feature.kind === 'line') return true;
	return feature.kind === 'district' && /\bdistrict$/i.test(feature.name);
}

/**
 * "the Uri and Poonch sectors", "the Neelum and Leepa valleys": towns in a list before a plural
 * head of another unit named after them are not the towns. ("… districts" is the town/district
 * rule, `DISTRICTS_AFTER_LIST`.)
 */
export const NAMED_AREAS_AFTER_LIST =
	/^[\s\u00a0]+(sectors|valleys|divisions|provinces|corridors|passes|tehsils|subdivisions|regions)\b/i;
/** The same list whose last name is not a mention (the head rule took it): "Uri| and Poonch sectors". */
export const NAMED_AREAS_LIST_TAIL =
	/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}\p{M}'-]*[\s\u00a0]+){1,3}(sectors|valleys|divisions|provinces|corridors|passes|tehsils|subdivisions|regions)\b/u;
