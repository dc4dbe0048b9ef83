/**
 * Hit-testing: which layers a click can hit (each source says so in its descriptor), and which
 * feature a click means when several lie under the pointer: the most specific one. A town inside
 * a district inside a region is the town; a line on a zone edge is the line.
 */
import type { FeatureKind } from '$lib/geodata/types';
import type { SourceDescriptor } from './source';

/** The layers hit-testing queries, over every source in the list. */
export function interactiveLayers(sources: readonly SourceDescriptor[]): string[] {
	return sources.flatMap((source) => source.interactive);
}

const SPECIFICITY: Record<FeatureKind, number> = {
	place: 0,
	line: 1,
	district: 2,
	zone: 3,
	water: 4,
	region: 5,
	country: 6
};

export interface Candidate {
	id: string;
	kind: FeatureKind;
	/** Former outlines (e.g. the 1991 NKAO) and claims rank after the areas drawn over them. */
	status?: string;
	/** The hit came from the feature's drawn outline rather than its fill. */
	outline?: boolean;
}

export function pickFeature(candidates: readonly Candidate[]): string | null {
	let best: Candidate | null = null;
	for (const candidate of candidates) {
		if (!best || rank(candidate) < rank(best)) best = candidate;
	}
	return best?.id ?? null;
}

function rank(candidate: Candidate): number {
	const base = SPECIFICITY[candidate.kind] ?? 9;
	const overlay = candidate.status === 'former' || candidate.status === 'claim';
	// An outline drawn over other areas (a region, the 1991 NKAO) is picked when the click is
	// on its line; a click inside it means the smaller area there.
	if (candidate.outline && (overlay || candidate.kind === 'region')) return SPECIFICITY.line + 0.5;
	return overlay ? base + 2.5 : base;
}
