// Monte Carlo speed: 10,000 simulated futures of a 3-role x 60-month scenario (ranges on the main
// inputs, per-person events), the whole simulation and its summary; target <= 300 ms median.
import { createScenario, PRESETS } from '../src/lib/model/index.ts';
import { Simulation } from '../src/lib/model/montecarlo.ts';
import { summarize } from './stats.ts';

const roles = PRESETS.slice(0, 3).map((p, i) => {
	const role = p.role();
	role.neededFromMonth = i;
	// The presets' own ranges when they have them; otherwise typical three-point estimates.
	if (Object.keys(role.ranges).length === 0) {
		role.ranges = {
			'buy.timeToFillDays': {
				low: role.buy.timeToFillDays * 0.7,
				high: role.buy.timeToFillDays * 2
			},
			'buy.rampWeeks': { low: role.buy.rampWeeks * 0.6, high: role.buy.rampWeeks * 1.8 },
			'buy.earlyExitProbability': { low: 0.05, high: 0.3 },
			'build.successProbability': { low: 0.5, high: 0.9 },
			'buy.salaryPremiumRate': { low: 0.05, high: 0.3 },
			'borrow.billRatePerDay': {
				low: role.borrow.billRatePerDay * 0.8,
				high: role.borrow.billRatePerDay * 1.5
			}
		};
	}
	return role;
});
const scenario = createScenario({ name: 'Bench', settings: { horizonMonths: 60 }, roles });
const RUNS = 10_000;

/** CPU time of this process in ms (less disturbed than wall time on a shared machine). */
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

function once(): { total: number; runs: number; summary: number; cpu: number } {
	const c0 = cpu();
	const t0 = performance.now();
	const sim = new Simulation(scenario, RUNS, 1);
	sim.step(RUNS);
	const t1 = performance.now();
	sim.summary(12);
	const t2 = performance.now();
	return { total: t2 - t0, runs: t1 - t0, summary: t2 - t1, cpu: cpu() - c0 };
}

for (let i = 0; i < 3; i++) once();
const results = Array.from({ length: 11 }, once);
const total = summarize(results.map((r) => r.total));
const runs = summarize(results.map((r) => r.runs));
const summary = summarize(results.map((r) => r.summary));
const cpuTime = summarize(results.map((r) => r.cpu));
console.log(
	`montecarlo: ${RUNS} runs x 3 roles x 60 months: median ${total.median.toFixed(1)} ms (simulation ${runs.median.toFixed(1)} ms = ${((runs.median / RUNS) * 1000).toFixed(1)} µs a run, summary ${summary.median.toFixed(1)} ms), p95 ${total.p95.toFixed(1)} ms, CPU time median ${cpuTime.median.toFixed(1)} ms; target <= 300 ms median`
);

// Batches of 500 as the worker posts them: time to the first figures.
const t0 = performance.now();
const sim = new Simulation(scenario, RUNS, 1);
sim.step(500);
sim.summary(12, { band: false });
console.log(
	`montecarlo: first 500 runs with figures: ${(performance.now() - t0).toFixed(1)} ms (target < 100 ms)`
);
