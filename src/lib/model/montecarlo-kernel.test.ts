/**
 * The kernel against the deterministic engine: identical where they overlap (no ranges, every
 * probability 0 or 1), equal in expectation otherwise (the engine's expected value is the mean of
 * the simulated futures), and the mean of a linear ranged input is its PERT mean.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario } from './evaluate.ts';
import { dbl, presetScenarioArb } from './arbitraries.ts';
import { PRESETS } from './presets.ts';
import { createScenario, type Role, type Scenario } from './schema.ts';
import { boundsOf, FIELD_KEYS, FIELDS, pathOf, type FieldKey } from './fields.ts';
import { CAPACITY_NEVER, Kernel } from './montecarlo-kernel.ts';
import { pertMean, Random } from './montecarlo-random.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const prob01 = fc.constantFrom(0, 1);
const curve = fc.constantFrom('linear', 's-curve', 'stepped') as fc.Arbitrary<
	'linear' | 's-curve' | 'stepped'
>;

/** Random valid scenarios whose every probability is 0 or 1 (no randomness left). */
const certainScenario: fc.Arbitrary<Scenario> = presetScenarioArb(
	72,
	{ discountRatePerYear: dbl(0, 0.5) },
	{
		neededShare: dbl(0, 1),
		buy: fc.record({
			timeToFillDays: dbl(0, 200),
			rampWeeks: dbl(0, 60),
			rampCurve: curve,
			earlyExitProbability: prob01,
			attritionRatePerYear: prob01,
			signOnClawbackShare: dbl(0, 1),
			acquisitionMode: fc.constantFrom('itemised', 'benchmark') as fc.Arbitrary<
				'itemised' | 'benchmark'
			>
		}),
		build: fc.record({
			rampWeeks: dbl(0, 60),
			attritionRatePerYear: prob01,
			successProbability: prob01,
			oldRole: fc.constantFrom('backfill', 'leave-open', 'not-needed') as fc.Arbitrary<
				'backfill' | 'leave-open' | 'not-needed'
			>,
			trainingMonthsOverride: fc.option(dbl(0, 24), { nil: null })
		})
	},
	(role, r, horizonMonths) => {
		role.ranges = {}; // nothing ranged (presets bring ranges of their own)
		role.neededFromMonth = r.neededShare * (horizonMonths - 1);
		Object.assign(role.buy, r.buy);
		Object.assign(role.build, r.build);
	}
);

function decisionValues(s: Scenario) {
	const det = evaluateScenario(s);
	return det.options.map((o) => {
		const t = det.totals[o]!;
		return {
			option: o,
			value: s.settings.decisionMeasure === 'cash' ? t.npv.cash : t.npv.economic,
			capacity: t.monthsToFullCapacity
		};
	});
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('Kernel where it overlaps the deterministic engine', () => {
	it('equals the engine in every run when nothing is ranged and every probability is 0 or 1', () => {
		fc.assert(
			fc.property(certainScenario, fc.integer({ min: 0, max: 1000 }), (s, seed) => {
				const expected = decisionValues(s);
				const kernel = new Kernel(s);
				const rng = new Random(seed);
				for (let run = 0; run < 3; run++) {
					const r = kernel.run(rng);
					expected.forEach((e, o) => {
						if (!close(r.npv[o], e.value)) {
							throw new Error(`${e.option}: kernel ${r.npv[o]} vs engine ${e.value}`);
						}
						const month = r.capacityMonth[o] === CAPACITY_NEVER ? null : r.capacityMonth[o];
						if (month !== e.capacity) {
							throw new Error(`${e.option} capacity: kernel ${month} vs engine ${e.capacity}`);
						}
					});
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('returns the engine cumulative series in that case too', () => {
		const role = PRESETS[1].role();
		role.ranges = {};
		role.buy.earlyExitProbability = 1;
		role.build.successProbability = 0;
		role.neededFromMonth = 2.6;
		const s = createScenario({ settings: { horizonMonths: 40 }, roles: [role] });
		const det = evaluateScenario(s);
		const r = new Kernel(s).run(new Random(1));
		det.options.forEach((o, i) => {
			const cum = det.totals[o]!.cumulative.economic;
			cum.forEach((v, m) => expect(close(r.cumulative[i * 40 + m], v)).toBe(true));
		});
	});
});

/** Mean and standard error of each option's decision measure over `n` runs. */
function simulatedMeans(s: Scenario, n: number, seed: number) {
	const kernel = new Kernel(s);
	const rng = new Random(seed);
	const O = kernel.options.length;
	const sum = new Float64Array(O);
	const sq = new Float64Array(O);
	for (let i = 0; i < n; i++) {
		const r = kernel.run(rng);
		for (let o = 0; o < O; o++) {
			sum[o] += r.npv[o];
			sq[o] += r.npv[o] * r.npv[o];
		}
	}
	return kernel.options.map((option, o) => {
		const mean = sum[o] / n;
		const variance = Math.max(0, (sq[o] - n * mean * mean) / (n - 1));
		return { option, mean, se: Math.sqrt(variance / n) };
	});
}

/** |simulated - expected| within 3 standard errors (plus rounding for options without randomness). */
function expectWithin3Se(sim: { mean: number; se: number }, expected: number, label: string) {
	const allowed = 3 * sim.se + 1e-9 * Math.max(1, Math.abs(expected));
	expect(Math.abs(sim.mean - expected), `${label}: ${sim.mean} vs ${expected}`).toBeLessThanOrEqual(
		allowed
	);
}

describe('Kernel in expectation', () => {
	it('has the engine expected value as its mean when probabilities lie strictly between 0 and 1', () => {
		PRESETS.forEach((preset, i) => {
			for (const measure of ['economic', 'cash'] as const) {
				const role = preset.role();
				role.ranges = {}; // the engine's expected value is the mean of unranged futures
				role.neededFromMonth = 1.4;
				// Strong risks make any bias in the event model show.
				role.buy.earlyExitProbability = 0.35;
				role.buy.attritionRatePerYear = 0.3;
				role.buy.signOnClawbackShare = 0.5;
				role.build.attritionRatePerYear = 0.2;
				role.build.successProbability = 0.6;
				role.build.oldRole = i % 2 ? 'backfill' : 'leave-open';
				const s = createScenario({
					settings: { horizonMonths: 48, decisionMeasure: measure },
					roles: [role]
				});
				const expected = decisionValues(s);
				simulatedMeans(s, 4000, 11 + i).forEach((sim, o) =>
					expectWithin3Se(sim, expected[o].value, `${preset.id} ${measure} ${sim.option}`)
				);
			}
		});
	});

	it('gives a linear ranged input the result at its PERT mean (bill rate, course fees)', () => {
		const role = PRESETS[0].role();
		role.borrow.billRatePerDay = 650;
		role.build.courseFeesPerTrainee = 3_000;
		role.ranges = {
			'borrow.billRatePerDay': { low: 500, high: 1_100 },
			'build.courseFeesPerTrainee': { low: 2_000, high: 9_000 }
		};
		const s = createScenario({ settings: { horizonMonths: 36 }, roles: [role] });
		const atMean = structuredClone(s);
		atMean.roles[0].ranges = {};
		atMean.roles[0].borrow.billRatePerDay = pertMean(500, 650, 1_100);
		atMean.roles[0].build.courseFeesPerTrainee = pertMean(2_000, 3_000, 9_000);
		const expected = decisionValues(atMean);
		const sims = simulatedMeans(s, 6000, 5);
		const borrow = sims.find((x) => x.option === 'borrow')!;
		const build = sims.find((x) => x.option === 'build')!;
		expect(borrow.se).toBeGreaterThan(0);
		expectWithin3Se(borrow, expected.find((e) => e.option === 'borrow')!.value, 'borrow');
		expectWithin3Se(build, expected.find((e) => e.option === 'build')!.value, 'build');
	});

	it('draws a ranged input once per run for every option (common inputs)', () => {
		const role = PRESETS[0].role();
		role.ranges = { salaryPerYear: { low: 60_000, high: 140_000 } };
		const s = createScenario({ roles: [role] });
		const kernel = new Kernel(s);
		expect(kernel.hasRanges).toBe(true);
		const rng = new Random(2);
		const seen = new Set<number>();
		for (let i = 0; i < 20; i++) seen.add(kernel.run(rng).npv[2]);
		expect(seen.size).toBe(20);
	});
});

/** The field table's numeric inputs of the settings and a role (not the plan's or the simulation's). */
const DECISION_GROUPS = new Set(['settings', 'need', 'buy', 'build', 'borrow', 'skill']);
const NUMERIC = new Set(['money', 'percent', 'int', 'number']);
/** The inputs the kernel draws as events: kept at 0 or 1 so that no randomness is left. */
const EVENT_PROBABILITIES = new Set<FieldKey>([
	'roles.buy.earlyExitProbability',
	'roles.buy.attritionRatePerYear',
	'roles.build.attritionRatePerYear',
	'roles.build.successProbability'
]);

/** A value of the field inside its bounds and unlike its current one. */
function anotherValue(key: FieldKey, current: unknown): number {
	if (EVENT_PROBABILITIES.has(key)) return current === 1 ? 0 : 1;
	const { min = 0, max, integer } = boundsOf(key);
	const now = typeof current === 'number' ? current : min;
	let next = max !== undefined && max < 1e6 ? min + (max - min) * 0.37 : now * 1.5 + 700;
	if (integer) next = Math.round(next);
	if (next === now) next = integer ? now + 1 : now + (max !== undefined ? (max - now) / 2 : 1);
	return next;
}

describe('Kernel and engine read the same inputs', () => {
	// A cost or figure added to the engine but not to the kernel (or the reverse) would make the
	// odds describe another model; each numeric field of the table must move both alike.
	const keys = FIELD_KEYS.filter(
		(k) => NUMERIC.has(FIELDS[k].kind) && DECISION_GROUPS.has(FIELDS[k].group)
	);

	it('covers the inputs a person edits in the form', () => {
		expect(keys.length).toBeGreaterThan(40);
	});

	/** A preset role with nothing ranged and every event probability 0 or 1. */
	function certainRole(buyAttrition: 0 | 1, internalAttrition: 0 | 1): Role {
		const role = PRESETS[1].role();
		role.ranges = {};
		role.buy.earlyExitProbability = 1 - buyAttrition;
		role.buy.attritionRatePerYear = buyAttrition;
		role.build.attritionRatePerYear = internalAttrition;
		role.build.successProbability = 1;
		return role;
	}

	it.each(keys)('%s changes the kernel exactly as it changes the engine', (key) => {
		const role = certainRole(0, 1);
		role.neededFromMonth = 2;
		const scenario = createScenario({ settings: { horizonMonths: 48 }, roles: [role] });
		const path = pathOf(key);
		let node = scenario as unknown as Record<string | number, unknown>;
		for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
		const last = path[path.length - 1];
		node[last] = anotherValue(key, node[last]);
		const s = createScenario(scenario);
		const expected = decisionValues(s);
		const r = new Kernel(s).run(new Random(7));
		expected.forEach((e, o) => {
			expect(close(r.npv[o], e.value), `${e.option}: kernel ${r.npv[o]} vs engine ${e.value}`).toBe(
				true
			);
			const month = r.capacityMonth[o] === CAPACITY_NEVER ? null : r.capacityMonth[o];
			expect(month, `${e.option} capacity`).toBe(e.capacity);
		});
	});

	it('converts contractors at their longest stay for the conversion fee as the engine does', () => {
		for (const conversionFee of [null, 0, 5000]) {
			const role = certainRole(1, 1);
			role.borrow.maxMonthsPerContractor = 12;
			role.borrow.conversionFee = conversionFee;
			const s = createScenario({ settings: { horizonMonths: 60 }, roles: [role] });
			const expected = decisionValues(s);
			const r = new Kernel(s).run(new Random(3));
			const borrow = expected.findIndex((e) => e.option === 'borrow');
			expect(borrow).toBeGreaterThanOrEqual(0);
			expect(close(r.npv[borrow], expected[borrow].value), `fee ${conversionFee}`).toBe(true);
		}
	});
});
