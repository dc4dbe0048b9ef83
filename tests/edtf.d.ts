/** The part of npm `edtf` (no bundled types) that geodata/scripts/facts.ts uses; here so the type check, which covers tests/ and what they import, finds it. */
declare module 'edtf' {
	/** Parses an EDTF (ISO 8601-2) string; throws on anything else. */
	export function parse(input: string): unknown;
}
