// Engine speed: evaluate a 10-role, 120-month scenario many times; median, p95 and memory
// allocated per evaluation, then the sensitivity analysis of the same scenario. Targets of issue 10:
// median <= 0.5 ms, p95 <= 1 ms, sensitivity <= 60 ms. Run bundled and minified (as in the
// browser) with --expose-gc for the allocation figure (see bench/run.ts).
import { loadavg } from 'node:os';
import { createScenario, evaluateScenario, PRESETS } from '../src/lib/model/index.ts';
import { analyse } from '../src/lib/model/sensitivity.ts';
import { summarize } from './stats.ts';

const load = () => `load ${loadavg()[0].toFixed(2)}`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

const bigScenario = (timeToFillDays?: number) =>
	createScenario({
		name: 'Bench',
		settings: { horizonMonths: 120 },
		roles: Array.from({ length: 10 }, (_, i) => {
			const role = PRESETS[i % PRESETS.length].role();
			role.name = `${role.name} ${i + 1}`;
			role.neededFromMonth = i;
			if (timeToFillDays !== undefined) {
				role.buy.timeToFillDays = timeToFillDays + i;
				// A preset's range around its own time to fill would no longer hold the new value.
				delete role.ranges['buy.timeToFillDays'];
			}
			return role;
		})
	});
const scenario = bigScenario();

const WARMUP = 300;
const RUNS = 2000;
/**
 * Wall-clock median and p95 of `run`, and the same of the process's CPU time (user + system, all
 * its threads): on a machine shared with other work, the CPU time leaves out the time this process
 * waited for a core, which the wall clock counts.
 */
function time(run: (i: number) => void): { median: number; p95: number; cpu: string } {
	for (let i = 0; i < WARMUP; i++) run(i);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		run(i);
		times.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpuTimes.push((c.user + c.system) / 1000);
	}
	const c = summarize(cpuTimes);
	return {
		...summarize(times),
		cpu: `CPU time median ${c.median.toFixed(3)} ms, p95 ${c.p95.toFixed(3)} ms`
	};
}

const s = time(() => evaluateScenario(scenario));
console.log(
	`engine: 10 roles x 120 months x 3 options: median ${s.median.toFixed(3)} ms (target <= 0.5: ${verdict(s.median <= 0.5)}), p95 ${s.p95.toFixed(3)} ms (target <= 1: ${verdict(s.p95 <= 1)}) (${RUNS} runs; ${s.cpu}; ${load()})`
);

// Every run a different time to fill in every role: nothing can come from the staffing cache.
const varied = Array.from({ length: 97 }, (_, i) => bigScenario(20 + i * 0.731));
const v = time((i) => evaluateScenario(varied[i % varied.length]));
console.log(
	`engine: 10 x 120, time to fill changed in every role on every run (staffing simulated afresh): median ${v.median.toFixed(3)} ms, p95 ${v.p95.toFixed(3)} ms (${v.cpu}; ${load()})`
);

const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
	const N = 50;
	const kept: unknown[] = [];
	gc();
	const before = process.memoryUsage().heapUsed;
	for (let i = 0; i < N; i++) kept.push(evaluateScenario(scenario));
	const perRun = (process.memoryUsage().heapUsed - before) / N / 1024;
	console.log(
		`engine: memory allocated per 10 x 120 evaluation: ${perRun.toFixed(0)} KB (the result's own arrays; was 845 KB)`
	);
}

const small = createScenario();
const s2 = time(() => evaluateScenario(small));
console.log(
	`engine: 1 role x 36 months: median ${s2.median.toFixed(3)} ms, p95 ${s2.p95.toFixed(3)} ms (${load()})`
);

for (let i = 0; i < 3; i++) analyse(scenario);
const sens: number[] = [];
let evaluations = 0;
for (let i = 0; i < 15; i++) {
	const t0 = performance.now();
	evaluations = analyse(scenario).evaluations;
	sens.push(performance.now() - t0);
}
const ss = summarize(sens);
console.log(
	`sensitivity: 10 roles x 120 months: median ${ss.median.toFixed(1)} ms, p95 ${ss.p95.toFixed(1)} ms (${evaluations} changed scenarios; 15 runs; ${load()}) — target <= 60 ms: ${verdict(ss.median <= 60)}`
);
