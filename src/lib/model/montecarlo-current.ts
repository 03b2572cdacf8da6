/**
 * Whether a simulation summary is the one a scenario's own settings ask for (issue 11.4): the
 * exports reuse the risk panel's result when it is, and run the simulation (in the worker) when it
 * is not. Tiny and kernel-free, so the page can decide without loading the simulation's code.
 */
import type { UncertaintyResult } from './montecarlo.ts';
import type { Scenario } from './schema.ts';

/**
 * True when `u` is complete and was run with the scenario's runs, seed, capacity month (capped at
 * the horizon) and horizon. The caller makes sure `u` belongs to the scenario's inputs (the risk
 * runner keys its results by the scenario's numbers).
 */
export function isCurrentSimulation(
	scenario: Scenario,
	u: UncertaintyResult | null | undefined
): u is UncertaintyResult {
	const s = scenario.settings.simulation;
	const horizon = scenario.settings.horizonMonths;
	return (
		!!u &&
		u.runs === u.totalRuns &&
		u.totalRuns === s.runs &&
		u.seed === s.seed &&
		u.capacityMonth === Math.min(s.capacityMonth, horizon) &&
		u.horizonMonths === horizon
	);
}
