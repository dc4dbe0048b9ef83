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
	'nice'
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
/** "district of Lachin", "the districts of Aghdam, Kalbajar and Lachin" (start of a list). */
export const DISTRICT_BEFORE = /\b(district|districts|rayon|rayons|raion|raions)\s+of\s+$/i;
/** Separator between names of a list: ", ", ", and ", " and ". */
export const LIST_SEPARATOR = /^(\s*,\s*(and\s+)?|\s+and\s+)$/i;
/** "Aghdam, Kalbajar and Lachin districts" (end of a list). */
export const DISTRICTS_AFTER_LIST = /^\s+(districts|rayons|raions)\b/i;
