import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { createScenario, type Scenario } from './schema.ts';
import { analyseSensitivity, SENSITIVITY_INPUTS, TORNADO_CHANGE } from './sensitivity.ts';

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
