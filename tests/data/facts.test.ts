/**
 * The reviewed facts (geodata/facts/*.yaml): they validate, the committed layers carry exactly
 * what they say (so an edit that was not rebuilt fails here), and a broken file gets a message
 * naming its file, line, feature and field. Needs nothing outside the repository.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { accuracyLine } from '../../src/lib/geodata/accuracy';
import {
	loadFacts,
	loadFactsTexts,
	FactsError,
	formatFactsProblem,
	type FeatureFacts
} from '../../geodata/scripts/facts';
import type { FeatureProps } from '../../src/lib/geodata/types';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const geodata = join(repoRoot, 'geodata');
const schema = join(geodata, 'facts', 'schema.json');
const facts = loadFacts(join(geodata, 'facts'), repoRoot);

const shipped = readdirSync(geodata)
	.filter((f) => f.endsWith('.geojson'))
	.flatMap((f) =>
		(JSON.parse(readFileSync(join(geodata, f), 'utf8')) as FeatureCollection).features.map(
			(x) => x.properties as FeatureProps
		)
	);
const shippedById = new Map(shipped.map((p) => [p.id, p]));

function problemsOf(file: string): string[] {
	const text = readFileSync(join(repoRoot, 'tests/fixtures/facts-broken', file), 'utf8');
	try {
		loadFactsTexts([{ file: `tests/fixtures/facts-broken/${file}`, text }], schema);
	} catch (e) {
		if (e instanceof FactsError) return e.problems.map(formatFactsProblem);
		throw e;
	}
	return [];
}

describe('facts files', () => {
	it('validate against the schema and cite only listed sources', () => {
		expect(facts.features.size).toBeGreaterThan(40);
		expect(facts.countryDefaults).not.toBeNull();
	});

	it('describe only features the layers ship, and every regional feature is described', () => {
		for (const [id, f] of facts.features)
			expect(shippedById.has(id), `${f.file}:${f.line}: ${id} is not in any layer`).toBe(true);
		for (const p of shipped)
			if (p.kind !== 'country' && p.kind !== 'water')
				expect(facts.features.has(p.id), `${p.id} has no entry in geodata/facts`).toBe(true);
		for (const [id, c] of facts.countries)
			expect(shippedById.get(id)?.kind, `${c.file}:${c.line}: ${id}`).toBe('country');
	});

	it('are what the committed layers carry (run `npm run geodata` after editing them)', () => {
		const fields: (keyof FeatureFacts & keyof FeatureProps)[] = [
			'kind',
			'name',
			'aliases',
			'administered_by',
			'claimed_by',
			'status',
			'note',
			'derivation',
			'accuracy',
			'accuracy_km'
		];
		for (const [id, { value, file, line }] of facts.features) {
			const p = shippedById.get(id)!;
			expect(p.names, `${file}:${line}: ${id}: names differ from the layer`).toEqual(
				value.names.map(({ sources: _cited, ...n }) => n)
			);
			for (const k of fields)
				if (value[k] !== undefined)
					expect(p[k], `${file}:${line}: ${id}: ${k} differs from the layer`).toEqual(value[k]);
			if (value.official) {
				const { sources: _cited, ...figure } = value.official;
				expect(p.official, `${file}:${line}: ${id}: official`).toEqual(figure);
			}
		}
		for (const [id, { value }] of facts.countries) {
			const p = shippedById.get(id)!;
			if (value.name) expect(p.name).toBe(value.name);
			expect(p.administered_by, `${id}: context countries state no administration`).toBeNull();
			expect(p.claimed_by, `${id}: context countries state no claims`).toEqual([]);
			for (const a of value.aliases ?? []) expect(p.aliases).toContain(a);
		}
	});
});

describe('a broken facts file', () => {
	it('names file, line, feature and field for a misspelt, a wrong and a missing field', () => {
		expect(problemsOf('wrong-field.yaml')).toEqual([
			'tests/fixtures/facts-broken/wrong-field.yaml:13: kashmir/ladakh: names[0].usedby: is not a known field (misspelt, or belongs elsewhere)',
			'tests/fixtures/facts-broken/wrong-field.yaml:17: kashmir/ladakh: status: must be one of "de-facto", "claim", "former", "approximate"',
			'tests/fixtures/facts-broken/wrong-field.yaml:20: kashmir/siachen: administered_by: is missing'
		]);
	});

	it('rejects a date that is not EDTF', () => {
		expect(problemsOf('bad-refs.yaml')).toEqual([
			'tests/fixtures/facts-broken/bad-refs.yaml:6: unused-doc: date: must be an EDTF date (e.g. 2023-12-08, 1993-04~, 195X)'
		]);
	});

	it('rejects a cited source nobody lists and a listed source nobody cites', () => {
		const text = readFileSync(
			join(repoRoot, 'tests/fixtures/facts-broken/bad-refs.yaml'),
			'utf8'
		).replace('2023-13-45', '2023-12-07');
		let message = '';
		try {
			loadFactsTexts([{ file: 'refs.yaml', text }], schema);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toContain(
			'refs.yaml:18: karabakh/aghdara: official.sources[0]: cites source "no-such-source", which no facts file lists under sources'
		);
		expect(message).toContain('refs.yaml:3: unused-doc: (entry): source is not cited by any fact');
	});

	it('names the feature of a YAML syntax error (a repeated key)', () => {
		expect(problemsOf('bad-yaml.yaml')).toEqual([
			'tests/fixtures/facts-broken/bad-yaml.yaml:4: place/leh: (entry): YAML: Map keys must be unique'
		]);
	});

	it('rejects a feature described in two files and a source id used twice', () => {
		const a = `sources:\n  doc:\n    title: T\n    publisher: P\n    date: '2020'\n    url: https://example.org/a\nfeatures:\n  place/leh:\n    kind: place\n    name: Leh\n    names: [{ lang: en, name: Leh }]\n    aliases: []\n    administered_by: IND\n    claimed_by: [IND]\n    status: de-facto\n    note: N.\n    sources: [doc]\n`;
		let message = '';
		try {
			loadFactsTexts(
				[
					{ file: 'a.yaml', text: a },
					{ file: 'b.yaml', text: a }
				],
				schema
			);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toContain('b.yaml:2: doc: (entry): source id already used in a.yaml:2');
		expect(message).toContain(
			'b.yaml:8: place/leh: (entry): feature already described in a.yaml:8'
		);
	});
});

describe('what the shipped data says about its own reliability', () => {
	const regional = shipped.filter((p) => p.kind !== 'country' && p.kind !== 'water');

	it('every official figure and every date of a shape rests on a cited document', () => {
		for (const [id, { value, file, line }] of facts.features) {
			if (value.official)
				expect(
					value.official.sources?.length,
					`${file}:${line}: ${id}: official has no sources`
				).toBeGreaterThan(0);
			if (value.valid_from || value.valid_to)
				expect(
					value.sources?.length,
					`${file}:${line}: ${id}: a dated shape needs sources`
				).toBeGreaterThan(0);
		}
		for (const p of regional)
			if (p.official || p.valid_from || p.valid_to)
				for (const c of p.citations ?? [])
					expect(c.url, `${p.id}: citation ${c.title}`).toMatch(/^https?:\/\//);
	});

	it('no figure is a vague "commonly cited" or "not verified" one', () => {
		for (const p of shipped) {
			const text = `${p.note} ${p.official?.source ?? ''}`;
			expect(text, p.id).not.toMatch(/commonly cited|not verified|as commonly/i);
		}
	});

	it("every feature's accuracy says whether it was measured (against what) or is the source's nominal one", () => {
		for (const p of shipped) {
			const basis = p.accuracy_basis;
			// A named area has no position to be accurate about; the panel says it is not drawn.
			if (p.outline === 'none') {
				expect(basis, p.id).toBeUndefined();
				expect(accuracyLine(p), p.id).toMatch(/no outline/i);
				continue;
			}
			expect(basis, `${p.id}: no accuracy_basis`).toBeDefined();
			if (basis?.method === 'measured') {
				expect(basis.against.length, p.id).toBeGreaterThan(10);
				expect(basis.max_km, p.id).toBeGreaterThan(0);
			} else expect(basis?.method === 'nominal' && basis.scale.length > 2, p.id).toBe(true);
		}
	});

	it('the Line of Actual Control is approximate in data and label, like the LoC', () => {
		const lac = shippedById.get('line/lac-western')!;
		expect(lac.status).toBe('approximate');
		expect(lac.name).toMatch(/approximate/);
	});

	it("China's claims in Ladakh are partial claims, not a claim on all of it", () => {
		const ladakh = shippedById.get('kashmir/ladakh')!;
		expect(ladakh.claimed_by).not.toContain('CHN');
		expect(ladakh.claimed_in_part_by).toEqual(['CHN']);
	});

	it('the Hindi name of Azad Jammu and Kashmir is an Indian usage, not "Azad" transliterated', () => {
		const ajk = shippedById.get('kashmir/azad-jammu-and-kashmir')!;
		const hindi = ajk.names.filter((n) => n.lang === 'hi');
		expect(hindi.length).toBeGreaterThan(0);
		for (const n of hindi) {
			expect(n.name).not.toMatch(/आज़ाद|आजाद/);
			expect(n.used_by).toMatch(/Indian/);
		}
	});
});
