/**
 * Main-thread long tasks while the risk simulation re-runs (issue 11: "no main-thread task over
 * 50 ms while a simulation runs"). The production build (./build, served by scripts/serve.js) in
 * Chromium; a shared scenario of three preset roles over 60 months (the presets' ranges, 10,000
 * futures) and one of 10 roles x 120 months. After the first simulation has finished, EDITS edits
 * of the time-to-fill field (select, type a value within the preset's range), each followed by
 * the whole re-run (until the risk panel is no longer busy). A PerformanceObserver ('longtask')
 * records every task over 50 ms; each is attributed to what started it: a key press (the edit's
 * own evaluation), a message from a worker (a batch of the simulation, or the sensitivity,
 * drawn), or other work (timers, frames). Reports per scenario, with the load average: long tasks
 * per edit, their median, p95 and longest duration, and the attribution.
 * BENCH_PROFILE=1 also samples the main thread (CDP Profiler) during the edits and prints the
 * functions with the most self time. BENCH_SCENARIOS picks sizes ("3x60,10x120"), BENCH_EDITS
 * the number of edits. The risk panel is scrolled into view before the edits (its table is checked
 * to be on screen after the first): a person watches it while it runs, and the browser skips much
 * of the work for content off screen.
 * Run: npx tsx bench/browser-risk.ts (after `npm run build`); BENCH_PORT sets the port.
 */
import type { Page } from '@playwright/test';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario, PRESETS, type Scenario } from '../src/lib/model/index.ts';
import { launchBrowser, load, serveBuild } from './serve-build.ts';
import { originalAt, originalPosition } from './source-map.ts';
import { summarize } from './stats.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 8);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Trace the main thread's tasks (wall and CPU time of each); BENCH_TRACE=0 turns it off. */
const TRACE = process.env.BENCH_TRACE !== '0';

const { server, port } = serveBuild('browser-risk', 4393);
const BUILD_ROOT = resolve(process.env.BUILD_DIR ?? 'build');
const sourceMaps = readdirSync(join(BUILD_ROOT, '_app/immutable/chunks')).some((f) =>
	f.endsWith('.map')
)
	? 'source-mapped'
	: 'no source maps: build with `npx vite build --sourcemap` for file names';

/** A script that ran in a long animation frame (Long Animation Frames API), as recorded. */
interface ScriptRun {
	startTime: number;
	duration: number;
	invoker: string;
	sourceURL: string;
	sourceFunctionName: string;
	sourceCharPosition: number;
	forcedStyleAndLayoutDuration: number;
}

/** A long animation frame: its scripts and when rendering (rAF callbacks, style, layout) began. */
interface Frame {
	startTime: number;
	duration: number;
	renderStart: number;
	styleAndLayoutStart: number;
	scripts: ScriptRun[];
}

interface Found {
	longTasks: { startTime: number; duration: number }[];
	frames: Frame[];
	keys: number[];
	messages: number[];
	/** performance.now() when the profile's clock mark ran (see `mark`). */
	markAt: number;
}

/** Observers installed before any page script runs: long tasks, long animation frames, key presses, worker messages. */
function instrument(): void {
	const bench: Found = { longTasks: [], frames: [], keys: [], messages: [], markAt: 0 };
	(window as unknown as { __bench: Found }).__bench = bench;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Frame[]) {
				bench.frames.push({
					startTime: e.startTime,
					duration: e.duration,
					renderStart: e.renderStart,
					styleAndLayoutStart: e.styleAndLayoutStart,
					scripts: e.scripts.map((x) => ({
						startTime: x.startTime,
						duration: x.duration,
						invoker: x.invoker,
						sourceURL: x.sourceURL,
						sourceFunctionName: x.sourceFunctionName,
						sourceCharPosition: x.sourceCharPosition,
						forcedStyleAndLayoutDuration: x.forcedStyleAndLayoutDuration
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		// No Long Animation Frames API: long tasks are still counted, attributed by their start.
	}
	document.addEventListener('keydown', () => bench.keys.push(performance.now()), true);
	const NativeWorker = window.Worker;
	window.Worker = class extends NativeWorker {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			// Registered first: runs at the start of the task that handles the message.
			this.addEventListener('message', () => bench.messages.push(performance.now()));
		}
	};
}

/** What started a long task: the latest key press or worker message at (or just before) its start. */
function cause(task: { startTime: number }, f: Found): 'edit' | 'worker message' | 'other' {
	const near = (times: number[]) =>
		times.some((t) => t >= task.startTime - 1 && t <= task.startTime + 5);
	if (near(f.messages)) return 'worker message';
	if (near(f.keys)) return 'edit';
	return 'other';
}

/** The built file a script URL serves (to read its source map), or null for other origins. */
function builtFile(url: string): string | null {
	try {
		const u = new URL(url);
		return u.port === String(port) ? join(BUILD_ROOT, u.pathname) : null;
	} catch {
		return null;
	}
}

/** "src/lib/state/risk.svelte.ts:118" for a script's entry point (its source map), else the chunk. */
function entryOf(s: ScriptRun): string {
	const file = builtFile(s.sourceURL);
	const original = file ? originalPosition(file, s.sourceCharPosition) : null;
	const name = s.sourceFunctionName ? ` ${s.sourceFunctionName}` : '';
	return original ?? `${s.sourceURL.split('/').pop() || '(no source)'}${name}`;
}

/**
 * The work inside a long task, from the long animation frames that overlap it: each script as
 * "invoker -> entry point" with its time, and the frame's rendering (style and layout) when it
 * fell inside the task.
 */
function partsOf(task: { startTime: number; duration: number }, f: Found): Map<string, number> {
	const end = task.startTime + task.duration;
	const parts = new Map<string, number>();
	const add = (k: string, ms: number) => ms > 0 && parts.set(k, (parts.get(k) ?? 0) + ms);
	for (const frame of f.frames) {
		if (frame.startTime > end || frame.startTime + frame.duration < task.startTime) continue;
		for (const s of frame.scripts) {
			if (s.startTime < task.startTime - 1 || s.startTime > end) continue;
			add(`${s.invoker} -> ${entryOf(s)}`, s.duration - s.forcedStyleAndLayoutDuration);
			add('forced style and layout (in scripts)', s.forcedStyleAndLayoutDuration);
		}
		const layoutAt = frame.styleAndLayoutStart;
		if (layoutAt >= task.startTime - 1 && layoutAt <= end)
			add('style, layout and paint of the frame', frame.startTime + frame.duration - layoutAt);
	}
	return parts;
}

/** Wait until the risk panel shows a finished simulation of the current inputs. */
async function simulationDone(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const panel = document.querySelector('[data-testid="risk-panel"]');
			return (
				!!panel &&
				panel.getAttribute('aria-busy') === 'false' &&
				!!panel.querySelector('[data-testid="risk-sentence"]')
			);
		},
		undefined,
		{ timeout: 120_000, polling: 50 }
	);
}

/** Whether the risk panel's table is inside the window (the bench watches it while it runs). */
function inView(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const table = document.querySelector('[data-testid="risk-table"]');
		if (!table) return false;
		const r = table.getBoundingClientRect();
		return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
	});
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

/** A busy loop with a name to find in the CPU profile: aligns the profile's clock with the page's. */
function mark(): void {
	const bench = (window as unknown as { __bench: Found }).__bench;
	const t0 = performance.now();
	bench.markAt = t0;
	while (performance.now() - t0 < 30) {
		// busy on purpose
	}
}

/** A built frame's source position ("src/lib/state/risk.svelte.ts:110"), else the chunk's. */
function frameName(f: ProfileNode['callFrame']): string {
	const file = builtFile(f.url);
	const original = file ? originalAt(file, f.lineNumber, f.columnNumber) : null;
	return `${f.functionName || '(anonymous)'} ${original ?? `${f.url.split('/').pop()}:${f.lineNumber + 1}`}`;
}

/**
 * From a CPU profile, inside the long tasks: self time per function (source-mapped, with the
 * nearest function of the app's own code that called it), and inclusive time per app function.
 */
function profileInTasks(
	profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number },
	tasks: { startTime: number; duration: number }[],
	markAt: number
): { self: string[]; inclusive: string[] } {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	// Sample times (µs, the profiler's clock) and the first sample inside the mark.
	const times: number[] = [];
	let t = profile.startTime;
	for (const d of profile.timeDeltas) times.push((t += d));
	const first = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'mark');
	if (first < 0)
		return {
			self: ['    (the clock mark was not sampled: no profile attribution)'],
			inclusive: []
		};
	const offset = times[first] / 1000 - markAt; // profiler ms - page ms
	const names = new Map<number, string>();
	const nameOf = (id: number) => {
		let n = names.get(id);
		if (n === undefined) names.set(id, (n = frameName(byId.get(id)!.callFrame)));
		return n;
	};
	const isApp = (name: string) => / src\/(lib|routes)\//.test(name);
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const at = times[i] / 1000 - offset;
		if (!tasks.some((x) => at >= x.startTime && at <= x.startTime + x.duration)) return;
		const f = byId.get(id)!.callFrame;
		if (f.functionName === '(idle)' || f.functionName === '(program)') return;
		const ms = profile.timeDeltas[i] / 1000;
		let caller = '';
		const seen = new Set<string>();
		for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
			const name = nameOf(up);
			if (!isApp(name)) continue;
			if (!caller && up !== id) caller = name;
			if (!seen.has(name)) {
				seen.add(name);
				inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
			}
		}
		const key = `${nameOf(id)}${caller ? `  <- ${caller}` : ''}`;
		self.set(key, (self.get(key) ?? 0) + ms);
	});
	const top = (m: Map<string, number>) =>
		[...m.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 15)
			.map(([name, ms]) => `    ${ms.toFixed(1)} ms  ${name}`);
	return { self: top(self), inclusive: top(inclusive) };
}

/** A trace event, as Chrome writes it (times in µs; `tdur`, `tts`: the thread's CPU time). */
interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: {
		name?: string;
		data?: {
			url?: string;
			functionName?: string;
			lineNumber?: number;
			columnNumber?: number;
			type?: string;
		};
	};
}

/** A main-thread task from the trace: wall and CPU time, and the CPU time of what ran inside. */
interface TracedTask {
	wall: number;
	cpu: number;
	parts: Map<string, number>;
}

/** What a trace event inside a task did, in words ("FunctionCall src/lib/state/x.ts:12"). */
function traceLabel(e: TraceEvent): string {
	const d = e.args?.data;
	if (e.name === 'FunctionCall' && d?.url) {
		const file = builtFile(d.url);
		const at =
			file && d.lineNumber !== undefined
				? originalAt(file, d.lineNumber - 1, (d.columnNumber ?? 1) - 1)
				: null;
		return `script ${at ?? `${d.url.split('/').pop()}:${d.lineNumber}`}${d.functionName ? ` ${d.functionName}` : ''}`;
	}
	if (e.name === 'EventDispatch' && d?.type) return `event ${d.type}`;
	return e.name;
}

/** Trace events whose CPU time is told apart inside a task (the outermost of each kind counts). */
const TRACE_PARTS = new Set([
	'FunctionCall',
	'EventDispatch',
	'TimerFire',
	'FireAnimationFrame',
	'UpdateLayoutTree',
	'Layout',
	'PrePaint',
	'Paint',
	'Layerize',
	'MinorGC',
	'MajorGC',
	'V8.GC_SCAVENGER',
	'ParseHTML',
	'EvaluateScript',
	'v8.compile'
]);

/**
 * The main thread's tasks between the marks `bench-start` and `bench-end`, from a Chrome trace:
 * wall time and CPU time of each, and what ran inside. On a shared machine a task's wall time
 * includes the time the thread waited for a core; its CPU time is the work itself.
 */
function tracedTasks(trace: Buffer): TracedTask[] {
	const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const start = events.find((e) => e.name === 'bench-start');
	const end = events.find((e) => e.name === 'bench-end');
	if (!start || !end) return [];
	const main = events.find(
		(e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain'
	);
	if (!main) return [];
	const mine = events
		.filter(
			(e) =>
				e.ph === 'X' &&
				e.pid === main.pid &&
				e.tid === main.tid &&
				e.ts >= start.ts &&
				e.ts <= end.ts
		)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const tasks: TracedTask[] = [];
	let task: { end: number; t: TracedTask } | null = null;
	/** The end of the outermost part being counted (inner parts are inside it). */
	let partEnd = -1;
	for (const e of mine) {
		const dur = e.dur ?? 0;
		if (e.name === 'RunTask') {
			task = {
				end: e.ts + dur,
				t: { wall: dur / 1000, cpu: (e.tdur ?? dur) / 1000, parts: new Map() }
			};
			tasks.push(task.t);
			partEnd = -1;
		} else if (task && e.ts < task.end && TRACE_PARTS.has(e.name) && e.ts >= partEnd) {
			partEnd = e.ts + dur;
			const k = traceLabel(e);
			task.t.parts.set(k, (task.t.parts.get(k) ?? 0) + (e.tdur ?? dur) / 1000);
		}
	}
	return tasks;
}

async function measure(page: Page, url: string, label: string): Promise<void> {
	await page.goto(url);
	await page.getByTestId('recommendation').waitFor();
	await simulationDone(page);
	// The risk panel in view, as a person watching the simulation sees it (the results column
	// scrolls on its own beside the inputs at this width, so the edited field stays in view too).
	// Again until it stays: panels above it may still grow as their code and charts arrive.
	for (let i = 0; i < 20 && !(await inView(page)); i++) {
		await page
			.getByTestId('risk-table')
			.evaluate((table) => table.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(250);
	}
	await page.waitForTimeout(1000);
	const field = page.getByRole('textbox', { name: 'Time to fill', exact: true }).first();
	const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
	if (cdp) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		await page.evaluate(mark);
	}
	/** Redraws of each chart so far (the chart attachment counts them on the canvas). */
	const draws = () =>
		page.evaluate(() =>
			Object.fromEntries(
				[...document.querySelectorAll('figure[data-testid] canvas')].map((c) => [
					c.closest('figure')!.getAttribute('data-testid'),
					Number((c as HTMLCanvasElement).dataset.draws ?? 0)
				])
			)
		);
	const drawsBefore = await draws();
	if (TRACE)
		await page
			.context()
			.browser()!
			.startTracing(undefined, {
				categories: [
					'toplevel',
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'blink.user_timing'
				]
			});
	const startedAt = await page.evaluate(() => {
		performance.mark('bench-start');
		return performance.now() + 100;
	});
	const runs: number[] = [];
	for (let i = 0; i < EDITS; i++) {
		await field.click();
		await field.press('ControlOrMeta+a');
		const t0 = Date.now();
		// Alternate within every preset's time-to-fill range.
		await field.pressSequentially(i % 2 === 0 ? '45' : '48', { delay: 60 });
		await page.waitForTimeout(400); // past the debounce: the re-run has started
		await simulationDone(page);
		runs.push(Date.now() - t0);
		if (i === 0 && !(await inView(page))) {
			await page.screenshot({ path: 'test-results/browser-risk-not-in-view.png' });
			throw new Error('the risk panel is not in view (test-results/browser-risk-not-in-view.png)');
		}
	}
	const endedAt = await page.evaluate(() => {
		performance.mark('bench-end');
		return performance.now();
	});
	const trace = TRACE ? await page.context().browser()!.stopTracing() : null;
	if (trace && process.env.BENCH_TRACE_FILE) writeFileSync(process.env.BENCH_TRACE_FILE, trace);
	const traced = trace ? tracedTasks(trace) : [];
	const drawsAfter = await draws();
	await page.waitForTimeout(200); // the last frames' entries
	const found = await page.evaluate(() => (window as unknown as { __bench: Found }).__bench);
	const tasks = found.longTasks.filter((t) => t.startTime >= startedAt && t.startTime <= endedAt);
	let profiled: { self: string[]; inclusive: string[] } = { self: [], inclusive: [] };
	if (cdp) {
		const { profile } = (await cdp.send('Profiler.stop')) as {
			profile: Parameters<typeof profileInTasks>[0];
		};
		profiled = profileInTasks(profile, tasks, found.markAt);
		await cdp.detach();
	}
	const durations = tasks.map((t) => t.duration);
	const s = durations.length ? summarize(durations) : { median: 0, p95: 0 };
	const counts = { edit: 0, 'worker message': 0, other: 0 };
	for (const t of tasks) counts[cause(t, found)]++;
	const r = summarize(runs);
	console.log(
		`browser-risk: long tasks while the simulation re-runs, ${label}: ${tasks.length} over 50 ms in ${EDITS} edits (${(tasks.length / EDITS).toFixed(1)} per edit; median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, longest ${Math.max(0, ...durations).toFixed(0)} ms; started by: edit ${counts.edit}, worker message ${counts['worker message']}, other ${counts.other}); edit -> simulation done median ${r.median} ms; ${load()} — target none: ${tasks.length === 0 ? 'meets target' : 'MISSES target'}`
	);
	if (TRACE) {
		const long = traced.filter((x) => x.cpu > 50);
		const longWall = traced.filter((x) => x.wall > 50);
		console.log(
			`  main-thread tasks (Chrome trace): ${traced.length}; over 50 ms of wall time ${longWall.length} (longest ${Math.max(0, ...traced.map((x) => x.wall)).toFixed(0)} ms), over 50 ms of CPU time ${long.length} (most CPU in one task ${Math.max(0, ...traced.map((x) => x.cpu)).toFixed(0)} ms; over 30 ms: ${traced.filter((x) => x.cpu > 30).length}); ${load()}`
		);
		console.log('  the tasks with the most CPU time (ms of CPU: what ran inside):');
		for (const x of [...traced].sort((a, b) => b.cpu - a.cpu).slice(0, 6))
			console.log(
				`    ${x.cpu.toFixed(0)} ms CPU (${x.wall.toFixed(0)} ms wall): ${[...x.parts.entries()]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 4)
					.map(([k, ms]) => `${ms.toFixed(0)} ${k}`)
					.join('; ')}`
			);
	}
	console.log(
		`  chart redraws per edit: ${Object.entries(drawsAfter)
			.map(([id, n]) => `${id} ${((n - (drawsBefore[id] ?? 0)) / EDITS).toFixed(1)}`)
			.join(', ')}`
	);
	// Attribution: what ran inside the long tasks (Long Animation Frames API), summed over them.
	const total = new Map<string, { ms: number; tasks: number }>();
	for (const t of tasks) {
		for (const [k, ms] of partsOf(t, found)) {
			const x = total.get(k) ?? { ms: 0, tasks: 0 };
			x.ms += ms;
			x.tasks++;
			total.set(k, x);
		}
	}
	if (tasks.length > 0) {
		console.log(`  inside the long tasks (invoker -> entry point; ${sourceMaps}):`);
		for (const [k, x] of [...total.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10))
			console.log(`    ${x.ms.toFixed(0)} ms in ${x.tasks} task(s)  ${k}`);
		for (const t of tasks) {
			const parts = [...partsOf(t, found).entries()].sort((a, b) => b[1] - a[1]);
			console.log(
				`  task ${t.duration.toFixed(0)} ms (${cause(t, found)}): ${parts
					.slice(0, 3)
					.map(([k, ms]) => `${ms.toFixed(0)} ms ${k}`)
					.join('; ')}`
			);
		}
	}
	if (profiled.self.length) {
		console.log('  self time inside the long tasks (CPU profile; <- the nearest app function):');
		for (const line of profiled.self) console.log(line);
		console.log('  inclusive time of app functions inside the long tasks (CPU profile):');
		for (const line of profiled.inclusive) console.log(line);
	}
}

function scenarioOf(roles: number, months: number): Scenario {
	return createScenario({
		name: 'Bench',
		settings: { horizonMonths: months },
		roles: Array.from({ length: roles }, (_, i) => {
			const role = PRESETS[i % PRESETS.length].role();
			role.name = `${role.name} ${i + 1}`;
			role.neededFromMonth = i;
			return role;
		})
	});
}

const browser = await launchBrowser();
try {
	const base = `http://localhost:${port}/`;
	const sizes = (process.env.BENCH_SCENARIOS ?? '3x60,10x120')
		.split(',')
		.map((x) => x.split('x').map(Number) as [number, number]);
	for (const [roles, months] of sizes) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(instrument);
		const page = await context.newPage();
		const link = `${base}#${await encodeShareFragment(scenarioOf(roles, months))}`;
		await measure(page, link, `${roles} roles x ${months} months`);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}
