// geojson-validation ships no types; this covers the calls we make.
declare module 'geojson-validation' {
	type Trace = boolean;
	export function valid(object: unknown, trace: true): string[];
	export function valid(object: unknown, trace?: Trace): boolean;
	export function isFeatureCollection(object: unknown, trace: true): string[];
	export function isFeature(object: unknown, trace: true): string[];
	export function define(
		type: string,
		check: (value: unknown) => string[] | string | undefined
	): void;
	const gjv: {
		valid: typeof valid;
		isFeatureCollection: typeof isFeatureCollection;
		isFeature: typeof isFeature;
		define: typeof define;
	};
	export default gjv;
}
