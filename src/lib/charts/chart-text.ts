/** Chart labels and number formats for a currency and locale (from the messages module). */
import { formatHistogramLabels, formatMoney, formatNumber } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { crossingLabel } from '../i18n/recommendation.ts';
import type { ChartText } from './configs.ts';

export function makeChartText(currency: string, locale: string, t: Messages): ChartText {
	return {
		optionNames: t.options,
		layerNames: t.layers,
		month: t.charts.month,
		money: (v) => formatMoney(v, currency, locale),
		moneyCompact: (v) => formatMoney(v, currency, locale, { compact: true }),
		histogram: (edges) => formatHistogramLabels(edges, currency, locale),
		fte: (v) => formatNumber(v, locale, 1),
		needed: t.charts.needed,
		crossing: (mark) => crossingLabel(mark, t),
		costAxis: t.charts.costAxis(currency),
		fteAxis: t.charts.fteAxis
	};
}
