// Serves the static build (./build) on a local port, as any static host would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

if (!existsSync(root)) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

createServer((req, res) => {
	let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
	if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
	let file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file) && existsSync(file + '.html')) file = file + '.html';
	if (!existsSync(file)) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Build or Buy is running at http://localhost:${port}${base}/`);
});
