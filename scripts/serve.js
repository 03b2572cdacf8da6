// Serves the static build (./build) on a local port, as a well-configured static host would:
// the precompressed copies the build wrote next to each file (.br, .gz) when the browser accepts
// them, hashed assets cached for a year, pages and the service worker revalidated on every visit.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8'
};

/** Hashed file names never change content: cache them for a year. Everything else revalidates. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

if (!existsSync(root)) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

/** The encodings the request accepts (q=0 excluded), e.g. "gzip, deflate, br;q=0.9". */
function acceptedEncodings(header = '') {
	const accepted = new Set();
	for (const part of header.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
	}
	return accepted;
}

const isFile = (f) => existsSync(f) && statSync(f).isFile();

createServer((req, res) => {
	let path;
	try {
		path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
	} catch {
		res.writeHead(400).end();
		return;
	}
	if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
	let file = normalize(join(root, path));
	if (file !== root && !file.startsWith(root + sep)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!isFile(file) && isFile(file + '.html')) file = file + '.html';
	if (!isFile(file)) {
		// The app's own not-found page (with a way back), as static hosts serve 404.html.
		const notFound = join(root, '404.html');
		if (isFile(notFound)) {
			res.writeHead(404, { 'content-type': types['.html'], 'cache-control': REVALIDATE });
			createReadStream(notFound).pipe(res);
		} else {
			res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': REVALIDATE });
			res.end('Not found');
		}
		return;
	}
	const hashed = file.startsWith(join(root, '_app', 'immutable') + sep);
	const accepted = acceptedEncodings(String(req.headers['accept-encoding'] ?? ''));
	let body = file;
	let encoding = null;
	for (const [name, ext] of [
		['br', '.br'],
		['gzip', '.gz']
	]) {
		if (accepted.has(name) && isFile(file + ext)) {
			body = file + ext;
			encoding = name;
			break;
		}
	}
	const stat = statSync(body);
	const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}${encoding ? '-' + encoding : ''}"`;
	const headers = {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': hashed ? IMMUTABLE : REVALIDATE,
		vary: 'Accept-Encoding',
		etag,
		'x-content-type-options': 'nosniff'
	};
	if (encoding) headers['content-encoding'] = encoding;
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers).end();
		return;
	}
	headers['content-length'] = stat.size;
	res.writeHead(200, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(body).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Build or Buy is running at http://localhost:${port}${base}/`);
});
