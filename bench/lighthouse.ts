// Lighthouse (mobile, its default simulated slow 4G and 4× CPU slowdown) against the production
// build as `npm start` serves it (precompressed, cached), in the system Chromium. Lighthouse is
// pinned (12.2.3, runs on Node 20). Three runs; the median run by performance score is reported.
// Then the floor: the same prerendered page with its scripts taken out (no modulepreload, no inline
// or module script; the JSON data block stays), measured the same way. What the floor loses is the
// HTML and CSS alone: parsing, style, layout and paint of the first view, which no JavaScript work
// can win back. LH_FLOOR=0 skips it.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromiumPath } from '../scripts/chromium-path.js';

const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error('lighthouse: no build found; run `npm run build` first');
	process.exit(1);
}
const found = chromiumPath();
if (!found || found === 'playwright') {
	console.log('lighthouse: skipped (needs a system Chromium: CHROMIUM_PATH or /usr/bin/chromium)');
	process.exit(0);
}
const port = Number(process.env.LH_PORT ?? process.env.BENCH_PORT ?? 4392);
const runs = Number(process.env.LH_RUNS ?? 3);

interface Report {
	categories: Record<string, { score: number }>;
	audits: Record<string, { numericValue?: number }>;
}

mkdirSync('bench/out', { recursive: true });

/** Lighthouse `runs` times against `dir` served on `at`; the reports, in run order. */
async function lighthouse(dir: string, at: number, name: string): Promise<Report[]> {
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(at), BUILD_DIR: dir, BASE_PATH: '' },
		stdio: 'ignore'
	});
	await new Promise((r) => setTimeout(r, 500));
	const reports: Report[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const out = `bench/out/lighthouse-${name}${i}.json`;
			execFileSync(
				process.execPath,
				[
					'node_modules/lighthouse/cli/index.js',
					`http://localhost:${at}/`,
					'--quiet',
					'--output=json',
					`--output-path=${out}`,
					'--only-categories=performance,accessibility,best-practices,seo',
					'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run'
				],
				{ env: { ...process.env, CHROME_PATH: found }, stdio: ['ignore', 'ignore', 'inherit'] }
			);
			reports.push(JSON.parse(readFileSync(out, 'utf8')));
		}
	} finally {
		server.kill();
	}
	return reports;
}

const score = (r: Report, c: string) => Math.round(r.categories[c].score * 100);
const loadNow = async () => (await import('node:os')).loadavg()[0].toFixed(2);

/** The median run by performance score, and its timings line. */
function summary(reports: Report[]) {
	const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
	const median = sorted[Math.floor(sorted.length / 2)];
	const ms = (id: string) => median.audits[id].numericValue ?? NaN;
	const timings =
		`FCP ${(ms('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(ms('largest-contentful-paint') / 1000).toFixed(2)} s, ` +
		`TBT ${Math.round(ms('total-blocking-time'))} ms, CLS ${ms('cumulative-layout-shift').toFixed(3)}, ` +
		`Speed Index ${(ms('speed-index') / 1000).toFixed(2)} s`;
	const runsText = reports.map((r) => score(r, 'performance')).join(', ');
	return { median, timings, runsText };
}

const app = summary(await lighthouse(root, port, ''));
const load = await loadNow();
const rows: [string, string, boolean][] = [
	[
		'performance',
		`${score(app.median, 'performance')} (runs: ${app.runsText})`,
		score(app.median, 'performance') >= 95
	],
	[
		'accessibility',
		String(score(app.median, 'accessibility')),
		score(app.median, 'accessibility') === 100
	],
	[
		'best practices',
		String(score(app.median, 'best-practices')),
		score(app.median, 'best-practices') === 100
	],
	['SEO', String(score(app.median, 'seo')), score(app.median, 'seo') === 100]
];
const targets: Record<string, string> = {
	performance: '≥ 95',
	accessibility: '100',
	'best practices': '100',
	SEO: '100'
};
console.log(`lighthouse (mobile, median of ${runs} runs, load average ${load}):`);
for (const [name, value, ok] of rows) {
	console.log(`  ${name}: ${value} (target ${targets[name]}) ${ok ? 'PASS' : 'FAIL'}`);
}
console.log(`  ${app.timings}`);

if (process.env.LH_FLOOR !== '0') {
	// The floor: a copy of the build whose page runs no script.
	const dir = join(tmpdir(), `bob-lighthouse-floor-${process.pid}`);
	try {
		cpSync(root, dir, { recursive: true });
		const html = readFileSync(join(dir, 'index.html'), 'utf8')
			.replace(/<link href="[^"]*\.js" rel="modulepreload">/g, '')
			.replace(/<script(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '');
		writeFileSync(join(dir, 'index.html'), html);
		writeFileSync(join(dir, 'index.html.gz'), gzipSync(html, { level: 9 }));
		writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
		const floor = summary(await lighthouse(dir, port + 1, 'floor-'));
		console.log(
			`lighthouse floor, the same page without its scripts (median of ${runs} runs, load average ${await loadNow()}): performance ${score(floor.median, 'performance')} (runs: ${floor.runsText}); ${floor.timings}`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
