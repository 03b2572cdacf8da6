/**
 * The figures every export shows, taken from the engine's result: key figures per option, the
 * recommendation in words, and the monthly rows. No rounding here: builders round when they show.
 */
import {
	COMPONENT_IDS,
	LAYERS,
	type ComponentId,
	type Layer,
	hexOf,
	LIGHT,
	figureValue,
	type ColumnId,
	type FigureId,
	type OptionId,
	type OptionMetrics,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { currencySymbol, formatMoney, formatPercent } from '../../i18n/format.ts';
import { formatFigure } from '../../i18n/figures.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenSentence } from '../../i18n/recommendation.ts';

/** One figure of one option (or role option) in words, in the scenario's currency and locale. */
export function figureText(
	id: FigureId,
	metrics: OptionMetrics,
	scenario: Scenario,
	m: Messages
): string {
	return formatFigure(id, figureValue(id, metrics), scenario.currency, scenario.locale, m);
}

/** The layer the decision uses for the cumulative chart and break-even. */
export function decisionLayer(scenario: Scenario): 'economic' | 'cash' {
	return scenario.settings.decisionMeasure === 'cash' ? 'cash' : 'economic';
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
	const capacity = result.options.map((o) => {
		const months = result.totals[o]!.monthsToFullCapacity;
		return x.capacityPart(
			m.options[o],
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

/** One month of one option, scenario totals. `month` is 1-based (month 1 = the first month). */
export interface MonthlyRow {
	month: number;
	option: OptionId;
	layers: Record<Layer | 'economic', number>;
	cumulative: Record<Layer | 'economic', number>;
	components: Record<ComponentId, number>;
	productiveFte: number;
	peopleInRole: number;
	neededFte: number;
}

/** Monthly rows for every option: month 1 of every option, then month 2, ... */
export function monthlyRows(result: ScenarioResult): MonthlyRow[] {
	const rows: MonthlyRow[] = [];
	for (let i = 0; i < result.horizonMonths; i++) {
		for (const o of result.options) {
			const t = result.totals[o]!;
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
	const symbol = currencySymbol(currency, locale).replace(/"/g, '');
	let before: boolean;
	let spaced: boolean;
	try {
		const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
		const ci = parts.findIndex((p) => p.type === 'currency');
		const ii = parts.findIndex((p) => p.type === 'integer');
		before = ci < ii;
		const between = before ? parts[ci + 1] : parts[ci - 1];
		spaced = between?.type === 'literal' && /\s/.test(between.value);
	} catch {
		before = false;
		spaced = true;
	}
	const sym = `"${symbol}"`;
	const gap = spaced ? ' ' : '';
	return before ? `${sym}${gap}#,##0` : `#,##0${gap}${sym}`;
}
