// `npm start`'s server: precompressed files by Accept-Encoding, and cache lifetimes by kind.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const port = 4000 + Math.floor(Math.random() * 900);
let dir = '';
let server: ChildProcess;

const page = '<!doctype html><title>x</title>' + 'calculator '.repeat(200);
const script = 'export const x = 1;' + ' //'.repeat(500);

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function request(path: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		get({ host: '127.0.0.1', port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		}).on('error', reject);
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	const immutable = join(dir, '_app', 'immutable', 'entry');
	mkdirSync(immutable, { recursive: true });
	const write = (file: string, text: string) => {
		writeFileSync(file, text);
		writeFileSync(file + '.gz', gzipSync(text));
		writeFileSync(file + '.br', brotliCompressSync(text));
	};
	write(join(dir, 'index.html'), page);
	write(join(immutable, 'app.abc123.js'), script);
	write(join(dir, 'service-worker.js'), script);
	writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
	server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir, BASE_PATH: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve) => server.stdout?.once('data', () => resolve()));
});

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.js', () => {
	it('serves brotli when accepted, else gzip, else the plain file; always varies by encoding', async () => {
		const br = await request('/', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(br.body).toString()).toBe(page);

		const gz = await request('/', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(page);

		const refusesBr = await request('/', { 'accept-encoding': 'br;q=0, gzip' });
		expect(refusesBr.headers['content-encoding']).toBe('gzip');

		const plain = await request('/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toBe('Accept-Encoding');
		expect(plain.body.toString()).toBe(page);
		expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
	});

	it('caches hashed assets for a year and makes pages and the service worker revalidate', async () => {
		const asset = await request('/_app/immutable/entry/app.abc123.js', { 'accept-encoding': 'br' });
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(brotliDecompressSync(asset.body).toString()).toBe(script);

		for (const path of ['/', '/index.html', '/service-worker.js', '/favicon.svg']) {
			expect((await request(path)).headers['cache-control']).toBe('no-cache');
		}
	});

	it('answers a matching revalidation with 304 and keeps files outside the build out of reach', async () => {
		const first = await request('/', { 'accept-encoding': 'br' });
		const again = await request('/', {
			'accept-encoding': 'br',
			'if-none-match': String(first.headers.etag)
		});
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
		expect((await request('/%2e%2e/%2e%2e/etc/passwd')).status).toBeGreaterThanOrEqual(403);
		expect((await request('/missing.js')).status).toBe(404);
	});
});
