/**
 * The best mix without limits, found without the solver, is the solver's answer: the same plans
 * (each role's people in its cheapest group) and the same value, nothing binding, and the same
 * verdict on the pure options. With any limit set it gives way to the solver (null).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scenarioArb } from './arbitraries.ts';
import { optimizeScenario } from './optimize.ts';
import { bestMixWithoutLimits } from './optimize-units.ts';
import { PRESETS } from './presets.ts';
import { createScenario, type Scenario } from './schema.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

function expectSameAsSolver(scenario: Scenario) {
	const fast = bestMixWithoutLimits(scenario);
	const solved = optimizeScenario(scenario);
	expect(fast).not.toBeNull();
	expect(fast!.status).toBe(solved.status);
	expect(fast!.measure).toBe(solved.measure);
	expect(fast!.binding).toEqual(solved.binding);
	expect(fast!.conflicts).toEqual(solved.conflicts);
	expect(fast!.pureFeasible).toEqual(solved.pureFeasible);
	const tolerance = 1e-9 * Math.max(1, Math.abs(solved.value!));
	expect(Math.abs(fast!.value! - solved.value!)).toBeLessThanOrEqual(tolerance);
	return { fast: fast!, solved };
}

describe('bestMixWithoutLimits', () => {
	it('matches the solver for every preset, with and without contractors', () => {
		for (const preset of PRESETS) {
			for (const includeBorrow of [true, false]) {
				const scenario = createScenario({
					settings: { includeBorrow },
					roles: [preset.role(), preset.role()]
				});
				const { fast, solved } = expectSameAsSolver(scenario);
				expect(fast.plans).toEqual(solved.plans);
			}
		}
	});

	it('matches the solver on random scenarios (same value; same plans unless two groups tie)', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const { fast, solved } = expectSameAsSolver(scenario);
				expect(fast.plans!.map((p) => p.buy + p.build + p.borrow)).toEqual(
					scenario.roles.map((r) => r.headcount)
				);
				const tie = solved.plans!.some(
					(p, i) => JSON.stringify(p) !== JSON.stringify(fast.plans![i])
				);
				// Different plans only with the same value (a tie between groups).
				if (tie) expect(fast.value).toBeCloseTo(solved.value!, 6);
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives way to the solver when any limit is set', () => {
		const base = createScenario();
		expect(bestMixWithoutLimits(base)).not.toBeNull();
		const limited: Scenario[] = [
			createScenario({ settings: { capacityDeadlineMonth: 5 } }),
			createScenario({ settings: { budgetPerFiscalYear: 100_000 } }),
			createScenario({ settings: { contractorCap: 1 } }),
			createScenario({ roles: [{ pool: { feeders: 2, shareAbleToMove: 1 } }] })
		];
		for (const s of limited) expect(bestMixWithoutLimits(s)).toBeNull();
	});
});
