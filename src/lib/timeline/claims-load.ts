/**
 * Reads `geodata/claims.yaml` at build time: every claim needs a known party and feature,
 * EDTF dates that parse and end after they start, a note and at least one full source. Every
 * problem names the file, the claim and the field; nothing ships half-checked.
 */
import { parse } from 'yaml';
import type { ShippedClaim } from './claims';
import { dayRange } from './load';

export const CLAIMS_FILE = 'geodata/claims.yaml';

const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export function loadClaims(
	source: string,
	file: string,
	parties: Readonly<Record<string, string>>,
	featureIds: ReadonlySet<string>
): ShippedClaim[] {
	const raw = parse(source) as { claims?: unknown } | null;
	if (!raw || !Array.isArray(raw.claims)) throw new Error(`${file}: claims: must be a list`);
	const problems: string[] = [];
	const out: ShippedClaim[] = [];
	raw.claims.forEach((entry: Record<string, unknown>, i: number) => {
		const where = `${file}: claims › ${i} (${String(entry?.party)})`;
		const bad = (field: string, what: string) => problems.push(`${where} › ${field}: ${what}`);
		if (!text(entry.party) || !(entry.party in parties)) bad('party', 'unknown party');
		if (!text(entry.label)) bad('label', 'is missing');
		if (!text(entry.note)) bad('note', 'is missing');
		const features = Array.isArray(entry.features) ? (entry.features as unknown[]) : [];
		if (!features.length) bad('features', 'must list at least one feature id');
		for (const f of features)
			if (typeof f !== 'string' || !featureIds.has(f))
				bad('features', `unknown feature id ${JSON.stringify(f)}`);
		const date = (field: 'from' | 'to') => {
			const v = entry[field];
			if (field === 'to' && v === null) return null;
			try {
				return dayRange(String(v));
			} catch {
				bad(field, `not a valid EDTF date ${JSON.stringify(v)}`);
				return undefined;
			}
		};
		const from = date('from');
		const to = date('to');
		if (from && to && to.earliest <= from.latest) bad('to', 'ends before it starts');
		const sources = Array.isArray(entry.sources)
			? (entry.sources as Record<string, unknown>[])
			: [];
		if (!sources.length) bad('sources', 'a claim needs at least one source');
		sources.forEach((s, j) => {
			for (const key of ['title', 'publisher', 'date', 'url'])
				if (!text(s?.[key])) bad(`sources › ${j} › ${key}`, 'is missing');
		});
		if (from && to !== undefined)
			out.push({
				party: String(entry.party),
				label: String(entry.label),
				features: features as string[],
				from,
				to,
				note: String(entry.note),
				sources: sources as unknown as ShippedClaim['sources']
			});
	});
	if (problems.length) throw new Error(problems.join('\n'));
	return out;
}
