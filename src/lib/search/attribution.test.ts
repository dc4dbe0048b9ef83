/**
 * Search over the shipped layers finds each side's term for a place and says whose term it is.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { FeatureProps } from '$lib/geodata/types';
import { buildSearchIndex, search } from './search';

const dir = join(process.cwd(), 'geodata');
const features = readdirSync(dir)
	.filter((f) => f.endsWith('.geojson'))
	.flatMap((f) =>
		(JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection).features.map(
			(x) => x.properties as FeatureProps
		)
	);
const index = buildSearchIndex(features, []);
const hits = (q: string) => search(index, q, 20).features;

describe('search by a loaded term', () => {
	it('"PoK" finds Azad Jammu and Kashmir and Gilgit-Baltistan, as Indian official usage', () => {
		const found = hits('PoK').filter((h) => h.matched === 'PoK');
		expect(found.map((h) => h.id).sort()).toEqual([
			'kashmir/azad-jammu-and-kashmir',
			'kashmir/gilgit-baltistan'
		]);
		for (const h of found) expect(h.usedBy).toMatch(/Indian official/);
	});

	it('"IIOJK" finds the Indian-administered zones, as Pakistani official usage', () => {
		const found = hits('IIOJK');
		expect(found.map((h) => h.id).sort()).toEqual([
			'kashmir/jammu-and-kashmir',
			'kashmir/ladakh',
			'kashmir/siachen'
		]);
		for (const h of found) expect(h.usedBy).toMatch(/Pakistani official/);
	});

	it('the neutral terms are symmetric and say so', () => {
		expect(
			hits('Pakistan-administered Kashmir')
				.map((h) => h.id)
				.sort()
		).toEqual(['kashmir/azad-jammu-and-kashmir', 'kashmir/gilgit-baltistan']);
		const indian = hits('Indian-administered Kashmir').filter(
			(h) => h.matched === 'Indian-administered Kashmir'
		);
		expect(indian.map((h) => h.id).sort()).toEqual([
			'kashmir/jammu-and-kashmir',
			'kashmir/ladakh',
			'kashmir/siachen'
		]);
		for (const h of indian) expect(h.usedBy).toMatch(/neutral/);
	});

	it('finds Artsakh and Berdzor with their users', () => {
		expect(hits('Artsakh')[0]).toMatchObject({
			id: 'karabakh/region',
			usedBy: expect.stringMatching(/Armenian/)
		});
		expect(hits('Berdzor').map((h) => h.id)).toContain('place/lachin');
		expect(hits('Berdzor').find((h) => h.id === 'place/lachin')?.usedBy).toMatch(/Armenian/);
	});

	it('does not offer an earlier shape of a reshaped district', () => {
		expect(hits('Kalbajar').map((h) => h.id)).not.toContain('karabakh/kalbajar/until-2023');
	});

	it('finds Stepanakert and Karvachar as Armenian names', () => {
		expect(hits('Stepanakert')[0]).toMatchObject({
			id: 'karabakh/khankendi',
			usedBy: expect.stringMatching(/Armenian/)
		});
		const karvachar = hits('Karvachar');
		expect(karvachar.map((h) => h.id).sort()).toEqual(['karabakh/kalbajar', 'place/kalbajar']);
		for (const h of karvachar) expect(h.usedBy).toMatch(/Armenian/);
	});

	it('finds every attributed name of every feature, with its user', () => {
		const missing: string[] = [];
		for (const props of features) {
			if (props.valid_to) continue;
			for (const form of props.names) {
				if (!form.used_by) continue;
				for (const label of [form.name, form.latin].filter((l): l is string => !!l)) {
					const hit = hits(label).find((h) => h.id === props.id);
					if (!hit?.usedBy) missing.push(`${props.id}: "${label}" (${form.used_by})`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});
