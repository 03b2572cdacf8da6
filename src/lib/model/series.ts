/**
 * The series behind the charts, built once for the screen's charts and both exports (PDF, PPTX):
 * cumulative cost per option on the decision's layer, nominal or discounted (NPV), with its
 * break-even and every crossing of the compared curves; productive capacity per option
 * against the need; and the NPV of each cost layer per option.
 */
import {
	breakEvenOf,
	discountFactors,
	type BreakEven,
	type OptionMetrics,
	type ScenarioResult
} from './evaluate.ts';
import { shownColumns, type ColumnId, type FigureBasis } from './figures.ts';
import type { OptionId } from './schema.ts';
import { LAYERS, type Layer } from './simulate.ts';

/** The cost layer a decision is made on (economic = cash + internal time + shortfall). */
/**
 * A result's three charts, whose data this module builds: cumulative cost, productive capacity,
 * cost by layer (the calculator's cards, their downloads, Present's views and the CSV of one chart).
 */
export type ResultChartId = 'cumulative-cost' | 'capacity' | 'cost-by-layer';

export type DecisionLayer = 'economic' | 'cash';

/** The layer of the result's recommendation. */
export function decisionLayerOf(result: ScenarioResult): DecisionLayer {
	return result.recommendation.measure === 'cashNpv' ? 'cash' : 'economic';
}

/**
 * Cumulative cost of one option by the end of each month: nominal (as paid) or discounted (each
 * month at the monthly equivalent of the annual rate, so the last value is the NPV figure).
 */
export function cumulativeSeries(
	metrics: OptionMetrics,
	layer: DecisionLayer,
	basis: FigureBasis,
	discountRatePerYear: number
): number[] {
	if (basis === 'nominal') return Array.from(metrics.cumulative[layer]);
	const monthly = metrics.monthly[layer];
	const factors = discountFactors(monthly.length, discountRatePerYear);
	const out = new Array<number>(monthly.length);
	let sum = 0;
	for (let m = 0; m < monthly.length; m++) {
		sum += monthly[m] * factors[m];
		out[m] = sum;
	}
	return out;
}

export interface OptionLine {
	/** A pure option or "Your plan". */
	option: ColumnId;
	/** One value per month (month m at index m-1). */
	values: number[];
}

export interface CumulativeCostData {
	months: number;
	layer: DecisionLayer;
	basis: FigureBasis;
	lines: OptionLine[];
	/** Break-even of recruiting against upskilling on these very lines (null: they never differ). */
	breakEven: BreakEven | null;
	/** Every crossing of those two lines, to mark on the chart (the words name each one). */
	marks: CrossingMark[];
}

/** One crossing of the two compared cumulative curves, as the chart marks it. */
export interface CrossingMark {
	/** Fractional month where the curves cross (month m ends at x = m). */
	at: number;
	/** The first whole month of the new order (the month the words name: "from month 11"). */
	month: number;
	/** The option the words are about (`b` of the break-even). */
	b: OptionId;
	/** How `b` stands against the other option from that month: +1 dearer, -1 cheaper. */
	sign: -1 | 1;
	/** True for the crossing after which the order lasts to the horizon (the break-even). */
	lasting: boolean;
}

/**
 * Every crossing of a break-even's curves with the month the new order starts: the first span
 * after the crossing whose curves differ (equal months in between are stepped over).
 */
export function crossingMarks(be: BreakEven | null): CrossingMark[] {
	if (!be) return [];
	const marks: CrossingMark[] = [];
	for (const at of be.crossings) {
		const span = be.spans.find((s) => s.sign !== 0 && s.from >= at);
		if (!span) continue;
		const sign = span.sign as -1 | 1;
		marks.push({ at, month: span.from, b: be.b, sign, lasting: false });
	}
	const last = marks[marks.length - 1];
	if (last && be.month !== null && last.month === be.month) last.lasting = true;
	return marks;
}

/** Cumulative cost of every option on the decision's layer and the given basis. */
export function cumulativeCostData(
	result: ScenarioResult,
	basis: FigureBasis,
	discountRatePerYear: number
): CumulativeCostData {
	const layer = decisionLayerOf(result);
	const lines = shownColumns(result).map(({ id, metrics }) => ({
		option: id,
		values: cumulativeSeries(metrics, layer, basis, discountRatePerYear)
	}));
	const line = (o: ColumnId) => lines.find((l) => l.option === o)?.values;
	const buy = line('buy');
	const build = line('build');
	const breakEven =
		basis === 'nominal'
			? result.breakEven
			: buy && build
				? breakEvenOf('buy', buy, 'build', build)
				: null;
	return {
		months: result.horizonMonths,
		layer,
		basis,
		lines,
		breakEven,
		marks: crossingMarks(breakEven)
	};
}

export interface CapacityData {
	months: number;
	/** Expected productive people (FTE) per option and month. */
	lines: OptionLine[];
	/** People needed per month. */
	needed: number[];
}

/** Productive capacity of every option against the need. */
export function capacityData(result: ScenarioResult): CapacityData {
	return {
		months: result.horizonMonths,
		lines: shownColumns(result).map(({ id, metrics }) => ({
			option: id,
			values: Array.from(metrics.series.productiveFte)
		})),
		needed: Array.from(result.neededFte)
	};
}

/**
 * A monthly series' value at a fractional month (month m ends at x = m; linear between month
 * ends), e.g. to place the break-even marker on its line.
 */
export function valueAtMonth(values: ArrayLike<number>, at: number): number {
	const n = values.length;
	if (n === 0) return 0;
	const i = Math.min(n - 1, Math.max(0, Math.floor(at) - 1));
	const next = values[Math.min(n - 1, i + 1)];
	const frac = Math.max(0, Math.min(1, at - (i + 1)));
	return values[i] + (next - values[i]) * frac;
}

export interface LayerData {
	/** The options shown, then "Your plan" when a role has a mix, as the other charts show them. */
	columns: ColumnId[];
	/** Each cost layer's NPV, one value per column (in `columns`' order). */
	layers: { layer: Layer; values: number[] }[];
}

/** Cost by layer: each layer's NPV for every option shown (the bars' segments). */
export function layerData(result: ScenarioResult): LayerData {
	const shown = shownColumns(result);
	return {
		columns: shown.map((c) => c.id),
		layers: LAYERS.map((layer) => ({ layer, values: shown.map((c) => c.metrics.npv[layer]) }))
	};
}
