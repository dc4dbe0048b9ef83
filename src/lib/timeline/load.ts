/**
 * Reads `control.yaml` into what the app ships (`ShippedControl`): YAML with line numbers, the
 * ajv schema, then the checks a schema cannot make (source and party ids that exist, feature ids
 * that exist, EDTF dates that parse, spans in order). Runs at build time and in tests, never in
 * the browser. Every problem names the file, the line, the feature or event and the field; the
 * whole file is rejected if anything is wrong, so nothing ships half-checked.
 */
import { Ajv } from 'ajv';
import edtf from 'edtf';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type {
	DayRange,
	PublishedFigure,
	ShippedControl,
	ShippedEvent,
	ShippedSpan,
	ShippedValidity
} from './control';
// One schema for every facts file, shared with the geodata pipeline's facts loader.
import factsSchema from '../../../geodata/facts/schema.json';

interface RawSpan {
	from: string;
	to: string | null;
	holder: string | null;
	partly?: boolean;
	note?: string;
	sources: string[];
}
interface RawFile {
	sources: Record<string, { title: string; publisher: string; date: string; url: string }>;
	parties: Record<string, string>;
	events: { id: string; date: string; title: string; features: string[]; sources: string[] }[];
	published?: Record<string, PublishedFigure[]>;
	valid?: Record<string, { from?: string; to?: string; note?: string; sources: string[] }>;
	control: Record<string, RawSpan[]>;
}

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
ajv.addFormat('edtf', {
	type: 'string',
	validate: (value: string) => {
		try {
			edtf(value);
			return true;
		} catch {
			return false;
		}
	}
});
const validateShape = ajv.compile<RawFile>(factsSchema);
const REQUIRED_SECTIONS = ['sources', 'parties', 'events', 'control'] as const;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first and last day an EDTF value allows; throws with the reason if it does not parse. */
export function dayRange(value: string): DayRange {
	const parsed = edtf(value);
	if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max))
		throw new Error(`open-ended EDTF ${JSON.stringify(value)} is not allowed here`);
	return { edtf: value, earliest: iso(parsed.min), latest: iso(parsed.max) };
}

export interface LoadOptions {
	/** File name used in messages, e.g. `geodata/facts/control.yaml`. */
	file: string;
	/** Every feature id that ships; ids not in it are errors. */
	featureIds: ReadonlySet<string>;
	/** Source ids already defined by other facts files (ids are unique across files). */
	otherSourceIds?: ReadonlySet<string>;
}

export class ControlDataError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'ControlDataError';
	}
}

export function loadControl(text: string, options: LoadOptions): ShippedControl {
	const { file, featureIds } = options;
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	const at = (node: Node | null | undefined) =>
		node?.range ? `${file}:${lines.linePos(node.range[0]).line}` : file;
	if (doc.errors.length)
		throw new ControlDataError(
			doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? '?'}: ${e.message}`)
		);

	/** The YAML node at a path, for the line number of a message. */
	const nodeAt = (path: (string | number)[]): Node | null => {
		for (let i = path.length; i >= 0; i--) {
			const n = doc.getIn(path.slice(0, i), true);
			if (n && (isMap(n) || isSeq(n) || (n as Node).range)) return n as Node;
		}
		return null;
	};

	const raw = doc.toJS() as unknown;
	if (!validateShape(raw)) {
		throw new ControlDataError(
			(validateShape.errors ?? []).map((e) => {
				const path = e.instancePath.split('/').slice(1).map(decodePointer);
				const where = path.join(' › ') || '(top level)';
				const message =
					e.keyword === 'format' && e.params.format === 'edtf'
						? `not a valid EDTF date ${JSON.stringify(e.data)}`
						: (e.message ?? 'invalid');
				return `${at(nodeAt(path))}: ${where}: ${message}`;
			})
		);
	}
	const data = raw;
	const missing = REQUIRED_SECTIONS.filter((key) => !(key in data));
	if (missing.length)
		throw new ControlDataError(missing.map((key) => `${file}: (top level): ${key}: is missing`));
	const problems: string[] = [];
	const problem = (path: (string | number)[], message: string) =>
		problems.push(`${at(nodeAt(path))}: ${path.join(' › ')}: ${message}`);

	for (const id of Object.keys(data.sources))
		if (options.otherSourceIds?.has(id))
			problem(['sources', id], 'source id is already defined in another facts file');

	const cite = (path: (string | number)[], ids: string[]) =>
		ids.forEach((id, i) => {
			if (!(id in data.sources))
				problem([...path, i], `unknown source ${JSON.stringify(id)} (not in sources:)`);
		});
	const range = (path: (string | number)[], value: string): DayRange | null => {
		try {
			return dayRange(value);
		} catch (e) {
			const reason = (e as Error).message.split('\n')[0]!.slice(0, 120);
			problem(path, `not a valid EDTF date ${JSON.stringify(value)} (${reason})`);
			return null;
		}
	};
	const feature = (path: (string | number)[], id: string) => {
		if (!featureIds.has(id)) problem(path, `unknown feature id ${JSON.stringify(id)}`);
	};

	const used = new Set<string>();
	const events: ShippedEvent[] = [];
	const eventIds = new Set<string>();
	data.events.forEach((e, i) => {
		if (eventIds.has(e.id)) problem(['events', i, 'id'], `duplicate event id ${e.id}`);
		eventIds.add(e.id);
		e.features.forEach((f, j) => feature(['events', i, 'features', j], f));
		cite(['events', i, 'sources'], e.sources);
		e.sources.forEach((s) => used.add(s));
		const date = range(['events', i, 'date'], e.date);
		if (date) events.push({ ...e, date });
	});
	events.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest));

	const valid: Record<string, ShippedValidity> = {};
	for (const [id, v] of Object.entries(data.valid ?? {})) {
		feature(['valid', id], id);
		cite(['valid', id, 'sources'], v.sources);
		v.sources.forEach((s) => used.add(s));
		valid[id] = {
			from: v.from ? range(['valid', id, 'from'], v.from) : null,
			to: v.to ? range(['valid', id, 'to'], v.to) : null,
			...(v.note ? { note: v.note } : {}),
			sources: v.sources
		};
	}

	const published = data.published ?? {};
	for (const [id, figures] of Object.entries(published))
		figures.forEach((f, i) => {
			cite(['published', id, i, 'sources'], f.sources);
			f.sources.forEach((s) => used.add(s));
		});

	const control: Record<string, ShippedSpan[]> = {};
	for (const [id, spans] of Object.entries(data.control)) {
		feature(['control', id], id);
		const shipped: ShippedSpan[] = [];
		spans.forEach((s, i) => {
			const path = ['control', id, i];
			if (s.holder !== null && !(s.holder in data.parties))
				problem([...path, 'holder'], `unknown party ${JSON.stringify(s.holder)} (not in parties:)`);
			cite([...path, 'sources'], s.sources);
			s.sources.forEach((src) => used.add(src));
			const from = range([...path, 'from'], s.from);
			const to = s.to === null ? null : range([...path, 'to'], s.to);
			if (!from || (s.to !== null && !to)) return;
			if (to && to.latest < from.earliest) problem([...path, 'to'], 'ends before it starts');
			const previous = shipped[shipped.length - 1];
			if (previous) {
				if (previous.to === null)
					problem([...path, 'from'], 'follows a span that never ends (to: null)');
				else if (from.earliest < previous.to.earliest)
					problem([...path, 'from'], `starts before the previous span ends (${previous.to.edtf})`);
			}
			shipped.push({
				from,
				to,
				holder: s.holder,
				partly: s.partly ?? false,
				...(s.note ? { note: s.note } : {}),
				sources: s.sources
			});
		});
		control[id] = shipped;
	}

	for (const id of Object.keys(data.sources))
		if (!used.has(id)) problem(['sources', id], 'source is never cited');

	if (problems.length) throw new ControlDataError(problems);
	return { sources: data.sources, parties: data.parties, events, published, valid, control };
}

function decodePointer(token: string): string | number {
	const s = token.replace(/~1/g, '/').replace(/~0/g, '~');
	return /^\d+$/.test(s) ? Number(s) : s;
}
