/**
 * The figures every export shows, taken from the engine's result: tables of figures (from the one
 * figures table, `model/figures.ts`), the charts' series (from `model/series.ts`, as the screen's
 * charts), the recommendation in words, and the monthly rows. No rounding here: builders round
 * when they show.
 */
import {
	bestOptions,
	capacityData,
	HEADLINE_FIGURES,
	shownColumns,
	COMPONENT_IDS,
	cumulativeCostData,
	LAYERS,
	type ComponentId,
	type Layer,
	hexOf,
	LIGHT,
	figureValue,
	type ColumnId,
	valueAtMonth,
	type FigureId,
	type OptionId,
	type OptionMetrics,
	type Scenario,
	type ScenarioResult,
	type ShownColumn
} from '../../model/index.ts';
import { currencyPlacement, formatMoney, formatPercent } from '../../i18n/format.ts';
import { figureLabel, formatFigure } from '../../i18n/figures.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenSentence, crossingLabel } from '../../i18n/recommendation.ts';

/** One figure of one option (or role option) in words, in the scenario's currency and locale. */
export function figureText(
	id: FigureId,
	metrics: OptionMetrics,
	scenario: Scenario,
	m: Messages
): string {
	return formatFigure(id, figureValue(id, metrics), scenario.currency, scenario.locale, m);
}

/** One row of a figures table: the figure's label (with its basis) and each option's value. */
export interface FigureRow {
	id: FigureId;
	label: string;
	cells: { option: ColumnId; text: string; best: boolean }[];
}

/**
 * A table of figures for the shown columns (`shownColumns`: the scenario's totals, or one role's),
 * each value formatted and the best marked, as the key-figures table on screen.
 */
export function figureRows(
	ids: readonly FigureId[],
	columns: readonly ShownColumn[],
	scenario: Scenario,
	m: Messages
): FigureRow[] {
	const metrics = Object.fromEntries(columns.map((c) => [c.id, c.metrics]));
	const options = columns.map((c) => c.id);
	return ids.map((id) => {
		const best = bestOptions(id, metrics, options);
		return {
			id,
			label: figureLabel(id, m),
			cells: columns.map((c) => ({
				option: c.id,
				text: figureText(id, c.metrics, scenario, m),
				best: best.includes(c.id)
			}))
		};
	});
}

/**
 * The headline figures of the PDF's first page and the recommendation slide: the shown columns'
 * long names ("Recruit (buy)", then "Your plan" when a role has a mix) and a row per figure.
 */
export function keyFigureTable(
	result: ScenarioResult,
	scenario: Scenario,
	m: Messages
): { columns: string[]; rows: FigureRow[] } {
	const shown = shownColumns(result);
	return {
		columns: shown.map((c) => m.optionsLong[c.id]),
		rows: figureRows(HEADLINE_FIGURES, shown, scenario, m)
	};
}

/** One line of an export chart: its legend label, colour ('RRGGBB') and value per month. */
export interface ExportLine {
	label: string;
	color: string;
	values: number[];
	dash?: boolean;
}

/** A marked point on an export chart: a crossing of the compared cumulative curves. */
export interface ExportMark {
	/** Fractional month. */
	x: number;
	/** The cost where the curves meet. */
	y: number;
	label: string;
}

export interface ExportChart {
	title: string;
	/** What the y axis counts: money (cumulative cost) or people (FTE). */
	unit: 'money' | 'fte';
	lines: ExportLine[];
	marks: ExportMark[];
}

/**
 * The cumulative-cost chart of the exports: the screen's series (decision layer, as paid), titled
 * with its basis, with every crossing the break-even sentence names marked.
 */
export function cumulativeChart(result: ScenarioResult, m: Messages): ExportChart {
	const data = cumulativeCostData(result, 'nominal', 0);
	const layerName = data.layer === 'cash' ? m.layers.cash : m.exports.columns.economic;
	const lineOf = (o: OptionId) => data.lines.find((l) => l.option === o)?.values ?? [];
	return {
		title: m.basis.label(m.exports.headings.cumulative(layerName), m.basis[data.basis]),
		unit: 'money',
		lines: data.lines.map((l) => ({
			label: m.options[l.option],
			color: OPTION_COLORS[l.option],
			values: l.values
		})),
		marks: data.marks.map((mark) => ({
			x: mark.at,
			y: valueAtMonth(lineOf(mark.b), mark.at),
			label: crossingLabel(mark, m)
		}))
	};
}

/** The capacity chart of the exports: productive FTE per option and the need (dashed). */
export function capacityChart(result: ScenarioResult, m: Messages): ExportChart {
	const data = capacityData(result);
	return {
		title: m.exports.headings.capacity,
		unit: 'fte',
		lines: [
			...data.lines.map((l) => ({
				label: m.options[l.option],
				color: OPTION_COLORS[l.option],
				values: l.values
			})),
			{ label: m.exports.axis.needed, color: NEUTRAL_COLOR, values: data.needed, dash: true }
		],
		marks: []
	};
}

/** The recommendation in a few plain sentences. */
export function recommendationSentences(
	scenario: Scenario,
	result: ScenarioResult,
	m: Messages
): string[] {
	const { currency, locale } = scenario;
	const rec = result.recommendation;
	const x = m.exports.sentences;
	const money = (v: number) => formatMoney(v, currency, locale);
	const measure = m.measures[rec.measure];
	const out: string[] = [];
	if (rec.runnerUp === null) {
		out.push(x.only(m.optionsLong[rec.winner], measure));
	} else if (rec.close) {
		out.push(x.close(m.optionsLong[rec.winner], m.optionsLong[rec.runnerUp], measure));
	} else {
		const share = rec.marginShare === null ? '' : formatPercent(rec.marginShare, locale);
		out.push(
			x.winner(
				m.optionsLong[rec.winner],
				measure,
				money(rec.margin),
				m.options[rec.runnerUp],
				share
			)
		);
		if (rec.mainReason) {
			out.push(x.reason(m.components[rec.mainReason.component], money(rec.mainReason.amount)));
		}
	}
	// Every crossing of the curves, in the same words as the app.
	const be = breakEvenSentence(result, m);
	if (be) out.push(be);
	const capacity = shownColumns(result).map(({ id, metrics }) => {
		const months = metrics.monthsToFullCapacity;
		return x.capacityPart(
			m.options[id],
			months === null ? m.results.notWithinHorizon : m.results.month(months)
		);
	});
	out.push(x.capacity(capacity.join('; ')));
	return out;
}

/** Short headline: "Upskill (build) is cheapest on economic cost (NPV)". */
export function headline(result: ScenarioResult, m: Messages): string {
	const rec = result.recommendation;
	return rec.close && rec.runnerUp
		? m.exports.sentences.headlineClose(m.options[rec.winner], m.options[rec.runnerUp])
		: m.exports.sentences.headline(m.options[rec.winner], m.measures[rec.measure]);
}

/**
 * One month of one option (or "Your plan"), scenario totals. `month` is 1-based (month 1 = the
 * first month).
 */
export interface MonthlyRow {
	month: number;
	option: ColumnId;
	layers: Record<Layer | 'economic', number>;
	cumulative: Record<Layer | 'economic', number>;
	components: Record<ComponentId, number>;
	productiveFte: number;
	peopleInRole: number;
	neededFte: number;
}

/**
 * Monthly rows for every option and "Your plan" (when there is one): month 1 of every column, then
 * month 2, ...
 */
export function monthlyRows(result: ScenarioResult): MonthlyRow[] {
	const rows: MonthlyRow[] = [];
	const columns = shownColumns(result);
	for (let i = 0; i < result.horizonMonths; i++) {
		for (const { id: o, metrics: t } of columns) {
			const layers = {} as MonthlyRow['layers'];
			const cumulative = {} as MonthlyRow['cumulative'];
			for (const l of [...LAYERS, 'economic'] as const) {
				layers[l] = t.monthly[l][i];
				cumulative[l] = t.cumulative[l][i];
			}
			const components = {} as MonthlyRow['components'];
			for (const id of COMPONENT_IDS) components[id] = t.series.components[id][i];
			rows.push({
				month: i + 1,
				option: o,
				layers,
				cumulative,
				components,
				productiveFte: t.series.productiveFte[i],
				peopleInRole: t.series.peopleInRole[i],
				neededFte: t.series.neededFte[i]
			});
		}
	}
	return rows;
}

/** Export colours ('RRGGBB'): the light screen palette, since exports are printed on white. */
export const OPTION_COLORS: Record<ColumnId, string> = {
	buy: hexOf(LIGHT.options.buy),
	build: hexOf(LIGHT.options.build),
	borrow: hexOf(LIGHT.options.borrow),
	// Plan (issue 12): "Your plan"
	plan: hexOf(LIGHT.options.plan)
};

export const LAYER_COLORS: Record<Layer, string> = {
	cash: hexOf(LIGHT.layers.cash),
	internal: hexOf(LIGHT.layers.internal),
	shortfall: hexOf(LIGHT.layers.shortfall)
};

/** The needed-capacity line. */
export const NEUTRAL_COLOR = hexOf(LIGHT.need);

/**
 * Excel number format for whole currency units with the symbol where the locale puts it:
 * `"$"#,##0` for en-US, `#,##0 "€"` for de-DE. Excel applies the reader's own separators.
 */
export function moneyFormatCode(currency: string, locale: string): string {
	const { symbol, before, spaced } = currencyPlacement(currency, locale);
	const sym = `"${symbol.replace(/"/g, '')}"`;
	const gap = spaced ? ' ' : '';
	return before ? `${sym}${gap}#,##0` : `#,##0${gap}${sym}`;
}
