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
 * the number of edits.
 * Run: npx tsx bench/browser-risk.ts (after `npm run build`); BENCH_PORT sets the port.
 */
import { chromium, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario, PRESETS, type Scenario } from '../src/lib/model/index.ts';
import { chromiumPath } from '../scripts/chromium-path.js';
import { load, serveBuild } from './serve-build.ts';
import { summarize } from './stats.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 8);
const PROFILE = process.env.BENCH_PROFILE === '1';

const { server, port } = serveBuild('browser-risk', 4393);

/** Observers installed before any page script runs: long tasks, key presses, worker messages. */
function instrument(): void {
	interface Bench {
		longTasks: { startTime: number; duration: number }[];
		/** Start times of key-press and worker-message tasks. */
		keys: number[];
		messages: number[];
	}
	const bench: Bench = { longTasks: [], keys: [], messages: [] };
	(window as unknown as { __bench: Bench }).__bench = bench;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
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

interface Found {
	longTasks: { startTime: number; duration: number }[];
	keys: number[];
	messages: number[];
}

/** What started a long task: the latest key press or worker message at (or just before) its start. */
function cause(task: { startTime: number }, f: Found): 'edit' | 'worker message' | 'other' {
	const near = (times: number[]) =>
		times.some((t) => t >= task.startTime - 1 && t <= task.startTime + 5);
	if (near(f.messages)) return 'worker message';
	if (near(f.keys)) return 'edit';
	return 'other';
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

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

async function measure(page: Page, url: string, label: string): Promise<void> {
	await page.goto(url);
	await page.getByTestId('recommendation').waitFor();
	await simulationDone(page);
	await page.waitForTimeout(1000);
	const field = page.getByRole('textbox', { name: 'Time to fill', exact: true }).first();
	const startedAt = await page.evaluate(() => performance.now());
	const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
	if (cdp) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
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
	}
	const endedAt = await page.evaluate(() => performance.now());
	let top: string[] = [];
	const found = await page.evaluate(() => (window as unknown as { __bench: Found }).__bench);
	const tasks = found.longTasks.filter((t) => t.startTime >= startedAt && t.startTime <= endedAt);
	if (cdp) {
		const { profile } = (await cdp.send('Profiler.stop')) as {
			profile: {
				nodes: ProfileNode[];
				samples: number[];
				timeDeltas: number[];
				startTime: number;
			};
		};
		// Self time per function over the edits and re-runs (idle time left out).
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const self = new Map<string, number>();
		profile.samples.forEach((id, i) => {
			const f = byId.get(id)!.callFrame;
			if (f.functionName === '(idle)') return;
			const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
			self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
		});
		top = [...self.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 15)
			.map(([name, ms]) => `    ${ms.toFixed(1)} ms  ${name}`);
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
	for (const line of top) console.log(line);
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

await new Promise((r) => setTimeout(r, 500));
const found = chromiumPath();
const browser = await chromium.launch({
	executablePath: found && found !== 'playwright' ? found : undefined,
	args: ['--no-sandbox', '--disable-background-networking']
});
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
