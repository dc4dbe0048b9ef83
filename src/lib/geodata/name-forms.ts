/**
 * The name forms a reader can choose for the map's labels. The default is the neutral English
 * name; each other form is the name one side or language uses, shown where the feature has one.
 */
export interface NameFormChoice {
	/** BCP 47 language of the form; null for the neutral English name. */
	lang: string | null;
	label: string;
}

export const NAME_FORMS: readonly NameFormChoice[] = [
	{ lang: null, label: 'English (neutral names)' },
	{ lang: 'az', label: 'Azerbaijani' },
	{ lang: 'hy', label: 'Armenian (romanised)' },
	{ lang: 'ru', label: 'Russian (romanised)' },
	{ lang: 'hi', label: 'Hindi (romanised)' },
	{ lang: 'ur', label: 'Urdu (romanised)' },
	{ lang: 'zh', label: 'Chinese (romanised)' }
];
