/**
 * Comparing scenarios: which inputs differ between them, and their figures against a baseline.
 */
import type { Range, Scenario } from './schema.ts';
import type { ScenarioResult } from './evaluate.ts';
import {
	bestOptions,
	changeVerdict,
	columnTotals,
	COMPARE_FIGURES,
	figureValue,
	resultColumns,
	type ColumnId,
	type FigureBasis,
	type FigureId
} from './figures.ts';
import type { Plan } from './plan-schema.ts';
import { cumulativeSeries, decisionLayerOf } from './series.ts';

export interface InputDifference {
	/** Path into the scenario, e.g. ['roles', 0, 'buy', 'timeToFillDays']. */
	path: (string | number)[];
	/**
	 * The value in each scenario (undefined where the path does not exist, e.g. fewer roles). A
	 * field with a range in some scenario holds a `RangedValue` there; a role's mix is one value
	 * (its `Plan`, or null for none).
	 */
	values: unknown[];
}

/** A field's likely value with the range it carries in one scenario (a three-point estimate). */
export interface RangedValue {
	ranged: true;
	low: number;
	likely: number;
	high: number;
}

/** Whether a compared value is a ranged one. */
export function isRangedValue(v: unknown): v is RangedValue {
	return typeof v === 'object' && v !== null && (v as { ranged?: unknown }).ranged === true;
}

/** Whether two compared values are the same (ranges and mixes by content). */
export function sameInput(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A role's mix as one compared value, never split into its counts. */
const WHOLE_LEAVES = new Set(['plan']);

function flatten(value: unknown, path: (string | number)[], out: Map<string, unknown>): void {
	if (Array.isArray(value)) {
		out.set(JSON.stringify([...path, '#length']), value.length);
		value.forEach((v, i) => flatten(v, [...path, i], out));
	} else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) {
			if (isRoleLevel(path) && k === 'ranges') continue; // folded into their fields below
			if (isRoleLevel(path) && WHOLE_LEAVES.has(k)) out.set(JSON.stringify([...path, k]), v);
			else flatten(v, [...path, k], out);
		}
	} else {
		out.set(JSON.stringify(path), value);
	}
}

function isRoleLevel(path: (string | number)[]): boolean {
	return path.length === 2 && path[0] === 'roles' && typeof path[1] === 'number';
}

/** A ranged field's path within a role ("build.skills.0.hoursPerLevel") as path steps. */
function stepsOf(within: string): (string | number)[] {
	return within.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The scenario's inputs as leaves, each ranged field's value with its range. */
function leavesOf(s: Scenario): Map<string, unknown> {
	const m = new Map<string, unknown>();
	flatten(s, [], m);
	s.roles.forEach((role, i) => {
		for (const [within, range] of Object.entries(role.ranges as Record<string, Range>)) {
			const key = JSON.stringify(['roles', i, ...stepsOf(within)]);
			const likely = m.get(key);
			if (typeof likely !== 'number') continue;
			m.set(key, { ranged: true, low: range.low, likely, high: range.high } satisfies RangedValue);
		}
	});
	return m;
}

/**
 * Every leaf input whose value is not the same in all scenarios, in schema order. A range that
 * differs makes its field differ ("30 – 42 – 90 days" against "42 days").
 */
export function diffInputs(scenarios: Scenario[]): InputDifference[] {
	const flats = scenarios.map(leavesOf);
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
		if (values.some((v) => !sameInput(v, values[0]))) {
			out.push({ path: JSON.parse(k) as (string | number)[], values });
		}
	}
	return out;
}

/** A role's mix as compared (null: the role has none). */
export function isPlanValue(v: unknown): v is Plan {
	return typeof v === 'object' && v !== null && 'buy' in v && 'bridgedBuy' in v;
}

/**
 * Which option of each scenario to compare: its recommended one, the same option in all, or each
 * scenario's own plan ("Your plan").
 */
export type CompareChoice = 'recommended' | ColumnId;

/** The option a scenario is compared on; null when it does not include that option (or has no plan). */
export function comparedOption(result: ScenarioResult, choice: CompareChoice): ColumnId | null {
	if (choice === 'recommended') return result.recommendation.winner;
	if (choice === 'plan') return result.plan ? 'plan' : null;
	return result.options.includes(choice) && result.totals[choice] ? choice : null;
}

/** The choices a comparison offers: recommended, each option, and "Your plan" when a scenario has one. */
export function compareChoices(results: ScenarioResult[]): CompareChoice[] {
	const out: CompareChoice[] = ['recommended', 'buy', 'build', 'borrow'];
	if (results.some((r) => r.plan)) out.push('plan');
	return out;
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
	options: (ColumnId | null)[];
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
			const metrics = o === null ? undefined : columnTotals(r)[o];
			return metrics ? figureValue(id, metrics) : null;
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
	const metrics = o === null ? undefined : columnTotals(result)[o];
	if (!metrics) return null;
	return cumulativeSeries(
		metrics,
		decisionLayerOf(result),
		basis,
		scenario.settings.discountRatePerYear
	);
}

/** A section of the inputs: the scenario itself, its settings, or one part of a role. */
export type DifferenceSection =
	'scenario' | 'settings' | 'need' | 'buy' | 'build' | 'skills' | 'borrow' | 'plan';

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
	if (part === 'plan' || part === 'pool') return 'plan';
	return 'need';
}

const SECTION_ORDER: DifferenceSection[] = [
	'scenario',
	'settings',
	'need',
	'buy',
	'build',
	'skills',
	'borrow',
	'plan'
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

/** Each option of one scenario on its decision measure, and whether it is that scenario's cheapest. */
export interface OptionCell {
	/** The value on the scenario's decision measure (null: the scenario lacks this option). */
	value: number | null;
	/** Cheapest of the scenario's options and plan (ties all count). */
	best: boolean;
}

export interface OptionsByScenario {
	/** The options shown: the three pure options, and "Your plan" when some scenario has one. */
	columns: ColumnId[];
	/** The figure each scenario is decided on (economic or cash NPV). */
	measures: FigureId[];
	/** cells[column][scenario]. */
	cells: Record<ColumnId, OptionCell[]>;
}

/**
 * Every option of every scenario side by side on each scenario's decision measure, "Your plan" as a
 * fourth option wherever a scenario has one.
 */
export function optionsByScenario(results: ScenarioResult[]): OptionsByScenario {
	const columns: ColumnId[] = ['buy', 'build', 'borrow'];
	if (results.some((r) => r.plan)) columns.push('plan');
	const measures = results.map((r): FigureId =>
		r.recommendation.measure === 'cashNpv' ? 'cashNpv' : 'economicNpv'
	);
	const cells = {} as Record<ColumnId, OptionCell[]>;
	for (const c of columns) cells[c] = [];
	results.forEach((r, i) => {
		const totals = columnTotals(r);
		const shown = resultColumns(r);
		const best = new Set(bestOptions(measures[i], totals, shown));
		for (const c of columns) {
			const metrics = shown.includes(c) ? totals[c] : undefined;
			cells[c].push({
				value: metrics ? figureValue(measures[i], metrics) : null,
				best: best.has(c)
			});
		}
	});
	return { columns, measures, cells };
}
