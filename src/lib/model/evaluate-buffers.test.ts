/**
 * The engine reuses buffers between evaluations; results must not. A result kept by compare, undo
 * or a chart stays exactly as it was when later evaluations (of other scenarios, other horizons)
 * run, and per-role results read later equal those read at once.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, measureOption, type ScenarioResult } from './evaluate.ts';
import { PRESETS } from './presets.ts';
import { createScenario } from './schema.ts';
import { SIMULATORS, simulateBuild, simulateBuy } from './simulate.ts';
import { simulateStaffing } from './staffing.ts';

/** Every number of a result, including per-role metrics (read through their getters). */
const snapshot = (r: ScenarioResult): string => JSON.stringify(r);

const scenarioA = createScenario({
	name: 'A',
	settings: { horizonMonths: 60 },
	roles: PRESETS.map((p) => p.role())
});
const scenarioB = createScenario({
	name: 'B',
	settings: { horizonMonths: 60, includeBorrow: false },
	roles: [PRESETS[1].role()]
});
const scenarioC = createScenario({ name: 'C', settings: { horizonMonths: 24 } });

describe('results own their arrays', () => {
	it('a kept result does not change when other scenarios are evaluated afterwards', () => {
		const a = evaluateScenario(scenarioA);
		const before = snapshot(a);
		const cashSeries = a.totals.buy!.series.components.salaries;
		evaluateScenario(scenarioB);
		evaluateScenario(scenarioC);
		const b2 = evaluateScenario(scenarioB);
		expect(snapshot(a)).toBe(before);
		expect(a.totals.buy!.series.components.salaries).toBe(cashSeries);
		expect(b2.totals.buy!.series.components.salaries).not.toBe(cashSeries);
	});

	it('two results of the same scenario share no array', () => {
		const r1 = evaluateScenario(scenarioA);
		const r2 = evaluateScenario(scenarioA);
		expect(snapshot(r1)).toBe(snapshot(r2));
		const arrays = (r: ScenarioResult) => [
			r.neededFte,
			r.totals.build!.series.productiveFte,
			r.totals.build!.series.hires,
			r.totals.build!.monthly.economic,
			r.totals.build!.cumulative.cash,
			...Object.values(r.totals.build!.series.components)
		];
		const one = arrays(r1);
		for (const x of arrays(r2)) expect(one).not.toContain(x);
		// Writing into one result leaves the other alone.
		r1.totals.build!.series.components.training[0] += 1;
		expect(r2.totals.build!.series.components.training[0]).toBe(
			r1.totals.build!.series.components.training[0] - 1
		);
	});

	it('per-role results read after other evaluations equal those read at once', () => {
		const early = evaluateScenario(scenarioA);
		const expected = JSON.stringify(early.roles);
		const late = evaluateScenario(scenarioA);
		evaluateScenario(scenarioB);
		evaluateScenario(scenarioC);
		expect(JSON.stringify(late.roles)).toBe(expected);
	});

	it('per-role series sum to the totals', () => {
		const r = evaluateScenario(scenarioA);
		for (const o of r.options) {
			const total = r.totals[o]!.series.components.salaries;
			const sum = total.map((_, m) =>
				r.roles.reduce((a, role) => a + role.options[o]!.series.components.salaries[m], 0)
			);
			sum.forEach((v, m) => expect(v).toBeCloseTo(total[m], 6));
		}
	});

	it('results hold plain arrays, as before', () => {
		const r = evaluateScenario(scenarioC);
		expect(Array.isArray(r.totals.buy!.series.productiveFte)).toBe(true);
		expect(Array.isArray(r.totals.buy!.monthly.cash)).toBe(true);
		expect(Array.isArray(r.roles[0].options.build!.series.components.training)).toBe(true);
		expect(r.totals.buy!.series.productiveFte).toHaveLength(24);
	});

	it('the simulators and staffing return arrays of their own', () => {
		const role = PRESETS[0].role();
		const settings = scenarioA.settings;
		const buy = simulateBuy(role, settings);
		const kept = [...buy.productiveFte];
		simulateBuild(role, settings);
		simulateBuy({ ...role, headcount: 7 }, settings);
		expect(buy.productiveFte).toEqual(kept);
		const rules = {
			ramp: { months: 3, start: 0.2, curve: 'linear' as const },
			earlyExitProbability: 0.2,
			attritionRatePerYear: 0.1
		};
		const arrivals = [0, 2, 0, 0, 0, 0];
		const s1 = simulateStaffing(6, arrivals, rules, rules, 1);
		const firstKept = [...s1.firstEmployed];
		simulateStaffing(6, [5, 0, 0, 0, 0, 0], rules, rules, 1);
		expect(s1.firstEmployed).toEqual(firstKept);
	});

	it('per-role metrics after an edit of one role equal a fresh measure of every role', () => {
		// The engine reuses the metrics of unchanged roles (by value): the result must not show it.
		const fresh = (r: ScenarioResult, s: typeof scenarioA) =>
			JSON.stringify(
				s.roles.map((role) =>
					r.options.map((o) =>
						measureOption(SIMULATORS[o](role, s.settings), s.settings, role.headcount)
					)
				)
			);
		const perRole = (r: ScenarioResult) =>
			JSON.stringify(r.roles.map((role) => r.options.map((o) => role.options[o])));
		const before = evaluateScenario(scenarioA);
		expect(perRole(before)).toBe(fresh(before, scenarioA));
		const edited = {
			...scenarioA,
			roles: scenarioA.roles.map((r, i) =>
				i === 1 ? { ...r, buy: { ...r.buy, timeToFillDays: r.buy.timeToFillDays + 30 } } : r
			)
		};
		const after = evaluateScenario(edited);
		expect(perRole(after)).toBe(fresh(after, edited));
		expect(after.roles[1].options.buy!.npv.economic).not.toBe(
			before.roles[1].options.buy!.npv.economic
		);
		expect(after.roles[0].options.buy).toEqual(before.roles[0].options.buy);
		// Settings apply to every role: a new discount rate measures each of them again.
		const discounted = {
			...edited,
			settings: {
				...edited.settings,
				discountRatePerYear: edited.settings.discountRatePerYear + 0.05
			}
		};
		const third = evaluateScenario(discounted);
		expect(perRole(third)).toBe(fresh(third, discounted));
		expect(third.roles[0].options.buy!.npv.economic).not.toBe(
			after.roles[0].options.buy!.npv.economic
		);
	});
});
