/**
 * Karabakh districts (NE5, with the mislabels fixed), the 1991 NKAO outline and the region; their
 * names, notes and figures come from geodata/facts/karabakh.yaml.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import { intersect, difference, featureCollection, feature, area } from '@turf/turf';
import { loadNe5, disputedLines, lineParts } from './sources.ts';
import { ringsFromLines } from './edges.ts';
import { unionAll, dropSmallHoles, dropSmallParts } from './merge.ts';
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

/**
 * Azerbaijan re-created the Aghdara district in December 2023 from the parts of Kalbajar, Tartar
 * and Aghdam that had been the oblast's Aghdara (Mardakert) district until 1992. Natural Earth
 * has no line for it: it is derived as the part of Kalbajar and Tartar inside the 1991 oblast
 * outline, and the two lose that part. The 73.74 km² the law moved from Aghdam is not drawn (no
 * line for it at this scale), so Aghdam keeps its shape; the notes say so.
 */
export const AGHDARA_FROM = ['karabakh/kalbajar', 'karabakh/tartar'] as const;

const km2 = (p: Poly) => area(feature(p)) / 1e6;

function clip(a: Poly, b: Poly, op: 'inside' | 'outside'): Poly {
	const fc = featureCollection([feature(a), feature(b)]);
	const r = op === 'inside' ? intersect(fc) : difference(fc);
	if (!r) throw new Error(`Aghdara: ${op} of the oblast outline is empty`);
	// slivers where the district lines and the oblast line do not meet exactly
	return dropSmallParts(r.geometry as Poly, 1);
}

export function splitAghdara(geoms: Record<string, Poly>, nkao: Polygon) {
	const parts = AGHDARA_FROM.map((id) => clip(geoms[id]!, nkao, 'inside'));
	const aghdara = unionAll(parts);
	const reshaped = Object.fromEntries(
		AGHDARA_FROM.map((id) => [id, clip(geoms[id]!, nkao, 'outside')])
	) as Record<(typeof AGHDARA_FROM)[number], Poly>;
	const before = AGHDARA_FROM.reduce((s, id) => s + km2(geoms[id]!), 0);
	const after = km2(aghdara) + AGHDARA_FROM.reduce((s, id) => s + km2(reshaped[id]), 0);
	console.log(
		`  karabakh: Aghdara ${km2(aghdara).toFixed(1)} km²; Kalbajar+Tartar ${before.toFixed(1)} km² before, ${after.toFixed(1)} km² after with Aghdara`
	);
	if (Math.abs(after - before) / before > 0.005)
		throw new Error(`Aghdara: areas do not add up (${before} → ${after} km²)`);
	return { aghdara, reshaped };
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
	const { aghdara, reshaped } = splitAghdara(geoms, nkao);
	const current: Record<string, Poly> = { ...geoms, ...reshaped, 'karabakh/aghdara': aghdara };
	const currentIds = [...DISTRICT_UNITS.map(([id]) => id), 'karabakh/aghdara'];

	const districts = [
		finish({
			geometry: region,
			properties: props({
				...facts.feature('karabakh/region'),
				...NE5,
				source: NE5.source + '; NE 1991 oblast lines (Debian qgis-common)'
			})
		}),
		...currentIds.map((id) =>
			finish({ geometry: current[id]!, properties: props({ ...facts.feature(id), ...NE5 }) })
		),
		// the shapes before December 2023, for the timeline
		...AGHDARA_FROM.map((id) =>
			finish({
				geometry: geoms[id]!,
				properties: props({ ...facts.feature(`${id}/until-2023`), ...NE5 })
			})
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
