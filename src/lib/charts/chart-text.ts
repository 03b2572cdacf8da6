/** Chart labels and number formats for a currency and locale (from the messages module). */
import { formatMoney, formatNumber } from '../i18n/format.ts';
import { en } from '../i18n/messages.ts';
import type { ChartText } from './configs.ts';

export function makeChartText(
	currency: string,
	locale: string,
	breakEvenMonth: number | null = null
): ChartText {
	return {
		optionNames: en.options,
		layerNames: en.layers,
		month: 'Month',
		money: (v) => formatMoney(v, currency, locale),
		moneyCompact: (v) => formatMoney(v, currency, locale, { compact: true }),
		fte: (v) => formatNumber(v, locale, 1),
		needed: 'Needed',
		breakEven: breakEvenMonth ? `Break-even, month ${breakEvenMonth}` : 'Break-even',
		costAxis: `Cost (${currency})`,
		fteAxis: 'Productive people (FTE)'
	};
}
