/**
 * Geodata pipeline: builds geodata/*.geojson and layers.json from pinned registry inputs and the
 * reviewed facts (geodata/facts/*.yaml). Run: cd geodata/scripts && npm ci && npm run build
 * (see ../README.md). Deterministic: two runs give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GEODATA, sha256File } from './inputs.ts';
import { serializeCollection } from './geom.ts';
import { finish } from './finish.ts';
import { loadFacts, FactsJoin, FactsError } from './facts.ts';
import { LAYERS } from './layers.ts';
import { buildCountries } from './countries.ts';
import { buildKashmir } from './kashmir.ts';
import { buildKarabakh } from './karabakh.ts';
import { buildPlaces, TOWNS_FACTS } from './places.ts';
import { buildWater } from './water.ts';
import { buildNamedAreas } from './named-areas.ts';
import type { Feature, Geometry } from 'geojson';
import type { FeatureProps } from '../../src/lib/geodata/types.ts';

export const LAYER_GROUPS = [
	'countries',
	'kashmir',
	'karabakh',
	'places',
	'water',
	'named-areas'
] as const;

function write(
	file: string,
	features: Feature<Geometry | null, FeatureProps>[],
	written: string[]
) {
	const ids = new Set<string>();
	for (const f of features) {
		const id = f.properties.id;
		if (ids.has(id)) throw new Error(`${file}: duplicate id ${id}`);
		ids.add(id);
	}
	const text = serializeCollection(features);
	writeFileSync(join(GEODATA, file), text);
	written.push(file);
	console.log(`  wrote ${file}: ${features.length} features, ${text.length} bytes`);
}

export function main(only: string[]) {
	const t0 = Date.now();
	for (const o of only)
		if (!(LAYER_GROUPS as readonly string[]).includes(o))
			throw new Error(`unknown layer group "${o}"; use one of ${LAYER_GROUPS.join(', ')}`);
	const want = (s: string) => only.length === 0 || only.includes(s);
	console.log('geodata pipeline');
	const facts = loadFacts(join(GEODATA, 'facts'));
	const join_ = new FactsJoin(facts);
	const written: string[] = [];
	if (want('countries')) write('countries.geojson', buildCountries(finish, facts), written);
	if (want('kashmir')) {
		const k = buildKashmir(finish, join_);
		write('kashmir-zones.geojson', k.zones, written);
		write('kashmir-lines.geojson', k.lines, written);
		write('kashmir-claims.geojson', k.claims, written);
	}
	if (want('karabakh')) {
		const k = buildKarabakh(finish, join_);
		write('karabakh-districts.geojson', k.districts, written);
		write('karabakh-nkao-1991.geojson', k.nkao, written);
	}
	if (want('places')) {
		write('places.geojson', buildPlaces(finish, join_), written);
		write('towns.geojson', buildPlaces(finish, join_, TOWNS_FACTS), written);
	}
	if (want('water')) write('water.geojson', buildWater(finish), written);
	if (want('named-areas')) write('named-areas.geojson', buildNamedAreas(join_), written);
	if (only.length === 0) {
		const unused = join_.unused();
		if (unused.length) throw new Error(`facts without a feature:\n  ${unused.join('\n  ')}`);
	}
	writeFileSync(join(GEODATA, 'layers.json'), JSON.stringify(LAYERS, null, '\t') + '\n');
	written.push('layers.json');
	for (const f of written) console.log(`  sha256 ${sha256File(join(GEODATA, f))}  ${f}`);
	console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// run only as the entry point (`tsx build.ts`), never when imported
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		main(process.argv.slice(2));
	} catch (e) {
		if (e instanceof FactsError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
