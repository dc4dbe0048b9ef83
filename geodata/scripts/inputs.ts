/**
 * Fetch and verify every pinned input (npm files from node_modules, Debian
 * packages via `apt-get download` + `dpkg -x`). Stops with a clear error
 * naming the file if a version or sha256 differs from inputs.lock.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCRIPTS = dirname(fileURLToPath(import.meta.url));
export const GEODATA = resolve(SCRIPTS, '..');
export const WORK = resolve(GEODATA, '.work');
export const LOCK = JSON.parse(readFileSync(join(SCRIPTS, 'inputs.lock.json'), 'utf8'));

export function sha256File(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function verify(path: string, expected: string): void {
	if (!existsSync(path)) throw new Error(`input missing: ${path}`);
	const got = sha256File(path);
	if (got !== expected)
		throw new Error(
			`sha256 mismatch for ${path}\n  expected ${expected}\n  got      ${got}\nThe input changed; check it and update geodata/scripts/inputs.lock.json (and SOURCES.md) on purpose.`
		);
}

/** Path of a verified file inside an npm package of this pipeline. */
export function npmFile(pkg: string): string {
	const e = LOCK.npm[pkg];
	const pj = JSON.parse(readFileSync(join(SCRIPTS, 'node_modules', pkg, 'package.json'), 'utf8'));
	if (pj.version !== e.version)
		throw new Error(
			`npm package ${pkg} is ${pj.version}, expected ${e.version}: run \`npm ci\` in geodata/scripts`
		);
	const p = join(SCRIPTS, 'node_modules', pkg, e.file);
	verify(p, e.sha256);
	return p;
}

/** Download (once) and unpack a pinned Debian package into .work/; returns the unpack root. */
export function debianPackage(name: string): string {
	const e = LOCK.debian[name];
	mkdirSync(WORK, { recursive: true });
	const deb = join(WORK, e.deb);
	if (!existsSync(deb)) {
		console.log(`  apt-get download ${name}=${e.version}`);
		try {
			execFileSync('apt-get', ['download', `${name}=${e.version}`], {
				cwd: WORK,
				stdio: 'inherit'
			});
		} catch {
			throw new Error(
				`could not download ${name}=${e.version} with apt-get (run \`apt-get update\` first; on a non-Debian system download ${e.deb} from a Debian mirror into ${WORK})`
			);
		}
	}
	verify(deb, e.deb_sha256);
	const root = join(WORK, name);
	if (!existsSync(root) || readdirSync(root).length === 0) {
		mkdirSync(root, { recursive: true });
		execFileSync('dpkg-deb', ['-x', deb, root]);
	}
	return root;
}

export function gpkgPath(): string {
	const root = debianPackage('qgis-common');
	const p = join(root, LOCK.debian['qgis-common'].file);
	verify(p, LOCK.debian['qgis-common'].sha256);
	return p;
}

/** Directory holding the verified GSHHG binned files (passed to gmt as DIR_GSHHG). */
export function gshhgDir(): string {
	const root = debianPackage('gmt-gshhg-full');
	for (const [f, h] of Object.entries(
		LOCK.debian['gmt-gshhg-full'].files as Record<string, string>
	))
		verify(join(root, f), h);
	return join(root, 'usr/share/gmt-gshhg');
}

/** The gmt program (Debian `gmt`), checked for its pinned version. */
export function gmtProgram(): string {
	let v = '';
	try {
		v = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'gmt'], { encoding: 'utf8' }).trim();
	} catch {
		/* not installed */
	}
	if (!v)
		throw new Error(
			'the program `gmt` is not installed: run `apt-get install -y gmt=' +
				LOCK.debian.gmt.version +
				'` (as root) and try again'
		);
	if (v !== LOCK.debian.gmt.version)
		throw new Error(`Debian gmt is ${v}, expected ${LOCK.debian.gmt.version} (inputs.lock.json)`);
	return 'gmt';
}
