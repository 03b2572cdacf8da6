// The calculator's start-up as Chromium's trace shows it: every main-thread task over a threshold
// from navigation to a few seconds after the app has started, each with the time by kind of work
// (HTML parsing, style, layout, paint, script), unthrottled as Lighthouse observes it (its
// simulation then multiplies CPU time by 4). Also the paint timings. `BUILD_DIR`, `BENCH_PORT`.
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumPath } from '../scripts/chromium-path.js';
import { serveBuild } from './serve-build.ts';
import { resolve } from 'node:path';

const root = resolve(process.env.BUILD_DIR ?? 'build');
// The build served as every browser bench serves it (stops if the port is taken).
const { server, port } = serveBuild('startup-trace', 4394);
const width = Number(process.env.WIDTH ?? 412);
const height = Number(process.env.HEIGHT ?? 823);
const min = Number(process.env.MIN_MS ?? 10);
const runs = Number(process.env.RUNS ?? 1);
await new Promise((r) => setTimeout(r, 500));

interface Ev {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, µs. */
	tdur?: number;
	tid: number;
	pid: number;
	args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

const KIND: Record<string, string> = {
	ParseHTML: 'parse',
	ParseAuthorStyleSheet: 'parseCSS',
	UpdateLayoutTree: 'style',
	RecalculateStyles: 'style',
	Layout: 'layout',
	PrePaint: 'paint',
	Paint: 'paint',
	Layerize: 'paint',
	UpdateLayer: 'paint',
	Commit: 'paint',
	EvaluateScript: 'script',
	'v8.evaluateModule': 'script',
	FunctionCall: 'script',
	TimerFire: 'script',
	EventDispatch: 'script',
	FireAnimationFrame: 'script',
	RunMicrotasks: 'script',
	'V8.Execute': 'script',
	MinorGC: 'gc',
	MajorGC: 'gc',
	'V8.GC_SCAVENGER': 'gc',
	'v8.compile': 'compile',
	'v8.compileModule': 'compile',
	'V8.CompileCode': 'compile'
};

const found = chromiumPath();
const browser = await chromium.launch({
	executablePath: found && found !== 'playwright' ? found : undefined,
	args: ['--no-sandbox', '--disable-gpu']
});
const totals: number[] = [];
const longestTasks: number[] = [];
const sums: number[] = [];
const afterFcp: number[] = [];
try {
	for (let r = 0; r < runs; r++) {
		const context = await browser.newContext({
			viewport: { width, height },
			javaScriptEnabled: !process.env.NOJS
		});
		const page = await context.newPage();
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'v8.execute',
				'blink.user_timing',
				'loading',
				'toplevel',
				// E.g. "v8,disabled-by-default-v8.compile" to tell compiling from running.
				...(process.env.EXTRA_CATEGORIES?.split(',') ?? [])
			]
		});
		await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
		if (!process.env.NOJS)
			await page.evaluate(
				() =>
					new Promise<void>((resolve) => {
						// Without polling (a polling wait would itself take time on the page's thread).
						const root = document.documentElement;
						if (root.hasAttribute('data-started')) return resolve();
						new MutationObserver((_, o) => {
							if (root.hasAttribute('data-started')) {
								o.disconnect();
								resolve();
							}
						}).observe(root, { attributes: true });
					})
			);
		await page.waitForTimeout(Number(process.env.AFTER_MS ?? 3000));
		const buf = await browser.stopTracing();
		const paints = process.env.NOJS
			? ''
			: await page.evaluate(() =>
					performance
						.getEntriesByType('paint')
						.map((p) => `${p.name} ${p.startTime.toFixed(0)}`)
						.join(', ')
				);
		await context.close();
		const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: Ev[] };
		// The page's renderer main thread: the one with the navigation's ParseHTML.
		const parse = traceEvents.find((e) => e.name === 'ParseHTML');
		if (!parse) throw new Error('no ParseHTML in trace');
		const main = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
		const navStart =
			traceEvents.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
		const tasks = main
			.filter(
				(e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
			)
			.sort((a, b) => a.ts - b.ts);
		// Top-level tasks only (RunTask nested in another is skipped).
		const top: Ev[] = [];
		for (const t of tasks) {
			const last = top[top.length - 1];
			if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
			top.push(t);
		}
		const events = main.filter((e) => e.ph === 'X' && KIND[e.name]);
		const marks = traceEvents
			.filter(
				(e) =>
					e.pid === parse.pid &&
					[
						'firstContentfulPaint',
						'largestContentfulPaint::Candidate',
						'domContentLoadedEventEnd',
						'MarkDOMContent'
					].includes(e.name)
			)
			.map((e) => `${e.name} ${((e.ts - navStart) / 1000).toFixed(0)}`);
		if (!process.env.SUMMARY)
			console.log(
				`startup-trace run ${r + 1} (${width}x${height}, unthrottled, ${process.env.WALL ? 'wall' : 'CPU'} time, load ${loadavg()[0].toFixed(2)}): ${paints}`
			);
		if (!process.env.SUMMARY) console.log(`  ${marks.join(', ')}`);
		let sum = 0;
		let blocking4x = 0;
		// As Lighthouse's total blocking time counts: only tasks from the first contentful paint on.
		const fcp = traceEvents.find((e) => e.pid === parse.pid && e.name === 'firstContentfulPaint');
		let afterFcp4x = 0;
		for (const t of top) {
			const dur = ((process.env.WALL ? t.dur : (t.tdur ?? t.dur)) ?? 0) / 1000;
			sum += dur;
			blocking4x += Math.max(0, dur * 4 - 50);
			if (fcp && t.ts >= fcp.ts) afterFcp4x += Math.max(0, dur * 4 - 50);
			if (dur < min || process.env.SUMMARY) continue;
			// Self time by kind: each kind's events inside the task, nested same-kind events once.
			const inside = events.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0));
			const byKind = new Map<string, number>();
			const open: Ev[] = [];
			for (const e of inside) {
				while (open.length && e.ts >= open[open.length - 1].ts + (open[open.length - 1].dur ?? 0))
					open.pop();
				const kind = KIND[e.name];
				const parentKind = open.length ? KIND[open[open.length - 1].name] : null;
				const d = ((process.env.WALL ? e.dur : (e.tdur ?? e.dur)) ?? 0) / 1000;
				if (parentKind !== kind) {
					byKind.set(kind, (byKind.get(kind) ?? 0) + d);
					if (parentKind) byKind.set(parentKind, (byKind.get(parentKind) ?? 0) - d);
				}
				open.push(e);
			}
			// The events inside a task (1 ms and more), nested by time, to see what a task is made of.
			if (process.env.TASK_EVENTS)
				for (const e of main.filter(
					(x) =>
						x.ph === 'X' &&
						x.ts >= t.ts &&
						x.ts < t.ts + (t.dur ?? 0) &&
						(x.dur ?? 0) >= 1000 &&
						x !== t
				)) {
					const depth = main.filter(
						(o) =>
							o.ph === 'X' &&
							o !== e &&
							o !== t &&
							(o.dur ?? 0) >= 1000 &&
							o.ts <= e.ts &&
							o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
							o.ts >= t.ts
					).length;
					const where = (e.args?.data?.url ?? e.args?.data?.functionName ?? '') as string;
					console.log(
						`${'  '.repeat(depth + 3)}${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)} ${e.name} ${where.replace(/^.*\//, '')}`
					);
				}
			const url =
				(inside.find(
					(e) =>
						e.name === 'EvaluateScript' ||
						e.name === 'v8.evaluateModule' ||
						e.name === 'FunctionCall'
				)?.args?.data?.url as string | undefined) ?? '';
			console.log(
				`  ${dur.toFixed(1).padStart(7)} ms @${((t.ts - navStart) / 1000).toFixed(0).padStart(5)}: ` +
					[...byKind]
						.filter(([, v]) => v >= 0.5)
						.sort((a, b) => b[1] - a[1])
						.map(([k, v]) => `${k} ${v.toFixed(1)}`)
						.join(', ') +
					(url ? `  ${url.replace(/^.*\//, '')}` : '')
			);
		}
		const longest = Math.max(
			...top.map((t) => ((process.env.WALL ? t.dur : (t.tdur ?? t.dur)) ?? 0) / 1000)
		);
		if (!process.env.SUMMARY)
			console.log(
				`  all tasks ${sum.toFixed(0)} ms; sum of (4x duration - 50 ms) ${blocking4x.toFixed(0)} ms, from the first contentful paint on ${afterFcp4x.toFixed(0)} ms`
			);
		totals.push(blocking4x);
		afterFcp.push(afterFcp4x);
		longestTasks.push(longest);
		sums.push(sum);
	}
} finally {
	await browser.close();
	server.kill();
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(0);
console.log(
	`startup-trace ${root.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '')} (${runs} runs, load ${loadavg()[0].toFixed(2)}): ` +
		`longest task median ${med(longestTasks)} ms (${longestTasks.map((x) => x.toFixed(0)).join(' ')}), ` +
		`all tasks median ${med(sums)} ms, sum of (4x - 50) median ${med(totals)} ms, ` +
		`from the first contentful paint on ${med(afterFcp)} ms (${afterFcp.map((x) => x.toFixed(0)).join(' ')})`
);
