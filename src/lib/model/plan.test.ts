/**
 * The plan: mixes, bridging, doing nothing, the budget by fiscal year and the best mix. The
 * optimiser is checked against exhaustive enumeration of every mix, each evaluated and checked
 * by the engine itself (not by the optimiser's per-person figures).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario } from './evaluate.ts';
import {
	createScenario,
	OPTION_IDS,
	parseScenario,
	type OptionId,
	type Scenario,
	type ScenarioInput
} from './schema.ts';
import { valuePerFteMonth } from './simulate.ts';
import { byFiscalYear, fiscalPeriodOf, fiscalYears } from './budget.ts';
import { bridgeWindow, groupCounts, PLAN_GROUPS, purePlan, simulateGroup } from './mix.ts';
import { optimizeScenario, planValue, planViolations, purePlans, withPlans } from './optimize.ts';
import type { Plan } from './plan-schema.ts';
import { dbl } from './arbitraries.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

/** A recruit who arrives after 3 months and ramps linearly from 0 to full over 4 months. */
const RECRUIT_IN_3_RAMP_4 = {
	timeToFillDays: (365.25 / 12) * 3,
	rampWeeks: (52 / 12) * 4,
	rampStartProductivity: 0
};

/** Random valid scenarios with the inputs that shape timing, cost and bridging. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		horizonMonths: fc.integer({ min: 1, max: 60 }),
		discountRatePerYear: dbl(0, 0.3),
		decisionMeasure: fc.constantFrom('economic', 'cash') as fc.Arbitrary<'economic' | 'cash'>,
		roles: fc.array(
			fc.record({
				headcount: fc.integer({ min: 0, max: 6 }),
				neededShare: dbl(0, 1),
				salaryPerYear: dbl(20_000, 200_000),
				valueMultiplier: dbl(0, 4),
				timeToFillDays: dbl(0, 200),
				buyRampWeeks: dbl(0, 52),
				earlyExitProbability: dbl(0, 0.5),
				successProbability: dbl(0, 1),
				oldRole: fc.constantFrom('backfill', 'leave-open', 'not-needed') as fc.Arbitrary<
					'backfill' | 'leave-open' | 'not-needed'
				>,
				billRatePerDay: dbl(0, 2_000),
				leadTimeDays: dbl(0, 90),
				onboardingWeeks: dbl(0, 8),
				efficiency: dbl(0.05, 1),
				maxMonthsPerContractor: fc.option(dbl(1, 30), { nil: null }),
				conversionFee: fc.option(dbl(0, 30_000), { nil: null }),
				bridgeUntilProductivity: dbl(0, 1),
				bridgeMonths: fc.option(dbl(0, 24), { nil: null })
			}),
			{ minLength: 1, maxLength: 2 }
		)
	})
	.map(({ roles, ...settings }) =>
		createScenario({
			settings,
			roles: roles.map((r, i) => ({
				name: `Role ${i + 1}`,
				headcount: r.headcount,
				neededFromMonth: r.neededShare * (settings.horizonMonths - 1),
				salaryPerYear: r.salaryPerYear,
				valueMultiplier: r.valueMultiplier,
				buy: {
					timeToFillDays: r.timeToFillDays,
					rampWeeks: r.buyRampWeeks,
					earlyExitProbability: r.earlyExitProbability
				},
				build: { successProbability: r.successProbability, oldRole: r.oldRole },
				borrow: {
					billRatePerDay: r.billRatePerDay,
					leadTimeDays: r.leadTimeDays,
					onboardingWeeks: r.onboardingWeeks,
					efficiency: r.efficiency,
					maxMonthsPerContractor: r.maxMonthsPerContractor,
					conversionFee: r.conversionFee,
					bridgeUntilProductivity: r.bridgeUntilProductivity,
					bridgeMonths: r.bridgeMonths
				}
			}))
		} as ScenarioInput)
	);

const close = (a: number, b: number, rel = 1e-9) =>
	Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('a mix per role', () => {
	it('a plan of all-recruit, all-upskill or all-contract is that option exactly', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				for (const o of OPTION_IDS) {
					const r = evaluateScenario(withPlans(s, purePlans(s, o)));
					s.roles.forEach((_, i) => {
						const plan = r.plan!.roles[i].metrics;
						const pure = r.roles[i].options[o];
						if (!pure) return; // borrow not compared
						expect(plan.series.components).toEqual(pure.series.components);
						expect(plan.series.productiveFte).toEqual(pure.series.productiveFte);
						expect(plan.npv).toEqual(pure.npv);
						expect(plan.nominal).toEqual(pure.nominal);
						expect(plan.monthsToFullCapacity).toBe(pure.monthsToFullCapacity);
					});
					if (r.totals[o]) expect(r.plan!.totals.npv).toEqual(r.totals[o]!.npv);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('a mix costs the sum of its groups (the engine is linear in people)', () => {
		const s = createScenario({ roles: [{ headcount: 6 }] });
		const role = s.roles[0];
		const plan: Plan = { buy: 3, build: 2, borrow: 1, bridgedBuy: 1, bridgedBuild: 1 };
		const r = evaluateScenario(withPlans(s, [plan]));
		const counts = groupCounts(plan);
		let parts = 0;
		for (const g of PLAN_GROUPS) {
			const one = simulateGroup(role, s.settings, g, 1);
			for (const id of Object.keys(one.components) as (keyof typeof one.components)[]) {
				for (const x of one.components[id]) parts += counts[g] * x;
			}
		}
		expect(r.plan!.roles[0].metrics.nominal.economic).toBeCloseTo(parts, 6);
		expect(r.plan!.roles[0].plan).toEqual(plan);
		expect(r.plan!.roles[0].fromCheapest).toBe(false);
	});

	it('roles without a mix count with their cheapest pure option; no mix anywhere, no plan', () => {
		const s = createScenario({ roles: [{ name: 'A' }, { name: 'B', headcount: 2 }] });
		expect(evaluateScenario(s).plan).toBeNull();
		s.roles[0].plan = { buy: 1, build: 1, borrow: 1, bridgedBuy: 0, bridgedBuild: 0 };
		const r = evaluateScenario(s);
		expect(r.plan!.roles[1].fromCheapest).toBe(true);
		const cheapest = OPTION_IDS.reduce<OptionId>(
			(best, o) =>
				r.roles[1].options[o]!.npv.economic < r.roles[1].options[best]!.npv.economic ? o : best,
			'buy'
		);
		expect(r.plan!.roles[1].plan).toEqual(purePlan(cheapest, 2));
	});
});

describe('contractor bridging', () => {
	it('never increases the capacity shortfall and never pushes capacity above the need', () => {
		fc.assert(
			fc.property(scenarioArb, fc.integer({ min: 1, max: 4 }), (s, n) => {
				const role = s.roles[0];
				for (const [plain, bridged] of [
					['buy', 'buyBridged'],
					['build', 'buildBridged']
				] as const) {
					const a = simulateGroup(role, s.settings, plain, n);
					const b = simulateGroup(role, s.settings, bridged, n);
					for (let m = 0; m < s.settings.horizonMonths; m++) {
						expect(b.components.vacancy[m]).toBeLessThanOrEqual(a.components.vacancy[m] + 1e-9);
						expect(b.productiveFte[m]).toBeGreaterThanOrEqual(a.productiveFte[m] - 1e-12);
						expect(b.productiveFte[m]).toBeLessThanOrEqual(b.neededFte[m] + 1e-9);
						expect(b.components.contractors[m]).toBeGreaterThanOrEqual(a.components.contractors[m]);
					}
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('a contractor covers a recruit until the hand-over productivity, within the agency limit', () => {
		const s = createScenario({
			roles: [
				{
					headcount: 1,
					buy: RECRUIT_IN_3_RAMP_4,
					borrow: { leadTimeDays: 0, bridgeUntilProductivity: 0.5 }
				}
			]
		});
		// Recruit arrives at month 3, reaches 50 % two months into a 4-month linear ramp.
		expect(bridgeWindow(s.roles[0], s.settings, 'buy')).toEqual({ start: 0, end: 5 });
		s.roles[0].borrow.maxMonthsPerContractor = 4;
		expect(bridgeWindow(s.roles[0], s.settings, 'buy')).toEqual({ start: 0, end: 4 });
		s.roles[0].borrow.bridgeMonths = 2;
		expect(bridgeWindow(s.roles[0], s.settings, 'buy')).toEqual({ start: 0, end: 2 });
	});

	it('a bridge of N months costs N months of the contractor rate per bridged person', () => {
		const monthly = 500 * 20;
		const scenarioWith = (bridgeMonths: number | null, maxMonthsPerContractor: number | null) =>
			createScenario({
				settings: { horizonMonths: 36 },
				roles: [
					{
						headcount: 3,
						buy: RECRUIT_IN_3_RAMP_4,
						borrow: {
							leadTimeDays: 0,
							onboardingWeeks: 0,
							billRatePerDay: 500,
							daysPerMonth: 20,
							bridgeUntilProductivity: 0.5,
							bridgeMonths,
							maxMonthsPerContractor
						}
					}
				]
			});
		const contractorCost = (s: Scenario, plan: Plan) => {
			const r = evaluateScenario(withPlans(s, [plan]));
			return r.plan!.roles[0].metrics.series.components.contractors.reduce((a, b) => a + b, 0);
		};
		const twoBridged: Plan = { buy: 3, build: 0, borrow: 0, bridgedBuy: 2, bridgedBuild: 0 };
		// After a set number of months, whole or fractional.
		expect(contractorCost(scenarioWith(4, null), twoBridged)).toBeCloseTo(2 * 4 * monthly, 6);
		expect(contractorCost(scenarioWith(2.5, null), twoBridged)).toBeCloseTo(2 * 2.5 * monthly, 6);
		// The agency limit cuts a longer bridge.
		expect(contractorCost(scenarioWith(10, 7), twoBridged)).toBeCloseTo(2 * 7 * monthly, 6);
		// At a productivity level: the recruit arrives at month 3 and reaches 50 % at month 5.
		expect(contractorCost(scenarioWith(null, null), twoBridged)).toBeCloseTo(2 * 5 * monthly, 6);
		// Nobody bridged: no contractor cost at all.
		expect(contractorCost(scenarioWith(4, null), { ...twoBridged, bridgedBuy: 0 })).toBe(0);
	});

	it('a later hand-over (higher level or more months) never increases the shortfall', () => {
		fc.assert(
			fc.property(scenarioArb, dbl(0, 1), dbl(0, 1), dbl(0, 24), dbl(0, 24), (s, a, b, x, y) => {
				const role = s.roles[0];
				const shortfall = (
					borrow: Partial<typeof role.borrow>,
					group: 'buyBridged' | 'buildBridged'
				) => {
					const r = { ...role, borrow: { ...role.borrow, ...borrow } };
					const series = simulateGroup(r, s.settings, group, 2);
					return series.components.vacancy.reduce((p, q) => p + q, 0);
				};
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const [short, long] = x <= y ? [x, y] : [y, x];
				for (const g of ['buyBridged', 'buildBridged'] as const) {
					const atLo = shortfall({ bridgeMonths: null, bridgeUntilProductivity: lo }, g);
					const atHi = shortfall({ bridgeMonths: null, bridgeUntilProductivity: hi }, g);
					expect(atHi).toBeLessThanOrEqual(atLo + 1e-6 * Math.max(1, atLo));
					const forShort = shortfall({ bridgeMonths: short }, g);
					const forLong = shortfall({ bridgeMonths: long }, g);
					expect(forLong).toBeLessThanOrEqual(forShort + 1e-6 * Math.max(1, forShort));
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('an agency limit replaces the contractor (onboarding again) or converts them for the fee', () => {
		const base = {
			headcount: 1,
			borrow: { leadTimeDays: 0, onboardingWeeks: 52 / 12, billRatePerDay: 500, daysPerMonth: 20 }
		};
		const free = evaluateScenario(createScenario({ roles: [base] })).roles[0].options.borrow!;
		const rotate = evaluateScenario(
			createScenario({
				roles: [{ ...base, borrow: { ...base.borrow, maxMonthsPerContractor: 18 } }]
			})
		).roles[0].options.borrow!;
		// Same fees; a second onboarding month at month 18 loses capacity.
		expect(rotate.nominal.cash).toBeCloseTo(free.nominal.cash, 6);
		expect(rotate.productiveFteMonths).toBeCloseTo(free.productiveFteMonths - 0.5, 6);
		const convert = evaluateScenario(
			createScenario({
				roles: [
					{ ...base, borrow: { ...base.borrow, maxMonthsPerContractor: 18, conversionFee: 5_000 } }
				]
			})
		).roles[0].options.borrow!;
		expect(convert.series.components.contractors.slice(18).every((x) => x === 0)).toBe(true);
		expect(convert.series.components.acquisition[18]).toBeCloseTo(5_000, 6);
		expect(convert.series.components.salaries[18]).toBeGreaterThan(0);
		expect(convert.series.hires.slice(0, 18).every((x) => x === 0)).toBe(true);
	});
});

describe('doing nothing', () => {
	it('is the value of the whole need over the horizon, with no cash', () => {
		const s = createScenario({
			settings: { horizonMonths: 36, discountRatePerYear: 0 },
			roles: [{ headcount: 2, salaryPerYear: 80_000, valueMultiplier: 2, neededFromMonth: 6 }]
		});
		const r = evaluateScenario(s);
		// 2 people x 30 months x 80 000 x 2 / 12
		expect(r.doNothing.nominal).toBeCloseTo(2 * 30 * valuePerFteMonth(s.roles[0]), 6);
		expect(r.doNothing.nominal).toBeCloseTo(800_000, 6);
		expect(r.doNothing.npv).toBeCloseTo(800_000, 6);
		expect(r.doNothing.roles).toHaveLength(1);
	});

	it('is never below any option\u2019s shortfall and discounts like every other layer', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = evaluateScenario(s);
				for (const o of r.options) {
					expect(r.totals[o]!.nominal.shortfall).toBeLessThanOrEqual(
						r.doNothing.nominal +
							1e-6 +
							r.totals[o]!.series.components.oldRoleGap.reduce((a, b) => a + b, 0)
					);
				}
				expect(r.doNothing.npv).toBeLessThanOrEqual(r.doNothing.nominal + 1e-6);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('budget by fiscal year', () => {
	it('names fiscal years by the calendar year they end in', () => {
		const cal = { startMonth: 4, startYear: 2026, fiscalYearStartMonth: 4 };
		expect(fiscalPeriodOf(0, cal)).toEqual({ year: 2027, quarter: 1 });
		expect(fiscalPeriodOf(11, cal)).toEqual({ year: 2027, quarter: 4 });
		expect(fiscalPeriodOf(12, cal)).toEqual({ year: 2028, quarter: 1 });
		const jan = { startMonth: 11, startYear: 2026, fiscalYearStartMonth: 1 };
		expect(fiscalPeriodOf(0, jan)).toEqual({ year: 2026, quarter: 4 });
		expect(fiscalPeriodOf(2, jan)).toEqual({ year: 2027, quarter: 1 });
		expect(fiscalYears(36, jan)).toEqual([2026, 2027, 2028, 2029]);
	});

	it('sums to the nominal cash total whatever the start date and fiscal-year start', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				(s, startMonth, fyA, fyB) => {
					const r = evaluateScenario(s);
					for (const o of r.options) {
						const t = r.totals[o]!;
						const a = byFiscalYear(t.monthly.cash, {
							startMonth,
							startYear: 2026,
							fiscalYearStartMonth: fyA
						});
						const b = byFiscalYear(t.monthly.cash, {
							startMonth,
							startYear: 2026,
							fiscalYearStartMonth: fyB
						});
						const sum = (ys: typeof a) => ys.reduce((x, y) => x + y.total, 0);
						const quarters = (ys: typeof a) =>
							ys.reduce((x, y) => x + y.quarters.reduce<number>((p, q) => p + (q ?? 0), 0), 0);
						expect(close(sum(a), t.nominal.cash)).toBe(true);
						expect(close(sum(b), t.nominal.cash)).toBe(true);
						expect(close(quarters(a), t.nominal.cash)).toBe(true);
					}
				}
			),
			{ numRuns: RUNS }
		);
	});
});

/** Every mix of a role: whole people in the five groups, adding up to the headcount. */
function everyPlan(n: number): Plan[] {
	const out: Plan[] = [];
	for (let b0 = 0; b0 <= n; b0++)
		for (let b1 = 0; b0 + b1 <= n; b1++)
			for (let u0 = 0; b0 + b1 + u0 <= n; u0++)
				for (let u1 = 0; b0 + b1 + u0 + u1 <= n; u1++) {
					const c = n - b0 - b1 - u0 - u1;
					out.push({ buy: b0 + b1, build: u0 + u1, borrow: c, bridgedBuy: b1, bridgedBuild: u1 });
				}
	return out;
}

function enumerate(s: Scenario): {
	best: number | null;
	values: { plans: Plan[]; value: number; ok: boolean }[];
} {
	const perRole = s.roles.map((r) => everyPlan(r.headcount));
	const combos: Plan[][] = [[]];
	for (const options of perRole) {
		const next: Plan[][] = [];
		for (const c of combos) for (const p of options) next.push([...c, p]);
		combos.splice(0, combos.length, ...next);
	}
	let best: number | null = null;
	const values = combos.map((plans) => {
		const ok = planViolations(s, plans).length === 0;
		const value = planValue(s, plans);
		if (ok && (best === null || value < best)) best = value;
		return { plans, value, ok };
	});
	return { best, values };
}

function smallScenario(settings: ScenarioInput['settings'], pool: number | null = null): Scenario {
	return createScenario({
		settings: { horizonMonths: 24, ...settings },
		roles: [
			{
				name: 'Analyst',
				headcount: 2,
				pool: { feeders: pool, shareAbleToMove: 1 },
				buy: { timeToFillDays: 90, agencyFeeRate: 0.3 },
				build: { successProbability: 1, oldRole: 'not-needed' },
				borrow: { billRatePerDay: 900, bridgeUntilProductivity: 0.6 }
			},
			{
				name: 'Engineer',
				headcount: 2,
				salaryPerYear: 110_000,
				neededFromMonth: 3,
				build: { successProbability: 0.9 },
				borrow: { billRatePerDay: 600 }
			}
		]
	});
}

describe('the best mix', () => {
	const cases: [string, Scenario][] = [
		['no constraints', smallScenario({})],
		['a pool of 1', smallScenario({}, 1)],
		[
			'a deadline and a contractor cap',
			smallScenario({ capacityDeadlineMonth: 8, contractorCap: 2 })
		],
		['a budget per fiscal year', smallScenario({ budgetPerFiscalYear: 260_000, startMonth: 7 })],
		[
			'cash decision, every constraint',
			smallScenario(
				{
					decisionMeasure: 'cash',
					capacityDeadlineMonth: 10,
					budgetPerFiscalYear: 700_000,
					contractorCap: 3
				},
				1
			)
		]
	];
	it('the small cases exercise mixes and binding constraints', () => {
		const kinds = cases.flatMap(([, s]) => optimizeScenario(s).binding.map((b) => b.kind));
		expect(new Set(kinds)).toEqual(new Set(['pool', 'deadline', 'budget', 'cap']));
	});

	for (const [name, s] of cases) {
		it(`is optimal against every mix, each checked by the engine (${name})`, () => {
			const { best, values } = enumerate(s);
			const r = optimizeScenario(s);
			if (best === null) {
				expect(r.status).toBe('infeasible');
				return;
			}
			expect(r.status).toBe('optimal');
			expect(planViolations(s, r.plans!)).toEqual([]);
			expect(close(r.value!, best, 1e-9)).toBe(true);
			for (const v of values) if (v.ok) expect(r.value!).toBeLessThanOrEqual(v.value + 1e-6);
			// What dropping each binding constraint saves, checked by enumerating again without it.
			for (const b of r.binding) {
				const free = structuredClone(s);
				if (b.kind === 'pool') free.roles[b.role!].pool.feeders = null;
				if (b.kind === 'deadline') free.settings.capacityDeadlineMonth = null;
				if (b.kind === 'budget') free.settings.budgetPerFiscalYear = null;
				if (b.kind === 'cap') free.settings.contractorCap = null;
				expect(close(r.value! - enumerate(free).best!, b.savingWithout, 1e-6)).toBe(true);
			}
			// Never worse than a pure option that meets the constraints.
			const result = evaluateScenario(s);
			for (const o of result.options) {
				if (!r.pureFeasible[o]) continue;
				const t = result.totals[o]!;
				expect(r.value!).toBeLessThanOrEqual(
					(r.measure === 'cashNpv' ? t.npv.cash : t.npv.economic) + 1e-6
				);
			}
		});
	}

	it('without constraints each role is at least as good as its cheapest pure option, and equal when nothing is bridged', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = optimizeScenario(s);
				expect(r.status).toBe('optimal');
				const result = evaluateScenario(s);
				const measure = (m: { npv: { economic: number; cash: number } }) =>
					r.measure === 'cashNpv' ? m.npv.cash : m.npv.economic;
				const planned = evaluateScenario(withPlans(s, r.plans!));
				s.roles.forEach((_, i) => {
					const cheapest = Math.min(
						...result.options.map((o) => measure(result.roles[i].options[o]!))
					);
					const mine = measure(planned.plan!.roles[i].metrics);
					expect(mine).toBeLessThanOrEqual(cheapest + 1e-6 * Math.max(1, Math.abs(cheapest)));
					const p = r.plans![i];
					if (p.bridgedBuy + p.bridgedBuild === 0) {
						expect(close(mine, cheapest, 1e-7)).toBe(true);
					}
				});
			}),
			{ numRuns: 25 }
		);
	});

	it('names the internal pool as binding and what one more trainee saves', () => {
		const s = createScenario({
			settings: { includeBorrow: false },
			roles: [
				{
					headcount: 3,
					pool: { feeders: 4, shareAbleToMove: 0.5 },
					buy: { agencyFeeRate: 0.6, timeToFillDays: 150 },
					build: { successProbability: 1, oldRole: 'not-needed' }
				}
			]
		});
		const r = optimizeScenario(s);
		expect(r.plans![0]).toMatchObject({ build: 2, buy: 1 });
		expect(r.binding).toHaveLength(1);
		expect(r.binding[0]).toMatchObject({ kind: 'pool', role: 0, limit: 2, relaxedTo: 3 });
		const allBuild = planValue(s, [purePlan('build', 3)]);
		expect(r.binding[0].saving).toBeCloseTo(r.value! - allBuild, 3);
		expect(r.binding[0].saving).toBeGreaterThan(0);
	});

	it('says which constraints conflict and still rates the pure options', () => {
		const s = smallScenario({ capacityDeadlineMonth: 1 });
		const r = optimizeScenario(s);
		expect(r.status).toBe('infeasible');
		expect(r.conflicts).toEqual(['deadline']);
		expect(r.pureFeasible).toEqual({ buy: false, build: false, borrow: false });
		const tight = smallScenario({ capacityDeadlineMonth: 4, contractorCap: 0 });
		const t = optimizeScenario(tight);
		expect(t.status).toBe('infeasible');
		expect(t.conflicts).toEqual(['deadline', 'cap']);
		expect(evaluateScenario(tight).totals.buy).toBeDefined();
	});
});

describe('plan inputs', () => {
	const issues = (input: ScenarioInput) => {
		const r = parseScenario(input);
		return r.ok ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
	};
	it('reports counts that do not add up, too many bridged, a small pool, a late deadline, a negative budget', () => {
		expect(issues({ roles: [{ headcount: 3, plan: { buy: 1, build: 1 } }] })).toEqual([
			'roles.0.plan.buy:plan-counts-sum'
		]);
		expect(issues({ roles: [{ headcount: 2, plan: { buy: 2, bridgedBuy: 3 } }] })).toEqual([
			'roles.0.plan.bridgedBuy:bridged-over-count'
		]);
		expect(
			issues({
				roles: [{ headcount: 3, plan: { build: 3 }, pool: { feeders: 5, shareAbleToMove: 0.5 } }]
			})
		).toEqual(['roles.0.pool.feeders:pool-below-upskilled']);
		expect(issues({ settings: { horizonMonths: 24, capacityDeadlineMonth: 30 } })).toEqual([
			'settings.capacityDeadlineMonth:deadline-after-horizon'
		]);
		expect(issues({ settings: { budgetPerFiscalYear: -1 } })[0]).toMatch(
			/^settings\.budgetPerFiscalYear:/
		);
		expect(issues({ roles: [{ headcount: 3, plan: { buy: 1, build: 1, borrow: 1 } }] })).toEqual(
			[]
		);
	});
});
