/**
 * The results charts' titles and text alternatives (what each chart shows, in a sentence or two)
 * from a scenario's result, in the interface language.
 */
import { formatMoney, formatNumber } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { breakEvenSentence, fullCapacityList } from '../i18n/recommendation.ts';
import {
	layerData,
	cumulativeCostData,
	shownColumns,
	type FigureBasis,
	type ResultChartId,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';

export interface ChartTexts {
	/** Each chart's title; the cumulative one names the measure and the basis ("… (as paid)"). */
	title: Record<ResultChartId, string>;
	/** Each chart's text alternative. */
	description: Record<ResultChartId, string>;
}

/**
 * The titles and texts of the cumulative cost chart (on `basis`), the capacity chart and the
 * cost-by-layer chart: each option's last value, months to full capacity, and NPV per layer.
 */
export function chartTexts(
	result: ScenarioResult,
	scenario: Scenario,
	basis: FigureBasis,
	t: Messages
): ChartTexts {
	const { currency, locale } = scenario;
	const money = (v: number) => formatMoney(v, currency, locale);
	// The pure options, then "Your plan" when a role has a mix.
	const columns = shownColumns(result);
	const cumulative = cumulativeCostData(result, basis, scenario.settings.discountRatePerYear);
	const cumulativeTitle = t.basis.label(
		cumulative.layer === 'cash' ? t.results.cumulativeCash : t.results.cumulativeEconomic,
		t.basis[basis]
	);
	const cumulativeDescription =
		t.results.cumulativeAfter(
			cumulativeTitle,
			result.horizonMonths,
			cumulative.lines
				.map((l) => `${t.options[l.option]} ${money(l.values[l.values.length - 1])}`)
				.join(', ')
		) + breakEvenSentence(result, t, cumulative.breakEven);
	const capacityDescription = t.results.capacityDescription(
		formatNumber(result.neededFte[result.horizonMonths - 1], locale, 1),
		fullCapacityList(columns, t)
	);
	const { columns: layerColumns, layers } = layerData(result);
	const layerDescription = t.results.layerDescription(
		layerColumns
			.map((id, i) => {
				const parts = layers.map((l) => `${t.layers[l.layer]} ${money(l.values[i])}`);
				return `${t.options[id]}: ${parts.join(', ')}`;
			})
			.join('; ')
	);
	return {
		title: {
			'cumulative-cost': cumulativeTitle,
			capacity: t.results.capacityTitle,
			'cost-by-layer': t.results.layersTitle
		},
		description: {
			'cumulative-cost': cumulativeDescription,
			capacity: capacityDescription,
			'cost-by-layer': layerDescription
		}
	};
}
