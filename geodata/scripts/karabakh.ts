/** Karabakh districts (NE5, with the mislabels fixed), the 1991 NKAO outline and the region. */
import type { Feature, Geometry, Polygon, MultiPolygon } from 'geojson';
import { loadNe5, disputedLines, lineParts } from './sources.ts';
import { ringsFromLines } from './edges.ts';
import { unionAll, dropSmallHoles } from './merge.ts';
import { props, NE5, NE_DISPUTED } from './props.ts';
import type { FeatureProps } from '../../src/lib/geodata/types.ts';
import { DISTRICTS, REGION_META, NKAO_META, NKAO_FIDS } from './karabakh-meta.ts';

type Poly = Polygon | MultiPolygon;
type Finish = (f: { properties: Record<string, unknown>; geometry: Geometry }) => Feature;
const P = (p: FeatureProps) => p as unknown as Record<string, unknown>;

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

export function buildKarabakh(finish: Finish) {
	const geoms: Record<string, Poly> = {};
	for (const d of DISTRICTS) {
		const parts = d.ne5.map(([iso, name]) => ne5District(iso, name));
		geoms[d.id] = unionAll(parts);
	}
	const nkao = nkaoPolygon();
	const seven = ['aghdam', 'fuzuli', 'jabrayil', 'zangilan', 'gubadli', 'lachin', 'kalbajar'].map(
		(k) => geoms[`karabakh/${k}`]
	);
	const inner = ['khankendi', 'shusha', 'khojaly', 'khojavend'].map((k) => geoms[`karabakh/${k}`]);
	const region = dropSmallHoles(unionAll([nkao, ...seven, ...inner]), 50);

	const districts: Feature[] = [
		finish({
			geometry: region,
			properties: P(
				props({
					...REGION_META,
					...NE5,
					source: NE5.source + '; NE 1991 oblast lines (Debian qgis-common)',
					accuracy: 'generalised-1:10m',
					accuracy_km: 5
				})
			)
		}),
		...DISTRICTS.map((d) =>
			finish({
				geometry: geoms[d.id],
				properties: P(props({ ...d.meta, ...NE5, accuracy: 'generalised-1:10m', accuracy_km: 5 }))
			})
		)
	];
	const nkaoF = [
		finish({
			geometry: nkao,
			properties: P(
				props({ ...NKAO_META, ...NE_DISPUTED, accuracy: 'generalised-1:10m', accuracy_km: 1 })
			)
		})
	];
	return { districts, nkao: nkaoF };
}
