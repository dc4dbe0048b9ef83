/** Rivers and lakes from GSHHG / WDB II via `gmt coast -M`; names assigned by the project. */
import { execFileSync } from 'node:child_process';
import type { Position, Polygon, MultiPolygon } from 'geojson';
import { booleanPointInPolygon, point, area, simplify } from '@turf/turf';
import { gshhgDir, gmtProgram, WORK } from './inputs.ts';
import { parseGmtSegments, riverPath, kmBetween } from './rivers.ts';
import { ringsFromLines } from './edges.ts';
import { pointLinesKm } from '../../src/lib/geodata/measure.ts';
import { props, GSHHG } from './props.ts';
import type { Finish } from './finish.ts';
import type { AppFeature, NameForm } from '../../src/lib/geodata/types.ts';

const BOX = { kashmir: '70/82/31/38', karabakh: '43/49.5/38/42' };

function gmt(args: string[]): string {
	return execFileSync(
		gmtProgram(),
		['coast', ...args, '-Df', '-M', `--DIR_GSHHG=${gshhgDir()}`, '--FORMAT_FLOAT_OUT=%.6f'],
		{ encoding: 'utf8', maxBuffer: 1 << 28, cwd: WORK }
	);
}

interface RiverDef {
	id: string;
	name: string;
	names: NameForm[];
	aliases: string[];
	box: keyof typeof BOX;
	levels: string[];
	legs: [Position, Position][];
	via: [string, Position, number][];
	note: string;
}
interface LakeDef {
	id: string;
	name: string;
	names: NameForm[];
	aliases: string[];
	box: keyof typeof BOX;
	at: Position[];
	note: string;
}

/** Douglas–Peucker tolerance in degrees (about 200 m): a quiet basemap needs no more. */
export const WATER_TOLERANCE = 0.002;
const simplifyLine = (c: Position[]) =>
	(
		simplify(
			{ type: 'LineString', coordinates: c },
			{ tolerance: WATER_TOLERANCE, highQuality: true }
		) as { coordinates: Position[] }
	).coordinates;
const simplifyRing = (r: Position[]) =>
	(
		simplify(
			{ type: 'Polygon', coordinates: [r] },
			{ tolerance: WATER_TOLERANCE / 2, highQuality: true }
		) as { coordinates: Position[][] }
	).coordinates[0];

export const RIVERS: RiverDef[] = [
	{
		id: 'water/indus',
		name: 'Indus',
		names: [
			{ lang: 'en', name: 'Indus' },
			{ lang: 'ur', name: 'دریائے سندھ', latin: 'Darya-e-Sindh' },
			{ lang: 'hi', name: 'सिंधु', latin: 'Sindhu' }
		],
		aliases: ['Indus River', 'River Indus', 'Sindhu', 'Sindh River'],
		box: 'kashmir',
		levels: ['-I1', '-I2', '-I3', '-I4'],
		legs: [
			[
				[80.0, 32.47],
				[72.7, 34.05]
			]
		],
		via: [
			['Leh', [77.584, 34.165], 8],
			['Skardu', [75.634, 35.298], 3]
		],
		note: 'Main river of the region; flows through Ladakh and Gilgit-Baltistan.'
	},
	{
		id: 'water/jhelum',
		name: 'Jhelum',
		names: [
			{ lang: 'en', name: 'Jhelum' },
			{ lang: 'ks', name: 'ویتھ', latin: 'Vyeth' },
			{ lang: 'ur', name: 'دریائے جہلم', latin: 'Darya-e-Jhelum' },
			{ lang: 'hi', name: 'झेलम', latin: 'Jhelam' }
		],
		aliases: ['Jhelum River', 'River Jhelum', 'Vitasta', 'Vyeth'],
		box: 'kashmir',
		levels: ['-I1', '-I2', '-I3', '-I4'],
		legs: [
			[
				[75.15, 33.7],
				[74.62, 34.3]
			],
			[
				[74.5, 34.3],
				[73.65, 33.2]
			]
		],
		via: [
			['Srinagar', [74.806, 34.086], 3],
			['Muzaffarabad', [73.471, 34.37], 3]
		],
		note: 'Flows through the Kashmir Valley and Wular Lake, across the Line of Control, and past Muzaffarabad.'
	},
	{
		id: 'water/chenab',
		name: 'Chenab',
		names: [
			{ lang: 'en', name: 'Chenab' },
			{ lang: 'ur', name: 'دریائے چناب', latin: 'Darya-e-Chenab' },
			{ lang: 'hi', name: 'चिनाब', latin: 'Chinab' }
		],
		aliases: ['Chenab River', 'River Chenab', 'Chinab'],
		box: 'kashmir',
		levels: ['-I1', '-I2', '-I3', '-I4'],
		legs: [
			[
				[76.4, 32.95],
				[74.46, 32.67]
			]
		],
		via: [['Akhnoor', [74.737, 32.867], 3]],
		note: "Flows from Himachal Pradesh through the Jammu region into Pakistan's Punjab."
	},
	{
		id: 'water/shyok',
		name: 'Shyok',
		names: [
			{ lang: 'en', name: 'Shyok' },
			{ lang: 'ur', name: 'دریائے شیوک', latin: 'Darya-e-Shyok' },
			{ lang: 'hi', name: 'श्योक', latin: 'Shyok' }
		],
		aliases: ['Shyok River', 'River Shyok'],
		box: 'kashmir',
		levels: ['-I1', '-I2', '-I3', '-I4'],
		legs: [
			[
				[78.15, 34.6],
				[75.95, 35.2]
			]
		],
		via: [],
		note: 'Tributary of the Indus that flows through Ladakh (Nubra) into Gilgit-Baltistan.'
	},
	{
		id: 'water/aras',
		name: 'Aras',
		names: [
			{ lang: 'en', name: 'Aras' },
			{ lang: 'az', name: 'Araz', used_by: 'Azerbaijani' },
			{ lang: 'hy', name: 'Արաքս', latin: 'Araks', used_by: 'Armenian' },
			{ lang: 'fa', name: 'ارس', latin: 'Aras' },
			{ lang: 'ru', name: 'Аракс', latin: 'Araks' }
		],
		aliases: ['Araz', 'Araks', 'Araxes', 'Aras River', 'Araz River'],
		box: 'karabakh',
		levels: ['-I1', '-I2', '-I3', '-I4'],
		legs: [
			[
				[44.3, 40.05],
				[47.44, 39.49]
			]
		],
		via: [
			['Horadiz', [47.33, 39.45], 3],
			['Julfa', [45.63, 38.96], 3]
		],
		note: 'Forms the border between Azerbaijan and Iran south of Karabakh, and between Armenia or Nakhchivan and Turkey or Iran upstream. Drawn from the Armenia–Turkey border to just below Horadiz.'
	}
];

export const LAKES: LakeDef[] = [
	{
		id: 'water/wular',
		name: 'Wular Lake',
		names: [
			{ lang: 'en', name: 'Wular Lake' },
			{ lang: 'ur', name: 'وولر جھیل', latin: 'Wular Jheel' },
			{ lang: 'hi', name: 'वुलर झील', latin: 'Vular Jheel' }
		],
		aliases: ['Wular', 'Wullar Lake'],
		box: 'kashmir',
		at: [[74.59, 34.36]],
		note: 'Freshwater lake in the Kashmir Valley, on the Jhelum.'
	},
	{
		id: 'water/pangong',
		name: 'Pangong Lake',
		names: [
			{ lang: 'en', name: 'Pangong Tso' },
			{ lang: 'zh', name: '班公错', latin: 'Bangong Cuo' },
			{ lang: 'hi', name: 'पैंगोंग त्सो', latin: 'Pangong Tso' }
		],
		aliases: ['Pangong Tso', 'Pangong', 'Bangong Co', 'Bangong Lake'],
		box: 'kashmir',
		at: [[78.7, 33.82]],
		note: 'Lake across the Line of Actual Control between Ladakh and Tibet; only the western part (west of about 79°E) is drawn, as one GSHHG lake polygon.'
	},
	{
		id: 'water/sevan',
		name: 'Lake Sevan',
		names: [
			{ lang: 'hy', name: 'Սևանա լիճ', latin: 'Sevana lich' },
			{ lang: 'az', name: 'Göyçə gölü', used_by: 'Azerbaijani (historical name)' },
			{ lang: 'ru', name: 'Севан', latin: 'Sevan' }
		],
		aliases: ['Sevan', 'Lake Gokcha', 'Göyçə'],
		box: 'karabakh',
		at: [[45.3, 40.35]],
		note: 'The largest lake in Armenia.'
	},
	{
		id: 'water/mingachevir',
		name: 'Mingachevir Reservoir',
		names: [
			{ lang: 'az', name: 'Mingəçevir su anbarı' },
			{
				lang: 'ru',
				name: 'Мингечаурское водохранилище',
				latin: 'Mingechaurskoye vodokhranilishche'
			}
		],
		aliases: [
			'Mingəçevir',
			'Mingachevir',
			'Mingechaur Reservoir',
			'Mingachevir reservoir',
			'Mingəçevir Reservoir'
		],
		box: 'karabakh',
		at: [[46.85, 40.85]],
		note: 'Reservoir on the Kura in Azerbaijan.'
	}
];

export function buildWater(finish: Finish): AppFeature[] {
	const out: AppFeature[] = [];
	const base = {
		...GSHHG,
		accuracy_basis: { method: 'nominal', scale: 'GSHHG full resolution, simplified' },
		administered_by: null,
		claimed_by: [],
		status: 'de-facto' as const,
		accuracy: 'approximate' as const
	};
	for (const L of LAKES) {
		const pieces = parseGmtSegments(gmt([`-R${BOX[L.box]}`, '-A0/2/2', '-W'])).map((s) => s.coords);
		const rings = ringsFromLines(pieces);
		// for each anchor: the lake that contains it, else the one with a shore vertex nearest to it (within 10 km)
		const parts = L.at.map((at) => {
			const dist = (r: Position[]) =>
				booleanPointInPolygon(point(at), { type: 'Polygon', coordinates: [r] })
					? 0
					: Math.min(...r.map((q) => kmBetween(q, at)));
			const ranked = rings.map((r) => ({ r, d: dist(r) })).sort((a, b) => a.d - b.d);
			if (!ranked.length || ranked[0].d > 10)
				throw new Error(`GSHHG: no lake within 10 km of the ${L.id} anchor ${at.join(',')}`);
			return [ranked[0].r];
		});
		const simple = parts.map((p) => [simplifyRing(p[0])]);
		const g: Polygon | MultiPolygon =
			simple.length === 1
				? { type: 'Polygon', coordinates: simple[0] }
				: { type: 'MultiPolygon', coordinates: simple };
		console.log(`  water: ${L.id} ${(area(g) / 1e6).toFixed(0)} km²`);
		out.push(
			finish({
				geometry: g,
				properties: props({
					id: L.id,
					kind: 'water',
					name: L.name,
					names: L.names,
					aliases: L.aliases,
					...base,
					accuracy_km: 0.5,
					derivation:
						'GSHHG full-resolution level-2 (lake) shoreline, `gmt coast -A0/2/2 -W -M`, bin pieces chained into rings, simplified (Douglas–Peucker, 0.001°); picked by a point inside or within 10 km, named by the project',
					note: L.note + ' GSHHG 2.3.7 shoreline; name assigned by the project.'
				})
			})
		);
	}
	for (const r of RIVERS) {
		const segs = parseGmtSegments(gmt([`-R${BOX[r.box]}`, ...r.levels])).map((s) => s.coords);
		const legs = r.legs.map(([a, b]) => simplifyLine(riverPath(segs, a, b, 8, 0.3)));
		const path = legs.flat();
		for (const [town, p, maxKm] of r.via) {
			const d = pointLinesKm(p, legs);
			if (d > maxKm)
				throw new Error(
					`GSHHG: the path chosen for ${r.id} passes ${d.toFixed(1)} km from ${town} (more than ${maxKm} km)`
				);
		}
		console.log(`  water: ${r.id} ${path.length} vertices`);
		out.push(
			finish({
				geometry:
					legs.length === 1
						? { type: 'LineString', coordinates: legs[0] }
						: { type: 'MultiLineString', coordinates: legs },
				properties: props({
					id: r.id,
					kind: 'water',
					name: r.name,
					names: r.names,
					aliases: r.aliases,
					...base,
					accuracy_km: 2,
					derivation: `WDB II rivers in GSHHG (\`gmt coast ${r.levels.join(' ')} -M\`), vertices within 0.3 km joined, shortest path through the river network between ${r.legs.map(([a, b]) => `(${a.join(', ')}) and (${b.join(', ')})`).join(', and between ')}; simplified (Douglas–Peucker, 0.002°); named by the project`,
					note: r.note + ' GSHHG 2.3.7 / WDB II river line; name assigned by the project.'
				})
			})
		);
	}
	return out;
}
