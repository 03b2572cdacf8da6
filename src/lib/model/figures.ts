/**
 * The one table of figures: for each figure people read (key figures, compare, exports, Present),
 * how to take its value from an option's metrics, how it is shown, which direction is better and
 * on which basis money is counted (discounted NPV or nominal). Labels live in the message
 * catalogues under `figures` (the key is the figure id); formatting lives in `i18n/figures.ts`.
 */
import type { OptionMetrics, ScenarioResult } from './evaluate.ts';
import type { OptionId } from './schema.ts';

// Plan (issue 12): "Your plan" is a fourth column beside the three pure options.
/** A result column: a pure option, or "Your plan" (each role's mix). */
export type ColumnId = OptionId | 'plan';

/** The columns a result shows: its options, then "Your plan" when some role has a mix. */
export function resultColumns(result: ScenarioResult): ColumnId[] {
	return result.plan ? [...result.options, 'plan'] : [...result.options];
}

/** Every column's totals (a column the result does not show is undefined). */
export function columnTotals(result: ScenarioResult): Record<ColumnId, OptionMetrics | undefined> {
	return { ...result.totals, plan: result.plan?.totals };
}

/** One role's metrics per column. */
export function roleColumnMetrics(
	result: ScenarioResult,
	role: number
): Record<ColumnId, OptionMetrics | undefined> {
	return { ...result.roles[role].options, plan: result.plan?.roles[role]?.metrics };
}

/** A column a result shows, with its metrics (the scenario's totals, or one role's). */
export interface ShownColumn {
	id: ColumnId;
	metrics: OptionMetrics;
}

/**
 * The columns a result shows (its options, then "Your plan" when some role has a mix), each with
 * its metrics: the scenario's totals, or those of role `role` when given.
 */
export function shownColumns(result: ScenarioResult, role?: number): ShownColumn[] {
	const metrics = role === undefined ? columnTotals(result) : roleColumnMetrics(result, role);
	return resultColumns(result).map((id) => ({ id, metrics: metrics[id]! }));
}

/** How a figure's value is shown: money, a month number, or a plain number. */
export type FigureFormat = 'money' | 'month' | 'number';

/** Whether money is counted as net present value (discounted) or nominal (not discounted). */
export type FigureBasis = 'npv' | 'nominal';

/** Which direction is better; 'none' for figures that describe rather than rank. */
export type FigureBetter = 'lower' | 'higher' | 'none';

export interface FigureSpec {
	/** The value for one option (null: none, e.g. full capacity never reached). */
	value: (m: OptionMetrics) => number | null;
	format: FigureFormat;
	better: FigureBetter;
	/** Money's basis; null for figures that are not money sums (months, counts). */
	basis: FigureBasis | null;
}

/** Every figure, in the order a full table shows them. */
export const FIGURES = {
	economicNpv: { value: (m) => m.npv.economic, format: 'money', better: 'lower', basis: 'npv' },
	cashNpv: { value: (m) => m.npv.cash, format: 'money', better: 'lower', basis: 'npv' },
	internalNpv: { value: (m) => m.npv.internal, format: 'money', better: 'lower', basis: 'npv' },
	shortfallNpv: { value: (m) => m.npv.shortfall, format: 'money', better: 'lower', basis: 'npv' },
	economicNominal: {
		value: (m) => m.nominal.economic,
		format: 'money',
		better: 'lower',
		basis: 'nominal'
	},
	cashNominal: { value: (m) => m.nominal.cash, format: 'money', better: 'lower', basis: 'nominal' },
	monthsToFullCapacity: {
		value: (m) => m.monthsToFullCapacity,
		format: 'month',
		better: 'lower',
		basis: null
	},
	costPerProductiveFteMonth: {
		value: (m) => m.costPerProductiveFteMonth,
		format: 'money',
		better: 'lower',
		basis: 'nominal'
	},
	productiveFteMonths: {
		value: (m) => m.productiveFteMonths,
		format: 'number',
		better: 'none',
		basis: null
	},
	hires: { value: (m) => m.hires, format: 'number', better: 'none', basis: null },
	costPerHire: { value: (m) => m.costPerHire, format: 'money', better: 'none', basis: 'nominal' }
} as const satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;

/** All figure ids in table order. */
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/** The figures of the calculator's key-figures table. */
export const KEY_FIGURES: readonly FigureId[] = [
	'economicNpv',
	'cashNpv',
	'internalNpv',
	'shortfallNpv',
	'monthsToFullCapacity',
	'costPerProductiveFteMonth',
	'productiveFteMonths'
];

/** The short list for one-page views (PDF page 1, the recommendation slide). */
export const HEADLINE_FIGURES: readonly FigureId[] = [
	'economicNpv',
	'cashNpv',
	'internalNpv',
	'shortfallNpv',
	'monthsToFullCapacity',
	'costPerProductiveFteMonth'
];

/** The figures compared across scenarios and shown per role. */
export const COMPARE_FIGURES: readonly FigureId[] = [
	'economicNpv',
	'cashNpv',
	'monthsToFullCapacity',
	'costPerProductiveFteMonth'
];

/** A figure's value for one option's metrics. */
export function figureValue(id: FigureId, metrics: OptionMetrics): number | null {
	const spec: FigureSpec = FIGURES[id];
	return spec.value(metrics);
}

const EPS = 1e-9;

/**
 * The option(s) with the best value on a figure: all that tie for best, or [] when the figure does
 * not rank, fewer than one option has a value, or every option has the same value (nothing to
 * choose). Missing values (null, non-finite) never win.
 */
export function bestOptions<Id extends ColumnId>(
	id: FigureId,
	totals: Partial<Record<Id, OptionMetrics | undefined>>,
	options: readonly Id[]
): Id[] {
	const spec: FigureSpec = FIGURES[id];
	if (spec.better === 'none') return [];
	const sign = spec.better === 'lower' ? 1 : -1;
	const values: { o: Id; v: number }[] = [];
	for (const o of options) {
		const t = totals[o];
		const v = t ? spec.value(t) : null;
		if (v !== null && Number.isFinite(v)) values.push({ o, v: sign * v });
	}
	if (values.length === 0) return [];
	const min = Math.min(...values.map((x) => x.v));
	const max = Math.max(...values.map((x) => x.v));
	if (values.length > 1 && max - min <= EPS * Math.max(1, Math.abs(max))) return [];
	return values.filter((x) => x.v <= min + EPS * Math.max(1, Math.abs(min))).map((x) => x.o);
}

/**
 * A value against a baseline's, judged by the figure's direction (compare tables colour a change
 * by this, not by its sign): null when either is missing or the figure does not rank.
 */
export function changeVerdict(
	id: FigureId,
	value: number | null,
	baseline: number | null
): 'better' | 'worse' | 'same' | null {
	if (value === null || baseline === null) return null;
	const spec: FigureSpec = FIGURES[id];
	const diff = value - baseline;
	if (Math.abs(diff) <= EPS * Math.max(1, Math.abs(baseline))) return 'same';
	if (spec.better === 'none') return null;
	return diff < 0 === (spec.better === 'lower') ? 'better' : 'worse';
}
