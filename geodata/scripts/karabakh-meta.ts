/** Names, aliases and notes for the Karabakh features. Pure data. */
import type { FeatureProps } from '../../src/lib/geodata/types.ts';

type Meta = Pick<
	FeatureProps,
	| 'id'
	| 'kind'
	| 'name'
	| 'names'
	| 'aliases'
	| 'administered_by'
	| 'claimed_by'
	| 'status'
	| 'derivation'
	| 'note'
> & { official?: FeatureProps['official'] };

export const NKAO_FIDS = [2, 3, 37, 38, 41, 43, 46];
const SSC = 'State Statistical Committee of Azerbaijan';
const AZ = {
	administered_by: 'AZE',
	claimed_by: ['AZE'],
	status: 'de-facto' as const,
	kind: 'district' as const
};
const SEVEN =
	'One of the seven districts around the former autonomous oblast that Armenian forces took in 1992–93 and that returned to Azerbaijani control in 2020.';
const COARSE =
	'Natural Earth district lines near the former oblast boundary are misplaced by 1–5 km.';
const off = (value: number) => ({ value, unit: 'km2' as const, source: SSC });

export const DISTRICTS: { id: string; ne5: [string, string][]; meta: Meta }[] = [
	{
		id: 'karabakh/aghdam',
		ne5: [['AZ-AGM', 'Ağdam']],
		meta: {
			...AZ,
			id: 'karabakh/aghdam',
			name: 'Aghdam district',
			names: [
				{ lang: 'az', name: 'Ağdam rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Агдамский район', latin: 'Agdamsky rayon' }
			],
			aliases: [
				'Aghdam district',
				'Agdam district',
				'Aghdam rayon',
				'Agdam rayon',
				'Ağdam rayonu',
				'Agdam region',
				'Aghdam region'
			],
			derivation: 'NE5 unit AZ-AGM (Ağdam), unchanged apart from rounding',
			official: off(1094),
			note: `${SEVEN} Part of it (about 12% here) lay inside the former oblast. Measured area 2.6% below the official figure. ${COARSE}`
		}
	},
	{
		id: 'karabakh/fuzuli',
		ne5: [['AZ-FUZ', 'Füzuli']],
		meta: {
			...AZ,
			id: 'karabakh/fuzuli',
			name: 'Fuzuli district',
			names: [
				{ lang: 'az', name: 'Füzuli rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Физулинский район', latin: 'Fizulinsky rayon' }
			],
			aliases: [
				'Fuzuli district',
				'Fizuli district',
				'Füzuli rayonu',
				'Fuzuli rayon',
				'Fizuli rayon',
				'Fuzuli region'
			],
			derivation: 'NE5 unit AZ-FUZ (Füzuli), unchanged apart from rounding',
			official: off(1386),
			note: `${SEVEN} Measured area 10% below the official figure. ${COARSE}`
		}
	},
	{
		id: 'karabakh/jabrayil',
		ne5: [['AZ-CAB', 'Cəbrayıl']],
		meta: {
			...AZ,
			id: 'karabakh/jabrayil',
			name: 'Jabrayil district',
			names: [
				{ lang: 'az', name: 'Cəbrayıl rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Джебраильский район', latin: 'Dzhebrailsky rayon' }
			],
			aliases: [
				'Jabrayil district',
				'Jabrail district',
				'Jebrail district',
				'Cəbrayıl rayonu',
				'Cabrayil district',
				'Jabrayil rayon',
				'Jabrayil region'
			],
			derivation: 'NE5 unit AZ-CAB (Cəbrayıl), unchanged apart from rounding',
			official: off(1050),
			note: `${SEVEN} Measured area 19% below the official figure. ${COARSE} Jabrayil town falls 0.4 km outside this outline.`
		}
	},
	{
		id: 'karabakh/zangilan',
		ne5: [['AZ-ZAN', 'Zəngilan']],
		meta: {
			...AZ,
			id: 'karabakh/zangilan',
			name: 'Zangilan district',
			names: [
				{ lang: 'az', name: 'Zəngilan rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Зангеланский район', latin: 'Zangelansky rayon' }
			],
			aliases: [
				'Zangilan district',
				'Zangelan district',
				'Zəngilan rayonu',
				'Zangilan rayon',
				'Zangilan region'
			],
			derivation: 'NE5 unit AZ-ZAN (Zəngilan), unchanged apart from rounding',
			official: off(707),
			note: `${SEVEN} Measured area 5.5% above the official figure.`
		}
	},
	{
		id: 'karabakh/gubadli',
		ne5: [['AZ-QBI', 'Qubadli']],
		meta: {
			...AZ,
			id: 'karabakh/gubadli',
			name: 'Gubadli district',
			names: [
				{ lang: 'az', name: 'Qubadlı rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Губадлинский район', latin: 'Gubadlinsky rayon' }
			],
			aliases: [
				'Gubadli district',
				'Qubadli district',
				'Qubadlı rayonu',
				'Kubatly district',
				'Kubatli district',
				'Gubadli rayon',
				'Gubadli region'
			],
			derivation: 'NE5 unit AZ-QBI ("Qubadli"), unchanged apart from rounding',
			official: off(826),
			note: `${SEVEN} Measured area 10% below the official figure.`
		}
	},
	{
		id: 'karabakh/lachin',
		ne5: [['AZ-LAN', 'Lankaran']],
		meta: {
			...AZ,
			id: 'karabakh/lachin',
			name: 'Lachin district',
			names: [
				{ lang: 'az', name: 'Laçın rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Лачинский район', latin: 'Lachinsky rayon' }
			],
			aliases: [
				'Lachin district',
				'Laçın rayonu',
				'Lacin district',
				'Lachin rayon',
				'Lachin region'
			],
			derivation: 'NE5 unit mislabelled "Lankaran" AZ-LAN, renamed Laçın (ISO 3166-2 AZ-LAC)',
			official: off(1835),
			note: `${SEVEN} It holds the road between Armenia and Karabakh (the Lachin corridor). Natural Earth names this polygon "Lankaran" (code AZ-LAN, which belongs to Lənkəran district in the south); corrected. Measured area 4% below the official figure. ${COARSE} Lachin town falls 1.9 km outside this outline, in Natural Earth's Shusha district.`
		}
	},
	{
		id: 'karabakh/kalbajar',
		ne5: [['AZ-KAL', 'Kəlbəcər']],
		meta: {
			...AZ,
			id: 'karabakh/kalbajar',
			name: 'Kalbajar district',
			names: [
				{ lang: 'az', name: 'Kəlbəcər rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'ru', name: 'Кельбаджарский район', latin: 'Kelbadzharsky rayon' }
			],
			aliases: [
				'Kalbajar district',
				'Kelbajar district',
				'Kəlbəcər rayonu',
				'Kelbadjar district',
				'Kalbajar rayon',
				'Kalbajar region'
			],
			derivation: 'NE5 unit AZ-KAL (Kəlbəcər), unchanged apart from rounding',
			official: off(3054),
			note: `${SEVEN} Since 1991 it also includes part of the abolished Aghdara (Mardakert) district; about 27% of this outline lies inside the former oblast. Measured area 9% below the official figure of 3,054 km² (1,936 km² is also published for the district without that part). ${COARSE}`
		}
	},
	{
		id: 'karabakh/khankendi',
		ne5: [['AZ-XA', 'Stepanakert']],
		meta: {
			...AZ,
			id: 'karabakh/khankendi',
			name: 'Khankendi (Stepanakert)',
			names: [
				{ lang: 'az', name: 'Xankəndi', used_by: 'Azerbaijani official (since 1991)' },
				{
					lang: 'hy',
					name: 'Ստեփանակերտ',
					latin: 'Stepanakert',
					used_by: 'Armenian; the Soviet name 1923–1991'
				},
				{ lang: 'ru', name: 'Степанакерт', latin: 'Stepanakert' },
				{ lang: 'ru', name: 'Ханкенди', latin: 'Khankendi' }
			],
			aliases: ['Khankendi', 'Xankendi', 'Xankəndi', 'Khankandi', 'Stepanakert', 'Khankendy'],
			derivation: 'NE5 unit AZ-XA labelled "Stepanakert", renamed Xankəndi (Khankendi)',
			note: 'City with district status; the main town of Karabakh. Natural Earth labels it "Stepanakert"; the unit is listed here under its official Azerbaijani name with the Armenian name beside it. The whole unit lies inside the former oblast.'
		}
	},
	{
		id: 'karabakh/shusha',
		ne5: [
			['AZ-SUS', 'Şuşa'],
			['AZ-X01~', 'Şuşa']
		],
		meta: {
			...AZ,
			id: 'karabakh/shusha',
			name: 'Shusha district',
			names: [
				{ lang: 'az', name: 'Şuşa rayonu', used_by: 'Azerbaijani official' },
				{ lang: 'hy', name: 'Շուշիի շրջան', latin: 'Shushii shrjan', used_by: 'Armenian' },
				{ lang: 'ru', name: 'Шушинский район', latin: 'Shushinsky rayon' }
			],
			aliases: [
				'Shusha district',
				'Shusha rayon',
				'Şuşa rayonu',
				'Susa district',
				'Shushi district',
				'Shusha region'
			],
			derivation: 'NE5 units AZ-SUS (Şuşa) and AZ-X01~ (Şuşa town, placeholder code) merged',
			official: off(289),
			note: 'District around the town of Shusha, inside the former oblast. Natural Earth carries the town as a separate unit with a placeholder code; merged here. Its outline is 26% larger than the official figure: about 22% of it lies outside the former oblast, where the district line is misplaced (Lachin town falls inside it).'
		}
	},
	{
		id: 'karabakh/khojaly',
		ne5: [['AZ-XCI', 'Xocalı']],
		meta: {
			...AZ,
			id: 'karabakh/khojaly',
			name: 'Khojaly district',
			names: [
				{ lang: 'az', name: 'Xocalı rayonu', used_by: 'Azerbaijani official' },
				{
					lang: 'hy',
					name: 'Ասկերանի շրջան',
					latin: 'Askerani shrjan',
					used_by: 'Armenian (Askeran region)'
				},
				{ lang: 'ru', name: 'Ходжалинский район', latin: 'Khodzhalinsky rayon' }
			],
			aliases: [
				'Khojaly district',
				'Khojali district',
				'Xocalı rayonu',
				'Xocali district',
				'Khojaly',
				'Khojali',
				'Xocalı',
				'Askeran',
				'Askeran district',
				'Askeran region'
			],
			derivation: 'NE5 unit AZ-XCI (Xocalı), unchanged apart from rounding',
			official: off(936),
			note: 'District inside the former oblast (92% of this outline), which Armenian administration called the Askeran region. Measured area 4% below the official figure.'
		}
	},
	{
		id: 'karabakh/khojavend',
		ne5: [['AZ-XVD', 'Xocavənd']],
		meta: {
			...AZ,
			id: 'karabakh/khojavend',
			name: 'Khojavend district',
			names: [
				{ lang: 'az', name: 'Xocavənd rayonu', used_by: 'Azerbaijani official' },
				{
					lang: 'hy',
					name: 'Մարտունի',
					latin: 'Martuni',
					used_by: 'Armenian (Martuni region; the south was the Hadrut region)'
				},
				{ lang: 'ru', name: 'Ходжавендский район', latin: 'Khodzhavendsky rayon' }
			],
			aliases: [
				'Khojavend district',
				'Khojavend',
				'Xocavənd',
				'Xocavend',
				'Khojavend rayon',
				'Martuni',
				'Martuni district',
				'Martuni region',
				'Hadrut region',
				'Hadrut district'
			],
			derivation: 'NE5 unit AZ-XVD (Xocavənd), unchanged apart from rounding',
			official: off(1458),
			note:
				'District that Azerbaijan formed in 1991 from the Martuni and Hadrut regions of the former oblast (83% of this outline lies inside it). Measured area 4% above the official figure. ' +
				COARSE +
				' Jabrayil town falls inside this outline.'
		}
	},
	{
		id: 'karabakh/tartar',
		ne5: [['AZ-TAR', 'Tərtər']],
		meta: {
			...AZ,
			id: 'karabakh/tartar',
			name: 'Tartar district',
			names: [
				{ lang: 'az', name: 'Tərtər rayonu', used_by: 'Azerbaijani official' },
				{
					lang: 'hy',
					name: 'Մարտակերտ',
					latin: 'Martakert',
					used_by: 'Armenian (Martakert region, for the part in the former oblast)'
				},
				{ lang: 'ru', name: 'Тертерский район', latin: 'Tertersky rayon' }
			],
			aliases: [
				'Tartar district',
				'Terter district',
				'Tərtər rayonu',
				'Tartar rayon',
				'Aghdara',
				'Ağdərə',
				'Agdara',
				'Aghdara district',
				'Mardakert',
				'Martakert',
				'Mardakert district',
				'Martakert region'
			],
			derivation: 'NE5 unit AZ-TAR (Tərtər), unchanged apart from rounding',
			note: 'Azerbaijani district that since 1991 includes most of the former Aghdara (Mardakert) district of the oblast (about 73% of this outline lies inside the former oblast); the rest of that district went to Kalbajar. Aghdara is not a unit of its own in the data.'
		}
	}
];

export const REGION_META: Meta = {
	id: 'karabakh/region',
	kind: 'region',
	name: 'Karabakh region',
	names: [
		{ lang: 'en', name: 'Karabakh' },
		{ lang: 'az', name: 'Qarabağ', used_by: 'Azerbaijani' },
		{ lang: 'hy', name: 'Ղարաբաղ', latin: 'Gharabagh', used_by: 'Armenian' },
		{
			lang: 'hy',
			name: 'Արցախ',
			latin: 'Artsakh',
			used_by: "Armenian (the self-declared republic's name)"
		},
		{ lang: 'ru', name: 'Карабах', latin: 'Karabakh' }
	],
	aliases: [
		'Karabakh',
		'Garabakh',
		'Qarabag',
		'Qarabağ',
		'Karabagh',
		'Karabakh region',
		'Garabagh'
	],
	administered_by: 'AZE',
	claimed_by: ['AZE'],
	status: 'de-facto',
	derivation:
		'Union of the 1991 oblast outline, the seven surrounding districts and the Khankendi, Shusha, Khojaly and Khojavend districts (NE5); holes under 50 km² (slivers where the sources do not nest) removed',
	note: 'What articles call "Karabakh": the former Nagorno-Karabakh Autonomous Oblast and the seven districts around it. Internationally recognised as part of Azerbaijan; from 1994 most of it was held by the self-declared Armenian republic; Azerbaijan regained the seven districts in 2020 and the rest in September 2023. Built from the oblast outline and whole districts, so its edge follows district lines.'
};

export const NKAO_META: Meta = {
	id: 'karabakh/nkao-1991',
	kind: 'region',
	name: 'Nagorno-Karabakh Autonomous Oblast (1991 boundary)',
	names: [
		{ lang: 'en', name: 'Nagorno-Karabakh Autonomous Oblast' },
		{
			lang: 'ru',
			name: 'Нагорно-Карабахская автономная область',
			latin: 'Nagorno-Karabakhskaya avtonomnaya oblast'
		},
		{ lang: 'az', name: 'Dağlıq Qarabağ Muxtar Vilayəti', used_by: 'Azerbaijani' },
		{
			lang: 'hy',
			name: 'Լեռնային Ղարաբաղի ինքնավար մարզ',
			latin: 'Lernayin Gharabaghi inknavar marz',
			used_by: 'Armenian'
		},
		{ lang: 'hy', name: 'Լեռնային Ղարաբաղ', latin: 'Lernayin Gharabagh', used_by: 'Armenian' }
	],
	aliases: [
		'Nagorno-Karabakh',
		'Nagorno Karabakh',
		'Nagorny Karabakh',
		'Nagorno-Karabagh',
		'Nagorno-Karabakh Autonomous Oblast',
		'Nagorno-Karabakh Autonomous Region',
		'NKAO',
		'Mountainous Karabakh',
		'Upper Karabakh',
		'Dağlıq Qarabağ',
		'Daglig Garabagh'
	],
	administered_by: 'AZE',
	claimed_by: ['AZE'],
	status: 'former',
	derivation:
		'The seven Natural Earth "Former USSR oblast in 1991" lines (disputed_borders fids 2, 3, 37, 38, 41, 43, 46) chained into one ring; gaps of up to 0.17 km closed',
	official: {
		value: 4388,
		unit: 'km2',
		source: 'Soviet statistics (area of the oblast, as commonly cited)'
	},
	note: 'Boundary of the Nagorno-Karabakh Autonomous Oblast of the Azerbaijan SSR as it stood in 1991, as depicted by Natural Earth; Azerbaijan abolished the oblast in November 1991. "Nagorno-Karabakh" in an article is linked here; "Karabakh" alone is linked to the larger region. Measured area 2.5% below the official figure; the district outlines do not nest inside this line.'
};
