import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario } from './evaluate.ts';
import { dbl, presetScenarioArb } from './arbitraries.ts';
import { PRESETS } from './presets.ts';
import { createScenario, type Range, type Scenario } from './schema.ts';
import {
	HISTOGRAM_BINS,
	simulateScenario,
	Simulation,
	type UncertaintyResult
} from './montecarlo.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

/** A scenario of presets with ranges around some of their values. */
const rangedScenario: fc.Arbitrary<Scenario> = presetScenarioArb(
	60,
	{},
	{
		ttf: fc.tuple(dbl(0, 1), dbl(0, 3)),
		success: fc.tuple(dbl(0, 1), dbl(0, 1)),
		rate: fc.tuple(dbl(0, 1), dbl(0, 1)),
		ramp: fc.tuple(dbl(0, 1), dbl(0, 2))
	},
	(role, r) => {
		const around = (v: number, [lo, hi]: [number, number], max: number): Range => ({
			low: v * lo,
			high: Math.min(max, v + v * hi)
		});
		const p = role.build.successProbability;
		role.ranges = {
			'buy.timeToFillDays': around(role.buy.timeToFillDays, r.ttf, 730),
			'build.successProbability': {
				low: p * r.success[0],
				high: p + (1 - p) * r.success[1]
			},
			'borrow.billRatePerDay': around(role.borrow.billRatePerDay, r.rate, 10_000),
			'buy.rampWeeks': around(role.buy.rampWeeks, r.ramp, 260)
		};
	}
);

function checkSummary(r: UncertaintyResult): void {
	let total = 0;
	for (const o of r.options) {
		const x = r.perOption[o]!;
		for (const v of [x.mean, x.p10, x.p50, x.p90, x.min, x.max, x.standardError]) {
			if (!Number.isFinite(v)) throw new Error(`${o}: not finite`);
		}
		const eps = 1e-9 * Math.max(1, Math.abs(x.max));
		if (!(
			x.min <= x.p10 + eps &&
			x.p10 <= x.p50 + eps &&
			x.p50 <= x.p90 + eps &&
			x.p90 <= x.max + eps
		))
			throw new Error(`${o}: percentiles out of order`);
		if (!(x.min - eps <= x.mean && x.mean <= x.max + eps)) throw new Error(`${o}: mean outside`);
		if (x.histogram.reduce((a, b) => a + b, 0) !== r.runs) throw new Error(`${o}: histogram`);
		if (x.probabilityFullCapacity < 0 || x.probabilityFullCapacity > 1) throw new Error('capacity');
		x.band.p10.forEach((v, m) => {
			if (!(v <= x.band.p90[m] + 1e-3 * Math.max(1, Math.abs(v)))) throw new Error(`${o}: band`);
		});
		total += x.probabilityBest;
	}
	if (Math.abs(total - 1) > 1e-9) throw new Error(`probabilities sum to ${total}`);
	if (r.histogramEdges.length !== HISTOGRAM_BINS + 1) throw new Error('edges');
}

describe('simulateScenario', () => {
	it('gives identical output for the same seed, and other output for another seed', () => {
		const s = createScenario({ roles: [PRESETS[0].role(), PRESETS[2].role()] });
		s.roles[0].ranges = { 'buy.timeToFillDays': { low: 30, high: 90 } };
		const a = simulateScenario(s, { runs: 2000, seed: 9 });
		const b = simulateScenario(s, { runs: 2000, seed: 9 });
		const c = simulateScenario(s, { runs: 2000, seed: 10 });
		expect(b).toEqual(a);
		expect(c.perOption.buy!.mean).not.toBe(a.perOption.buy!.mean);
	});

	it('does not depend on how the runs are split into batches', () => {
		const s = createScenario({ roles: [PRESETS[1].role()] });
		s.roles[0].ranges = { 'build.successProbability': { low: 0.5, high: 0.9 } };
		const whole = new Simulation(s, 1500, 3);
		whole.step(1500);
		const parts = new Simulation(s, 1500, 3);
		for (const n of [1, 499, 500, 7, 10_000]) parts.step(n);
		expect(parts.done).toBe(1500);
		expect(parts.summary(12)).toEqual(whole.summary(12));
	});

	it('holds its invariants over random ranged scenarios (order of percentiles, probabilities sum to 1)', () => {
		fc.assert(
			fc.property(rangedScenario, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (s, seed) => {
				checkSummary(simulateScenario(s, { runs: 300, seed }));
			}),
			{ numRuns: RUNS }
		);
	});

	it('splits ties evenly: with nobody needed every option costs nothing', () => {
		const role = PRESETS[0].role();
		role.headcount = 0;
		const r = simulateScenario(createScenario({ roles: [role] }), { runs: 200, seed: 1 });
		for (const o of r.options) expect(r.perOption[o]!.probabilityBest).toBeCloseTo(1 / 3, 12);
	});

	it('collapses to the deterministic result with no ranges and certain events', () => {
		const role = PRESETS[2].role();
		role.ranges = {}; // no ranges (presets bring ranges of their own)
		role.buy.earlyExitProbability = 0;
		role.buy.attritionRatePerYear = 1;
		role.build.attritionRatePerYear = 0;
		role.build.successProbability = 1;
		const s = createScenario({ settings: { horizonMonths: 30 }, roles: [role] });
		const det = evaluateScenario(s);
		const r = simulateScenario(s, { runs: 100, seed: 4, capacityMonth: 6 });
		for (const o of r.options) {
			const x = r.perOption[o]!;
			const v = det.totals[o]!.npv.economic;
			for (const q of [x.mean, x.p10, x.p50, x.p90, x.min, x.max]) expect(q).toBeCloseTo(v, 6);
			expect(x.standardError).toBeLessThan(1e-6);
			const months = det.totals[o]!.monthsToFullCapacity;
			expect(x.probabilityFullCapacity).toBe(months !== null && months <= 6 ? 1 : 0);
			expect(x.probabilityBest).toBe(det.recommendation.winner === o ? 1 : 0);
			// The band of cumulative cost is the engine's cumulative cost (to float32 precision).
			const cum = det.totals[o]!.cumulative.economic;
			x.band.p10.forEach((b, m) =>
				expect(Math.abs(b - cum[m])).toBeLessThan(1e-6 * Math.max(1, cum[m]))
			);
		}
		expect(r.eventsOnly).toBe(true);
	});

	it('names the option most often cheapest and what it costs more in the worst 10 %', () => {
		const role = PRESETS[0].role();
		role.ranges = {
			'borrow.billRatePerDay': { low: 400, high: 2_000 },
			'buy.timeToFillDays': { low: 20, high: 120 }
		};
		const r = simulateScenario(createScenario({ roles: [role] }), { runs: 3000, seed: 2 });
		const best = r.headline.best;
		const probabilities = r.options.map((o) => r.perOption[o]!.probabilityBest);
		expect(r.headline.probability).toBe(Math.max(...probabilities));
		expect(r.perOption[best]!.probabilityBest).toBe(r.headline.probability);
		expect(r.headline.other).not.toBe(best);
		// The worst-10 % extra is a percentile of differences: between the smallest and largest difference.
		expect(Number.isFinite(r.headline.worstExtra)).toBe(true);
	});

	it('reports the capacity probability for the month asked, capped at the horizon', () => {
		const s = createScenario({ settings: { horizonMonths: 24 }, roles: [PRESETS[0].role()] });
		const sim = new Simulation(s, 500, 1);
		sim.step(500);
		const early = sim.summary(1);
		const late = sim.summary(500);
		expect(late.capacityMonth).toBe(24);
		for (const o of early.options) {
			expect(late.perOption[o]!.probabilityFullCapacity).toBeGreaterThanOrEqual(
				early.perOption[o]!.probabilityFullCapacity
			);
		}
		expect(early.perOption.buy!.probabilityFullCapacity).toBe(0);
	});
});
