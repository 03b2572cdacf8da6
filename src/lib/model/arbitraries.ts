/**
 * Random valid scenarios for property tests (fast-check arbitraries). Test support only: imported
 * by *.test.ts files, never by the app.
 */
import fc from 'fast-check';
import { PRESETS } from './presets.ts';
import { createScenario, type Role, type ScenarioInput, type Scenario } from './schema.ts';

export const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });
/** Money fields stay at or below a third of MAX_MONEY so that scaling by 3 stays valid. */
const money = (max: number) => dbl(0, max);

const skillArb = fc
	.record({
		a: fc.integer({ min: 0, max: 5 }),
		b: fc.integer({ min: 0, max: 5 }),
		hoursPerLevel: dbl(0, 200)
	})
	.map(({ a, b, hoursPerLevel }) => ({
		name: 'Skill',
		currentLevel: Math.min(a, b),
		requiredLevel: Math.max(a, b),
		hoursPerLevel
	}));

const curveArb = fc.constantFrom('linear', 's-curve', 'stepped') as fc.Arbitrary<
	'linear' | 's-curve' | 'stepped'
>;

export const roleArb = fc.record({
	headcount: fc.integer({ min: 0, max: 8 }),
	neededShare: dbl(0, 1),
	salaryPerYear: dbl(1_000, 400_000),
	valueMultiplier: dbl(0, 10),
	buy: fc.record({
		salaryPremiumRate: dbl(0, 1),
		acquisitionMode: fc.constantFrom('itemised', 'benchmark') as fc.Arbitrary<
			'itemised' | 'benchmark'
		>,
		agencyFeeRate: dbl(0, 1),
		advertisingPerHire: money(20_000),
		assessmentPerHire: money(5_000),
		interviewHoursPerHire: dbl(0, 100),
		signOnBonus: money(50_000),
		signOnClawbackShare: dbl(0, 1),
		relocationPerHire: money(100_000),
		onboardingPerHire: money(10_000),
		costPerHire: money(50_000),
		timeToFillDays: dbl(0, 365),
		rampWeeks: dbl(0, 104),
		rampStartProductivity: dbl(0, 1),
		rampCurve: curveArb,
		earlyExitProbability: dbl(0, 1),
		attritionRatePerYear: dbl(0, 1)
	}),
	build: fc.record({
		currentSalaryPerYear: dbl(1_000, 400_000),
		skills: fc.array(skillArb, { maxLength: 4 }),
		trainingHoursPerWeek: dbl(0.5, 60),
		trainingMonthsOverride: fc.option(dbl(0, 36), { nil: null }),
		courseFeesPerTrainee: money(30_000),
		costPerTrainingHour: money(200),
		certificationCost: money(5_000),
		mentorHoursPerWeek: dbl(0, 10),
		raiseRate: dbl(0, 1),
		rampWeeks: dbl(0, 104),
		rampStartProductivity: dbl(0, 1),
		rampCurve: curveArb,
		successProbability: dbl(0, 1),
		oldRole: fc.constantFrom('backfill', 'leave-open', 'not-needed') as fc.Arbitrary<
			'backfill' | 'leave-open' | 'not-needed'
		>,
		attritionRatePerYear: dbl(0, 1)
	}),
	borrow: fc.record({
		billRatePerDay: money(3_000),
		daysPerMonth: dbl(1, 31),
		leadTimeDays: dbl(0, 120),
		onboardingWeeks: dbl(0, 12),
		efficiency: dbl(0.05, 1)
	})
});

type RoleDraft = Omit<Role, 'name' | 'neededFromMonth'> & { neededShare: number };

export const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		settings: fc.record({
			horizonMonths: fc.integer({ min: 1, max: 120 }),
			discountRatePerYear: dbl(0, 0.5),
			onCostRate: dbl(0, 2),
			workingDaysPerYear: dbl(150, 320),
			hoursPerWorkingDay: dbl(1, 24),
			decisionMeasure: fc.constantFrom('economic', 'cash') as fc.Arbitrary<'economic' | 'cash'>,
			includeBorrow: fc.boolean()
		}),
		roles: fc.array(roleArb as fc.Arbitrary<RoleDraft>, { minLength: 1, maxLength: 2 })
	})
	.map(({ settings, roles }) =>
		createScenario({
			settings,
			roles: roles.map(({ neededShare, ...r }, i) => ({
				...r,
				name: `Role ${i + 1}`,
				// 0 <= neededFromMonth <= H - 1 < H
				neededFromMonth: neededShare * (settings.horizonMonths - 1)
			}))
		} as ScenarioInput)
	);

/** A record of arbitraries, one per key of T. */
type Arbitraries<T> = { [K in keyof T]: fc.Arbitrary<T[K]> };

/**
 * Random scenarios of one to three preset roles (the Monte Carlo tests' shape): a horizon of up to
 * `maxHorizon` months, either decision measure, with or without contractors, and `settings`; each
 * role draws a preset, a headcount of 0 to 4 and `roleDraws`, which `shape` writes into it.
 */
export function presetScenarioArb<S extends object, R extends object>(
	maxHorizon: number,
	settings: Arbitraries<S>,
	roleDraws: Arbitraries<R>,
	shape: (role: Role, draws: R, horizonMonths: number) => void
): fc.Arbitrary<Scenario> {
	const role = fc.record({
		preset: fc.integer({ min: 0, max: PRESETS.length - 1 }),
		headcount: fc.integer({ min: 0, max: 4 }),
		draws: fc.record(roleDraws)
	});
	return fc
		.record({
			settings: fc.record(settings),
			horizonMonths: fc.integer({ min: 1, max: maxHorizon }),
			decisionMeasure: fc.constantFrom('economic', 'cash') as fc.Arbitrary<'economic' | 'cash'>,
			includeBorrow: fc.boolean(),
			roles: fc.array(role, { minLength: 1, maxLength: 3 })
		})
		.map(({ settings, roles, ...common }) =>
			createScenario({
				settings: { ...settings, ...common },
				roles: roles.map((r) => {
					const made = PRESETS[r.preset].role();
					made.headcount = r.headcount;
					shape(made, r.draws, common.horizonMonths);
					return made;
				})
			})
		);
}
