/**
 * Comparing scenarios: which inputs differ between them, and their figures against a baseline.
 */
import type { OptionId, Scenario } from './schema.ts';
import type { ScenarioResult } from './evaluate.ts';

export interface InputDifference {
	/** Path into the scenario, e.g. ['roles', 0, 'buy', 'timeToFillDays']. */
	path: (string | number)[];
	/** The value in each scenario (undefined where the path does not exist, e.g. fewer roles). */
	values: unknown[];
}

function flatten(value: unknown, path: (string | number)[], out: Map<string, unknown>): void {
	if (Array.isArray(value)) {
		out.set(JSON.stringify([...path, '#length']), value.length);
		value.forEach((v, i) => flatten(v, [...path, i], out));
	} else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], out);
	} else {
		out.set(JSON.stringify(path), value);
	}
}

/** Every leaf input whose value is not the same in all scenarios, in schema order. */
export function diffInputs(scenarios: Scenario[]): InputDifference[] {
	const flats = scenarios.map((s) => {
		const m = new Map<string, unknown>();
		flatten(s, [], m);
		return m;
	});
	const keys: string[] = [];
	const seen = new Set<string>();
	for (const f of flats)
		for (const k of f.keys())
			if (!seen.has(k)) {
				seen.add(k);
				keys.push(k);
			}
	const out: InputDifference[] = [];
	for (const k of keys) {
		const values = flats.map((f) => f.get(k));
		if (values.some((v) => v !== values[0])) {
			out.push({ path: JSON.parse(k) as (string | number)[], values });
		}
	}
	return out;
}

export interface ScenarioFigures {
	winner: OptionId;
	economicNpv: number;
	cashNpv: number;
	monthsToFullCapacity: number | null;
	costPerProductiveFteMonth: number | null;
	breakEvenMonth: number | null;
}

/** The headline figures of a scenario: those of its recommended option. */
export function headlineFigures(result: ScenarioResult): ScenarioFigures {
	const winner = result.recommendation.winner;
	const t = result.totals[winner]!;
	return {
		winner,
		economicNpv: t.npv.economic,
		cashNpv: t.npv.cash,
		monthsToFullCapacity: t.monthsToFullCapacity,
		costPerProductiveFteMonth: t.costPerProductiveFteMonth,
		breakEvenMonth: result.breakEven?.month ?? null
	};
}
