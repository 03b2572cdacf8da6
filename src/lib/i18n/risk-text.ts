/** Monte Carlo results in words (issue 11). Pure. */
import type { UncertaintyResult } from '../model/index.ts';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from './format.ts';
import type { Messages } from './messages.ts';

/**
 * "Upskilling is cheapest in 71 % of 10,000 simulated futures; in the worst 10 % it costs £X more
 * than recruiting." The amount is the 90th percentile of (best - other) over the runs, where
 * "other" is the other option with the lowest mean; negative: it still costs less.
 */
export function riskSentence(
	u: UncertaintyResult,
	currency: string,
	locale: string,
	t: Messages
): string {
	const { best, probability, other, worstExtra } = u.headline;
	const first = t.risk.cheapestIn(
		t.risk.subject[best],
		formatPercent(probability, locale, 0),
		formatNumber(u.runs, locale, 0)
	);
	if (!other) return `${first}.`;
	const amount = formatMoneyShort(Math.abs(worstExtra), currency, locale);
	const rest =
		worstExtra > 0
			? t.risk.worstMore(amount, t.risk.than[other])
			: t.risk.worstLess(amount, t.risk.than[other]);
	return `${first}; ${rest}.`;
}

/** "2,000 of 10,000 futures". */
export function riskProgress(u: UncertaintyResult, locale: string, t: Messages): string {
	return t.risk.progress(formatNumber(u.runs, locale, 0), formatNumber(u.totalRuns, locale, 0));
}

/** The text alternative of the distribution chart: P10, median, P90 per option. */
export function histogramDescription(
	u: UncertaintyResult,
	currency: string,
	locale: string,
	t: Messages
): string {
	const money = (v: number) => formatMoney(v, currency, locale, { compact: true });
	return t.risk.histogramDescription(
		u.options
			.map((o) => {
				const x = u.perOption[o]!;
				return t.risk.histogramItem(t.options[o], money(x.p10), money(x.p50), money(x.p90));
			})
			.join('; ')
	);
}
