/**
 * Integrity of the shipped geodata (geodata/*.geojson, layers.json): validity,
 * properties, ids, sizes, and the measured figures (docs/data-model.md, "Measured figures").
 * Runs on the committed files only; the pipeline is not needed.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position, Point } from 'geojson';
import {
	area,
	kinks,
	booleanPointInPolygon,
	intersect,
	featureCollection,
	feature,
	lineString,
	length
} from '@turf/turf';
import gjv from 'geojson-validation';
import { getIssues } from '@placemarkio/check-geojson';
import { collectionProblems, formatProblem } from '../../src/lib/geodata/validate';
import { directedHausdorffKm, hausdorffKm, linesOf } from '../../src/lib/geodata/measure';
import type { FeatureProps, LayerEntry } from '../../src/lib/geodata/types';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const geodata = join(repoRoot, 'geodata');
/** Natural Earth extracts to compare with (provenance in its README.md); never shipped. */
const referenceDir = join(repoRoot, 'tests/fixtures/reference');

type F = Feature<
	Polygon | MultiPolygon | Point | { type: 'LineString'; coordinates: Position[] },
	FeatureProps
>;
const files = readdirSync(geodata)
	.filter((f) => f.endsWith('.geojson'))
	.sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(geodata, f), 'utf8')]));
const text = (f: string): string => texts.get(f) ?? '';
const layers = JSON.parse(readFileSync(join(geodata, 'layers.json'), 'utf8')) as LayerEntry[];
const collections = new Map(files.map((f) => [f, JSON.parse(text(f)) as FeatureCollection]));
const coll = (f: string): FeatureCollection =>
	collections.get(f) ?? { type: 'FeatureCollection', features: [] };
const all = files.flatMap((f) => (coll(f).features as F[]).map((x) => ({ file: f, f: x })));
const byId = new Map(all.map(({ f }) => [f.properties.id, f]));
const get = (id: string) => {
	const f = byId.get(id);
	if (!f) throw new Error(`no feature ${id}`);
	return f;
};
const km2 = (g: Polygon | MultiPolygon) => area(feature(g)) / 1e6;

describe('layer catalogue', () => {
	it('lists files that exist, and every geojson file is listed', () => {
		for (const l of layers)
			expect(
				existsSync(join(geodata, l.file)),
				`layers.json entry ${l.id}: ${l.file} missing`
			).toBe(true);
		expect([...layers.map((l) => l.file)].sort()).toEqual(files);
	});
	it('has unique layer ids and keeps claims off by default', () => {
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
		expect(layers.find((l) => l.id === 'kashmir-claims')?.visible).toBe(false);
	});
});

describe.each(files)('%s', (file) => {
	it('is valid GeoJSON (geojson-validation)', () => {
		expect(gjv.valid(coll(file), true)).toEqual([]);
	});
	it('is valid GeoJSON (@placemarkio/check-geojson)', () => {
		expect(getIssues(text(file)).map((i) => `${file}: ${i.message} at ${i.from}`)).toEqual([]);
	});
	it('passes our coordinate, winding and property checks', () => {
		expect(collectionProblems(`geodata/${file}`, coll(file)).map(formatProblem)).toEqual([]);
	});
	it('has polygons without self-intersections', () => {
		// Natural Earth 1:110m (world-atlas) itself has kinks in these outlines (the antimeridian, Sudan's
		// border); the pipeline keeps them rather than altering the world context. Regional layers: none.
		const known =
			file === 'countries.geojson'
				? ['country/ata', 'country/fji', 'country/rus', 'country/sdn']
				: [];
		const bad: string[] = [];
		for (const f of coll(file).features as F[])
			if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') {
				const k = kinks(f as Feature<Polygon | MultiPolygon>).features;
				if (k.length && !known.includes(f.properties.id))
					bad.push(
						`${file}: ${f.properties.id}: ${k.length} self-intersections, first at ${k[0]?.geometry.coordinates.join(', ')}`
					);
			}
		expect(bad).toEqual([]);
	});
	it('has 5-decimal coordinates', () => {
		expect(/\d\.\d{6,}/.test(text(file).replace(/"properties":\{.*?\},"geometry"/g, ''))).toBe(
			false
		);
	});
});

describe('ids', () => {
	it('are unique across all layers', () => {
		const seen = new Map<string, string>();
		const dup: string[] = [];
		for (const { file, f } of all) {
			if (seen.has(f.properties.id))
				dup.push(`${f.properties.id} in ${seen.get(f.properties.id)} and ${file}`);
			seen.set(f.properties.id, file);
		}
		expect(dup).toEqual([]);
	});
	it('include every id the articles and the app rely on', () => {
		const want = [
			'kashmir/region',
			'kashmir/jammu-and-kashmir',
			'kashmir/ladakh',
			'kashmir/azad-jammu-and-kashmir',
			'kashmir/gilgit-baltistan',
			'kashmir/aksai-chin',
			'kashmir/shaksgam',
			'kashmir/siachen',
			'line/loc',
			'line/working-boundary',
			'line/siachen',
			'line/lac-western',
			'line/china-pakistan',
			'line/jk-ladakh',
			'place/nj9842',
			'claim/india',
			'claim/pakistan',
			'claim/china',
			'karabakh/region',
			'karabakh/nkao-1991',
			'karabakh/aghdam',
			'karabakh/fuzuli',
			'karabakh/jabrayil',
			'karabakh/zangilan',
			'karabakh/gubadli',
			'karabakh/lachin',
			'karabakh/kalbajar',
			'karabakh/khankendi',
			'karabakh/shusha',
			'karabakh/khojaly',
			'karabakh/khojavend',
			'karabakh/tartar',
			'place/shusha',
			'place/jabrayil',
			'place/fuzuli',
			'place/zangilan',
			'place/gubadli',
			'place/aghdam',
			'place/kalbajar',
			'place/lachin',
			'place/baku',
			'place/islamabad',
			'place/new-delhi',
			'place/yerevan',
			'place/srinagar',
			'place/jammu',
			'place/leh',
			'place/kargil',
			'place/muzaffarabad',
			'place/gilgit',
			'place/skardu',
			'country/ind',
			'country/pak',
			'country/chn',
			'country/afg',
			'country/aze',
			'country/arm',
			'country/irn',
			'country/tur',
			'country/geo',
			'country/rus',
			'country/gbr'
		];
		expect(want.filter((id) => !byId.has(id))).toEqual([]);
	});
});

describe('neutral wording and linker names', () => {
	it('gives bare "Kashmir" and "Karabakh" only to the regions', () => {
		const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		const owners = (term: string) =>
			all
				.filter(({ f }) =>
					[
						f.properties.name,
						...f.properties.aliases,
						...f.properties.names.flatMap((n) => [n.name, n.latin ?? ''])
					].some((s) => fold(s) === term)
				)
				.map(({ f }) => f.properties.id);
		expect(owners('kashmir')).toEqual(['kashmir/region']);
		expect(owners('cashmere')).toEqual(['kashmir/region']);
		expect(owners('karabakh')).toEqual(['karabakh/region']);
		expect(owners('nagorno-karabakh')).toEqual(['karabakh/nkao-1991']);
		expect(owners('shusha')).toEqual(['place/shusha']);
		expect(owners('delhi')).toEqual(['place/new-delhi']);
		expect(owners('uk')).toEqual(['country/gbr']);
	});
});

describe('Kashmir lines', () => {
	const loc = get('line/loc');
	const lines = (ids: string[]) => ids.flatMap((id) => linesOf(get(id).geometry));
	it('Line of Control measures 644 ± 2 km', () => {
		expect(Math.abs(length(loc) - 644)).toBeLessThanOrEqual(2);
	});
	it('Line of Control lies on the edges of both sides (Hausdorff < 0.01 km)', () => {
		const locLines = linesOf(loc.geometry);
		expect(
			directedHausdorffKm(
				locLines,
				lines(['kashmir/jammu-and-kashmir', 'kashmir/ladakh', 'kashmir/siachen'])
			)
		).toBeLessThan(0.01);
		// Pakistani side: NE's junction near Chhamb lies 1.75 km down the Jammu|Pakistani-Punjab edge, so the
		// first vertices border Punjab (not shipped as a polygon); everything else lies on AJK|GB.
		const pk = lines(['kashmir/azad-jammu-and-kashmir', 'kashmir/gilgit-baltistan']);
		const line = locLines[0] ?? [];
		const off = line.filter((p) => directedHausdorffKm([[p, p]], pk) >= 0.01);
		expect(off.length).toBeLessThan(5);
		expect(off).toEqual(line.slice(0, off.length));
		expect(length(lineString(line.slice(0, off.length + 1)))).toBeLessThan(2);
		expect(directedHausdorffKm([line.slice(off.length)], pk)).toBeLessThan(0.01);
	});
	it.each([
		['line/working-boundary', 151.9, ['kashmir/jammu-and-kashmir'], ['country/pak']],
		['line/siachen', 64.5, ['kashmir/siachen'], ['kashmir/gilgit-baltistan']],
		['line/lac-western', 632.2, ['kashmir/ladakh'], ['kashmir/ladakh']],
		['line/china-pakistan', 351.3, ['kashmir/gilgit-baltistan'], ['kashmir/gilgit-baltistan']],
		['line/jk-ladakh', 220.7, ['kashmir/jammu-and-kashmir'], ['kashmir/ladakh']]
	])('%s measures %f km (±1%%) and lies on its polygon edges', (id, km, sideA, sideB) => {
		const f = get(id as string);
		expect(Math.abs(length(f) - (km as number)) / (km as number)).toBeLessThan(0.01);
		expect(directedHausdorffKm(linesOf(f.geometry), lines(sideA as string[]))).toBeLessThan(0.01);
		if (!(sideB as string[])[0]?.startsWith('country/'))
			expect(directedHausdorffKm(linesOf(f.geometry), lines(sideB as string[]))).toBeLessThan(0.01);
	});
	it('NJ9842 is the northern end of the Line of Control', () => {
		const c = linesOf(loc.geometry)[0] ?? [];
		expect((get('place/nj9842').geometry as Point).coordinates).toEqual(c[c.length - 1]);
	});
});

describe('areas match the figures the geodata was built to, within 1%', () => {
	const expected: [string, number][] = [
		['kashmir/jammu-and-kashmir', 42570],
		['kashmir/ladakh', 64275],
		['kashmir/azad-jammu-and-kashmir', 11967],
		['kashmir/gilgit-baltistan', 65237],
		['kashmir/siachen', 2088],
		['kashmir/aksai-chin', 29991],
		['kashmir/shaksgam', 5316],
		['kashmir/region', 221443],
		['karabakh/aghdam', 1066],
		['karabakh/fuzuli', 1247],
		['karabakh/jabrayil', 850],
		['karabakh/zangilan', 746],
		['karabakh/gubadli', 740],
		['karabakh/lachin', 1762],
		['karabakh/kalbajar', 2021],
		['karabakh/kalbajar/until-2023', 2768],
		['karabakh/aghdara', 1663],
		['karabakh/khankendi', 23],
		['karabakh/shusha', 363],
		['karabakh/khojaly', 900],
		['karabakh/khojavend', 1519],
		['karabakh/tartar', 343],
		['karabakh/tartar/until-2023', 1260],
		['karabakh/nkao-1991', 4277]
	];
	it.each(expected)('%s ≈ %i km²', (id, km) => {
		const f = get(id);
		const a = km2(f.geometry as Polygon);
		expect(Math.abs(a - km) / km).toBeLessThan(0.01);
		expect(Math.abs((f.properties.area_km2 as number) - a) / km).toBeLessThan(0.01);
	});
});

describe('Aghdara district (re-created December 2023)', () => {
	const area = (id: string) => km2(get(id).geometry as Polygon | MultiPolygon);
	it('exists, dated, with an area within 5% of the legal total', () => {
		const aghdara = get('karabakh/aghdara');
		expect(aghdara.properties.kind).toBe('district');
		expect(aghdara.properties.valid_from).toBe('2023-12');
		const legal = aghdara.properties.official!;
		expect(legal.value).toBeCloseTo(735.84 + 851.25 + 73.74, 1);
		expect(Math.abs(area('karabakh/aghdara') - legal.value) / legal.value).toBeLessThan(0.05);
	});
	it('leaves Kalbajar, Tartar and Aghdam adding up to their earlier shapes within 0.5%', () => {
		const before = area('karabakh/kalbajar/until-2023') + area('karabakh/tartar/until-2023');
		const after = area('karabakh/kalbajar') + area('karabakh/tartar') + area('karabakh/aghdara');
		expect(Math.abs(after - before) / before).toBeLessThan(0.005);
		// the law's 73.74 km² from Aghdam has no line at this scale: Aghdam keeps its shape
		expect(get('karabakh/aghdam').properties.note).toContain('73.74 km²');
	});
	it('keeps the earlier shapes as dated geometry with their own ids', () => {
		for (const id of ['karabakh/kalbajar', 'karabakh/tartar']) {
			const former = get(`${id}/until-2023`);
			expect(former.properties.status).toBe('former');
			expect(former.properties.valid_to).toBe('2023-12');
			expect(get(id).properties.valid_from).toBe('2023-12');
		}
	});
});

describe('places', () => {
	const inDistrict: [string, string][] = [
		['place/shusha', 'karabakh/shusha'],
		['place/jabrayil', 'karabakh/jabrayil'],
		['place/fuzuli', 'karabakh/fuzuli'],
		['place/zangilan', 'karabakh/zangilan'],
		['place/gubadli', 'karabakh/gubadli'],
		['place/aghdam', 'karabakh/aghdam'],
		['place/kalbajar', 'karabakh/kalbajar'],
		['place/lachin', 'karabakh/lachin'],
		['place/srinagar', 'kashmir/jammu-and-kashmir'],
		['place/jammu', 'kashmir/jammu-and-kashmir'],
		['place/leh', 'kashmir/ladakh'],
		['place/kargil', 'kashmir/ladakh'],
		['place/muzaffarabad', 'kashmir/azad-jammu-and-kashmir'],
		['place/gilgit', 'kashmir/gilgit-baltistan'],
		['place/skardu', 'kashmir/gilgit-baltistan']
	];
	it.each(inDistrict)('%s lies in %s, or its note says why not', (place, unit) => {
		const p = get(place);
		const u = get(unit) as Feature<Polygon | MultiPolygon, FeatureProps>;
		const explainsOutside = /falls .* outside/;
		// Either way the note must agree with the geometry: a note that says the point falls
		// outside is as wrong for a point inside as no note is for a point outside.
		if (booleanPointInPolygon(p.geometry as Point, u))
			expect(p.properties.note, `${place} lies inside ${unit}`).not.toMatch(explainsOutside);
		else expect(p.properties.note, `${place} lies outside ${unit}`).toMatch(explainsOutside);
	});
});

describe('claims', () => {
	const claims = (coll('kashmir-claims.geojson').features as F[]).filter(
		(f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
	);
	const zones = (coll('kashmir-zones.geojson').features as F[]).filter(
		(f) => f.properties.kind === 'zone'
	);
	it.each(zones.map((z) => [z.properties.id, z] as const))(
		'%s: claimed_by agrees with the claims layer',
		(_id, z) => {
			const za = km2(z.geometry as Polygon);
			for (const c of claims) {
				const x = intersect(
					featureCollection([feature(z.geometry as Polygon), feature(c.geometry as Polygon)])
				);
				const share = x ? km2(x.geometry) / za : 0;
				const claimant = c.properties.claimed_by[0];
				if (share > 0.5)
					expect(
						z.properties.claimed_by,
						`${c.properties.id} covers ${(share * 100).toFixed(0)}%`
					).toContain(claimant);
				else
					expect(
						z.properties.claimed_by,
						`${c.properties.id} covers ${(share * 100).toFixed(0)}%`
					).not.toContain(claimant);
			}
		}
	);
});

describe('size budget', () => {
	it('all shipped geodata together is at most 150 KB gzip', () => {
		const total = files.reduce((s, f) => s + gzipSync(text(f), { level: 9 }).length, 0);
		console.log(`geodata gzip total: ${total} bytes`);
		expect(total).toBeLessThanOrEqual(150 * 1024);
	});
});

describe('reference comparison (tests/fixtures/reference)', () => {
	const ref = (name: string) =>
		JSON.parse(readFileSync(join(referenceDir, name), 'utf8')) as FeatureCollection;
	it('Line of Control is within 0.1 km of the Natural Earth reference', () => {
		const cand = ref('kashmir_ne_10m_admin_0_boundary_lines_land.ne4.geojson').features.filter(
			(f) => String(f.properties?.featurecla).startsWith('Line of control')
		);
		const refLoc = cand
			.map((f) => ({ f, km: length(f as Feature<never>) }))
			.sort((a, b) => Math.abs(a.km - 644) - Math.abs(b.km - 644))[0]?.f;
		expect(
			hausdorffKm(linesOf(get('line/loc').geometry), linesOf(refLoc?.geometry as never))
		).toBeLessThan(0.1);
	});
	it('1991 NKAO outline is within 0.1 km of the reference polygon', () => {
		const refN = ref('karabakh_nkao_1991_polygon.ne4-derived.geojson').features[0];
		expect(
			hausdorffKm(linesOf(get('karabakh/nkao-1991').geometry), linesOf(refN?.geometry as never))
		).toBeLessThan(0.1);
	});
});
