import { describe, it, expect } from 'vitest';
import { createRole, createScenario, type Role, type Settings } from './schema.ts';
import {
	addSpread,
	COMPONENT_IDS,
	COMPONENTS,
	gapHours,
	hireCosts,
	shareOfMonthFrom,
	simulateBorrow,
	simulateBuild,
	simulateBuy,
	trainingPlan,
	valuePerFteMonth,
	type ComponentId,
	type OptionSeries
} from './simulate.ts';
import { DAYS_PER_MONTH, zeros } from './units.ts';

type RoleInput = Parameters<typeof createRole>[0];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const total = (s: OptionSeries, id: ComponentId) => sum(s.components[id]);

/** 12 months, no on-cost, no discounting. */
function settings(over: Partial<Settings> = {}): Settings {
	return createScenario({
		settings: { horizonMonths: 12, onCostRate: 0, discountRatePerYear: 0, ...over }
	}).settings;
}

/**
 * A role whose every figure is easy to follow: salary 60 000 (value 2 x 60 000 / 12 = 10 000 per
 * FTE-month), benchmark cost-per-hire 5 000, instant hiring and ramp-up, no attrition; a trainee on
 * 46 000 with a one-level gap of 26 hours studied at 6 h/week (26 h/month): one month of training.
 */
function simpleRole(over: RoleInput = {}): Role {
	const base = createRole({
		headcount: 1,
		salaryPerYear: 60_000,
		valueMultiplier: 2,
		buy: {
			salaryPremiumRate: 0,
			acquisitionMode: 'benchmark',
			costPerHire: 5_000,
			onboardingPerHire: 0,
			timeToFillDays: 0,
			rampWeeks: 0,
			earlyExitProbability: 0,
			attritionRatePerYear: 0
		},
		build: {
			currentSalaryPerYear: 46_000,
			skills: [{ name: 'X', currentLevel: 0, requiredLevel: 1, hoursPerLevel: 26 }],
			trainingHoursPerWeek: 6,
			courseFeesPerTrainee: 1_000,
			costPerTrainingHour: 10,
			certificationCost: 200,
			mentorHoursPerWeek: 1,
			raiseRate: 0.1,
			rampWeeks: 0,
			successProbability: 1,
			oldRole: 'not-needed',
			attritionRatePerYear: 0
		},
		borrow: { billRatePerDay: 500, daysPerMonth: 20, leadTimeDays: 0, onboardingWeeks: 0 }
	});
	return createRole({
		...base,
		...over,
		buy: { ...base.buy, ...over.buy },
		build: { ...base.build, ...over.build },
		borrow: { ...base.borrow, ...over.borrow }
	});
}

function expectTotals(s: OptionSeries, expected: Partial<Record<ComponentId, number>>): void {
	for (const id of COMPONENT_IDS) expect(total(s, id), id).toBeCloseTo(expected[id] ?? 0, 6);
}

describe('helpers', () => {
	it('shareOfMonthFrom pro-rates the month in which a need starts', () => {
		expect(shareOfMonthFrom(0, 0)).toBe(1);
		expect(shareOfMonthFrom(2, 2.25)).toBe(0.75);
		expect(shareOfMonthFrom(1, 2.25)).toBe(0);
		expect(shareOfMonthFrom(3, 2.25)).toBe(1);
	});

	it('addSpread spreads an amount evenly over fractional months', () => {
		const s = zeros(4);
		// 300 over [0.5, 2): 200 per month -> 100, 200
		addSpread(s, 0.5, 2, 300);
		expect(s).toEqual([100, 200, 0, 0]);
		const lump = zeros(4);
		addSpread(lump, 1.5, 1.5, 10);
		expect(lump).toEqual([0, 5, 5, 0]);
	});

	it('gapHours sums level steps x hours per level', () => {
		// defaults: SQL 2->4 x 40 + Statistics 1->3 x 50 + Python 1->3 x 50 = 80 + 100 + 100 = 280
		expect(gapHours(createRole())).toBe(280);
	});

	it('trainingPlan turns hours into months at the weekly study rate', () => {
		// 280 h / (6 h x 52/12 = 26 h per month) = 10.769 months, starting at month 0
		const plan = trainingPlan(createRole());
		expect(plan.hours).toBe(280);
		expect(plan.months).toBeCloseTo(280 / 26, 12);
		expect(plan.startMonth).toBe(0);
		expect(plan.endMonth).toBeCloseTo(280 / 26, 12);
		// a set duration: hours = weekly rate x duration; training ends when the role is needed
		const set = trainingPlan(
			createRole({ neededFromMonth: 6, build: { trainingMonthsOverride: 4 } })
		);
		expect(set.hours).toBeCloseTo(4 * 26, 12);
		expect(set.startMonth).toBe(2);
		expect(set.endMonth).toBe(6);
	});

	it('valuePerFteMonth is multiplier x salary / 12, of the role or of another salary', () => {
		expect(valuePerFteMonth(createRole())).toBeCloseTo((2 * 80_000) / 12, 9);
		// The old role a trainee leaves: the same multiplier on the current salary.
		expect(valuePerFteMonth(createRole(), 60_000)).toBeCloseTo((2 * 60_000) / 12, 9);
	});
});

describe('hireCosts', () => {
	const s = createScenario().settings;

	it('itemises external costs, onboarding and interview time', () => {
		const buy = createRole().buy;
		// hire salary 80 000 x 1.18 = 94 400; agency 20 % = 18 880; + 1 000 ads + 300 assessment
		// + 3 000 sign-on = 23 180 external; + 2 000 onboarding = 25 180 cash.
		// interviews 20 h x 104 000 / 1 840 = 1 130.43 (interviewer on the role's salary).
		const c = hireCosts(buy, 94_400, 80_000, s);
		expect(c.cash).toBeCloseTo(25_180, 9);
		expect(c.internal).toBeCloseTo(1_130.434783, 5);
		expect(c.costPerHire).toBeCloseTo(24_310.434783, 5);
	});

	it('reduces the sign-on bonus by the expected clawback', () => {
		const buy = createRole({ buy: { signOnClawbackShare: 0.5 } }).buy;
		// 3 000 x (1 - 0.5 x 0.15) = 2 775
		expect(hireCosts(buy, 94_400, 80_000, s).cash).toBeCloseTo(25_180 - 225, 9);
	});

	it('uses the benchmark cost-per-hire instead of the itemised costs, never both', () => {
		const buy = createRole({ buy: { acquisitionMode: 'benchmark' } }).buy;
		const c = hireCosts(buy, 94_400, 80_000, s);
		expect(c.cash).toBe(4_700 + 2_000);
		expect(c.internal).toBe(0);
		expect(c.costPerHire).toBe(4_700);
	});
});

describe('simulateBuy', () => {
	it('reproduces the ramp-cost check: 70 000 x 1 / 12 x 6 x 0.5 = 17 500', () => {
		const role = simpleRole({
			salaryPerYear: 70_000,
			valueMultiplier: 1,
			buy: { rampWeeks: 26, rampStartProductivity: 0, rampCurve: 'linear' }
		});
		const s = simulateBuy(role, settings());
		expect(total(s, 'vacancy')).toBeCloseTo(17_500, 6);
	});

	it('reproduces the cost-of-vacancy check: 80 000 x 2 / 230 x 73 = 50 782.61', () => {
		// 73 working days at 230 a year = 73 / 230 x 365.25 calendar days
		const role = simpleRole({
			salaryPerYear: 80_000,
			buy: { timeToFillDays: (73 / 230) * 365.25, rampWeeks: 0 }
		});
		const s = simulateBuy(role, settings());
		expect(total(s, 'vacancy')).toBeCloseTo(50_782.608696, 5);
	});

	it('adds loaded salary with premium, itemised acquisition and interview time', () => {
		// One hire's itemised costs, each a different figure so every one shows in the sums below.
		const item = {
			advertisingPerHire: 1_000,
			assessmentPerHire: 300,
			signOnBonus: 3_000,
			relocationPerHire: 500,
			onboardingPerHire: 2_000
		};
		const role = simpleRole({
			buy: {
				acquisitionMode: 'itemised',
				salaryPremiumRate: 0.2,
				agencyFeeRate: 0.2,
				interviewHoursPerHire: 20,
				timeToFillDays: DAYS_PER_MONTH,
				...item
			}
		});
		const s = simulateBuy(role, settings({ onCostRate: 0.3 }));
		// hire salary 72 000, loaded 93 600 = 7 800 a month for months 1..11
		// acquisition: agency 20 % of 72 000 = 14 400, the items 1 000 + 300 + 3 000 + 500 + 2 000
		// = 21 200 at month 1
		// interviews 20 h x 78 000 / 1 840 = 847.83; vacancy month 0 = 10 000
		const acquisition = 14_400 + Object.values(item).reduce((a, x) => a + x, 0);
		const interviews = (20 * 78_000) / 1_840;
		expectTotals(s, {
			salaries: 11 * 7_800,
			acquisition,
			interviewTime: interviews,
			vacancy: 10_000
		});
		expect(s.components.acquisition[1]).toBeCloseTo(acquisition, 9);
		expect(s.hires).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
		// ANSI/SHRM: external costs (all but onboarding/equipment) + internal interview time
		expect(s.costPerHire).toBeCloseTo(acquisition - item.onboardingPerHire + interviews, 9);
	});

	it('waits for the need when it starts later than the time-to-fill', () => {
		const role = simpleRole({ neededFromMonth: 3, buy: { timeToFillDays: DAYS_PER_MONTH } });
		const s = simulateBuy(role, settings());
		expectTotals(s, { salaries: 9 * 5_000, acquisition: 5_000 });
		expect(s.neededFte).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
	});
});

describe('simulateBuild', () => {
	it('counts training, learning and mentor time, the raise and the wait', () => {
		const s = simulateBuild(simpleRole(), settings());
		// training: 1 000 fees + 26 h x 10 + 200 certification = 1 460
		// learning: 26 h x 46 000 / 1 840 = 650; mentor: 52/12 h x 60 000 / 1 840 = 141.30
		// raise: 46 000 x 0.1 / 12 = 383.33 for months 1..11; vacancy: month 0 at 10 000
		expectTotals(s, {
			training: 1_460,
			learningTime: 650,
			mentorTime: ((52 / 12) * 60_000) / 1_840,
			raises: (11 * 4_600) / 12,
			vacancy: 10_000
		});
		expect(s.components.training.slice(0, 2)).toEqual([1_260, 200]);
		expect(s.productiveFte[0]).toBe(0);
		expect(s.productiveFte[1]).toBe(1);
	});

	it('fills the seat of a failed trainee by recruiting after training (expected value)', () => {
		const s = simulateBuild(simpleRole({ build: { successProbability: 0.5 } }), settings());
		// half a trainee moves at month 1 (raise), half a hire arrives at month 1 (salary 5 000/month
		// and half a benchmark hire 5 000); all training costs are paid in full.
		expectTotals(s, {
			training: 1_460,
			learningTime: 650,
			mentorTime: ((52 / 12) * 60_000) / 1_840,
			raises: (0.5 * 11 * 4_600) / 12,
			salaries: 0.5 * 11 * 5_000,
			acquisition: 0.5 * 5_000,
			vacancy: 10_000
		});
		expect(sum(s.hires)).toBeCloseTo(0.5, 12);
	});

	it('loses the old role’s value when it is left open', () => {
		const s = simulateBuild(simpleRole({ build: { oldRole: 'leave-open' } }), settings());
		// 2 x 46 000 / 12 = 7 666.67 for months 1..11
		expect(total(s, 'oldRoleGap')).toBeCloseTo((11 * 2 * 46_000) / 12, 6);
		expect(total(s, 'backfill')).toBe(0);
	});

	it('backfills the old role from the end of training', () => {
		const s = simulateBuild(simpleRole({ build: { oldRole: 'backfill' } }), settings());
		// backfill salary 46 000 / 12 for months 1..11 plus one benchmark hire of 5 000
		expect(total(s, 'backfill')).toBeCloseTo((11 * 46_000) / 12 + 5_000, 6);
		expect(total(s, 'oldRoleGap')).toBeCloseTo(0, 9);
	});

	it('starts backfill recruiting no earlier than training and counts the gap', () => {
		const role = simpleRole({
			buy: { timeToFillDays: 2 * DAYS_PER_MONTH },
			build: { oldRole: 'backfill' }
		});
		const s = simulateBuild(role, settings());
		// recruiting starts at month 0 (training start), the backfill arrives at month 2:
		// 10 months of 46 000 / 12 + 5 000, and one month (month 1) of the old role's value lost
		expect(total(s, 'backfill')).toBeCloseTo((10 * 46_000) / 12 + 5_000, 6);
		expect(total(s, 'oldRoleGap')).toBeCloseTo((2 * 46_000) / 12, 6);
	});

	it('has no training layers with no gap and no training costs', () => {
		const role = simpleRole({
			build: { skills: [], courseFeesPerTrainee: 0, costPerTrainingHour: 0, certificationCost: 0 }
		});
		const s = simulateBuild(role, settings());
		expectTotals(s, { raises: 12 * (4_600 / 12) });
	});
});

describe('simulateBorrow', () => {
	it('reproduces 10 000 per productive FTE-month at 100 % for 12 months', () => {
		const s = simulateBorrow(simpleRole(), settings());
		// 500 a day x 20 days = 10 000 a month for 12 months; 12 productive FTE-months
		expectTotals(s, { contractors: 120_000 });
		expect(sum(s.productiveFte)).toBeCloseTo(12, 12);
	});

	it('reproduces 8 333.33 per productive FTE-month at 5 000 a month and 60 %', () => {
		const s = simulateBorrow(
			simpleRole({ borrow: { billRatePerDay: 250, efficiency: 0.6 } }),
			settings()
		);
		// 60 000 / 7.2 = 8 333.33; the missing 40 % is a shortfall: 0.4 x 10 000 x 12 = 48 000
		expectTotals(s, { contractors: 60_000, vacancy: 48_000 });
		expect(sum(s.productiveFte)).toBeCloseTo(7.2, 12);
	});

	it('starts after the lead time, pro-rated', () => {
		const s = simulateBorrow(
			simpleRole({ borrow: { leadTimeDays: 1.5 * DAYS_PER_MONTH } }),
			settings()
		);
		// arrival at 1.5 months: half of month 1, then months 2..11
		expectTotals(s, { contractors: 105_000, vacancy: 15_000 });
		expect(s.hires).toEqual(zeros(12));
	});
});

describe('components', () => {
	it('sit in exactly one layer each', () => {
		for (const id of COMPONENT_IDS) {
			expect(['cash', 'internal', 'shortfall']).toContain(COMPONENTS[id]);
		}
	});
});
