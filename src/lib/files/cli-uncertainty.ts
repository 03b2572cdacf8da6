/**
 * The command line's Monte Carlo part (issue 11): `--simulations N [--seed S]` flags, the
 * `uncertainty` object of each scenario in the JSON output and its section in the Markdown.
 */
import type { Scenario, UncertaintyResult } from '../model/index.ts';
import { simulateScenario } from '../model/montecarlo.ts';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import { en } from '../i18n/messages-all.ts';
import { riskSentence } from '../i18n/risk-text.ts';

/** Limits of the flags: those of the scenario's simulation settings. */
export const MIN_SIMULATIONS = 100;
export const MAX_SIMULATIONS = 100_000;
export const MAX_SEED = 4_294_967_295;

/** A flag's value as a whole number within [min, max], or the message saying what is wrong. */
export function parseWholeFlag(
	flag: string,
	value: string | undefined,
	min: number,
	max: number
): { ok: true; value: number } | { ok: false; message: string } {
	const range = `a whole number from ${formatNumber(min, 'en-US', 0)} to ${formatNumber(max, 'en-US', 0)}`;
	if (value === undefined || value === '' || value.startsWith('--'))
		return { ok: false, message: `${flag} needs ${range}.` };
	const n = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isSafeInteger(n) || n < min || n > max)
		return { ok: false, message: `${flag} must be ${range} (got "${value}").` };
	return { ok: true, value: n };
}

/** The simulation the flags ask for: runs, and the seed (the scenario's own when not given). */
export interface SimulationFlags {
	runs: number;
	seed: number | null;
}

/** Simulate a scenario as the app does, with the flags' runs and seed. */
export function simulateForCli(scenario: Scenario, flags: SimulationFlags): UncertaintyResult {
	return simulateScenario(scenario, {
		runs: flags.runs,
		seed: flags.seed ?? scenario.settings.simulation.seed,
		capacityMonth: scenario.settings.simulation.capacityMonth
	});
}

/** The `uncertainty` object of a scenario in the JSON output. */
export function uncertaintyToJson(u: UncertaintyResult) {
	const options: Record<string, { mean: number; p10: number; p50: number; p90: number }> = {};
	const probabilityBest: Record<string, number> = {};
	const probabilityFullCapacity: Record<string, number> = {};
	for (const o of u.options) {
		const x = u.perOption[o]!;
		options[o] = { mean: x.mean, p10: x.p10, p50: x.p50, p90: x.p90 };
		probabilityBest[o] = x.probabilityBest;
		probabilityFullCapacity[o] = x.probabilityFullCapacity;
	}
	return {
		runs: u.runs,
		seed: u.seed,
		measure: u.measure,
		options,
		probabilityBest,
		capacityMonth: u.capacityMonth,
		probabilityFullCapacity
	};
}

/** The Markdown section: the sentence and a table of percentiles and probabilities. */
export function uncertaintyMarkdown(scenario: Scenario, u: UncertaintyResult): string {
	const { currency, locale } = scenario;
	const money = (v: number) => formatMoney(v, currency, locale);
	const pct = (v: number) => formatPercent(v, 'en-US', 0);
	const t = en.risk;
	return [
		`## ${t.title}`,
		'',
		riskSentence(u, currency, locale, en),
		'',
		`| ${t.option} | ${t.mean} | ${t.p10} | ${t.p50} | ${t.p90} | ${t.probabilityBest} | ${t.capacityBy(u.capacityMonth)} |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...u.options.map((o) => {
			const x = u.perOption[o]!;
			return `| ${en.options[o]} | ${money(x.mean)} | ${money(x.p10)} | ${money(x.p50)} | ${money(x.p90)} | ${pct(x.probabilityBest)} | ${pct(x.probabilityFullCapacity)} |`;
		}),
		'',
		t.runsAndSeed(formatNumber(u.runs, 'en-US', 0), String(u.seed), en.measures[u.measure]),
		''
	].join('\n');
}
