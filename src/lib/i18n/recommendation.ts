/**
 * The recommendation in words, from the model's structured recommendation. Pure; used by the
 * page, Present, the exports and the command line so all say the same.
 */
import { DEFAULTS } from '../model/defaults.ts';
import type {
	BreakEven,
	CrossingMark,
	OptionId,
	Role,
	ScenarioResult,
	ShownColumn
} from '../model/index.ts';
import { formatMoneyShort, formatNumber, formatPercent, plural } from './format.ts';
import type { Messages } from './messages.ts';
import { doNothingSentence } from './plan-text.ts';

export interface RecommendationText {
	headline: string;
	reason: string;
	capacity: string;
	breakEven: string;
	/** The answer on the other measure (on cash alone, or on economic cost when deciding on cash). */
	otherMeasure: string;
	/** Options that win a cost measure without ever reaching full capacity, explained. */
	warnings: string[];
	/** Plan (issue 12): what doing nothing costs in lost capacity (empty when no one is needed). */
	doNothing: string;
}

/** Money inside a sentence: the interface's short format ("$958K", "1,18 Mio. €"). */
export function sentenceMoney(value: number, currency: string, locale: string): string {
	return formatMoneyShort(value, currency, locale);
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function how(sign: number): 'more' | 'less' | 'same' {
	return sign > 0 ? 'more' : sign < 0 ? 'less' : 'same';
}

/** "a", "a and b", "a, b and c" in the messages' language. */
function joinList(items: string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * Break-even of upskilling against recruiting in words: every span and crossing of the curves
 * (the result's own, or another basis's, e.g. the discounted chart's).
 */
export function breakEvenSentence(
	result: ScenarioResult,
	t: Messages,
	be: BreakEven | null = result.breakEven
): string {
	if (!be || result.nothingNeeded) return '';
	const r = t.recommendation;
	const n = be.spans.length;
	const period = (i: number) =>
		r.spanPeriod(be.spans[i].from, be.spans[i].to, i === n - 1, result.horizonMonths);
	const first = be.spans[0];
	const head = r.spansHead(
		capitalise(t.optionsInSentence[be.b]),
		r.spanHow[how(first.sign)],
		t.optionsInSentence[be.a],
		period(0),
		first.sign === 0
	);
	const rest = be.spans.slice(1).map((s, i) => r.spansPart(r.spanHow[how(s.sign)], period(i + 1)));
	const sentence =
		rest.length === 0
			? head
			: `${head}${rest.length > 1 ? ', ' : ` ${r.and} `}${joinList(rest, r.and)}`;
	return `${sentence}${be.month === null ? '' : r.breakEvenNote(be.month)}.`;
}

/**
 * When each column reaches full capacity, as a list: "Recruit month 4, Upskill not within the
 * horizon" (the recommendation's capacity line and the capacity chart's text alternative).
 */
export function fullCapacityList(columns: readonly ShownColumn[], t: Messages): string {
	return columns
		.map(({ id, metrics }) => {
			const m = metrics.monthsToFullCapacity;
			return `${t.options[id]} ${m === null ? t.results.notWithinHorizon : t.results.month(m)}`;
		})
		.join(', ');
}

/**
 * The label of one crossing on a cumulative chart, in the words of the break-even sentence:
 * "Upskill cheaper from month 2", or "Break-even, month 11" for the crossing that lasts.
 */
export function crossingLabel(mark: CrossingMark, t: Messages): string {
	return mark.lasting
		? t.charts.breakEvenMonth(mark.month)
		: t.charts.crossing(
				t.options[mark.b],
				t.recommendation.spanShortHow[mark.sign > 0 ? 'more' : 'less'],
				mark.month
			);
}

/** The same for a table cell: "Upskill: dearer in month 1, cheaper in months 2–10, …". */
export function breakEvenShort(result: ScenarioResult, t: Messages): string {
	const be = result.breakEven;
	if (!be || result.nothingNeeded) return t.results.none;
	const r = t.recommendation;
	const n = be.spans.length;
	const parts = be.spans.map((s, i) =>
		r.spansShortPart(r.spanShortHow[how(s.sign)], r.spanShortPeriod(s.from, s.to, i === n - 1))
	);
	return `${t.options[be.b]}: ${parts.join(', ')}${be.month === null ? '' : r.breakEvenNote(be.month)}`;
}

/** How the other option's time to full capacity compares, in words. */
function timing(result: ScenarioResult, winner: OptionId, other: OptionId, t: Messages): string {
	const w = result.totals[winner]!.monthsToFullCapacity;
	const o = result.totals[other]!.monthsToFullCapacity;
	const x = t.recommendation.timing;
	if (o === null) return x.never;
	if (w === null) return x.at(o);
	if (o > w) return plural(o - w, x.longer, t)(o - w);
	if (o < w) return plural(w - o, x.sooner, t)(w - o);
	return x.same;
}

/** The best option on a money measure among those compared (lowest value). */
function cheapestOn(result: ScenarioResult, layer: 'cash' | 'economic'): OptionId {
	let best = result.options[0];
	for (const o of result.options) {
		if (result.totals[o]!.npv[layer] < result.totals[best]!.npv[layer] - 1e-9) best = o;
	}
	return best;
}

export function recommendationText(
	result: ScenarioResult,
	currency: string,
	locale: string,
	t: Messages
): RecommendationText {
	const r = t.recommendation;
	if (result.nothingNeeded) {
		return {
			headline: r.nothingToCompare,
			reason: '',
			capacity: '',
			breakEven: '',
			otherMeasure: '',
			warnings: [],
			doNothing: ''
		};
	}
	const rec = result.recommendation;
	const lower = (o: OptionId) => t.optionsInSentence[o];
	const name = (o: OptionId) => capitalise(lower(o));
	const money = (v: number) => sentenceMoney(v, currency, locale);
	const winner = result.totals[rec.winner]!;
	const onCash = rec.measure === 'cashNpv';
	const layer = onCash ? 'cash' : 'economic';
	const otherLayer = onCash ? 'economic' : 'cash';
	const measureName = onCash ? r.cashCost : r.economicCost;
	const value = winner.npv[layer];
	const months = result.horizonMonths;
	// The other measure's winner: when it differs, the headline names both.
	const otherWinner = cheapestOn(result, otherLayer);
	const disagree = !!rec.runnerUp && otherWinner !== rec.winner;
	let headline: string;
	if (!rec.runnerUp) {
		headline = r.only(name(rec.winner), measureName, money(value), months);
	} else if (rec.close) {
		headline = r.close(name(rec.winner), lower(rec.runnerUp));
	} else if (disagree) {
		const saving = winner.npv[otherLayer] - result.totals[otherWinner]!.npv[otherLayer];
		headline = r.bothMeasures(
			name(rec.winner),
			`${money(value)} ${onCash ? r.cashShort : r.economicShort}`,
			onCash ? r.inCash : r.overall,
			lower(otherWinner),
			money(saving),
			onCash ? r.overall : r.inCash,
			timing(result, rec.winner, otherWinner, t)
		);
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
	// What differs most on each side: where the runner-up pays more, and where the winner does.
	const side = (option: OptionId, part: NonNullable<typeof rec.offset>) =>
		r.reasonSide(r.withOption[option], t.components[part.component], money(part.amount));
	const sides: string[] = [];
	if (rec.runnerUp && rec.mainReason) sides.push(side(rec.runnerUp, rec.mainReason));
	if (rec.runnerUp && rec.offset) sides.push(side(rec.winner, rec.offset));
	const reason = sides.length > 0 ? r.reason(sides.join('; ')) : '';
	const options = result.options.map((id) => ({ id, metrics: result.totals[id]! }));
	const capacity = r.capacity(fullCapacityList(options, t));
	// The answer on the other measure (cash alone, or economic when deciding on cash).
	let otherMeasure = '';
	if (result.options.length > 1) {
		const ow = result.totals[otherWinner]!;
		const runner = result.options
			.filter((o) => o !== otherWinner)
			.reduce((a, b) =>
				result.totals[b]!.npv[otherLayer] < result.totals[a]!.npv[otherLayer] ? b : a
			);
		const margin = result.totals[runner]!.npv[otherLayer] - ow.npv[otherLayer];
		otherMeasure = (onCash ? r.onEconomic : r.onCashAlone)(
			lower(otherWinner),
			money(ow.npv[otherLayer]),
			otherWinner === rec.winner,
			money(margin),
			lower(runner)
		);
	}
	// An option that never delivers the capacity cannot win a cost measure without saying so.
	const warnings: string[] = [];
	const needFteMonths = result.neededFte.reduce((a, b) => a + b, 0);
	for (const o of result.neverFull) {
		const won = (['economicNpv', 'cashNpv', 'costPerProductiveFteMonth'] as const).filter(
			(m) => result.winners[m] === o
		);
		if (won.length === 0) continue;
		const share = needFteMonths > 0 ? result.totals[o]!.productiveFteMonths / needFteMonths : 0;
		warnings.push(
			r.neverFull(
				name(o),
				months,
				won.map((m) => t.measures[m]).join(', '),
				formatPercent(share, locale, 0)
			)
		);
	}
	return {
		headline,
		reason,
		capacity,
		breakEven: breakEvenSentence(result, t),
		otherMeasure,
		warnings,
		doNothing: doNothingSentence(result, currency, locale, t)
	};
}

/**
 * The value of a productive month (value multiplier x monthly salary) for the roles of a
 * scenario: one amount, or a range when the roles differ; and whether it is the default.
 */
export function productiveMonthValue(
	roles: Pick<Role, 'salaryPerYear' | 'valueMultiplier' | 'headcount'>[],
	currency: string,
	locale: string,
	t: Messages
): { text: string; isDefault: boolean } {
	const r = t.recommendation;
	const needed = roles.filter((x) => x.headcount > 0);
	const list = needed.length > 0 ? needed : roles;
	const values = list.map((x) => (x.valueMultiplier * x.salaryPerYear) / 12);
	const isDefault = list.every((x) => x.valueMultiplier === DEFAULTS.valueMultiplier);
	const low = Math.min(...values);
	const high = Math.max(...values);
	const multipliers = [...new Set(list.map((x) => x.valueMultiplier))];
	const text =
		Math.abs(high - low) < 0.5 && multipliers.length === 1
			? r.value(sentenceMoney(low, currency, locale), formatNumber(multipliers[0], locale, 2))
			: r.valueRange(sentenceMoney(low, currency, locale), sentenceMoney(high, currency, locale));
	return { text, isDefault };
}
