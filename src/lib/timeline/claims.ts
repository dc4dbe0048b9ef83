/**
 * The claims lens in data: each party's claim with the dates it stood, and which claims stand on
 * a day. Built at build time from `geodata/claims.yaml` (`claims-load.ts`) into
 * `control.json`; pure, so the browser reads it with the timeline.
 */
import type { DayRange, ShippedSource } from './control';

export interface ShippedClaim {
	/** Party id (control.yaml `parties`). */
	party: string;
	/** "India", "the self-declared Nagorno-Karabakh Republic". */
	label: string;
	/** The shapes the lens hatches. */
	features: string[];
	from: DayRange;
	/** null: the claim still stands. */
	to: DayRange | null;
	note: string;
	sources: ShippedSource[];
}

/** Whether the claim stood on `day` (from inclusive, to exclusive, on the surest reading). */
export function claimStandsOn(claim: ShippedClaim, day: string): boolean {
	return claim.from.earliest <= day && (claim.to === null || day < claim.to.earliest);
}

/** The claims of the chosen parties that stood on `day`, in the file's order. */
export function claimsOn(
	claims: readonly ShippedClaim[],
	day: string,
	parties: ReadonlySet<string>
): ShippedClaim[] {
	return claims.filter((c) => parties.has(c.party) && claimStandsOn(c, day));
}
