/**
 * Pure mappers from results to Chart.js configurations (node-testable; no DOM). Titles live in the
 * page as headings; each chart also gets a text alternative from `describe*`.
 */
import type { ChartConfiguration, ChartType, ScriptableScaleContext, TooltipItem } from 'chart.js';
import {
	layerData,
	capacityData,
	cumulativeCostData,
	scenarioColor,
	type BudgetTable,
	type ColumnId,
	type CrossingMark,
	type FigureBasis,
	type ResultChartId,
	type ScenarioResult
} from '../model/index.ts';
import type { HistogramLabels } from '../i18n/format.ts';
import type { Palette } from './palette.ts';

export interface ChartText {
	optionNames: Record<ColumnId, string>;
	layerNames: { cash: string; internal: string; shortfall: string };
	month: string;
	money: (v: number) => string;
	moneyCompact: (v: number) => string;
	/** A money histogram's labels, neighbours told apart (from its bin edges). */
	histogram: (edges: readonly number[]) => HistogramLabels;
	fte: (v: number) => string;
	needed: string;
	/** The label of one crossing of the cumulative curves ("Upskill cheaper from month 2"). */
	crossing: (mark: CrossingMark) => string;
	costAxis: string;
	fteAxis: string;
	/** Font size in px for ticks, legend and axis titles (larger on projectors). Default 12. */
	fontSize?: number;
}

function font(text: ChartText) {
	return { size: text.fontSize ?? 12 };
}

/** What every chart shares: it fills its box and is drawn at once. */
const SIZING = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** A value axis: titled, its ticks written by `tick`, grid lines, starting at zero. */
function valueAxis(p: Palette, text: ChartText, title: string, tick: (v: number) => string) {
	return { ...valueTicks(p, text, title, tick), grid: { color: p.grid }, beginAtZero: true };
}

/** A value axis's title and ticks, for an axis with its own grid and range. */
function valueTicks(p: Palette, text: ChartText, title: string, tick: (v: number) => string) {
	return {
		title: { display: true, text: title, color: p.muted, font: font(text) },
		ticks: {
			color: p.muted,
			font: font(text),
			callback: (v: string | number) => tick(Number(v))
		}
	};
}

/** The axis of a bar chart's categories (options, inputs, years): labels only, no grid. */
function categoryAxis(p: Palette, text: ChartText) {
	return { ticks: { color: p.text, font: font(text) }, grid: { display: false } };
}

/** A bar chart's legend and tooltips: "Series: $1,234". */
function moneyBarPlugins(p: Palette, text: ChartText) {
	return {
		legend: { labels: { color: p.text, font: font(text) } },
		tooltip: {
			callbacks: {
				label: (item: TooltipItem<'bar'>) =>
					`${item.dataset.label}: ${text.money(Number(item.raw))}`
			}
		}
	};
}

/** Crossing markers read by the break-even plugin: one dashed line and label per crossing. */
export interface BreakEvenMarker {
	marks: {
		/** x position in months (fractional), matching the label index scale (month m at index m-1). */
		at: number;
		label: string;
	}[];
	color: string;
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- must match Chart.js's declaration
	interface PluginOptionsByType<TType extends ChartType> {
		breakEven?: BreakEvenMarker;
	}
}

function monthLabels(H: number): string[] {
	return Array.from({ length: H }, (_, i) => String(i + 1));
}

function baseScales(p: Palette, text: ChartText, yTitle: string, yTick: (v: number) => string) {
	return {
		x: {
			title: { display: true, text: text.month, color: p.muted, font: font(text) },
			ticks: { color: p.muted, maxRotation: 0, autoSkipPadding: 12, font: font(text) },
			grid: { color: p.grid }
		},
		y: valueAxis(p, text, yTitle, yTick)
	};
}

/** One monthly series drawn as a solid line. */
function seriesLine(label: string, data: ArrayLike<number>, color: string, dash?: number[]) {
	return {
		label,
		data: Array.from(data),
		borderColor: color,
		backgroundColor: color,
		borderWidth: dash ? 1.5 : 2.5,
		borderDash: dash,
		pointRadius: 0,
		pointHoverRadius: dash ? 0 : 4,
		tension: 0.15
	};
}

/** A line chart over months 1..H: shared axes, legend and tooltips; `extra` adds plugin options. */
function monthlyLineChart(
	months: number,
	datasets: ReturnType<typeof seriesLine>[],
	p: Palette,
	text: ChartText,
	yTitle: string,
	yFormat: (v: number) => string,
	tooltipFormat: (v: number) => string,
	extra: { breakEven?: BreakEvenMarker } = {}
): ChartConfiguration<'line'> {
	return {
		type: 'line',
		data: { labels: monthLabels(months), datasets },
		options: {
			...SIZING,
			interaction: { mode: 'index', intersect: false },
			scales: baseScales(p, text, yTitle, yFormat),
			plugins: {
				legend: {
					labels: { color: p.text, usePointStyle: true, pointStyle: 'line', font: font(text) }
				},
				tooltip: {
					callbacks: {
						title: (items) => `${text.month} ${items[0]?.label ?? ''}`,
						label: (item) => `${item.dataset.label}: ${tooltipFormat(Number(item.raw))}`
					}
				},
				...extra
			}
		}
	};
}

/** The cumulative chart's basis and the yearly rate it discounts at (NPV). */
export interface CumulativeOptions {
	basis?: FigureBasis;
	discountRatePerYear?: number;
}

/**
 * One of a result's charts by its id; the calculator's cards and downloads and Present draw them
 * through this. `cumulative` sets the cumulative chart's basis (the others ignore it).
 */
export function toResultChartConfig(
	chart: 'cumulative-cost',
	result: ScenarioResult,
	p: Palette,
	text: ChartText,
	cumulative?: CumulativeOptions
): ChartConfiguration<'line'>;
export function toResultChartConfig(
	chart: ResultChartId,
	result: ScenarioResult,
	p: Palette,
	text: ChartText,
	cumulative?: CumulativeOptions
): ChartConfiguration;
export function toResultChartConfig(
	chart: ResultChartId,
	result: ScenarioResult,
	p: Palette,
	text: ChartText,
	cumulative: CumulativeOptions = {}
): ChartConfiguration {
	if (chart === 'capacity') return toCapacityChartConfig(result, p, text);
	if (chart === 'cost-by-layer') return toLayerChartConfig(result, p, text);
	return toCumulativeCostChartConfig(result, p, text, cumulative);
}

/**
 * Cumulative cost of each option over time, with every crossing of the compared curves marked (the
 * same crossings the break-even sentence names): as paid (nominal, the default) or discounted at
 * the scenario's rate (NPV, ending at the NPV key figures).
 */
export function toCumulativeCostChartConfig(
	result: ScenarioResult,
	p: Palette,
	text: ChartText,
	options: CumulativeOptions = {}
): ChartConfiguration<'line'> {
	const data = cumulativeCostData(
		result,
		options.basis ?? 'nominal',
		options.discountRatePerYear ?? 0
	);
	return monthlyLineChart(
		data.months,
		data.lines.map((l) => seriesLine(text.optionNames[l.option], l.values, p.options[l.option])),
		p,
		text,
		text.costAxis,
		text.moneyCompact,
		text.money,
		{
			breakEven: {
				marks: data.marks.map((mark) => ({ at: mark.at, label: text.crossing(mark) })),
				color: p.marker
			}
		}
	);
}

/** Expected productive FTE per option and the FTE needed. */
export function toCapacityChartConfig(
	result: ScenarioResult,
	p: Palette,
	text: ChartText
): ChartConfiguration<'line'> {
	const data = capacityData(result);
	return monthlyLineChart(
		data.months,
		[
			...data.lines.map((l) =>
				seriesLine(text.optionNames[l.option], l.values, p.options[l.option])
			),
			seriesLine(text.needed, data.needed, p.need, [6, 4])
		],
		p,
		text,
		text.fteAxis,
		text.fte,
		text.fte
	);
}

/** Cost by layer (NPV) per option, stacked. */
export function toLayerChartConfig(
	result: ScenarioResult,
	p: Palette,
	text: ChartText
): ChartConfiguration<'bar'> {
	const { columns, layers } = layerData(result);
	return {
		type: 'bar',
		data: {
			labels: columns.map((id) => text.optionNames[id]),
			datasets: layers.map(({ layer, values }) => ({
				label: text.layerNames[layer],
				data: values,
				backgroundColor: p.layers[layer],
				borderColor: p.background,
				borderWidth: 1,
				barPercentage: 0.7
			}))
		},
		options: {
			indexAxis: 'y',
			...SIZING,
			scales: {
				x: { stacked: true, ...valueAxis(p, text, text.costAxis, text.moneyCompact) },
				y: { stacked: true, ...categoryAxis(p, text) }
			},
			plugins: moneyBarPlugins(p, text)
		}
	};
}

/**
 * Cumulative cost of several scenarios on one chart, each in its compare colour (by position);
 * a scenario without a series (it lacks the compared option) is left out.
 */
export function toScenarioComparisonChartConfig(
	items: { name: string; cumulative: ArrayLike<number> | null }[],
	p: Palette,
	text: ChartText
): ChartConfiguration<'line'> {
	const drawn = items.flatMap((item, i) =>
		item.cumulative ? [seriesLine(item.name, item.cumulative, scenarioColor(p, i))] : []
	);
	return monthlyLineChart(
		Math.max(1, ...items.map((i) => i.cumulative?.length ?? 0)),
		drawn,
		p,
		text,
		text.costAxis,
		text.moneyCompact,
		text.money
	);
}

/**
 * Tornado: for each input, the recommended option's lead at the input's low and high ends, as a
 * floating bar from one to the other. Zero is where the answer changes.
 */
export function toTornadoChartConfig(
	rows: { label: string; gapLow: number; gapHigh: number }[],
	p: Palette,
	text: ChartText,
	lowLabel: string,
	highLabel: string
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				{
					label: lowLabel,
					data: rows.map((r) => r.gapLow),
					backgroundColor: p.layers.internal,
					borderColor: p.background,
					borderWidth: 1,
					barPercentage: 0.8,
					categoryPercentage: 0.9
				},
				{
					label: highLabel,
					data: rows.map((r) => r.gapHigh),
					backgroundColor: p.options.buy,
					borderColor: p.background,
					borderWidth: 1,
					barPercentage: 0.8,
					categoryPercentage: 0.9
				}
			]
		},
		options: {
			indexAxis: 'y',
			...SIZING,
			scales: {
				x: {
					...valueTicks(p, text, text.costAxis, text.moneyCompact),
					// Zero, where the answer changes, drawn stronger.
					grid: {
						color: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? p.text : p.grid),
						lineWidth: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? 2 : 1)
					}
				},
				y: categoryAxis(p, text)
			},
			plugins: moneyBarPlugins(p, text)
		}
	};
}

// Plan (issue 12): the budget view's charts.

/** Cash per fiscal year for all roles, one bar per column (options and "Your plan"). */
export function toBudgetChartConfig(
	table: BudgetTable,
	p: Palette,
	text: ChartText,
	yearLabel: (year: number) => string
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: table.years.map(yearLabel),
			datasets: table.totals.map((row) => ({
				label: text.optionNames[row.column],
				data: table.years.map((y) => row.years.find((x) => x.year === y)?.total ?? 0),
				backgroundColor: p.options[row.column],
				borderColor: p.background,
				borderWidth: 1
			}))
		},
		options: {
			...SIZING,
			scales: {
				x: categoryAxis(p, text),
				y: valueAxis(p, text, text.costAxis, text.moneyCompact)
			},
			plugins: moneyBarPlugins(p, text)
		}
	};
}

/** People in the role per month: the plan's (or each option's when there is no plan). */
export function toHeadcountChartConfig(
	table: BudgetTable,
	p: Palette,
	text: ChartText,
	axis: string
): ChartConfiguration<'line'> {
	const months = table.headcount[0]?.values.length ?? 0;
	return monthlyLineChart(
		months,
		table.headcount.map((h) =>
			seriesLine(text.optionNames[h.column], h.values, p.options[h.column])
		),
		p,
		text,
		axis,
		text.fte,
		text.fte
	);
}
