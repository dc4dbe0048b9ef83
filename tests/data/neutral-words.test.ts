/**
 * The app's own words are neutral (docs/neutrality.md): a loaded term may appear only as a name
 * with its user (a `names` entry with `used_by`) or inside quoted article text, never in the
 * app's voice. This reads every string the app itself shows: component and route text, the
 * sentences of describe.ts and accuracy.ts, the legend, layers.json, and the shipped facts.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseSvelte } from 'svelte/compiler';
import { parse as parseYaml } from 'yaml';
import type { FeatureCollection } from 'geojson';
import type { FeatureProps, LayerEntry } from '../../src/lib/geodata/types';
import { SOURCES } from '../../src/lib/map/layers';
import { LIGHT } from '../../src/lib/theme';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Each party's loaded terms, in the languages the data has. Word-bounded, case-folded. */
const LOADED = [
	/\boccupied\b/i,
	/\boccupation\b/i,
	/\boccupiers?\b/i,
	/\bliberat(?:ed|ion)\b/i,
	/\billegal(?:ly)?\b/i,
	/\bPoK\b/i,
	/\bPoJK\b/i,
	/\bIIOJK\b/i,
	/\bArtsakh\b/i,
	/\bso-called\b/i,
	/अधिकृत/, // Hindi "occupied"
	/مقبوضہ/, // Urdu "occupied"
	/Արցախ/, // Armenian "Artsakh"
	/işğal/i, // Azerbaijani "occupation"
	/оккупир/i // Russian "occupied"
];

function loadedTermsIn(text: string): string[] {
	return LOADED.flatMap((re) => text.match(re)?.[0] ?? []);
}

/** One string the app shows, and where it comes from (for the failure message). */
interface Shown {
	where: string;
	text: string;
}

/** String literals and template parts of a TS/JS source (comments are not the app's words). */
function scriptStrings(source: string, file: string): string[] {
	const out: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
		)
			out.push(node.text);
		ts.forEachChild(node, visit);
	};
	visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
	return out;
}

/** Text, attribute values and script strings of a Svelte component; not comments or CSS. */
function svelteStrings(source: string, file: string): string[] {
	const ast = parseSvelte(source, { modern: true, filename: file }) as unknown as Record<
		string,
		unknown
	>;
	const out: string[] = [];
	const visit = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!node || typeof node !== 'object') return;
		const n = node as Record<string, unknown>;
		if (n.type === 'Comment' || n.type === 'StyleSheet') return;
		if (n.type === 'Text' && typeof n.data === 'string') out.push(n.data);
		if (n.type === 'Literal' && typeof n.value === 'string') out.push(n.value);
		if (n.type === 'TemplateElement') out.push((n.value as { cooked: string }).cooked);
		for (const [key, value] of Object.entries(n)) if (key !== 'css') visit(value);
	};
	visit(ast.fragment);
	visit(ast.instance);
	visit(ast.module);
	return out;
}

function filesUnder(dir: string, ext: RegExp): string[] {
	return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => ext.test(f) && !f.includes('.test.'))
		.map((f) => join(dir, f));
}

function sourceStrings(): Shown[] {
	const files = [
		...filesUnder('src/lib/components', /\.svelte$/),
		...filesUnder('src/routes', /\.(svelte|ts)$/),
		'src/lib/geodata/describe.ts',
		'src/lib/geodata/accuracy.ts',
		'src/lib/timeline/describe.ts',
		...filesUnder('src/lib/map/layers', /\.ts$/)
	];
	return files.flatMap((file) => {
		const source = readFileSync(join(root, file), 'utf8');
		const strings = file.endsWith('.svelte')
			? svelteStrings(source, file)
			: scriptStrings(source, file);
		return strings.map((text) => ({ where: file, text }));
	});
}

function legendStrings(): Shown[] {
	return SOURCES.flatMap((source) =>
		source.legend(LIGHT).map((entry) => ({ where: `legend of ${source.id}`, text: entry.label }))
	);
}

function catalogueStrings(): Shown[] {
	const layers = JSON.parse(
		readFileSync(join(root, 'geodata/layers.json'), 'utf8')
	) as LayerEntry[];
	return layers.flatMap((layer) =>
		[layer.title, layer.legend, layer.description].map((text) => ({
			where: `geodata/layers.json ${layer.id}`,
			text
		}))
	);
}

/**
 * What the shipped features say in the app's voice. A name form with `used_by` is a name with
 * its user; an alias is matched and shown by search, so it passes only when the same feature
 * attributes it as a name (search then shows the user).
 */
function featureStrings(props: FeatureProps, file: string): Shown[] {
	const where = `${file} ${props.id}`;
	const attributed = new Set(
		props.names.filter((n) => n.used_by).flatMap((n) => [n.name, n.latin ?? ''])
	);
	const out: Shown[] = [
		{ where: `${where} name`, text: props.name },
		{ where: `${where} note`, text: props.note },
		{ where: `${where} derivation`, text: props.derivation },
		{ where: `${where} name_used_by`, text: props.name_used_by ?? '' },
		{ where: `${where} official.source`, text: props.official?.source ?? '' }
	];
	for (const form of props.names) {
		out.push({ where: `${where} names used_by`, text: form.used_by ?? '' });
		if (!form.used_by)
			out.push({ where: `${where} names`, text: `${form.name} ${form.latin ?? ''}` });
	}
	for (const alias of props.aliases)
		if (!attributed.has(alias)) out.push({ where: `${where} aliases`, text: alias });
	return out;
}

function geodataStrings(): Shown[] {
	return readdirSync(join(root, 'geodata'))
		.filter((f) => f.endsWith('.geojson'))
		.flatMap((file) =>
			(
				JSON.parse(readFileSync(join(root, 'geodata', file), 'utf8')) as FeatureCollection
			).features.flatMap((f) => featureStrings(f.properties as FeatureProps, file))
		);
}

/** The control timeline's own words (event titles, span notes, party labels). */
function timelineStrings(): Shown[] {
	const file = 'geodata/facts/control.yaml';
	const control = parseYaml(readFileSync(join(root, file), 'utf8')) as {
		parties: Record<string, string>;
		events: { id: string; title: string }[];
		control: Record<string, { note?: string }[]>;
		valid: Record<string, { note?: string }>;
		published: Record<string, { what: string }[]>;
	};
	return [
		...Object.entries(control.parties).map(([id, text]) => ({
			where: `${file} parties.${id}`,
			text
		})),
		...control.events.map((e) => ({ where: `${file} event ${e.id}`, text: e.title })),
		...Object.entries(control.control).flatMap(([id, spans]) =>
			spans.map((s) => ({ where: `${file} control ${id}`, text: s.note ?? '' }))
		),
		...Object.entries(control.valid).map(([id, v]) => ({
			where: `${file} valid ${id}`,
			text: v.note ?? ''
		})),
		...Object.entries(control.published).flatMap(([id, figures]) =>
			figures.map((f) => ({ where: `${file} published ${id}`, text: f.what }))
		)
	];
}

function offending(shown: Shown[]): string[] {
	return shown.flatMap(({ where, text }) =>
		loadedTermsIn(text).map(
			(term) => `${relative(root, join(root, where))}: "${term}" in "${text.trim()}"`
		)
	);
}

describe("loaded terms in the app's own words", () => {
	it('the detector finds a planted term in component text, an attribute and a script string', () => {
		const planted = svelteStrings(
			`<script>const a = 'the liberated lands';</script>
			<!-- a comment may discuss "occupied" -->
			<p title="PoK">Indian Illegally Occupied Jammu and Kashmir</p>
			<style>.occupied { color: red }</style>`,
			'planted.svelte'
		);
		expect(planted.flatMap(loadedTermsIn).sort()).toEqual(
			['Illegally', 'Occupied', 'PoK', 'liberated'].sort()
		);
	});

	it('an alias is accepted only when the feature attributes it as a name', () => {
		const base = {
			id: 'kashmir/test',
			name: 'Test zone',
			note: '',
			derivation: '',
			names: [{ lang: 'en', name: 'PoK', used_by: 'Indian official usage' }],
			aliases: ['PoK', 'Artsakh']
		} as unknown as FeatureProps;
		expect(offending(featureStrings(base, 'test.geojson'))).toEqual([
			'test.geojson kashmir/test aliases: "Artsakh" in "Artsakh"'
		]);
	});

	it('components, routes and the panel sentences use none', () => {
		const strings = sourceStrings();
		expect(strings.length).toBeGreaterThan(200);
		expect(offending(strings)).toEqual([]);
	});

	it('the legend and the layer catalogue use none', () => {
		expect(offending([...legendStrings(), ...catalogueStrings()])).toEqual([]);
	});

	it('the shipped features use one only as a name with its user', () => {
		expect(offending(geodataStrings())).toEqual([]);
	});

	it('the control timeline uses none', () => {
		expect(offending(timelineStrings())).toEqual([]);
	});
});
