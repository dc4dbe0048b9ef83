#!/usr/bin/env node
// `npm start`: build the site if the build is missing or older than its sources, then serve it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const SOURCES = [
	'src',
	'geodata',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];
const SKIP = new Set(['node_modules', '.work']);

/** @param {string} path @returns {number} newest modification time below `path` */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (!SKIP.has(entry)) latest = Math.max(latest, newest(join(path, entry)));
	}
	return latest;
}

const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newest));
if (builtAt < changedAt) {
	console.log(builtAt ? 'Sources changed since the last build; rebuilding…' : 'Building the site…');
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4173);
const server = await serve({ root: 'build', port });
console.log(`\nThe explorer is running at ${server.url}\nPress Ctrl+C to stop.`);
