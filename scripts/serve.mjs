#!/usr/bin/env node
// A small static server for the built site: `npm start`, the e2e tests and the benchmark all use it,
// so what they measure is what a static host would serve. It can mount the site under a sub-path
// (`--base /explorer/`) to prove the build does not assume the domain root.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Content types by file extension; anything else is sent as `application/octet-stream`. */
/** @type {Record<string, string>} */
export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8'
};
/** File types sent gzipped, at GZIP_LEVEL (as a static host's precompressed files would be). */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.geojson',
	'.webmanifest',
	'.svg',
	'.txt',
	'.md'
]);
export const GZIP_LEVEL = 9;

/**
 * `types` replaces the table of content types (a test can play a server that knows fewer).
 * @typedef {{ root: string, port?: number, host?: string, base?: string, quiet?: boolean, types?: Record<string, string> }} ServeOptions
 * @typedef {{ url: string, port: number, close: () => Promise<void>, requests: string[] }} RunningServer
 */

/**
 * Serves `root` over HTTP on 127.0.0.1. Resolves once it listens; `port: 0` picks a free port.
 * @param {ServeOptions} options
 * @returns {Promise<RunningServer>}
 */
export function serve({
	root,
	port = 0,
	host = '127.0.0.1',
	base = '/',
	quiet = true,
	types = TYPES
}) {
	const rootDir = resolve(root);
	if (!existsSync(join(rootDir, 'index.html'))) {
		throw new Error(`serve: ${rootDir} has no index.html; run \`npm run build\` first`);
	}
	const mount = base.endsWith('/') ? base : `${base}/`;
	/** @type {string[]} */
	const requests = [];
	/** @type {Map<string, Buffer>} */
	const gzipCache = new Map();
	/** @type {Set<import('node:net').Socket>} */
	const sockets = new Set();

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname);
		if (!url.pathname.startsWith(mount)) {
			if (mount !== '/' && `${url.pathname}/` === mount) {
				res.writeHead(301, { location: mount + url.search });
				return res.end();
			}
			return notFound(res);
		}
		let relative = decodeURIComponent(url.pathname.slice(mount.length));
		let file = normalize(join(rootDir, relative));
		if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` });
				return res.end();
			}
			file = join(file, 'index.html');
		} else if (!existsSync(file) && existsSync(`${file}.html`)) {
			file = `${file}.html`;
		}
		if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);

		const ext = extname(file);
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': types[ext] ?? 'application/octet-stream',
			// Hashed build assets never change; everything else must be revalidated so a new
			// deployment is picked up (the service worker does its own versioning).
			'cache-control': relative.startsWith('_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (acceptsGzip && COMPRESSIBLE.has(ext)) {
			// Keyed by modification time too, so a file replaced on disk (a new deployment) is served new.
			const stat = statSync(file);
			const key = `${file}:${stat.mtimeMs}:${stat.size}`;
			let body = gzipCache.get(key);
			if (!body) {
				body = gzipSync(await readFile(file), { level: GZIP_LEVEL });
				gzipCache.set(key, body);
			}
			res.writeHead(200, {
				...headers,
				'content-encoding': 'gzip',
				'content-length': String(body.length),
				vary: 'accept-encoding'
			});
			return res.end(req.method === 'HEAD' ? undefined : body);
		}
		res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
		if (req.method === 'HEAD') return res.end();
		createReadStream(file).pipe(res);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			const url = `http://${host}:${actualPort}${mount}`;
			if (!quiet) console.log(`Serving ${rootDir} at ${url}`);
			resolvePromise({
				url,
				port: actualPort,
				requests,
				close: () =>
					new Promise((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					})
			});
		});
	});
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Not found');
}

// CLI: node scripts/serve.mjs [root=build] [port=4173] [--base /sub/path/]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const baseIndex = args.indexOf('--base');
	const base = baseIndex >= 0 ? (args.splice(baseIndex, 2)[1] ?? '/') : '/';
	const [root = 'build', port = '4173'] = args;
	serve({ root, port: Number(port), base, quiet: false }).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
