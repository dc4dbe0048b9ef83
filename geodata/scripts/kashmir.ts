/**
 * Kashmir zones, lines and claims from NE5 polygons and NE claim lines; their names, notes and
 * figures come from geodata/facts/kashmir.yaml.
 */
import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import { area, intersect, feature } from '@turf/turf';
import { ne5ByIso, loadNe5, disputedLines, lineParts } from './sources.ts';
import { sharedSegments, chainSegments, joinLines, sliceBetween, orientFrom } from './edges.ts';
import { unionAll, closeWith, dropSmallParts } from './merge.ts';
import { props, NE5, NE_DISPUTED } from './props.ts';
import type { Finish } from './finish.ts';
import type { FactsJoin } from './facts.ts';

type Poly = Polygon | MultiPolygon;
const CLAIM_LINE_SOURCE =
	NE5.source + '; Natural Earth Indian claim line (Debian qgis-common world_map.gpkg)';

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

const line = (c: Position[]) => ({ type: 'LineString', coordinates: c }) as Geometry;

export function buildKashmir(finish: Finish, facts: FactsJoin) {
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

	const ne5 = (id: string, geometry: Geometry) =>
		finish({ geometry, properties: props({ ...facts.feature(id), ...NE5 }) });
	const claimLine = (id: string, geometry: Geometry) =>
		finish({
			geometry,
			properties: props({ ...facts.feature(id), ...NE5, source: CLAIM_LINE_SOURCE })
		});
	const claimArea = (id: string, geometry: Geometry) =>
		finish({
			geometry,
			properties: props({
				...facts.feature(id),
				...NE_DISPUTED,
				source: NE_DISPUTED.source + '; NE5 polygons'
			})
		});
	const neDisputed = (id: string, geometry: Geometry) =>
		finish({ geometry, properties: props({ ...facts.feature(id), ...NE_DISPUTED }) });
	const zones = [
		ne5('kashmir/region', region),
		ne5('kashmir/jammu-and-kashmir', JK),
		ne5('kashmir/ladakh', LA),
		ne5('kashmir/azad-jammu-and-kashmir', AJK),
		ne5('kashmir/gilgit-baltistan', GB),
		ne5('kashmir/siachen', KAS),
		claimLine('kashmir/aksai-chin', ac),
		claimLine('kashmir/shaksgam', sg)
	];
	const lines = [
		ne5('line/loc', line(loc)),
		ne5('line/working-boundary', line(wb)),
		ne5('line/siachen', line(siachen)),
		ne5('line/lac-western', line(lac)),
		ne5('line/china-pakistan', line(cnpk)),
		ne5('line/jk-ladakh', line(jkla)),
		ne5('place/nj9842', { type: 'Point', coordinates: loc[loc.length - 1] })
	];
	const claims = [
		claimArea('claim/india', region),
		claimArea('claim/pakistan', pakClaim),
		claimArea('claim/china', chnClaim),
		neDisputed('claim/china-demchok-line', line(demchok))
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
