// The best mix: 10 roles with every constraint (pool, deadline, budget per fiscal year,
// contractor cap), including the relaxation re-solves. Target: <= 200 ms (it runs in a worker).
import { createScenario, PRESETS } from '../src/lib/model/index.ts';
import { optimizeScenario } from '../src/lib/model/optimize.ts';
import { summarize } from './stats.ts';

const roles = Array.from({ length: 10 }, (_, i) => {
	const role = PRESETS[i % PRESETS.length].role();
	role.name = `${role.name} ${i + 1}`;
	role.neededFromMonth = i % 4;
	role.headcount = 2 + (i % 4);
	role.pool = { feeders: 4, shareAbleToMove: 0.5 };
	role.borrow.maxMonthsPerContractor = 18;
	return role;
});
const scenario = createScenario({
	name: 'Plan bench',
	settings: {
		horizonMonths: 36,
		capacityDeadlineMonth: 18,
		budgetPerFiscalYear: 6_000_000,
		contractorCap: 8,
		startMonth: 4,
		fiscalYearStartMonth: 4
	},
	roles
});

const WARMUP = 5;
const RUNS = 30;
let last = optimizeScenario(scenario);
for (let i = 0; i < WARMUP; i++) last = optimizeScenario(scenario);
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const t0 = performance.now();
	last = optimizeScenario(scenario);
	times.push(performance.now() - t0);
}
const s = summarize(times);
console.log(
	`plan: best mix, 10 roles, every constraint: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (${RUNS} runs; ${last.status}, ${last.binding.map((b) => b.kind).join(', ') || 'none'} binding, conflicts: ${last.conflicts.join(', ') || 'none'}; target <= 200 ms)`
);
