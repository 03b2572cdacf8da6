// Lighthouse (mobile, its default simulated slow 4G and 4× CPU slowdown) against the production
// build as `npm start` serves it (precompressed, cached), in the system Chromium. Lighthouse is
// pinned (12.2.3, runs on Node 20). Three runs; the median run by performance score is reported.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port), BUILD_DIR: root, BASE_PATH: '' },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));

interface Report {
	categories: Record<string, { score: number }>;
	audits: Record<string, { numericValue?: number }>;
}

mkdirSync('bench/out', { recursive: true });
const reports: Report[] = [];
try {
	for (let i = 0; i < runs; i++) {
		const out = `bench/out/lighthouse-${i}.json`;
		execFileSync(
			process.execPath,
			[
				'node_modules/lighthouse/cli/index.js',
				`http://localhost:${port}/`,
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

const score = (r: Report, c: string) => Math.round(r.categories[c].score * 100);
const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
const median = sorted[Math.floor(sorted.length / 2)];
const ms = (id: string) => median.audits[id].numericValue ?? NaN;
const load = (await import('node:os')).loadavg()[0].toFixed(2);

const rows: [string, string, boolean][] = [
	[
		'performance',
		`${score(median, 'performance')} (runs: ${reports.map((r) => score(r, 'performance')).join(', ')})`,
		score(median, 'performance') >= 95
	],
	['accessibility', String(score(median, 'accessibility')), score(median, 'accessibility') === 100],
	[
		'best practices',
		String(score(median, 'best-practices')),
		score(median, 'best-practices') === 100
	],
	['SEO', String(score(median, 'seo')), score(median, 'seo') === 100]
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
console.log(
	`  FCP ${(ms('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(ms('largest-contentful-paint') / 1000).toFixed(2)} s, ` +
		`TBT ${Math.round(ms('total-blocking-time'))} ms, CLS ${ms('cumulative-layout-shift').toFixed(3)}, ` +
		`Speed Index ${(ms('speed-index') / 1000).toFixed(2)} s`
);
