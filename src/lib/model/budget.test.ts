import { describe, expect, it } from 'vitest';
import { budgetTable } from './budget.ts';
import { evaluateScenario } from './evaluate.ts';
import { createScenario } from './schema.ts';

const scenario = createScenario({
	settings: { startMonth: 10, startYear: 2026, fiscalYearStartMonth: 4, horizonMonths: 30 },
	roles: [
		{ name: 'Analyst', headcount: 3, plan: { buy: 1, build: 1, borrow: 1, bridgedBuy: 1 } },
		{ name: 'Engineer', headcount: 2 }
	]
});
const result = evaluateScenario(scenario);

describe('the budget table', () => {
	it('has a row per role and column (the options and the plan) and totals per column', () => {
		const t = budgetTable(result, scenario.settings);
		expect(t.columns).toEqual(['buy', 'build', 'borrow', 'plan']);
		expect(t.rows.map((r) => `${r.role}:${r.column}`)).toEqual([
			'0:buy',
			'0:build',
			'0:borrow',
			'0:plan',
			'1:buy',
			'1:build',
			'1:borrow',
			'1:plan'
		]);
		// October 2026 to March 2029 with an April fiscal year: FY2027, FY2028, FY2029.
		expect(t.years).toEqual([2027, 2028, 2029]);
		expect(t.totals.map((r) => r.column)).toEqual(t.columns);
	});

	it('each fiscal-year total sums to the nominal cash total, per role and in total', () => {
		const t = budgetTable(result, scenario.settings);
		for (const r of t.totals) {
			const nominal =
				r.column === 'plan'
					? result.plan!.totals.nominal.cash
					: result.totals[r.column]!.nominal.cash;
			expect(r.years.reduce((a, y) => a + y.total, 0)).toBeCloseTo(nominal, 6);
			expect(r.total).toBeCloseTo(nominal, 6);
			for (const y of r.years) {
				expect(y.quarters.reduce<number>((a, q) => a + (q ?? 0), 0)).toBeCloseTo(y.total, 6);
			}
		}
		for (const c of t.columns) {
			const perRole = t.rows.filter((r) => r.column === c).reduce((a, r) => a + r.total, 0);
			expect(perRole).toBeCloseTo(t.totals.find((r) => r.column === c)!.total, 6);
		}
	});

	it('shifting the fiscal-year start changes no total', () => {
		const a = budgetTable(result, scenario.settings);
		const b = budgetTable(result, { ...scenario.settings, fiscalYearStartMonth: 1 });
		expect(b.years).toEqual([2026, 2027, 2028, 2029]);
		a.totals.forEach((r, i) => expect(b.totals[i].total).toBeCloseTo(r.total, 6));
	});

	it('gives the plan’s headcount by month (people in the role)', () => {
		const t = budgetTable(result, scenario.settings);
		expect(t.headcount.map((h) => h.column)).toEqual(['plan']);
		expect(t.headcount[0].values).toHaveLength(30);
		expect(t.headcount[0].values).toEqual(Array.from(result.plan!.totals.series.peopleInRole));
		const pure = evaluateScenario(createScenario({ roles: [{ headcount: 2 }] }));
		expect(budgetTable(pure, scenario.settings).headcount.map((h) => h.column)).toEqual([
			'buy',
			'build',
			'borrow'
		]);
	});
});
