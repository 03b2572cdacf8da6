// Engine speed: evaluate a 10-role, 120-month scenario many times; report median and p95.
import { createScenario, evaluateScenario, PRESETS } from '../src/lib/model/index.ts';
import { summarize } from './stats.ts';

const roles = Array.from({ length: 10 }, (_, i) => {
	const role = PRESETS[i % PRESETS.length].role();
	role.name = `${role.name} ${i + 1}`;
	role.neededFromMonth = i;
	return role;
});
const scenario = createScenario({ name: 'Bench', settings: { horizonMonths: 120 }, roles });

const WARMUP = 200;
const RUNS = 1000;
for (let i = 0; i < WARMUP; i++) evaluateScenario(scenario);
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const t0 = performance.now();
	evaluateScenario(scenario);
	times.push(performance.now() - t0);
}
const s = summarize(times);
console.log(
	`engine: 10 roles x 120 months x 3 options: median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(3)} ms (${RUNS} runs; target < 2 ms median)`
);

// One role, default horizon: what a keystroke costs.
const small = createScenario();
for (let i = 0; i < WARMUP; i++) evaluateScenario(small);
const t2: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const t0 = performance.now();
	evaluateScenario(small);
	t2.push(performance.now() - t0);
}
const s2 = summarize(t2);
console.log(
	`engine: 1 role x 36 months: median ${s2.median.toFixed(3)} ms, p95 ${s2.p95.toFixed(3)} ms`
);
