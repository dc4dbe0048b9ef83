/**
 * The control timeline as the prerenderer ships it: `geodata/facts/control.yaml` checked against
 * the features that ship, resolved into `control.json`. A broken file stops the build with every
 * problem listed (file, line, feature, field).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGeodata } from '$lib/geodata/features.server';
import type { ShippedControl } from './control';
import { loadControl } from './load';
import { CLAIMS_FILE, loadClaims } from './claims-load';

export const CONTROL_FILE = 'geodata/facts/control.yaml';

const cache = new Map<string, ShippedControl>();

export function loadControlFromDisk(root = process.cwd()): ShippedControl {
	const cached = cache.get(root);
	if (cached) return cached;
	const featureIds = new Set(loadGeodata(root).registry.keys());
	const data = loadControl(readFileSync(join(root, CONTROL_FILE), 'utf8'), {
		file: CONTROL_FILE,
		featureIds
	});
	cache.set(root, data);
	return data;
}

/** The claims lens's data, checked against control.yaml's parties and the shipped features. */
export function loadClaimsFromDisk(root = process.cwd()) {
	const control = loadControlFromDisk(root);
	return loadClaims(
		readFileSync(join(root, CLAIMS_FILE), 'utf8'),
		CLAIMS_FILE,
		control.parties,
		new Set(loadGeodata(root).registry.keys())
	);
}
