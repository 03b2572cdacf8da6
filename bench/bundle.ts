// Initial page weight: every JavaScript and CSS file the browser fetches to show the calculator,
// measured by loading the static build in Chromium (gzip sizes computed from ./build).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../scripts/chromium-path.js';

const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error('bundle: no build found; run `npm run build` first');
	process.exit(1);
}
const port = 4391;
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port), BUILD_DIR: root },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));

const found = chromiumPath();
const browser = await chromium.launch({
	executablePath: found && found !== 'playwright' ? found : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await browser.newPage();
	const urls: string[] = [];
	page.on('request', (r) => urls.push(new URL(r.url()).pathname));
	await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
	await page.getByTestId('recommendation').waitFor();
	const size = (ext: string, before?: (u: string) => boolean) => {
		let gz = 0;
		let n = 0;
		for (const u of new Set(urls)) {
			if (!u.endsWith(ext) || (before && !before(u))) continue;
			gz += gzipSync(readFileSync(join(root, u)), { level: 9 }).length;
			n++;
		}
		return { gz, n };
	};
	const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
	const files = [...new Set(urls)]
		.filter((u) => u.endsWith('.js'))
		.map((u) => {
			const text = readFileSync(join(root, u), 'utf8');
			return { u, text, gz: gzipSync(text, { level: 9 }).length };
		});
	const sum = (list: typeof files) => list.reduce((a, f) => a + f.gz, 0);
	const chart = files.filter((f) => f.text.includes('Canvas is already in use'));
	const workers = files.filter((f) => f.u.includes('/workers/'));
	const app = files.filter((f) => !chart.includes(f) && !workers.includes(f));
	console.log(
		`bundle: initial app JS ${kb(sum(app))} gzip in ${app.length} files (target < 120 KB); then Chart.js ${kb(sum(chart))} (tree-shaken, loaded when the first chart mounts) and the sensitivity worker ${kb(sum(workers))}; all together ${kb(sum(files))}; CSS ${kb(size('.css').gz)}`
	);

	// Input-to-result latency: type into a field and wait for the recommendation text to change.
	const times: number[] = [];
	const field = page.getByLabel('Time to fill');
	for (let i = 0; i < 15; i++) {
		const ms = await page.evaluate(
			async (value) => {
				const input = document.getElementById('f-roles-0-buy-timeToFillDays') as HTMLInputElement;
				const target = document.querySelector('[data-testid="key-figures"]')!;
				const before = target.textContent;
				const t0 = performance.now();
				input.value = String(value);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				return target.textContent !== before ? performance.now() - t0 : -1;
			},
			40 + i * 7
		);
		times.push(ms);
	}
	await field.blur();
	const ok = times.filter((t) => t >= 0).sort((a, b) => a - b);
	console.log(
		`browser: input -> updated figures within the next frame in ${ok.length}/${times.length} edits; median ${ok[Math.floor(ok.length / 2)]?.toFixed(1)} ms`
	);
} finally {
	await browser.close();
	server.kill();
}
