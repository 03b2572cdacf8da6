/**
 * The recommendation in words, from the model's structured recommendation. Pure; used by the
 * page, the exports and the command line so all say the same.
 */
import type { ScenarioResult } from '../model/index.ts';
import { formatMoney, formatPercent } from './format.ts';
import { en, type Messages } from './messages.ts';

export interface RecommendationText {
	headline: string;
	reason: string;
	capacity: string;
	breakEven: string;
}

export function recommendationText(
	result: ScenarioResult,
	currency: string,
	locale: string,
	t: Messages = en
): RecommendationText {
	const rec = result.recommendation;
	const lower = (o: keyof Messages['options']) => t.optionsInSentence[o];
	const name = (o: keyof Messages['options']) =>
		lower(o).charAt(0).toUpperCase() + lower(o).slice(1);
	const money = (v: number) => formatMoney(v, currency, locale);
	const winner = result.totals[rec.winner]!;
	const r = t.recommendation;
	const measureName = rec.measure === 'cashNpv' ? r.cashCost : r.economicCost;
	const value = rec.measure === 'cashNpv' ? winner.npv.cash : winner.npv.economic;
	const months = result.horizonMonths;
	let headline: string;
	if (!rec.runnerUp) {
		headline = r.only(name(rec.winner), measureName, money(value), months);
	} else if (rec.close) {
		headline = r.close(name(rec.winner), lower(rec.runnerUp));
	} else {
		const share = rec.marginShare !== null ? formatPercent(rec.marginShare, locale) : '';
		headline = r.better(
			name(rec.winner),
			measureName,
			months,
			money(value),
			money(rec.margin),
			share,
			lower(rec.runnerUp)
		);
	}
	const reason =
		rec.mainReason && rec.runnerUp
			? r.reason(
					t.components[rec.mainReason.component],
					money(rec.mainReason.amount),
					lower(rec.runnerUp)
				)
			: '';
	const capacity = r.capacity(
		result.options
			.map((o) => {
				const m = result.totals[o]!.monthsToFullCapacity;
				return `${t.options[o]} ${m === null ? t.results.notWithinHorizon : t.results.month(m)}`;
			})
			.join(', ')
	);
	const be = result.breakEven;
	let breakEven = '';
	if (be) {
		breakEven =
			be.month === null
				? r.noBreakEven(lower(be.dearerAtFirst), lower(be.other))
				: r.breakEven(name(be.dearerAtFirst), lower(be.other), be.month);
	}
	return { headline, reason, capacity, breakEven };
}
