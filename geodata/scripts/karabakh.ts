/**
 * Karabakh districts (NE5, with the mislabels fixed), the 1991 NKAO outline and the region; their
 * names, notes and figures come from geodata/facts/karabakh.yaml.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import { loadNe5, disputedLines, lineParts } from './sources.ts';
import { ringsFromLines } from './edges.ts';
import { unionAll, dropSmallHoles } from './merge.ts';
import { props, NE5, NE_DISPUTED } from './props.ts';
import type { Finish } from './finish.ts';
import type { FactsJoin } from './facts.ts';

type Poly = Polygon | MultiPolygon;

export const NKAO_FIDS = [2, 3, 37, 38, 41, 43, 46];

/**
 * The NE5 units of each district, with the name NE5 gives each ([ISO 3166-2 as in NE5, NE5 name]):
 * NE5 mislabels some (AZ-LAN "Lankaran" is Lachin, AZ-XA "Stepanakert" is Khankendi), and the
 * check on the name makes a changed input fail loudly.
 */
export const DISTRICT_UNITS: [string, [string, string][]][] = [
	['karabakh/aghdam', [['AZ-AGM', 'Ağdam']]],
	['karabakh/fuzuli', [['AZ-FUZ', 'Füzuli']]],
	['karabakh/jabrayil', [['AZ-CAB', 'Cəbrayıl']]],
	['karabakh/zangilan', [['AZ-ZAN', 'Zəngilan']]],
	['karabakh/gubadli', [['AZ-QBI', 'Qubadli']]],
	['karabakh/lachin', [['AZ-LAN', 'Lankaran']]],
	['karabakh/kalbajar', [['AZ-KAL', 'Kəlbəcər']]],
	['karabakh/khankendi', [['AZ-XA', 'Stepanakert']]],
	[
		'karabakh/shusha',
		[
			['AZ-SUS', 'Şuşa'],
			['AZ-X01~', 'Şuşa']
		]
	],
	['karabakh/khojaly', [['AZ-XCI', 'Xocalı']]],
	['karabakh/khojavend', [['AZ-XVD', 'Xocavənd']]],
	['karabakh/tartar', [['AZ-TAR', 'Tərtər']]]
];

/** NE5 unit for a district, checking the known (mis)labels so a changed input fails loudly. */
export function ne5District(iso: string, expectName: string): Poly {
	const u = loadNe5().filter(
		(f) => f.properties.iso_3166_2 === iso && f.properties.adm0_a3 === 'AZE'
	);
	if (u.length !== 1 || u[0].properties.name !== expectName)
		throw new Error(
			`NE5: expected AZE unit ${iso} named "${expectName}", found ${u.map((x) => x.properties.name).join(', ') || 'none'}`
		);
	return u[0].geometry as Poly;
}

export function nkaoPolygon(): Polygon {
	const lines = disputedLines('Former USSR oblast in 1991', NKAO_FIDS).flatMap((l) =>
		lineParts(l.geometry)
	);
	const rings = ringsFromLines(lines, 0.003);
	if (rings.length !== 1)
		throw new Error(`NKAO: expected one ring from the 1991 lines, got ${rings.length}`);
	return { type: 'Polygon', coordinates: [rings[0]] };
}

export function buildKarabakh(finish: Finish, facts: FactsJoin) {
	const geoms: Record<string, Poly> = {};
	for (const [id, units] of DISTRICT_UNITS)
		geoms[id] = unionAll(units.map(([iso, name]) => ne5District(iso, name)));
	const nkao = nkaoPolygon();
	const seven = ['aghdam', 'fuzuli', 'jabrayil', 'zangilan', 'gubadli', 'lachin', 'kalbajar'].map(
		(k) => geoms[`karabakh/${k}`]
	);
	const inner = ['khankendi', 'shusha', 'khojaly', 'khojavend'].map((k) => geoms[`karabakh/${k}`]);
	const region = dropSmallHoles(unionAll([nkao, ...seven, ...inner]), 50);

	const districts = [
		finish({
			geometry: region,
			properties: props({
				...facts.feature('karabakh/region'),
				...NE5,
				source: NE5.source + '; NE 1991 oblast lines (Debian qgis-common)'
			})
		}),
		...DISTRICT_UNITS.map(([id]) =>
			finish({ geometry: geoms[id], properties: props({ ...facts.feature(id), ...NE5 }) })
		)
	];
	const nkaoF = [
		finish({
			geometry: nkao,
			properties: props({ ...facts.feature('karabakh/nkao-1991'), ...NE_DISPUTED })
		})
	];
	return { districts, nkao: nkaoF };
}
