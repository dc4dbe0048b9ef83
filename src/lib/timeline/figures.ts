/**
 * "What the article says, what the data measures": each of the article's figures set beside what
 * this map's data gives, with the method. Computed from the shipped geodata and control data at
 * build time; the only fixed inputs are the article's own words and which units they name.
 * Pure (turf for areas), tested in node.
 */
import { area, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { FeatureProps } from '$lib/geodata/types';
import { controlAt, type PublishedFigure, type ShippedControl } from './control';

export const KM_PER_MILE = 1.609344;

type AreaFeature = Feature<Polygon | MultiPolygon, FeatureProps>;

export interface LineFigure {
	quote: string;
	statedMiles: number;
	statedKm: number;
	measuredKm: number;
	measuredOf: string;
	accuracy: string;
	why: string;
	published: PublishedFigure[];
}

export interface ShareUnit {
	id: string;
	name: string;
	areaKm2: number;
	partly: boolean;
	note?: string;
	sources: string[];
}

export interface ShareFigure {
	quote: string;
	statedPercent: number;
	/** The day the share is measured on (the ceasefire). */
	onDay: string;
	/** The party whose holding is measured. */
	holder: string;
	units: ShareUnit[];
	/** Area of the union of the units (overlaps counted once). */
	heldKm2: number;
	/** Same, leaving out the units held only in part: the least the data supports. */
	heldSurelyKm2: number;
	countryKm2: number;
	countryAccuracy: string;
	percentUpper: number;
	percentLower: number;
	published: PublishedFigure[];
}

export interface DurationFigure {
	quote: string;
	statedDays: number;
	from: { day: string; title: string; sources: string[] };
	to: { day: string; title: string; sources: string[] };
	/** Days from the first to the second date, counting the last one. */
	days: number;
}

export interface HandoverFigure {
	quote: string;
	handovers: { id: string; name: string; day: string; sources: string[] }[];
}

export interface ArticleFigures {
	line: LineFigure;
	share: ShareFigure;
	duration: DurationFigure;
	handovers: HandoverFigure;
}

/** What the article states and which units and events it refers to. */
export interface FigureInputs {
	line: { quote: string; miles: number; featureId: string; publishedKey: string };
	share: {
		quote: string;
		percent: number;
		countryId: string;
		/** The event whose date the share is measured on. */
		eventId: string;
		/** The party whose holding is measured. */
		holder: string;
		publishedKey: string;
	};
	duration: { quote: string; days: number; fromEvent: string; toEvent: string };
	handovers: { quote: string; featureIds: string[]; after: string; holder: string };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function eventById(control: ShippedControl, id: string) {
	const event = control.events.find((e) => e.id === id);
	if (!event) throw new Error(`figures: event ${id} is not in the control data`);
	return event;
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function measureFigures(
	inputs: FigureInputs,
	features: readonly Feature[],
	control: ShippedControl
): ArticleFigures {
	const byId = new Map(features.map((f) => [(f.properties as FeatureProps).id, f]));
	const need = (id: string) => {
		const f = byId.get(id);
		if (!f) throw new Error(`figures: feature ${id} is not in the geodata`);
		return f;
	};

	// The Line of Control: the article's miles, converted; the map's measured length.
	const loc = need(inputs.line.featureId).properties as FeatureProps;
	if (loc.length_km === undefined) throw new Error(`figures: ${loc.id} has no measured length`);
	const line: LineFigure = {
		quote: inputs.line.quote,
		statedMiles: inputs.line.miles,
		statedKm: round1(inputs.line.miles * KM_PER_MILE),
		measuredKm: loc.length_km,
		measuredOf: loc.name,
		accuracy: loc.accuracy,
		why: loc.note,
		published: control.published[inputs.line.publishedKey] ?? []
	};

	// The share of the country held on the day of the ceasefire, from the control spans.
	const onDay = eventById(control, inputs.share.eventId).date.latest;
	const units: (ShareUnit & { feature: AreaFeature })[] = [];
	for (const [id, spans] of Object.entries(control.control)) {
		const f = byId.get(id);
		if (!f || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
		const answer = controlAt(spans, onDay);
		if (answer.kind !== 'held' || answer.holder !== inputs.share.holder) continue;
		const props = f.properties as FeatureProps;
		units.push({
			id,
			name: props.name,
			areaKm2: Math.round(area(f) / 1e6),
			partly: answer.partly,
			...(answer.span.note ? { note: answer.span.note } : {}),
			sources: answer.span.sources,
			feature: f as AreaFeature
		});
	}
	const unionArea = (list: AreaFeature[]) => {
		if (list.length === 0) return 0;
		if (list.length === 1) return area(list[0]!) / 1e6;
		const merged = union(featureCollection(list));
		return merged ? area(merged) / 1e6 : 0;
	};
	const heldKm2 = Math.round(unionArea(units.map((u) => u.feature)));
	const heldSurelyKm2 = Math.round(unionArea(units.filter((u) => !u.partly).map((u) => u.feature)));
	const country = need(inputs.share.countryId) as AreaFeature;
	const countryKm2 = Math.round(area(country) / 1e6);
	const share: ShareFigure = {
		quote: inputs.share.quote,
		statedPercent: inputs.share.percent,
		onDay,
		holder: inputs.share.holder,
		units: units.map(({ feature: _feature, ...unit }) => unit),
		heldKm2,
		heldSurelyKm2,
		countryKm2,
		countryAccuracy: (country.properties as FeatureProps).accuracy,
		percentUpper: round1((heldKm2 / countryKm2) * 100),
		percentLower: round1((heldSurelyKm2 / countryKm2) * 100),
		published: control.published[inputs.share.publishedKey] ?? []
	};

	// The war's length, from the dated events.
	const start = eventById(control, inputs.duration.fromEvent);
	const end = eventById(control, inputs.duration.toEvent);
	const duration: DurationFigure = {
		quote: inputs.duration.quote,
		statedDays: inputs.duration.days,
		from: { day: start.date.earliest, title: start.title, sources: start.sources },
		to: { day: end.date.earliest, title: end.title, sources: end.sources },
		days: daysBetween(start.date.earliest, end.date.earliest)
	};

	// The handovers: the first day each named district was held by the receiving party after
	// the ceasefire.
	const after = eventById(control, inputs.handovers.after).date.earliest;
	const handovers: HandoverFigure = {
		quote: inputs.handovers.quote,
		handovers: inputs.handovers.featureIds.map((id) => {
			const span = (control.control[id] ?? []).find(
				(s) => s.holder === inputs.handovers.holder && s.from.earliest >= after
			);
			if (!span)
				throw new Error(`figures: no handover of ${id} after ${after} in the control data`);
			return {
				id,
				name: (need(id).properties as FeatureProps).name,
				day: span.from.earliest,
				sources: span.sources
			};
		})
	};

	return { line, share, duration, handovers };
}
