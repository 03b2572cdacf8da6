import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { createScenario, type Scenario } from './schema.ts';
import fc from 'fast-check';
import { scenarioArb } from './arbitraries.ts';
import { PRESETS } from './presets.ts';
import {
	analyse,
	analyseSensitivity,
	GapSearch,
	SENSITIVITY_INPUTS,
	TORNADO_CHANGE
} from './sensitivity.ts';

/** A one-role scenario where recruiting clearly wins on economic cost. */
function recruitWins(): Scenario {
	return createScenario({
		settings: { includeBorrow: false },
		roles: [{ name: 'Analyst', headcount: 2, buy: { timeToFillDays: 30 } }]
	});
}

function winnerWith(s: Scenario): string {
	return evaluateScenario(s).recommendation.winner;
}

describe('analyseSensitivity', () => {
	it('sorts inputs by swing and reports today\u2019s lead of the winner', () => {
		const s = recruitWins();
		const r = analyseSensitivity(s);
		const base = evaluateScenario(s);
		expect(r.winner).toBe(base.recommendation.winner);
		expect(r.gap).toBeCloseTo(base.recommendation.margin, 6);
		for (let i = 1; i < r.rows.length; i++)
			expect(r.rows[i - 1].swing).toBeGreaterThanOrEqual(r.rows[i].swing);
	});

	it('the tornado ends are the input at x0.75 / x1.25 (or -/+10 points)', () => {
		const s = recruitWins();
		const r = analyseSensitivity(s);
		const ttf = r.rows.find((x) => x.id === 'timeToFillDays')!;
		expect(ttf.value).toBe(30);
		expect(ttf.lowValue).toBeCloseTo(30 * TORNADO_CHANGE.scale[0], 9);
		expect(ttf.highValue).toBeCloseTo(30 * TORNADO_CHANGE.scale[1], 9);
		const success = r.rows.find((x) => x.id === 'successProbability')!;
		expect(success.lowValue).toBeCloseTo(0.7, 9);
		expect(success.highValue).toBeCloseTo(0.9, 9);
		// A slower hire widens nobody's lead but the trainee's: recruiting's lead shrinks.
		expect(ttf.gapHigh).toBeLessThan(ttf.gapLow);
	});

	it('a flip threshold really flips the decision: just past it the winner changes, just before it does not', () => {
		const s = recruitWins();
		const r = analyseSensitivity(s, 20);
		const flipping = r.rows.filter((x) => x.flipValue !== null);
		expect(flipping.length).toBeGreaterThan(0);
		for (const row of flipping) {
			const spec = SENSITIVITY_INPUTS.find((x) => x.id === row.id)!;
			// Reconstruct the change that gives the flip value for the first role.
			const change =
				spec.mode === 'scale' ? row.flipValue! / row.value : row.flipValue! - row.value;
			const past = structuredClone(s);
			// "Past" is a little further from today than the threshold, in the same direction.
			const further =
				spec.mode === 'scale'
					? change * (change < 1 ? 0.98 : 1.02)
					: change + Math.sign(change) * 0.01;
			spec.apply(past, further);
			const before = structuredClone(s);
			spec.apply(before, spec.mode === 'scale' ? 1 + (change - 1) * 0.9 : change * 0.9);
			expect(winnerWith(past), row.id).toBe(row.flipTo);
			expect(winnerWith(before), row.id).toBe(r.winner);
		}
	});

	it('names the flip nearest to today', () => {
		const r = analyseSensitivity(recruitWins(), 20);
		expect(r.nearestFlip).not.toBeNull();
		expect(r.rows).toContain(r.nearestFlip);
	});

	it('ignores inputs of options not compared (no contractor rate without contractors)', () => {
		const r = analyseSensitivity(recruitWins());
		expect(r.rows.some((x) => x.id === 'billRatePerDay')).toBe(false);
	});

	it('does not change the scenario it analyses', () => {
		const s = recruitWins();
		const copy = structuredClone(s);
		analyseSensitivity(s);
		expect(s).toEqual(copy);
	});
});

describe('the fast gap search', () => {
	/** The gap as the analysis defines it, from a full evaluation of a changed copy. */
	function fullGap(s: Scenario, winner: string): { gap: number; best: string } {
		const r = evaluateScenario(s);
		const value = (o: 'buy' | 'build' | 'borrow') =>
			r.recommendation.measure === 'cashNpv' ? r.totals[o]!.npv.cash : r.totals[o]!.npv.economic;
		const w = value(winner as 'buy');
		let best = winner;
		let bestValue = Infinity;
		for (const o of r.options) {
			if (o === winner) continue;
			if (value(o) < bestValue) {
				bestValue = value(o);
				best = o;
			}
		}
		return { gap: bestValue - w, best };
	}

	it('gives the same gap as evaluating the changed scenario in full, for every input', () => {
		const scenarios = [
			recruitWins(),
			createScenario({ roles: PRESETS.map((p) => p.role()) }),
			createScenario({
				settings: { decisionMeasure: 'cash', horizonMonths: 48 },
				roles: [PRESETS[2].role(), PRESETS[4].role()]
			}),
			...fc.sample(scenarioArb, { seed: 7, numRuns: 12 })
		];
		for (const s of scenarios) {
			const base = evaluateScenario(s);
			const search = new GapSearch(s, base);
			for (const spec of SENSITIVITY_INPUTS) {
				for (const change of spec.mode === 'scale' ? [0.3, 1.25, 2.7] : [-0.15, 0.1, 0.4]) {
					const fast = search.gapAt(spec, change);
					const copy = structuredClone(s);
					spec.apply(copy, change);
					const full = fullGap(copy, search.winner);
					const scale = Math.max(1, Math.abs(full.gap));
					expect(Math.abs(fast.gap - full.gap), `${spec.id} x ${change}`).toBeLessThanOrEqual(
						1e-9 * scale
					);
					if (Math.abs(full.gap) > 1e-6) expect(fast.best).toBe(full.best);
				}
			}
			expect(search.gapToday().gap).toBeCloseTo(fullGap(s, search.winner).gap, 6);
			// The search leaves the scenario it was given alone.
			expect(evaluateScenario(s).totals.buy!.npv).toEqual(base.totals.buy!.npv);
		}
	}, 60_000);

	it('locates each flip with few evaluations, and the flip is real', () => {
		const s = createScenario({
			settings: { horizonMonths: 120 },
			roles: Array.from({ length: 10 }, (_, i) => ({
				...PRESETS[i % 5].role(),
				neededFromMonth: i
			}))
		});
		const { result, evaluations } = analyse(s);
		// 14 inputs x 2 tornado ends, then up to 6 flip searches.
		expect(evaluations).toBeLessThan(130);
		for (const row of result.rows.filter((r) => r.flipValue !== null)) {
			const spec = SENSITIVITY_INPUTS.find((x) => x.id === row.id)!;
			const change =
				spec.mode === 'scale' ? row.flipValue! / row.value : row.flipValue! - row.value;
			const past = structuredClone(s);
			spec.apply(past, change);
			expect(winnerWith(past), row.id).toBe(row.flipTo);
		}
	}, 60_000);
});
