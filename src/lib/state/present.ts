/**
 * The Present page's logic (trust, issue 8): its views and their keys, the slide type size, the
 * option cards of the Decision and Risk slides, and the what-if sliders (people needed, then the
 * tornado's top inputs), each an undoable edit of one field. Plain functions; the page and its
 * components only show them.
 */
import { figureLabel, formatFigure } from '../i18n/figures.ts';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import {
	figureValue,
	type OptionId,
	type Role,
	type Scenario,
	type ScenarioResult,
	type SensitivityInputId,
	type SensitivityResult,
	type UncertaintyResult
} from '../model/index.ts';

/** The slides, in order. */
export const PRESENT_VIEWS = ['decision', 'cost', 'capacity', 'layers', 'risk'] as const;
export type PresentView = (typeof PRESENT_VIEWS)[number];

/**
 * The view a key leads to: ArrowRight / PageDown the next, ArrowLeft / PageUp the one before
 * (both wrap round); null for any other key.
 */
export function viewAfterKey(view: PresentView, key: string): PresentView | null {
	const step =
		key === 'ArrowRight' || key === 'PageDown'
			? 1
			: key === 'ArrowLeft' || key === 'PageUp'
				? -1
				: 0;
	if (step === 0) return null;
	const n = PRESENT_VIEWS.length;
	return PRESENT_VIEWS[(PRESENT_VIEWS.indexOf(view) + step + n) % n];
}

/** Chart text in pixels for a window `width` pixels wide: readable from a projector to 4K. */
export function slideFontSize(width: number): number {
	return Math.round(Math.min(48, Math.max(13, width / 95)));
}

/** One option's card on a slide: its big figure and the lines under it. */
export interface PresentFigure {
	option: OptionId;
	big: string;
	lines: string[];
	/** The recommended (or most often cheapest) option, outlined. */
	winner: boolean;
}

/**
 * The Decision slide's cards: each option's value on the measure the recommendation decides on
 * (compact, three digits), its label, and the month it reaches full capacity.
 */
export function decisionFigures(
	result: ScenarioResult,
	scenario: Scenario,
	t: Messages
): PresentFigure[] {
	const { currency, locale } = scenario;
	const id = result.recommendation.measure;
	return result.options.map((o) => {
		const m = result.totals[o]!;
		const months = figureValue('monthsToFullCapacity', m);
		return {
			option: o,
			big: formatFigure(id, figureValue(id, m), currency, locale, t, { compact: true, digits: 3 }),
			lines: [
				figureLabel(id, t),
				t.present.fullCapacity(formatFigure('monthsToFullCapacity', months, currency, locale, t))
			],
			winner: result.recommendation.winner === o
		};
	});
}

/**
 * The Risk slide's cards: the share of simulated futures in which each option is cheapest, and
 * the middle 80 % of its cost (P10 to P90).
 */
export function riskFigures(
	risk: UncertaintyResult,
	scenario: Scenario,
	t: Messages
): PresentFigure[] {
	const { currency, locale } = scenario;
	const short = (v: number) => formatMoney(v, currency, locale, { compact: true });
	return risk.options.map((o) => {
		const x = risk.perOption[o]!;
		return {
			option: o,
			big: formatPercent(x.probabilityBest, locale, 0),
			lines: [t.present.cheapestShare, t.present.middle80(short(x.p10), short(x.p90))],
			winner: risk.headline.best === o
		};
	});
}

/** A tornado input that can have a slider (the one in use is kept while it has focus). */
export type PresentInputId = SensitivityInputId;

/** One what-if slider: the field it edits, its range and step, and how its value reads. */
export interface PresentControl {
	id: SensitivityInputId | 'headcount';
	label: string;
	path: (string | number)[];
	value: number;
	min: number;
	max: number;
	step: number;
	show: (v: number) => string;
}

/** Until the tornado is known: the inputs that usually matter most. */
export const FALLBACK_INPUTS: SensitivityInputId[] = [
	'salaryPerYear',
	'billRatePerDay',
	'timeToFillDays',
	'successProbability',
	'valueMultiplier'
];

/** How many tornado inputs get a slider (besides people needed). */
export const TOP_INPUTS = 5;

/**
 * A slider for a tornado input that maps to one field of role `i` (or the settings), else null
 * (study hours per trainee do not). Where the field's estimate has a range, the slider moves
 * within it (outside, the range would refuse the value); else from a sensible minimum to a
 * maximum that always includes the current value.
 */
export function sliderFor(
	id: SensitivityInputId,
	role: Role,
	i: number,
	scenario: Scenario,
	t: Messages
): PresentControl | null {
	const { locale, currency } = scenario;
	const label =
		t.sensitivity.inputs[id].charAt(0).toUpperCase() + t.sensitivity.inputs[id].slice(1);
	const money = (v: number) => formatMoney(v, currency, locale);
	const pct = (v: number) => formatPercent(v, locale, 0);
	const count = (unit: string, digits: number) => (v: number) =>
		`${formatNumber(v, locale, digits)} ${unit}`;
	const slider = (
		path: (string | number)[],
		value: number,
		[min, max, step]: [number, number, number],
		show: (v: number) => string
	): PresentControl => {
		const range = path[0] === 'roles' ? role.ranges[path.slice(2).join('.')] : undefined;
		return range
			? { id, label, path, value, min: range.low, max: range.high, step, show }
			: { id, label, path, value, min, max: Math.max(max, value), step, show };
	};
	const { buy, build, borrow } = role;
	const at = (...p: string[]) => ['roles', i, ...p];
	switch (id) {
		case 'timeToFillDays':
			return slider(at('buy', id), buy.timeToFillDays, [0, 240, 1], count(t.units.days, 0));
		case 'externalRampWeeks':
			return slider(at('buy', 'rampWeeks'), buy.rampWeeks, [0, 104, 1], count(t.units.weeks, 0));
		case 'earlyExitProbability':
			return slider(at('buy', id), buy.earlyExitProbability, [0, 1, 0.01], pct);
		case 'agencyFeeRate':
			return slider(at('buy', id), buy.agencyFeeRate, [0, 0.5, 0.01], pct);
		case 'salaryPremiumRate':
			return slider(at('buy', id), buy.salaryPremiumRate, [0, 0.6, 0.01], pct);
		case 'salaryPerYear':
			return slider(at(id), role.salaryPerYear, [10_000, 400_000, 1_000], money);
		case 'valueMultiplier':
			return slider(at(id), role.valueMultiplier, [0, 5, 0.1], count(t.units.times, 1));
		case 'successProbability':
			return slider(at('build', id), build.successProbability, [0, 1, 0.01], pct);
		case 'trainingHoursPerWeek':
			return slider(
				at('build', id),
				build.trainingHoursPerWeek,
				[0.5, 40, 0.5],
				count(t.units.hoursPerWeek, 1)
			);
		case 'courseFeesPerTrainee': {
			const fees = build.courseFeesPerTrainee;
			return slider(at('build', id), fees, [0, Math.max(20_000, 2 * fees), 100], money);
		}
		case 'raiseRate':
			return slider(at('build', id), build.raiseRate, [0, 0.3, 0.01], pct);
		case 'billRatePerDay': {
			const rate = borrow.billRatePerDay;
			return slider(at('borrow', id), rate, [50, Math.max(2_000, 2 * rate), 10], money);
		}
		case 'discountRatePerYear':
			return slider(['settings', id], scenario.settings.discountRatePerYear, [0, 0.5, 0.005], (v) =>
				formatPercent(v, locale, 1)
			);
		default:
			return null;
	}
}

/**
 * The live controls for role `roleIndex` (clamped to the roles there are): people needed, then
 * the tornado's top inputs that have a slider (`FALLBACK_INPUTS` until the tornado of this
 * scenario is known), plus the `focused` slider if the tornado has dropped its input (a slider in
 * use never disappears under the pointer). While a slider has focus, `order` (the sliders' order
 * when it took focus) holds their order: the tornado re-ranks as the slider moves, and moving the
 * focused element in the page would take its focus, so the arrow keys would switch slides instead.
 */
export function presentControls(
	scenario: Scenario,
	roleIndex: number,
	tornado: SensitivityResult | null,
	focused: SensitivityInputId | null,
	t: Messages,
	order: readonly PresentControl['id'][] | null = null
): PresentControl[] {
	const i = Math.min(roleIndex, scenario.roles.length - 1);
	const role = scenario.roles[i];
	if (!role) return [];
	const ids = tornado ? tornado.rows.map((x) => x.id) : FALLBACK_INPUTS;
	const top: PresentControl[] = [];
	for (const id of ids) {
		if (top.length === TOP_INPUTS) break;
		const c = sliderFor(id, role, i, scenario, t);
		if (c) top.push(c);
	}
	if (focused && !top.some((c) => c.id === focused)) {
		const c = sliderFor(focused, role, i, scenario, t);
		if (c) top.push(c);
	}
	if (order) {
		// A stable sort: inputs new to the list stay after the kept ones, in the tornado's order.
		const rank = (id: PresentControl['id']) =>
			order.includes(id) ? order.indexOf(id) : order.length;
		top.sort((a, b) => rank(a.id) - rank(b.id));
	}
	const headcount: PresentControl = {
		id: 'headcount',
		label: t.fields.headcount.label,
		path: ['roles', i, 'headcount'],
		value: role.headcount,
		min: 0,
		max: Math.max(30, role.headcount),
		step: 1,
		show: (v: number) => formatNumber(v, scenario.locale, 0)
	};
	return [headcount, ...top];
}
