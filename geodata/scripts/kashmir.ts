/** Kashmir zones, lines and claims from NE5 polygons and NE claim lines. */
import type { Feature, Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import { area, intersect, feature } from '@turf/turf';
import { ne5ByIso, loadNe5, disputedLines, lineParts } from './sources.ts';
import { sharedSegments, chainSegments, joinLines, sliceBetween, orientFrom } from './edges.ts';
import { unionAll, closeWith, dropSmallParts } from './merge.ts';
import { props, en, NE5, NE_DISPUTED, UN_NOTE } from './props.ts';
import type { FeatureProps } from '../../src/lib/geodata/types.ts';

type Poly = Polygon | MultiPolygon;
type Finish = (f: { properties: Record<string, unknown>; geometry: Geometry }) => Feature;

export const CHHAMB: Position = [74.3065, 32.8099];
export const NJ9842: Position = [77.049, 35.1104];
export const RAVI_TRIPOINT: Position = [75.2984, 32.3324];
export const KARAKORAM_PASS: Position = [77.8, 35.495];
export const LA_HP_CN: Position = [78.381, 32.528];

function mesh(a: Poly[], b: Poly[]): Position[] {
	const lines = joinLines(chainSegments(sharedSegments(a, b)));
	if (lines.length !== 1) throw new Error(`mesh: expected one chained line, got ${lines.length}`);
	return lines[0];
}

function chained(parts: Position[][]): Position[] {
	const segs: [Position, Position][] = [];
	for (const l of parts) for (let i = 0; i < l.length - 1; i++) segs.push([l[i], l[i + 1]]);
	const lines = joinLines(chainSegments(segs));
	if (lines.length !== 1)
		throw new Error(`claim line: expected one chained line, got ${lines.length}`);
	return lines[0];
}

const P = (p: FeatureProps) => p as unknown as Record<string, unknown>;
const line = (c: Position[]) => ({ type: 'LineString', coordinates: c }) as Geometry;

export function buildKashmir(finish: Finish) {
	const g = (iso: string) => ne5ByIso(iso).geometry as Poly;
	const JK = g('IN-JK');
	const LA = g('IN-LA');
	const AJK = g('PK-JK');
	const GB = g('PK-GB');
	const PB = g('PK-PB');
	const kasUnits = loadNe5().filter((f) => f.properties.adm0_a3 === 'KAS');
	if (kasUnits.length !== 1) throw new Error('NE5: expected one KAS unit');
	const KAS = kasUnits[0].geometry as Poly;
	const CHN = loadNe5()
		.filter((f) => f.properties.adm0_a3 === 'CHN')
		.map((f) => f.geometry as Poly);

	// --- lines as shared edges
	// India side vs Pakistan side (incl. Pakistan's Punjab): one chain from the Ravi tripoint to Indira Col
	const inPk = mesh([JK, LA, KAS], [AJK, GB, PB]);
	const loc = sliceBetween(inPk, CHHAMB, NJ9842, 0.0005);
	const wb = sliceBetween(inPk, RAVI_TRIPOINT, CHHAMB, 0.0005);
	const lac = orientFrom(mesh([LA], CHN), KARAKORAM_PASS);
	const siachen = orientFrom(mesh([GB], [KAS]), NJ9842);
	const cnpk = orientFrom(mesh([GB], CHN), siachen[siachen.length - 1]);
	const jkla = orientFrom(mesh([JK], [LA]), [75.5, 32.6]);

	// --- Aksai Chin and Shaksgam: China's polygons closed by the NE Indian claim lines
	const [acLine] = disputedLines('Indian claim', [21]).map((l) => chained(lineParts(l.geometry)));
	const [sgLine] = disputedLines('Indian claim', [15]).map((l) => chained(lineParts(l.geometry)));
	// P = the side of the claim line facing India/Pakistan, closed by a path through Ladakh / Gilgit-Baltistan;
	// China ∩ P is the area between the claim line and the de facto line (this also absorbs the few
	// places where NE5's Line of Actual Control crosses the older claim line).
	const chinaAll = unionAll(CHN);
	const cut = (claim: Position[], closure: Position[]) => {
		const p = closeWith(claim, [claim[claim.length - 1], ...closure, claim[0]]);
		const x = intersect({ type: 'FeatureCollection', features: [feature(p), feature(chinaAll)] });
		if (!x) throw new Error('claim polygon does not meet China');
		return dropSmallParts(x.geometry, 1);
	};
	const acO = orientFrom(acLine, KARAKORAM_PASS);
	const ac = cut(acO, [
		[77.5, 33.4],
		[77.5, 35.3]
	]);
	const sgO = orientFrom(sgLine, [75.981, 36.445]);
	const sg = cut(sgO, [
		[77.3, 35.3],
		[75.8, 35.3],
		[75.8, 36.3]
	]);
	const region = unionAll([JK, LA, KAS, AJK, GB, ac, sg]);
	const pakClaim = unionAll([JK, LA, KAS, AJK, GB]);
	const chnClaim = unionAll([ac, sg]);
	const demchok = chained(lineParts(disputedLines('Chinese claim', [35])[0].geometry));

	const base = { ...NE5, accuracy: 'generalised-1:10m' as const, accuracy_km: 1 };
	const zones: Feature[] = [
		finish({
			geometry: region,
			properties: P(
				props({
					id: 'kashmir/region',
					kind: 'region',
					name: 'Kashmir region',
					names: [
						en('Kashmir'),
						{ lang: 'ur', name: 'کشمیر', latin: 'Kashmir' },
						{ lang: 'hi', name: 'कश्मीर', latin: 'Kashmir' },
						{ lang: 'zh', name: '克什米尔', latin: 'Keshimier' },
						{ lang: 'ru', name: 'Кашмир', latin: 'Kashmir' }
					],
					aliases: [
						'Kashmir',
						'Cashmere',
						'Kashmir region',
						'Kashmir Valley region',
						'princely state of Jammu and Kashmir',
						'former princely state of Jammu and Kashmir',
						'Jammu and Kashmir princely state',
						'State of Jammu and Kashmir'
					],
					administered_by: null,
					claimed_by: ['CHN', 'IND', 'PAK'],
					status: 'de-facto',
					...base,
					derivation:
						'Union of the seven Kashmir zones (NE5 IN-JK, IN-LA, PK-JK, PK-GB, KAS, and the Aksai Chin and Shaksgam polygons)',
					official: {
						value: 222236,
						unit: 'km2',
						source:
							'Census of India 2011 (total area of the former state of Jammu and Kashmir as claimed by India)'
					},
					note:
						'The whole of the former princely state of Jammu and Kashmir, divided since 1947–49 between areas administered by India, Pakistan and China. This is what "Kashmir" usually means in an article. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: JK,
			properties: P(
				props({
					id: 'kashmir/jammu-and-kashmir',
					kind: 'zone',
					name: 'Jammu and Kashmir (union territory)',
					names: [
						{ lang: 'en', name: 'Jammu and Kashmir', used_by: 'Indian official' },
						{
							lang: 'hi',
							name: 'जम्मू और कश्मीर',
							latin: 'Jammu aur Kashmir',
							used_by: 'Indian official'
						},
						{ lang: 'ur', name: 'جموں و کشمیر', latin: 'Jammu o Kashmir' }
					],
					aliases: [
						'Jammu and Kashmir',
						'Jammu & Kashmir',
						'J&K',
						'Jammu and Kashmir union territory',
						'Indian-administered Kashmir',
						'Indian-administered Jammu and Kashmir',
						'Indian Kashmir'
					],
					administered_by: 'IND',
					claimed_by: ['IND', 'PAK'],
					...base,
					derivation: 'NE5 unit IN-JK, unchanged apart from rounding',
					official: {
						value: 42241,
						unit: 'km2',
						source: 'Government of India (area under Indian administration)'
					},
					note:
						'Union territory of India since 31 October 2019 (before that, with Ladakh, part of the state of Jammu and Kashmir). Claimed by Pakistan. Natural Earth outline at 1:10m; its area is 0.8% above the official figure. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: LA,
			properties: P(
				props({
					id: 'kashmir/ladakh',
					kind: 'zone',
					name: 'Ladakh',
					names: [
						en('Ladakh'),
						{ lang: 'hi', name: 'लद्दाख़', latin: 'Ladakh' },
						{ lang: 'ur', name: 'لداخ', latin: 'Ladakh' },
						{ lang: 'bo', name: 'ལ་དྭགས', latin: 'La-dvags' }
					],
					aliases: ['Ladakh union territory', 'Ladak'],
					administered_by: 'IND',
					claimed_by: ['IND', 'PAK'],
					...base,
					derivation: 'NE5 unit IN-LA, unchanged apart from rounding',
					official: {
						value: 59146,
						unit: 'km2',
						source: 'Government of India (area under Indian administration)'
					},
					note:
						"Union territory of India since 31 October 2019. Claimed by Pakistan as part of Jammu and Kashmir; China claims small areas along the Line of Actual Control (e.g. near Demchok). Natural Earth puts 8.7% more area here than the official figure: its line towards Aksai Chin is a different interpretation from India's. " +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: AJK,
			properties: P(
				props({
					id: 'kashmir/azad-jammu-and-kashmir',
					kind: 'zone',
					name: 'Azad Jammu and Kashmir',
					names: [
						{ lang: 'en', name: 'Azad Jammu and Kashmir', used_by: 'Pakistani official' },
						{
							lang: 'ur',
							name: 'آزاد جموں و کشمیر',
							latin: 'Azad Jammu o Kashmir',
							used_by: 'Pakistani official'
						},
						{ lang: 'hi', name: 'आज़ाद कश्मीर', latin: 'Azad Kashmir' }
					],
					aliases: ['Azad Kashmir', 'Azad Jammu & Kashmir', 'AJK', 'AJ&K'],
					administered_by: 'PAK',
					claimed_by: ['IND', 'PAK'],
					...base,
					derivation: 'NE5 unit PK-JK ("Azad Kashmir"), renamed',
					official: { value: 13297, unit: 'km2', source: 'Government of Azad Jammu and Kashmir' },
					note:
						'Self-governing territory administered by Pakistan; claimed by India. Natural Earth outline at 1:10m; its area is 10% below the official figure. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: GB,
			properties: P(
				props({
					id: 'kashmir/gilgit-baltistan',
					kind: 'zone',
					name: 'Gilgit-Baltistan',
					names: [
						{ lang: 'en', name: 'Gilgit-Baltistan', used_by: 'Pakistani official (since 2009)' },
						{ lang: 'ur', name: 'گلگت بلتستان', latin: 'Gilgit Baltistan' },
						{ lang: 'hi', name: 'गिलगित-बल्तिस्तान', latin: 'Gilgit-Baltistan' },
						{ lang: 'en', name: 'Northern Areas', used_by: 'former Pakistani name (until 2009)' }
					],
					aliases: ['Gilgit Baltistan', 'Gilgit–Baltistan', 'Northern Areas', 'Gilgit Agency'],
					administered_by: 'PAK',
					claimed_by: ['IND', 'PAK'],
					...base,
					derivation:
						'NE5 unit PK-GB (NE `name` "Northern Areas", `name_en` "Gilgit-Baltistan"), renamed',
					official: {
						value: 72971,
						unit: 'km2',
						source: 'Government of Gilgit-Baltistan (Pakistan)'
					},
					note:
						'Territory administered by Pakistan; claimed by India. Natural Earth still names it "Northern Areas", its name until 2009; corrected. Its outline is 1:10m and its area is 10.6% below the official figure. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: KAS,
			properties: P(
				props({
					id: 'kashmir/siachen',
					kind: 'zone',
					name: 'Siachen area',
					names: [
						en('Siachen Glacier'),
						{ lang: 'hi', name: 'सियाचिन', latin: 'Siachen' },
						{ lang: 'ur', name: 'سیاچن', latin: 'Siachen' }
					],
					aliases: ['Siachen', 'Siachen Glacier', 'Siachen glacier area', 'Siachen sector'],
					administered_by: 'IND',
					claimed_by: ['IND', 'PAK'],
					status: 'approximate',
					...base,
					accuracy: 'approximate',
					accuracy_km: 7,
					derivation: 'NE5 admin-0 unit KAS ("Siachen Glacier"), renamed',
					note:
						"Natural Earth draws the area as a triangle between NJ9842, Indira Col and the Karakoram Pass, outside both countries. India has held the glacier and the Saltoro ridge west of it since 1984; Pakistan claims the area. Where the positions run (the Actual Ground Position Line) is only approximated here: mapped in OpenStreetMap, it lies 2–3 km from this triangle's western edge on average (at most 7 km). " +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: ac,
			properties: P(
				props({
					id: 'kashmir/aksai-chin',
					kind: 'zone',
					name: 'Aksai Chin',
					names: [
						en('Aksai Chin'),
						{ lang: 'zh', name: '阿克赛钦', latin: 'Akesaiqin' },
						{ lang: 'hi', name: 'अक्साई चिन', latin: 'Aksai Chin' },
						{ lang: 'ur', name: 'اکسائی چن', latin: 'Aksai Chin' }
					],
					aliases: ['Aksaichin', 'Aksai Qin', 'Aksai Chin area'],
					administered_by: 'CHN',
					claimed_by: ['CHN', 'IND'],
					...NE5,
					accuracy: 'generalised-1:10m',
					accuracy_km: 1,
					source:
						NE5.source + '; Natural Earth Indian claim line (Debian qgis-common world_map.gpkg)',
					derivation:
						'NE5 China (CN units) closed by the Natural Earth "Indian claim" line (disputed_borders fid 21): NE5 China ∩ the side of the claim line facing Ladakh',
					official: {
						value: 37244,
						unit: 'km2',
						source: 'Commonly cited figure (India gives 37,555 km²)'
					},
					note:
						"Administered by China (parts of Xinjiang and Tibet); claimed by India as part of Ladakh. The outer line is Natural Earth's depiction of India's claim; the area is 19.5% below the commonly cited figure, because Natural Earth draws the Line of Actual Control further east than India's figures assume. " +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: sg,
			properties: P(
				props({
					id: 'kashmir/shaksgam',
					kind: 'zone',
					name: 'Shaksgam Valley',
					names: [
						en('Shaksgam Valley'),
						{ lang: 'zh', name: '沙克斯干谷地', latin: 'Shakesigan Gudi' },
						{ lang: 'en', name: 'Trans-Karakoram Tract', used_by: 'Indian usage' }
					],
					aliases: [
						'Shaksgam',
						'Shaksgam Tract',
						'Trans-Karakoram Tract',
						'Trans Karakoram Tract',
						'Shaksam Valley'
					],
					administered_by: 'CHN',
					claimed_by: ['CHN', 'IND'],
					...NE5,
					accuracy: 'generalised-1:10m',
					accuracy_km: 1,
					source:
						NE5.source + '; Natural Earth Indian claim line (Debian qgis-common world_map.gpkg)',
					derivation:
						'NE5 China (CN units) closed by the Natural Earth "Indian claim" line (disputed_borders fid 15): NE5 China ∩ the side of the claim line facing Gilgit-Baltistan',
					official: {
						value: 5180,
						unit: 'km2',
						source: 'Commonly cited figure (area under the 1963 China–Pakistan boundary agreement)'
					},
					note:
						"Administered by China (Xinjiang) under the 1963 China–Pakistan boundary agreement, which Pakistan signed subject to a final settlement of the Kashmir dispute; claimed by India. The outer line is Natural Earth's depiction of India's claim. " +
						UN_NOTE
				})
			)
		})
	];

	const lb = { ...NE5, accuracy: 'generalised-1:10m' as const, accuracy_km: 1 };
	const lines: Feature[] = [
		finish({
			geometry: line(loc),
			properties: P(
				props({
					id: 'line/loc',
					kind: 'line',
					name: 'Line of Control',
					names: [
						en('Line of Control'),
						{ lang: 'hi', name: 'नियंत्रण रेखा', latin: 'Niyantran Rekha' },
						{ lang: 'ur', name: 'لائن آف کنٹرول', latin: 'Line of Control' }
					],
					aliases: ['LoC', 'Line of Control in Jammu and Kashmir', 'Kashmir Line of Control'],
					administered_by: null,
					claimed_by: [],
					status: 'de-facto',
					...lb,
					accuracy_km: 2,
					derivation:
						'Shared edge of NE5 IN-JK ∪ IN-LA ∪ KAS and PK-JK ∪ PK-GB ∪ PK-PB, chained and sliced from the junction near Chhamb (74.3065, 32.8099) to NJ9842 (77.0490, 35.1104)',
					official: {
						value: 740,
						unit: 'km',
						source: 'Commonly cited length (about 740 km / 460 miles)'
					},
					note:
						'The military control line between the Indian- and Pakistani-administered parts of Kashmir, agreed in the 1972 Simla Agreement. It measures about 644 km at this 1:10m scale, while the commonly cited length is about 740 km (460 miles): the difference comes from generalisation. Its position is within about 2 km of OpenStreetMap on average. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: line(wb),
			properties: P(
				props({
					id: 'line/working-boundary',
					kind: 'line',
					name: 'Working Boundary / International Border',
					names: [
						{ lang: 'en', name: 'Working Boundary', used_by: 'Pakistani official' },
						{ lang: 'en', name: 'International Border', used_by: 'Indian official' },
						{
							lang: 'ur',
							name: 'ورکنگ باؤنڈری',
							latin: 'Working Boundary',
							used_by: 'Pakistani official'
						},
						{
							lang: 'hi',
							name: 'अंतर्राष्ट्रीय सीमा',
							latin: 'Antarrashtriya Seema',
							used_by: 'Indian official'
						}
					],
					aliases: [
						'Working Boundary',
						'International Border',
						'Jammu–Sialkot border',
						'Jammu-Sialkot sector border'
					],
					administered_by: null,
					claimed_by: [],
					...lb,
					derivation:
						'Shared edge of NE5 IN-JK and PK-PB (Punjab, Pakistan), from the Ravi tripoint to the Natural Earth junction with the Line of Control (74.3065, 32.8099)',
					note: 'The line between Jammu (India) and Pakistan\'s Punjab. Pakistan calls it the Working Boundary; India calls it the International Border. Natural Earth labels this piece "Line of control"; corrected here. Often cited as about 200 km long (not verified).'
				})
			)
		}),
		finish({
			geometry: line(siachen),
			properties: P(
				props({
					id: 'line/siachen',
					kind: 'line',
					name: 'Siachen line (approximate AGPL)',
					names: [en('Actual Ground Position Line')],
					aliases: ['Actual Ground Position Line', 'AGPL', 'Siachen line'],
					administered_by: null,
					claimed_by: [],
					status: 'approximate',
					...lb,
					accuracy: 'approximate',
					accuracy_km: 7,
					derivation: 'Shared edge of NE5 PK-GB and KAS, from NJ9842 to Indira Col',
					note:
						"Natural Earth's western edge of the Siachen area, standing for the Actual Ground Position Line (AGPL) between Indian and Pakistani positions north of NJ9842. It is approximate: the AGPL as mapped in OpenStreetMap is 99 km long and lies 2–3 km away on average (at most 7 km). " +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: line(lac),
			properties: P(
				props({
					id: 'line/lac-western',
					kind: 'line',
					name: 'Line of Actual Control (western sector)',
					names: [
						en('Line of Actual Control'),
						{ lang: 'hi', name: 'वास्तविक नियंत्रण रेखा', latin: 'Vastavik Niyantran Rekha' },
						{ lang: 'zh', name: '实际控制线', latin: 'Shiji Kongzhi Xian' }
					],
					aliases: [
						'Line of Actual Control',
						'LAC',
						'LAC in Ladakh',
						'India–China border in Ladakh'
					],
					administered_by: null,
					claimed_by: [],
					...lb,
					accuracy_km: 13,
					derivation:
						'Shared edge of NE5 IN-LA and the NE5 China units, from the Karakoram Pass to the Ladakh–Himachal Pradesh–China tripoint',
					note: 'The de facto line between Indian- and Chinese-administered areas in Ladakh, as drawn by Natural Earth. Its course is not agreed; in the Demchok sector it differs from Natural Earth 4.1 by up to 12.6 km, and longer published lengths exist that are not comparable at this scale.'
				})
			)
		}),
		finish({
			geometry: line(cnpk),
			properties: P(
				props({
					id: 'line/china-pakistan',
					kind: 'line',
					name: 'China–Pakistan boundary',
					names: [
						en('China–Pakistan boundary'),
						{ lang: 'ur', name: 'پاک چین سرحد', latin: 'Pak-Chin sarhad' },
						{ lang: 'zh', name: '中巴边界', latin: 'Zhong-Ba bianjie' }
					],
					aliases: [
						'China-Pakistan border',
						'China–Pakistan border',
						'Pakistan–China border',
						'Pakistan-China border',
						'Sino-Pakistani border'
					],
					administered_by: null,
					claimed_by: [],
					...lb,
					derivation:
						'Shared edge of NE5 PK-GB and the NE5 China units, from Indira Col to the Afghanistan tripoint',
					official: { value: 438, unit: 'km', source: 'CIA World Factbook' },
					note: 'The boundary between Gilgit-Baltistan and China set by the 1963 China–Pakistan agreement; India does not recognise it. It measures less here than the published figure because of 1:10m generalisation.'
				})
			)
		}),
		finish({
			geometry: line(jkla),
			properties: P(
				props({
					id: 'line/jk-ladakh',
					kind: 'line',
					name: 'Jammu and Kashmir–Ladakh line',
					names: [en('Boundary between Jammu and Kashmir and Ladakh')],
					aliases: ['Jammu and Kashmir–Ladakh boundary', 'Jammu and Kashmir-Ladakh boundary'],
					administered_by: 'IND',
					claimed_by: [],
					...lb,
					derivation: 'Shared edge of NE5 IN-JK and IN-LA',
					note: 'The internal line between the Indian union territories of Jammu and Kashmir and Ladakh (since 2019). The part north of the Line of Control is not shown.'
				})
			)
		}),
		finish({
			geometry: { type: 'Point', coordinates: loc[loc.length - 1] },
			properties: P(
				props({
					id: 'place/nj9842',
					kind: 'place',
					name: 'NJ9842',
					names: [en('NJ9842')],
					aliases: ['NJ 9842', 'Point NJ9842', 'NJ-9842'],
					administered_by: null,
					claimed_by: [],
					status: 'approximate',
					...lb,
					accuracy: 'approximate',
					accuracy_km: 13,
					derivation: 'Northern end vertex of the Line of Control (NE5 shared edge)',
					note: 'The northern end of the Line of Control as drawn by Natural Earth. Published positions differ: this vertex is 13 km from the often-quoted 35.0°N 77.0°E.'
				})
			)
		})
	];

	const claimBase = {
		...NE_DISPUTED,
		accuracy: 'generalised-1:10m' as const,
		accuracy_km: 1,
		status: 'claim' as const
	};
	const claims: Feature[] = [
		finish({
			geometry: region,
			properties: P(
				props({
					id: 'claim/india',
					kind: 'zone',
					name: 'Area claimed by India in Kashmir',
					names: [en('Area claimed by India')],
					aliases: [],
					administered_by: null,
					claimed_by: ['IND'],
					...claimBase,
					source: NE_DISPUTED.source + '; NE5 polygons',
					derivation:
						'The whole region (union of the seven zones); its outer edge follows the Natural Earth "Indian claim" lines (disputed_borders fids 15, 21 towards China; 16, 26, 28 towards Pakistan\'s other provinces), which coincide with the NE5 polygon edges',
					note:
						'India claims the whole former princely state of Jammu and Kashmir, including the areas administered by Pakistan and China. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: pakClaim,
			properties: P(
				props({
					id: 'claim/pakistan',
					kind: 'zone',
					name: 'Area claimed by Pakistan in Kashmir',
					names: [en('Area claimed by Pakistan')],
					aliases: [],
					administered_by: null,
					claimed_by: ['PAK'],
					...claimBase,
					source: NE_DISPUTED.source + '; NE5 polygons',
					derivation:
						'Union of NE5 IN-JK, IN-LA, KAS, PK-JK and PK-GB; its southern edge follows the Natural Earth "Pakistani claim" lines (disputed_borders fids 23, 24)',
					note:
						'Pakistan regards the whole of Jammu and Kashmir as disputed territory whose status is to be settled; this area covers the parts administered by India and by Pakistan. It leaves out Aksai Chin, and the Shaksgam Valley, which Pakistan accepted as Chinese-administered in 1963 subject to a final settlement. ' +
						UN_NOTE
				})
			)
		}),
		finish({
			geometry: chnClaim,
			properties: P(
				props({
					id: 'claim/china',
					kind: 'zone',
					name: 'Area claimed by China in Kashmir',
					names: [en('Area claimed by China')],
					aliases: [],
					administered_by: null,
					claimed_by: ['CHN'],
					...claimBase,
					source: NE_DISPUTED.source + '; NE5 polygons',
					derivation:
						'Union of the Aksai Chin and Shaksgam Valley polygons (China\'s side of the Natural Earth "Indian claim" lines)',
					note: 'China administers and claims Aksai Chin and the Shaksgam Valley. It also claims small areas beyond the Line of Actual Control in Ladakh (see the Demchok claim line).'
				})
			)
		}),
		finish({
			geometry: line(demchok),
			properties: P(
				props({
					id: 'claim/china-demchok-line',
					kind: 'line',
					name: 'Chinese claim line near Demchok',
					names: [en('Chinese claim line near Demchok')],
					aliases: [],
					administered_by: null,
					claimed_by: ['CHN'],
					...claimBase,
					accuracy: 'approximate',
					accuracy_km: 13,
					derivation: 'Natural Earth "Chinese claim" line, disputed_borders fid 35, chained',
					note: "Natural Earth's depiction of China's claim line in the Demchok sector of Ladakh, shown as a line only: Natural Earth 5 moved the Line of Actual Control here, so the claim line and the Ladakh outline do not close into an area."
				})
			)
		})
	];

	// consistency checks on the inputs (sizes reported in SOURCES.md)
	const km2 = (p: Poly) => area(feature(p)) / 1e6;
	console.log(
		`  kashmir: AC ${km2(ac).toFixed(0)} km², SG ${km2(sg).toFixed(0)} km², region ${km2(region).toFixed(0)} km²`
	);
	const acX = intersect({
		type: 'FeatureCollection',
		features: [feature(ac), feature(unionAll(CHN))]
	});
	if (!acX || Math.abs(km2(acX.geometry) - km2(ac)) > 1)
		throw new Error('Aksai Chin polygon is not inside NE5 China');
	return { zones, lines, claims };
}
