/**
 * Comparing scenarios: which inputs differ between them, and their figures against a baseline.
 */
import type { OptionId, Scenario } from './schema.ts';
import type { ScenarioResult } from './evaluate.ts';
import {
	changeVerdict,
	COMPARE_FIGURES,
	figureValue,
	type FigureBasis,
	type FigureId
} from './figures.ts';
import { cumulativeSeries, decisionLayerOf } from './series.ts';

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

/** Which option of each scenario to compare: its recommended one, or the same option in all. */
export type CompareChoice = 'recommended' | OptionId;

/** The option a scenario is compared on; null when it does not include that option. */
export function comparedOption(result: ScenarioResult, choice: CompareChoice): OptionId | null {
	if (choice === 'recommended') return result.recommendation.winner;
	return result.options.includes(choice) && result.totals[choice] ? choice : null;
}

export interface FigureRow {
	id: FigureId;
	/** The value per scenario (null: not reached, or the option is not in that scenario). */
	values: (number | null)[];
	/** Value minus the baseline's (null for the baseline itself or when either is missing). */
	diffs: (number | null)[];
	/** Whether each scenario is better or worse than the baseline on this figure. */
	verdicts: ('better' | 'worse' | 'same' | null)[];
}

export interface FigureComparison {
	/** The option compared in each scenario (null where the scenario lacks it). */
	options: (OptionId | null)[];
	rows: FigureRow[];
}

/** The figures of each scenario's compared option against the baseline scenario's. */
export function compareFigures(
	results: ScenarioResult[],
	choice: CompareChoice,
	baseline: number,
	ids: readonly FigureId[] = COMPARE_FIGURES
): FigureComparison {
	const options = results.map((r) => comparedOption(r, choice));
	const rows = ids.map((id): FigureRow => {
		const values = results.map((r, i) => {
			const o = options[i];
			return o === null ? null : figureValue(id, r.totals[o]!);
		});
		const base = values[baseline] ?? null;
		return {
			id,
			values,
			diffs: values.map((v, i) =>
				i === baseline || v === null || base === null ? null : v - base
			),
			verdicts: values.map((v, i) => (i === baseline ? null : changeVerdict(id, v, base)))
		};
	});
	return { options, rows };
}

/**
 * The cumulative cost of a scenario's compared option on its decision layer, nominal or
 * discounted (NPV); null when the scenario lacks the option.
 */
export function comparedCumulative(
	scenario: Scenario,
	result: ScenarioResult,
	choice: CompareChoice,
	basis: FigureBasis
): number[] | null {
	const o = comparedOption(result, choice);
	if (o === null) return null;
	return cumulativeSeries(
		result.totals[o]!,
		decisionLayerOf(result),
		basis,
		scenario.settings.discountRatePerYear
	);
}

/** A section of the inputs: the scenario itself, its settings, or one part of a role. */
export type DifferenceSection =
	'scenario' | 'settings' | 'need' | 'buy' | 'build' | 'skills' | 'borrow';

export interface DifferenceGroup {
	/** Role index for role sections, null for the scenario and its settings. */
	role: number | null;
	/** Whether each scenario has this role (all true for the scenario and settings). */
	present: boolean[];
	/** The differing inputs by section; empty for a role that some scenarios lack. */
	sections: { section: DifferenceSection; rows: InputDifference[] }[];
}

function sectionOf(path: (string | number)[]): DifferenceSection {
	if (path[0] === 'settings') return 'settings';
	if (path[0] !== 'roles' || typeof path[1] !== 'number') return 'scenario';
	const part = path[2];
	if (part === 'buy' || part === 'borrow') return part;
	if (part === 'build') return path[3] === 'skills' ? 'skills' : 'build';
	return 'need';
}

const SECTION_ORDER: DifferenceSection[] = [
	'scenario',
	'settings',
	'need',
	'buy',
	'build',
	'skills',
	'borrow'
];

/**
 * The inputs that differ, grouped by role and section. A role that only some scenarios have is
 * one group saying so, not a row for each of its inputs; a skill only some have is one row (its
 * name).
 */
export function groupDifferences(scenarios: Scenario[]): DifferenceGroup[] {
	const diffs = diffInputs(scenarios);
	const roleCount = Math.max(0, ...scenarios.map((s) => s.roles.length));
	const groups: DifferenceGroup[] = [
		{ role: null, present: scenarios.map(() => true), sections: [] }
	];
	for (let i = 0; i < roleCount; i++) {
		groups.push({ role: i, present: scenarios.map((s) => i < s.roles.length), sections: [] });
	}
	for (const d of diffs) {
		const roleIndex = d.path[0] === 'roles' && typeof d.path[1] === 'number' ? d.path[1] : null;
		if (d.path[0] === 'roles' && d.path[1] === '#length') continue; // told by the role groups
		const group = groups[roleIndex === null ? 0 : roleIndex + 1];
		if (!group.present.every(Boolean)) continue;
		const skill = sectionOf(d.path) === 'skills' ? d.path[4] : undefined;
		if (
			typeof skill === 'number' &&
			d.values.some((v) => v === undefined) &&
			d.path[5] !== 'name'
		) {
			continue; // a skill some scenarios lack: its name row stands for it
		}
		const section = sectionOf(d.path);
		let entry = group.sections.find((x) => x.section === section);
		if (!entry) {
			entry = { section, rows: [] };
			group.sections.push(entry);
		}
		entry.rows.push(d);
	}
	for (const g of groups) {
		g.sections.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
	}
	return groups.filter((g) => g.sections.length > 0 || !g.present.every(Boolean));
}

/**
 * The baseline a comparison starts with: the scenario the user came from (the open one) when it is
 * among those compared, else the first.
 */
export function defaultBaseline(ids: readonly string[], current: string | null): string | null {
	if (current !== null && ids.includes(current)) return current;
	return ids[0] ?? null;
}

/**
 * The scenarios a comparison starts with: the open one and the ones next to it in the list, up to
 * `count`, in list order.
 */
export function defaultPicked(ids: readonly string[], current: string | null, count = 3): string[] {
	const at = current === null ? -1 : ids.indexOf(current);
	if (at < 0) return ids.slice(0, count);
	const start = Math.max(0, Math.min(at - Math.floor((count - 1) / 2), ids.length - count));
	return ids.slice(start, start + count);
}
