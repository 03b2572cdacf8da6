// Where the calculator's start-up spends its main thread: loads `/` in Chromium at Lighthouse's
// mobile CPU slowdown (4x), records a CPU profile until the app has started (plus a moment), and
// prints the long tasks and the time per source file and function (self and inclusive), mapped
// through the build's source maps (build with `npx vite build --sourcemap`).
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumPath } from '../scripts/chromium-path.js';
import { serveBuild } from './serve-build.ts';
import { join, resolve } from 'node:path';
import { originalAt } from './source-map.ts';

const root = resolve(process.env.BUILD_DIR ?? 'build');
// The build served as every browser bench serves it (stops if the port is taken).
const { server, port } = serveBuild('startup-profile', 4393);
const rate = Number(process.env.CPU_RATE ?? 4);
const width = Number(process.env.WIDTH ?? 412);
const height = Number(process.env.HEIGHT ?? 823);
const top = Number(process.env.TOP ?? 25);
await new Promise((r) => setTimeout(r, 500));

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	nodes: Node[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

const found = chromiumPath();
const browser = await chromium.launch({
	executablePath: found && found !== 'playwright' ? found : undefined,
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	// As Lighthouse's mobile run: a phone's screen, touch and user agent.
	const context = await browser.newContext({
		viewport: { width, height },
		...(process.env.MOBILE
			? {
					isMobile: true,
					hasTouch: true,
					deviceScaleFactor: 1.75,
					userAgent:
						'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36'
				}
			: {})
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __tasks: { start: number; duration: number }[] };
		w.__tasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				w.__tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		const v = window as unknown as { __lcp: string[] };
		v.__lcp = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				element?: Element;
				size: number;
			})[]) {
				const el = e.element;
				v.__lcp.push(
					`${e.startTime.toFixed(0)} ${el ? el.tagName + (el.id ? '#' + el.id : '') + '.' + el.className : '?'} ${e.size}`
				);
			}
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await page.goto('about:blank');
	const epochAtStart = await page.evaluate(() => performance.timeOrigin + performance.now());
	await cdp.send('Profiler.start');
	await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
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
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const tasks = await page.evaluate(
		() => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks
	);
	const origin = await page.evaluate(() => performance.timeOrigin);
	const started = await page.evaluate(() =>
		performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`)
	);
	console.log(
		`startup-profile (${rate}x CPU, ${width}x${height}, load ${loadavg()[0].toFixed(2)})`
	);
	console.log(
		`  long tasks: ${tasks.map((t) => `${t.duration.toFixed(0)}@${t.start.toFixed(0)}`).join(', ')}`
	);
	const timing = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const paints = performance
			.getEntriesByType('paint')
			.map((p) => `${p.name} ${p.startTime.toFixed(0)}`);
		return `DCL ${nav.domContentLoadedEventEnd.toFixed(0)}, load ${nav.loadEventEnd.toFixed(0)}, ${paints.join(', ')}, LCP ${(window as unknown as { __lcp: string[] }).__lcp.join(' | ')}`;
	});
	console.log(`  ${timing}`);
	if (started.length) console.log(`  marks: ${started.join(', ')}`);
	console.log(
		`  DOM elements: ${await page.evaluate(() => document.getElementsByTagName('*').length)}`
	);

	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const where = new Map<number, string>();
	const label = (n: Node): string => {
		let w = where.get(n.id);
		if (w !== undefined) return w;
		const f = n.callFrame;
		const loc = f.url.startsWith(`http://localhost:${port}/`)
			? (originalAt(join(root, new URL(f.url).pathname), f.lineNumber, f.columnNumber) ??
				new URL(f.url).pathname)
			: f.url.slice(0, 60);
		w = `${f.functionName || '(anon)'} ${loc}`.trim();
		where.set(n.id, w);
		return w;
	};
	const fileOf = (n: Node) => {
		const l = label(n);
		const m = l.match(/ (\S+):\d+$/);
		return m ? m[1] : l;
	};
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	const fileTotal = new Map<string, number>();
	for (let i = 0; i < profile.samples.length; i++) {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let n = byId.get(profile.samples[i])!;
		self.set(label(n), (self.get(label(n)) ?? 0) + dt);
		const seen = new Set<string>();
		const seenFiles = new Set<string>();
		for (;;) {
			const l = label(n);
			if (!seen.has(l)) {
				seen.add(l);
				total.set(l, (total.get(l) ?? 0) + dt);
			}
			const f = fileOf(n);
			if (!seenFiles.has(f)) {
				seenFiles.add(f);
				fileTotal.set(f, (fileTotal.get(f) ?? 0) + dt);
			}
			const p = parent.get(n.id);
			if (p === undefined) break;
			n = byId.get(p)!;
		}
	}
	const show = (title: string, m: Map<string, number>) => {
		console.log(`  ${title}:`);
		for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
			console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
		}
	};
	// Each long task's heaviest app frames: samples placed in page time (the profile's clock and the
	// page's are matched at the profile's start, within a millisecond or so).
	{
		const at: number[] = [];
		let tick = profile.startTime;
		for (let i = 0; i < profile.samples.length; i++) {
			tick += profile.timeDeltas[i] ?? 0;
			// Page time of the sample (ms since the navigation's time origin).
			at.push(epochAtStart + (tick - profile.startTime) / 1000 - origin);
		}
		console.log('  long tasks, each with its heaviest app frames (inclusive ms):');
		for (const task of tasks) {
			const fns = new Map<string, number>();
			for (let i = 0; i < at.length; i++) {
				if (at[i] < task.start || at[i] > task.start + task.duration) continue;
				const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
				const seen = new Set<string>();
				for (
					let m: Node | undefined = byId.get(profile.samples[i]);
					m;
					m = byId.get(parent.get(m.id) ?? -1)
				) {
					const l = label(m);
					if (seen.has(l) || (!process.env.TASK_ALL && !/ src\/|^\(program|^\(garbage/.test(l)))
						continue;
					seen.add(l);
					fns.set(l, (fns.get(l) ?? 0) + dt);
				}
			}
			if (process.env.TASK_MIN && task.duration < Number(process.env.TASK_MIN)) continue;
			const top = [...fns]
				.sort((a, b) => b[1] - a[1])
				.slice(0, Number(process.env.RUN_TOP ?? 6))
				.map(([k, v]) => `${k.replace(/^(\S+) src\/(lib\/)?/, '$1 ')} ${v.toFixed(0)}`)
				.join('; ');
			console.log(
				`    ${task.duration.toFixed(0).padStart(5)} @${task.start.toFixed(0).padStart(5)}: ${top}`
			);
		}
	}
	let runs: { ms: number; self: Map<string, number>; fns: Map<string, number> }[] = [];
	let busy: typeof runs = [];
	// Busy stretches (samples between idle ones) over 50 ms, each with its heaviest app functions.
	{
		let t = 0;
		let run: {
			start: number;
			ms: number;
			fns: Map<string, number>;
			self: Map<string, number>;
		} | null = null;
		const runs: NonNullable<typeof run>[] = [];
		for (let i = 0; i < profile.samples.length; i++) {
			const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
			const n = byId.get(profile.samples[i])!;
			const idle = n.callFrame.functionName === '(idle)';
			if (idle) {
				if (run) runs.push(run);
				run = null;
			} else {
				run ??= { start: t, ms: 0, fns: new Map(), self: new Map() };
				run.ms += dt;
				run.self.set(label(n), (run.self.get(label(n)) ?? 0) + dt);
				const seen = new Set<string>();
				for (let m: Node | undefined = n; m; m = byId.get(parent.get(m.id) ?? -1)) {
					const l = label(m);
					if (seen.has(l) || !/ src\/|^\(program\)|^\(garbage/.test(l)) continue;
					seen.add(l);
					run.fns.set(l, (run.fns.get(l) ?? 0) + dt);
				}
			}
			t += dt;
		}
		if (run) runs.push(run);
		busy = runs;
		console.log('  busy stretches over 50 ms (profile time, ms):');
		for (const r of runs.filter((r) => r.ms > 50)) {
			const topFns = [...r.fns]
				.sort((a, b) => b[1] - a[1])
				.slice(0, Number(process.env.RUN_TOP ?? 6))
				.map(([k, v]) => `${k.replace(/^\S+ /, '')} ${v.toFixed(0)}`)
				.join('; ');
			console.log(`    ${r.ms.toFixed(0).padStart(5)} @${r.start.toFixed(0)}: ${topFns}`);
		}
	}
	runs = busy;
	// A call tree (inclusive ms) of the whole profile, collapsed through library frames: each app
	// frame (src/) under its nearest app ancestor, with the time of everything below it.
	if (process.env.TREE) {
		const min = Number(process.env.TREE);
		type T = { ms: number; kids: Map<string, T> };
		const rootT: T = { ms: 0, kids: new Map() };
		for (let i = 0; i < profile.samples.length; i++) {
			const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
			const chain: string[] = [];
			if (process.env.TREE_FILTER) {
				const re = new RegExp(process.env.TREE_FILTER);
				let hit = false;
				for (
					let m: Node | undefined = byId.get(profile.samples[i]);
					m;
					m = byId.get(parent.get(m.id) ?? -1)
				)
					if (re.test(label(m))) hit = true;
				if (!hit) continue;
			}
			if (process.env.TREE_EXCLUDE) {
				const re = new RegExp(process.env.TREE_EXCLUDE);
				let hit = false;
				for (
					let m: Node | undefined = byId.get(profile.samples[i]);
					m;
					m = byId.get(parent.get(m.id) ?? -1)
				)
					if (re.test(label(m))) hit = true;
				if (hit) continue;
			}
			for (
				let m: Node | undefined = byId.get(profile.samples[i]);
				m;
				m = byId.get(parent.get(m.id) ?? -1)
			) {
				const l = label(m);
				if (
					(/ src\/|generated\//.test(l) ||
						(process.env.TREE_ALL && !/^\((root|program|idle)\)/.test(l))) &&
					chain[0] !== l
				)
					chain.unshift(l);
			}
			const leaf = label(byId.get(profile.samples[i])!);
			if (!/ src\//.test(leaf)) chain.push(`[${leaf.replace(/ .*\//, ' ')}]`);
			let at = rootT;
			at.ms += dt;
			for (const l of chain) {
				let k = at.kids.get(l);
				if (!k) at.kids.set(l, (k = { ms: 0, kids: new Map() }));
				k.ms += dt;
				at = k;
			}
		}
		const print = (t: T, depth: number) => {
			for (const [k, v] of [...t.kids].sort((a, b) => b[1].ms - a[1].ms)) {
				if (v.ms < min) continue;
				console.log(`${'  '.repeat(depth + 1)}${v.ms.toFixed(0)} ${k}`);
				print(v, depth + 1);
			}
		};
		console.log('  call tree (app frames):');
		print(rootT, 0);
	}
	// What the main thread was called for (each direct child of the profile's root: a script's
	// evaluation, a task, an event), with the heaviest frames called from it, two levels down.
	if (process.env.ROOTS) {
		const rootNode = profile.nodes.find((n) => !parent.has(n.id))!;
		const inclusive = new Map<number, number>();
		// ROOTS_TASK=k: only the samples of the k-th long task (1 = the first).
		const only = process.env.ROOTS_TASK ? tasks[Number(process.env.ROOTS_TASK) - 1] : null;
		let tick = profile.startTime;
		for (let i = 0; i < profile.samples.length; i++) {
			tick += profile.timeDeltas[i] ?? 0;
			const at = epochAtStart + (tick - profile.startTime) / 1000 - origin;
			if (only && (at < only.start || at > only.start + only.duration)) continue;
			const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
			for (let m: number | undefined = profile.samples[i]; m !== undefined; m = parent.get(m))
				inclusive.set(m, (inclusive.get(m) ?? 0) + dt);
		}
		const grouped = (ids: number[]) => {
			const g = new Map<string, { ms: number; ids: number[] }>();
			for (const id of ids) {
				const l = label(byId.get(id)!);
				const e = g.get(l) ?? { ms: 0, ids: [] };
				e.ms += inclusive.get(id) ?? 0;
				e.ids.push(id);
				g.set(l, e);
			}
			return [...g].sort((a, b) => b[1].ms - a[1].ms);
		};
		const min = Number(process.env.ROOTS);
		const print = (ids: number[], depth: number, maxDepth: number) => {
			for (const [l, e] of grouped(ids)) {
				if (e.ms < min) continue;
				console.log(`${'  '.repeat(depth + 1)}${e.ms.toFixed(0)} ${l}`);
				if (depth < maxDepth)
					print(
						e.ids.flatMap((id) => byId.get(id)!.children ?? []),
						depth + 1,
						maxDepth
					);
			}
		};
		console.log('  what the thread was called for (inclusive ms):');
		print(rootNode.children ?? [], 0, Number(process.env.ROOTS_DEPTH ?? 2));
	}
	if (process.env.LONGEST) {
		const longest = runs.sort((a, b) => b.ms - a.ms)[0];
		show('self time in the longest stretch', longest.self);
		show('app functions in the longest stretch', longest.fns);
	}
	show('self time', self);
	show('inclusive time by function', total);
	show('inclusive time by file', fileTotal);
	const selfFile = new Map<string, number>();
	for (const [k, v] of self) {
		const m = k.match(/ (\S+):\d+$/);
		const f = m ? m[1] : k;
		selfFile.set(f, (selfFile.get(f) ?? 0) + v);
	}
	show('self time by file', selfFile);
	show('inclusive time by app function', new Map([...total].filter(([k]) => / src\//.test(k))));
} finally {
	await browser.close();
	server.kill();
}
