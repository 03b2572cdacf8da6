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
	const measureName = rec.measure === 'cashNpv' ? 'cash cost' : 'economic cost';
	const value = rec.measure === 'cashNpv' ? winner.npv.cash : winner.npv.economic;
	let headline: string;
	if (!rec.runnerUp) {
		headline = `${name(rec.winner)}: ${measureName} ${money(value)} over ${result.horizonMonths} months (NPV).`;
	} else if (rec.close) {
		headline = `${name(rec.winner)} and ${lower(rec.runnerUp)} cost about the same (within 1 %): decide on time to capacity and risk.`;
	} else {
		const share = rec.marginShare !== null ? ` (${formatPercent(rec.marginShare, locale)})` : '';
		headline = `${name(rec.winner)} is the better choice: its ${measureName} over ${result.horizonMonths} months (NPV) is ${money(value)}, ${money(rec.margin)}${share} less than ${lower(rec.runnerUp)}.`;
	}
	const reason =
		rec.mainReason && rec.runnerUp
			? `The biggest difference is ${t.components[rec.mainReason.component].toLowerCase()}: ${money(rec.mainReason.amount)} less than with ${lower(rec.runnerUp)}.`
			: '';
	const capacity =
		'Full capacity (95 % of the need): ' +
		result.options
			.map((o) => {
				const m = result.totals[o]!.monthsToFullCapacity;
				return `${t.options[o]} ${m === null ? t.results.notWithinHorizon : t.results.month(m)}`;
			})
			.join(', ') +
		'.';
	const be = result.breakEven;
	let breakEven = '';
	if (be) {
		breakEven =
			be.month === null
				? `No break-even within the horizon: ${lower(be.dearerAtFirst)} costs more than ${lower(be.other)} throughout.`
				: `${name(be.dearerAtFirst)} costs more at first and is cheaper than ${lower(be.other)} from month ${be.month} on (break-even).`;
	}
	return { headline, reason, capacity, breakEven };
}
