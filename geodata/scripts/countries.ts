/** World-context country metadata (names and aliases), keyed by ISO alpha-3. Pure data. */

/** Display names where world-atlas abbreviates ("Dem. Rep. Congo"). */
export const NAME_OVERRIDES: Record<string, string> = {
	'Dem. Rep. Congo': 'Democratic Republic of the Congo',
	'Central African Rep.': 'Central African Republic',
	'Bosnia and Herz.': 'Bosnia and Herzegovina',
	'S. Sudan': 'South Sudan',
	'Dominican Rep.': 'Dominican Republic',
	'Eq. Guinea': 'Equatorial Guinea',
	'W. Sahara': 'Western Sahara',
	'Falkland Is.': 'Falkland Islands',
	'Fr. S. Antarctic Lands': 'French Southern and Antarctic Lands',
	'Solomon Is.': 'Solomon Islands',
	'N. Cyprus': 'Northern Cyprus',
	Macedonia: 'North Macedonia',
	eSwatini: 'Eswatini',
	'United States of America': 'United States',
	"Côte d'Ivoire": "Côte d'Ivoire"
};

/** Features world-atlas gives no ISO numeric code. */
export const NO_ISO: Record<
	string,
	{ id: string; administered_by: string | null; claimed_by: string[]; note: string }
> = {
	'N. Cyprus': {
		id: 'country/cyn',
		administered_by: null,
		claimed_by: ['CYP'],
		note: 'Area administered by the self-declared Turkish Republic of Northern Cyprus, recognised only by Turkey; claimed by Cyprus. Not an ISO 3166 country.'
	},
	Somaliland: {
		id: 'country/sol',
		administered_by: null,
		claimed_by: ['SOM'],
		note: 'Area administered by the self-declared Republic of Somaliland; claimed by Somalia. Not an ISO 3166 country.'
	},
	Kosovo: {
		id: 'country/xkx',
		administered_by: null,
		claimed_by: ['SRB'],
		note: 'Kosovo declared independence in 2008; recognised by many states, not by Serbia. Not in ISO 3166 (code XK/XKX is user-assigned).'
	}
};

/** Common English names, short forms and local names that articles use. */
export const COUNTRY_EXTRA: Record<
	string,
	{
		aliases?: string[];
		names?: { lang: string; name: string; latin?: string; used_by?: string }[];
		note?: string;
	}
> = {
	GBR: {
		aliases: [
			'UK',
			'Britain',
			'Great Britain',
			'United Kingdom of Great Britain and Northern Ireland'
		]
	},
	USA: { aliases: ['United States of America', 'USA', 'U.S.A.'] },
	RUS: {
		aliases: ['Russian Federation'],
		names: [{ lang: 'ru', name: 'Россия', latin: 'Rossiya' }]
	},
	TUR: {
		aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
		names: [{ lang: 'tr', name: 'Türkiye' }]
	},
	IRN: {
		aliases: ['Islamic Republic of Iran', 'Persia'],
		names: [{ lang: 'fa', name: 'ایران', latin: 'Iran' }]
	},
	IND: {
		aliases: ['Republic of India', 'Bharat'],
		names: [{ lang: 'hi', name: 'भारत', latin: 'Bharat' }]
	},
	PAK: {
		aliases: ['Islamic Republic of Pakistan'],
		names: [{ lang: 'ur', name: 'پاکستان', latin: 'Pakistan' }]
	},
	CHN: {
		aliases: ["People's Republic of China", 'PRC'],
		names: [{ lang: 'zh', name: '中国', latin: 'Zhongguo' }]
	},
	AFG: { names: [{ lang: 'ps', name: 'افغانستان', latin: 'Afghanistan' }] },
	AZE: {
		aliases: ['Republic of Azerbaijan'],
		names: [
			{ lang: 'az', name: 'Azərbaycan' },
			{ lang: 'ru', name: 'Азербайджан', latin: 'Azerbaydzhan' }
		]
	},
	ARM: {
		aliases: ['Republic of Armenia'],
		names: [
			{ lang: 'hy', name: 'Հայաստան', latin: 'Hayastan' },
			{ lang: 'ru', name: 'Армения', latin: 'Armeniya' }
		]
	},
	GEO: { names: [{ lang: 'ka', name: 'საქართველო', latin: 'Sakartvelo' }] },
	CZE: { aliases: ['Czech Republic'] },
	MKD: { aliases: ['Macedonia'] },
	SWZ: { aliases: ['Swaziland', 'eSwatini'] },
	CIV: { aliases: ['Ivory Coast'] },
	COD: { aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Dem. Rep. Congo'] },
	COG: { aliases: ['Republic of the Congo', 'Congo-Brazzaville'] },
	MMR: { aliases: ['Burma'] },
	KOR: { aliases: ['Republic of Korea'] },
	PRK: { aliases: ["Democratic People's Republic of Korea"] },
	NLD: { aliases: ['Holland'] },
	ARE: { aliases: ['UAE'] },
	TLS: { aliases: ['East Timor'] }
};
