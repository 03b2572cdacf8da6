// Page weight of the first view: the JavaScript index.html names (what must run before the page
// is interactive) and every JavaScript file the browser actually fetches to show the calculator
// as a 1280 x 720 window shows it (Chart.js for the charts near the view, the sensitivity worker
// included), and the same on a phone's screen, measured by loading the static build in Chromium.
// Sizes are gzip as served (the build's .gz files; gzip -9 where none exists).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../scripts/chromium-path.js';
import { pageScripts } from './page-scripts.ts';

const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error('bundle: no build found; run `npm run build` first');
	process.exit(1);
}
const port = Number(process.env.BENCH_PORT ?? 4391);
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port), BUILD_DIR: root, BASE_PATH: '' },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));

/** Targets (issue 10), in bytes of gzip. */
const INTERACTIVE_MAX = 60 * 1024;
const FIRST_VIEW_MAX = 120 * 1024;

/** Gzip size of a file of the build, as served. */
function gzipSize(path: string): number {
	const file = join(root, path);
	return existsSync(file + '.gz')
		? readFileSync(file + '.gz').length
		: gzipSync(readFileSync(file), { level: 9 }).length;
}
const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** The scripts index.html names (bench/page-scripts.ts). */
const html = readFileSync(join(root, 'index.html'), 'utf8');
const named = new Set(pageScripts(html));
const interactive = [...named].reduce((a, f) => a + gzipSize(f), 0);

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
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
	// The first view is complete once its charts are drawn and the sensitivity sentence is in.
	await page.getByTestId('recommendation-flip').waitFor();
	await page.waitForLoadState('networkidle');
	// The service worker installs in the background after the first view; it is not counted.
	const files = [...new Set(urls)]
		.filter((u) => u.endsWith('.js') && !u.endsWith('/service-worker.js'))
		.map((u) => {
			const path = u.replace(/^\//, '');
			return { path, text: readFileSync(join(root, path), 'utf8'), gz: gzipSize(path) };
		});
	const sum = (list: typeof files) => list.reduce((a, f) => a + f.gz, 0);
	const chart = files.filter((f) => f.text.includes('Canvas is already in use'));
	const workers = files.filter((f) => f.path.includes('/workers/'));
	const app = files.filter((f) => !chart.includes(f) && !workers.includes(f));
	const css = [...new Set(urls)]
		.filter((u) => u.endsWith('.css'))
		.reduce((a, u) => a + gzipSize(u.replace(/^\//, '')), 0);
	const all = sum(files);
	console.log(
		`bundle: JS to become interactive (named by index.html, ${named.size} files): ${kb(interactive)} gzip (target ≤ ${kb(INTERACTIVE_MAX)}) ${verdict(interactive <= INTERACTIVE_MAX)}`
	);
	console.log(
		`bundle: all JS of the first view (1280 x 720): ${kb(all)} gzip (target ≤ ${kb(FIRST_VIEW_MAX)}) ${verdict(all <= FIRST_VIEW_MAX)}` +
			` = app ${kb(sum(app))} in ${app.length} files + Chart.js ${kb(sum(chart))} + workers started by the first view (${workers.map((f) => f.path.replace(/^.*\/|-[\w-]{8}\.js$/g, '')).join(', ')}) ${kb(sum(workers))}; CSS ${kb(css)}`
	);

	// A phone's first view (as Lighthouse's mobile run sees it): the results are below the form, so
	// their charts (and Chart.js) load only when scrolled to.
	const phone = await browser.newPage({ viewport: { width: 412, height: 823 } });
	const phoneUrls = new Set<string>();
	phone.on('request', (r) => phoneUrls.add(new URL(r.url()).pathname));
	await phone.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
	await phone.locator('html[data-started]').waitFor({ state: 'attached' });
	await phone.getByTestId('recommendation-flip').waitFor();
	await phone.waitForLoadState('networkidle');
	const phoneJs = [...phoneUrls].filter(
		(u) => u.endsWith('.js') && !u.endsWith('/service-worker.js')
	);
	const phoneAll = phoneJs.reduce((a, u) => a + gzipSize(u.replace(/^\//, '')), 0);
	const phoneChart = phoneJs.some((u) =>
		readFileSync(join(root, u), 'utf8').includes('Canvas is already in use')
	);
	console.log(
		`bundle: all JS of the first view on a phone (412 x 823): ${kb(phoneAll)} gzip in ${phoneJs.length} files (target ≤ ${kb(FIRST_VIEW_MAX)}) ${verdict(phoneAll <= FIRST_VIEW_MAX)}; Chart.js ${phoneChart ? 'loaded' : 'not loaded'}`
	);
	await phone.close();

	// Input-to-result latency: type into a field and wait for the recommendation text to change.
	const times: number[] = [];
	const field = page.getByRole('textbox', { name: 'Time to fill', exact: true });
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
		`browser: input -> updated figures within the next frame in ${ok.length}/${times.length} edits; median ${ok[Math.floor(ok.length / 2)]?.toFixed(1)} ms (load ${loadavg()[0].toFixed(2)})`
	);
} finally {
	await browser.close();
	server.kill();
}
