import { describe, expect, it } from 'vitest';
import { claimsOn } from './claims';
import { loadClaims } from './claims-load';
import { loadClaimsFromDisk } from './control.server';

const parties = { ind: 'India', nkr: 'NKR' };
const ids = new Set(['claim/india', 'karabakh/nkao-1991']);
const yaml = (extra = '') => `claims:
  - party: nkr
    label: the self-declared republic
    features: [karabakh/nkao-1991]
    from: '1991-09-02'
    to: '2024-01-01'
    note: A note.
    sources: [{ title: T, publisher: P, date: '2023', url: 'https://example.org/' }]
${extra}`;

describe('claims', () => {
	const shipped = loadClaimsFromDisk();
	const all = new Set(shipped.map((c) => c.party));

	it('ship one claim for each of the five parties, each with a source', () => {
		expect([...all].sort()).toEqual(['aze', 'chn', 'ind', 'nkr', 'pak']);
		for (const c of shipped) expect(c.sources.length).toBeGreaterThan(0);
	});

	it("show the self-declared republic's claim until its dissolution on 1 January 2024, not after", () => {
		const on = (day: string) => claimsOn(shipped, day, all).map((c) => c.party);
		expect(on('2023-12-31')).toContain('nkr');
		expect(on('2024-01-01')).not.toContain('nkr');
		expect(on('1991-09-01')).not.toContain('nkr');
		expect(on('1991-09-02')).toContain('nkr');
		expect(on('2024-01-01')).toEqual(['ind', 'pak', 'chn', 'aze']);
	});

	it('show only the chosen parties', () => {
		expect(claimsOn(shipped, '2000-01-01', new Set(['chn'])).map((c) => c.party)).toEqual(['chn']);
		expect(claimsOn(shipped, '1960-01-01', new Set(['chn']))).toEqual([]);
	});

	it('refuse an unknown feature or party and a claim without a source, naming the file', () => {
		expect(() =>
			loadClaims(
				yaml(`  - party: xyz
    label: X
    features: [claim/nowhere]
    from: '1947'
    to: null
    note: N.
    sources: []`),
				'geodata/claims.yaml',
				parties,
				ids
			)
		).toThrow(
			/geodata\/claims\.yaml: claims › 1 \(xyz\) › party: unknown party[\s\S]*unknown feature id "claim\/nowhere"[\s\S]*a claim needs at least one source/
		);
		expect(loadClaims(yaml(), 'f.yaml', parties, ids)[0]!.to!.earliest).toBe('2024-01-01');
	});
});
