/**
 * The figures every export shows, taken from the engine's result: key figures per option, the
 * recommendation in words, and the monthly rows. No rounding here: builders round when they show.
 */
import {
	COMPONENT_IDS,
	LAYERS,
	type ComponentId,
	type Layer,
	type OptionId,
	type OptionMetrics,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { currencySymbol, formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenSentence } from '../../i18n/recommendation.ts';

export type FigureKind = 'money' | 'months' | 'number';

export type FigureId =
	| 'economicNpv'
	| 'cashNpv'
	| 'internalNpv'
	| 'shortfallNpv'
	| 'economicNominal'
	| 'monthsToFullCapacity'
	| 'costPerProductiveFteMonth'
	| 'productiveFteMonths'
	| 'hires'
	| 'costPerHire';

export interface Figure {
	id: FigureId;
	kind: FigureKind;
	value: (t: OptionMetrics) => number | null;
}

/** Key figures per option, in the order shown. Lower is better for every one except FTE-months. */
export const FIGURES: Figure[] = [
	{ id: 'economicNpv', kind: 'money', value: (t) => t.npv.economic },
	{ id: 'cashNpv', kind: 'money', value: (t) => t.npv.cash },
	{ id: 'internalNpv', kind: 'money', value: (t) => t.npv.internal },
	{ id: 'shortfallNpv', kind: 'money', value: (t) => t.npv.shortfall },
	{ id: 'economicNominal', kind: 'money', value: (t) => t.nominal.economic },
	{ id: 'monthsToFullCapacity', kind: 'months', value: (t) => t.monthsToFullCapacity },
	{ id: 'costPerProductiveFteMonth', kind: 'money', value: (t) => t.costPerProductiveFteMonth },
	{ id: 'productiveFteMonths', kind: 'number', value: (t) => t.productiveFteMonths },
	{ id: 'hires', kind: 'number', value: (t) => t.hires },
	{ id: 'costPerHire', kind: 'money', value: (t) => t.costPerHire }
];

/** The short list for one-page views (PDF page 1, slides). */
export const HEADLINE_FIGURES: FigureId[] = [
	'economicNpv',
	'cashNpv',
	'internalNpv',
	'shortfallNpv',
	'monthsToFullCapacity',
	'costPerProductiveFteMonth'
];

export function figureLabel(id: FigureId, m: Messages): string {
	if (id in m.measures) return m.measures[id as keyof Messages['measures']];
	return m.exports.figures[id as keyof Messages['exports']['figures']];
}

export function figureById(id: FigureId): Figure {
	return FIGURES.find((f) => f.id === id)!;
}

/** The option(s) with the best value on a figure, or [] when none has one or all are equal. */
export function bestOptions(figure: Figure, result: ScenarioResult): OptionId[] {
	if (figure.id === 'productiveFteMonths' || figure.id === 'hires') return [];
	const values = result.options
		.map((o) => ({ o, v: figure.value(result.totals[o]!) }))
		.filter((x): x is { o: OptionId; v: number } => x.v !== null && Number.isFinite(x.v));
	if (values.length < 2) return values.map((x) => x.o);
	const min = Math.min(...values.map((x) => x.v));
	const max = Math.max(...values.map((x) => x.v));
	if (max - min <= 1e-9 * Math.max(1, Math.abs(max))) return [];
	return values.filter((x) => x.v <= min + 1e-9 * Math.max(1, Math.abs(min))).map((x) => x.o);
}

/** A figure's value in words for the scenario's locale and currency. */
export function formatFigure(
	kind: FigureKind,
	value: number | null,
	scenario: Scenario,
	m: Messages
): string {
	if (kind === 'money') return formatMoney(value, scenario.currency, scenario.locale);
	if (kind === 'months') {
		return value === null ? m.results.notWithinHorizon : m.results.month(value);
	}
	return formatNumber(value, scenario.locale, 1);
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

/** Series colours (Okabe-Ito, readable by people with colour-vision deficiency), hex without '#'. */
export const OPTION_COLORS: Record<OptionId, string> = {
	buy: '0072B2',
	build: '009E73',
	borrow: 'D55E00'
};

export const LAYER_COLORS: Record<Layer, string> = {
	cash: '1F4E79',
	internal: '7FA7D1',
	shortfall: 'E3A33B'
};

/** Grey for the needed-capacity line and notes. */
export const NEUTRAL_COLOR = '6B7280';

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
