/**
 * From monthly series to the figures people decide on: totals per layer (nominal and NPV),
 * capacity measures, break-even, the winner on each measure, and a structured recommendation.
 */
import type { OptionId, Role, Scenario, Settings } from './schema.ts';
import {
	COMPONENT_IDS,
	COMPONENTS,
	LAYERS,
	clearOption,
	optionBuffers,
	SIMULATE_INTO,
	SIMULATORS,
	trainingPlan,
	workspaceFor,
	type ComponentId,
	type Layer,
	type OptionBuffers,
	type OptionSeries,
	type SeriesOption,
	type TrainingPlan
} from './simulate.ts';
import { toArray } from './staffing.ts';
import { doNothingSeries, purePlan, simulatePlan, sumSeries as sumPlanSeries } from './mix.ts';
import type { Plan } from './plan-schema.ts';
import { annualToMonthlyRate, discountFactor, zeros } from './units.ts';
import { figureValue } from './figures.ts';

/** Share of the needed headcount that counts as "full capacity". */
export const FULL_CAPACITY_SHARE = 0.95;
/**
 * Tolerance of the full-capacity test, as a share of the need: expected FTE within this distance
 * below the 95 % line counts as reached (a hundredth of a person per person needed), so the month
 * never hinges on differences far below what the interface shows (0.1 FTE).
 */
export const FULL_CAPACITY_TOLERANCE = 0.01;

export type LayerTotals = Record<Layer, number>;

export interface OptionMetrics {
	option: SeriesOption;
	series: OptionSeries;
	/** Monthly totals per layer and in all (economic). */
	monthly: Record<Layer | 'economic', number[]>;
	/** Cumulative (nominal) per layer and economic. */
	cumulative: Record<Layer | 'economic', number[]>;
	nominal: LayerTotals & { economic: number };
	npv: LayerTotals & { economic: number };
	/** NPV per component. */
	componentNpv: Record<ComponentId, number>;
	/** Sum over months of expected productive FTE. */
	productiveFteMonths: number;
	/** Nominal cash / productive FTE-months; null when there is no productive capacity. */
	costPerProductiveFteMonth: number | null;
	/**
	 * Months until expected productive FTE first reaches 95 % of the need (within
	 * FULL_CAPACITY_TOLERANCE); null if not within horizon.
	 */
	monthsToFullCapacity: number | null;
	/** ANSI/SHRM cost-per-hire of this option's recruiting (0 when it hires no one). */
	costPerHire: number;
	/** Expected hires over the horizon. */
	hires: number;
}

export type Measure =
	'economicNpv' | 'cashNpv' | 'monthsToFullCapacity' | 'costPerProductiveFteMonth';
export const MEASURES: readonly Measure[] = [
	'economicNpv',
	'cashNpv',
	'monthsToFullCapacity',
	'costPerProductiveFteMonth'
];

/**
 * A run of months in which one option's cumulative cost stays on the same side of another's:
 * `sign` is +1 when `b` costs more than `a` (cumulatively), -1 when it costs less, 0 when they are
 * equal within the tolerance. Months are 1-based and inclusive.
 */
export interface CostSpan {
	from: number;
	to: number;
	sign: -1 | 0 | 1;
}

export interface BreakEven {
	/** The two options compared: spans say how `b` stands against `a`. */
	a: OptionId;
	b: OptionId;
	/** Every run of months with the same order of the two cumulative curves, in time order. */
	spans: CostSpan[];
	/** Fractional months (interpolated on month ends) where the curves cross. */
	crossings: number[];
	/** The option that costs more at first. */
	dearerAtFirst: OptionId;
	other: OptionId;
	/** 1-based month from which the dearer-at-first option stays cheaper; null if never. */
	month: number | null;
	/** Fractional crossing point in months (for marking a chart), null if never. */
	at: number | null;
}

export interface Recommendation {
	winner: OptionId;
	runnerUp: OptionId | null;
	measure: 'economicNpv' | 'cashNpv';
	/** Runner-up value minus winner value (>= 0), in money. */
	margin: number;
	/** Margin as a share of the runner-up's value (0..1), null when the runner-up costs 0. */
	marginShare: number | null;
	/** The component that differs most in the winner's favour (the runner-up pays more). */
	mainReason: { component: ComponentId; amount: number } | null;
	/** The component that differs most in the runner-up's favour (the winner pays more). */
	offset: { component: ComponentId; amount: number } | null;
	/** True when the options are within 1 % of each other: a tie for practical purposes. */
	close: boolean;
}

export interface RoleResult {
	name: string;
	headcount: number;
	training: TrainingPlan;
	options: Record<OptionId, OptionMetrics | undefined>;
}

/** "Your plan": each role's mix, measured per role and summed. */
export interface PlanResult {
	totals: OptionMetrics;
	roles: {
		/** The mix evaluated (a role without one counts with its cheapest pure option). */
		plan: Plan;
		/** True when the role had no mix of its own. */
		fromCheapest: boolean;
		metrics: OptionMetrics;
	}[];
}

/** Doing nothing: the capacity shortfall of the whole need (no cash), per role and in total. */
export interface DoNothing {
	monthly: number[];
	nominal: number;
	npv: number;
	roles: { nominal: number; npv: number }[];
}

export interface ScenarioResult {
	options: OptionId[];
	horizonMonths: number;
	neededFte: number[];
	totals: Record<OptionId, OptionMetrics | undefined>;
	roles: RoleResult[];
	winners: Record<Measure, OptionId | null>;
	/** Break-even of build against buy on the decision measure (cumulative, nominal). */
	breakEven: BreakEven | null;
	recommendation: Recommendation;
	/** True when no role needs anyone: there is nothing to compare (and no winner on any measure). */
	nothingNeeded: boolean;
	/** Options that never reach full capacity within the horizon although people are needed. */
	neverFull: OptionId[];
	/** "Your plan", when at least one role has a mix; else null. */
	plan: PlanResult | null;
	doNothing: DoNothing;
}

/** Discount factors 1 / (1 + r_m)^m for months 0..H-1, r_m the monthly equivalent of the annual rate. */
export function discountFactors(months: number, ratePerYear: number): number[] {
	const r = annualToMonthlyRate(ratePerYear);
	const out = zeros(months);
	for (let m = 0; m < months; m++) out[m] = discountFactor(m, r);
	return out;
}

/** Net present value of a monthly series: Σ x_m / (1 + r_m)^m, with r_m the monthly rate. */
export function npvOf(series: ArrayLike<number>, ratePerYear: number): number {
	return npvWith(series, discountFactors(series.length, ratePerYear));
}

function npvWith(series: ArrayLike<number>, factors: number[]): number {
	let total = 0;
	for (let m = 0; m < series.length; m++) total += series[m] * factors[m];
	return total;
}

/** Sum of a series. */
export function totalOf(series: ArrayLike<number>): number {
	let total = 0;
	for (let m = 0; m < series.length; m++) total += series[m];
	return total;
}

/**
 * First month (1-based) where productive >= (share - tolerance) x need: the 95 % line, reached
 * within a hundredth of a person per person needed. 0 for no need; null if never.
 */
export function monthsToCapacity(
	productive: ArrayLike<number>,
	need: number,
	share = FULL_CAPACITY_SHARE,
	tolerance = FULL_CAPACITY_TOLERANCE
): number | null {
	if (need <= 0) return 0;
	const line = (share - tolerance) * need - 1e-9;
	for (let m = 0; m < productive.length; m++) {
		if (productive[m] >= line) return m + 1;
	}
	return null;
}

/** Cost per productive FTE-month: cost / FTE-months, or null when there were none. */
export function costPerFteMonth(cost: number, fteMonths: number): number | null {
	return fteMonths > 1e-9 ? cost / fteMonths : null;
}

/** Totals and metrics for one option's series. */
export function measureOption(
	series: OptionSeries,
	settings: Settings,
	headcount: number,
	factors = discountFactors(series.productiveFte.length, settings.discountRatePerYear)
): OptionMetrics {
	const H = series.productiveFte.length;
	const monthly = {
		cash: zeros(H),
		internal: zeros(H),
		shortfall: zeros(H),
		economic: zeros(H)
	};
	const componentNpv = {} as Record<ComponentId, number>;
	// One pass per component: add it to its layer and to the economic total, and discount it.
	for (const id of COMPONENT_IDS) {
		const s = series.components[id];
		const layer = monthly[COMPONENTS[id]];
		const economic = monthly.economic;
		let pv = 0;
		for (let m = 0; m < H; m++) {
			const v = s[m];
			if (v === 0) continue;
			layer[m] += v;
			economic[m] += v;
			pv += v * factors[m];
		}
		componentNpv[id] = pv;
	}
	const nominal = { cash: 0, internal: 0, shortfall: 0, economic: 0 };
	const npv = { cash: 0, internal: 0, shortfall: 0, economic: 0 };
	const cumulative = {} as OptionMetrics['cumulative'];
	// One pass per layer: nominal total, NPV and the cumulative series together.
	for (const layer of [...LAYERS, 'economic'] as const) {
		const x = monthly[layer];
		const cum = zeros(H);
		let acc = 0;
		let pv = 0;
		for (let m = 0; m < H; m++) {
			acc += x[m];
			pv += x[m] * factors[m];
			cum[m] = acc;
		}
		nominal[layer] = acc;
		npv[layer] = pv;
		cumulative[layer] = cum;
	}
	const productiveFteMonths = totalOf(series.productiveFte);
	return {
		option: series.option,
		series,
		monthly,
		cumulative,
		nominal,
		npv,
		componentNpv,
		productiveFteMonths,
		costPerProductiveFteMonth: costPerFteMonth(nominal.cash, productiveFteMonths),
		monthsToFullCapacity: monthsToCapacity(series.productiveFte, headcount),
		costPerHire: series.costPerHire,
		hires: totalOf(series.hires)
	};
}

/** Running sums of one option's series over the roles (reused buffers). */
interface OptionTotals {
	series: OptionBuffers;
	/** Σ over roles of cost-per-hire x hires (to average cost-per-hire over all hires). */
	recruitingCost: number;
}

/** Per-horizon accumulators, reused by every evaluation. */
let accumulators: { months: number; totals: Record<OptionId, OptionTotals> } | null = null;

function totalsFor(months: number): Record<OptionId, OptionTotals> {
	if (accumulators?.months !== months) {
		const make = (): OptionTotals => ({ series: optionBuffers(months), recruitingCost: 0 });
		accumulators = { months, totals: { buy: make(), build: make(), borrow: make() } };
	}
	return accumulators.totals;
}

/** Add one role's option series (in the workspace) into the option's running totals. */
function addInto(total: OptionTotals, part: OptionBuffers): void {
	const t = total.series;
	const H = t.months;
	for (const id of COMPONENT_IDS) {
		const target = t.components[id];
		const add = part.components[id];
		for (let m = 0; m < H; m++) target[m] += add[m];
	}
	const { productiveFte, peopleInRole, neededFte, hires } = t;
	for (let m = 0; m < H; m++) {
		productiveFte[m] += part.productiveFte[m];
		peopleInRole[m] += part.peopleInRole[m];
		neededFte[m] += part.neededFte[m];
		hires[m] += part.hires[m];
	}
	total.recruitingCost += part.costPerHire * totalOf(part.hires);
}

/** The summed series of one option, copied out into arrays of its own. */
function summedSeries(total: OptionTotals, option: OptionId): OptionSeries {
	const t = total.series;
	const components = {} as OptionSeries['components'];
	for (const id of COMPONENT_IDS) components[id] = toArray(t.components[id]);
	const hires = totalOf(t.hires);
	return {
		option,
		components,
		productiveFte: toArray(t.productiveFte),
		peopleInRole: toArray(t.peopleInRole),
		neededFte: toArray(t.neededFte),
		hires: toArray(t.hires),
		costPerHire: hires > 1e-9 ? total.recruitingCost / hires : 0
	};
}

/** Tolerance below which two cumulative curves count as equal: a millionth of the larger total. */
function curveTolerance(cumA: ArrayLike<number>, cumB: ArrayLike<number>): number {
	const H = cumA.length;
	return 1e-6 * Math.max(1, Math.abs(cumA[H - 1] ?? 0), Math.abs(cumB[H - 1] ?? 0));
}

/**
 * How `b`'s cumulative cost stands against `a`'s, month by month, as runs of the same order
 * (see CostSpan). Pure; the input series are cumulative and of equal length.
 */
export function costSpans(cumA: ArrayLike<number>, cumB: ArrayLike<number>): CostSpan[] {
	const eps = curveTolerance(cumA, cumB);
	const spans: CostSpan[] = [];
	for (let m = 0; m < cumA.length; m++) {
		const d = cumB[m] - cumA[m];
		const sign: CostSpan['sign'] = d > eps ? 1 : d < -eps ? -1 : 0;
		const last = spans[spans.length - 1];
		if (last && last.sign === sign) last.to = m + 1;
		else spans.push({ from: m + 1, to: m + 1, sign });
	}
	return spans;
}

/**
 * Where the curves cross: for each change between a month where `b` costs more and one where it
 * costs less (or back), the fractional month, interpolated linearly on month ends (month m ends at
 * m). Months where they are equal are stepped over.
 */
export function crossingsOf(cumA: ArrayLike<number>, cumB: ArrayLike<number>): number[] {
	const eps = curveTolerance(cumA, cumB);
	const out: number[] = [];
	let prev = -1;
	for (let m = 0; m < cumA.length; m++) {
		const d = cumB[m] - cumA[m];
		if (Math.abs(d) <= eps) continue;
		if (prev >= 0) {
			const d0 = cumB[prev] - cumA[prev];
			if (Math.sign(d0) !== Math.sign(d)) out.push(prev + 1 + ((m - prev) * d0) / (d0 - d));
		}
		prev = m;
	}
	return out;
}

/**
 * Break-even between two options on cumulative cost: every span and crossing, and the month from
 * which the option that is dearer at first stays cheaper to the end of the horizon.
 */
export function breakEvenOf(
	a: OptionId,
	cumA: ArrayLike<number>,
	b: OptionId,
	cumB: ArrayLike<number>
): BreakEven | null {
	const spans = costSpans(cumA, cumB);
	const firstDiff = spans.find((s) => s.sign !== 0);
	if (!firstDiff) return null;
	const crossings = crossingsOf(cumA, cumB);
	// b dearer at first when b - a > 0 in the first month that differs.
	const bDearer = firstDiff.sign > 0;
	const dearer = bDearer ? b : a;
	const other = bDearer ? a : b;
	const last = spans[spans.length - 1];
	// The dearer-at-first option is cheaper at the end when the last span has the opposite sign.
	const cheaperAtEnd = last.sign === -firstDiff.sign;
	if (!cheaperAtEnd) {
		return { a, b, spans, crossings, dearerAtFirst: dearer, other, month: null, at: null };
	}
	return {
		a,
		b,
		spans,
		crossings,
		dearerAtFirst: dearer,
		other,
		month: last.from,
		at: crossings.length > 0 ? crossings[crossings.length - 1] : last.from
	};
}

function optionValue(metrics: OptionMetrics, measure: Measure): number | null {
	return figureValue(measure, metrics);
}

/** The best option on a measure (lowest value; null values lose); null if none has a value. */
export function winnerOn(
	totals: Record<OptionId, OptionMetrics | undefined>,
	options: OptionId[],
	measure: Measure
): OptionId | null {
	let best: OptionId | null = null;
	let bestValue = Infinity;
	for (const o of options) {
		const t = totals[o];
		if (!t) continue;
		const v = optionValue(t, measure);
		if (v !== null && v < bestValue - 1e-9) {
			best = o;
			bestValue = v;
		}
	}
	return best;
}

function recommend(
	totals: Record<OptionId, OptionMetrics | undefined>,
	options: OptionId[],
	settings: Settings
): Recommendation {
	const measure = settings.decisionMeasure === 'cash' ? 'cashNpv' : 'economicNpv';
	const ranked = options
		.map((o) => ({ o, v: optionValue(totals[o]!, measure) ?? 0 }))
		.sort((x, y) => x.v - y.v);
	const winner = ranked[0].o;
	const runnerUp = ranked[1]?.o ?? null;
	const margin = ranked[1] ? ranked[1].v - ranked[0].v : 0;
	const marginShare = ranked[1] && ranked[1].v > 0 ? margin / ranked[1].v : null;
	let mainReason: Recommendation['mainReason'] = null;
	let offset: Recommendation['offset'] = null;
	if (runnerUp) {
		const w = totals[winner]!;
		const r = totals[runnerUp]!;
		for (const id of COMPONENT_IDS) {
			if (measure === 'cashNpv' && COMPONENTS[id] !== 'cash') continue;
			const diff = r.componentNpv[id] - w.componentNpv[id];
			if (diff > 0 && (!mainReason || diff > mainReason.amount)) {
				mainReason = { component: id, amount: diff };
			}
			if (-diff > 0 && (!offset || -diff > offset.amount)) {
				offset = { component: id, amount: -diff };
			}
		}
	}
	const close = marginShare !== null ? marginShare < 0.01 : margin === 0;
	return { winner, runnerUp, measure, margin, marginShare, mainReason, offset, close };
}

/**
 * Per-role metrics measured lately, keyed by option, role and settings (as JSON: everything they
 * depend on). An edit changes one role, so the per-role view of a many-role scenario measures that
 * one again and reuses the others. Entries are shared between results and never changed once made
 * (results are values). The least recently used go first.
 */
const roleMetricsCache = new Map<string, OptionMetrics | undefined>();
const ROLE_METRICS_CACHE_SIZE = 64;

function cachedRoleMetrics(
	key: string,
	measure: () => OptionMetrics | undefined
): OptionMetrics | undefined {
	if (roleMetricsCache.has(key)) {
		const hit = roleMetricsCache.get(key);
		roleMetricsCache.delete(key);
		roleMetricsCache.set(key, hit);
		return hit;
	}
	const made = measure();
	roleMetricsCache.set(key, made);
	if (roleMetricsCache.size > ROLE_METRICS_CACHE_SIZE)
		roleMetricsCache.delete(roleMetricsCache.keys().next().value!);
	return made;
}

/**
 * Each role's lazy metrics with the settings they were made for. A keystroke's scenario shares its
 * unchanged roles and settings with the last one (`parseScenarioAfter`): those roles' metrics are
 * found by identity, without their JSON (roles and settings are values, never changed).
 */
const metricsOfRole = new WeakMap<
	Role,
	{ settings: Settings; metrics: Record<OptionId, OptionMetrics | undefined> }
>();

/**
 * Per-role metrics, simulated and measured only when first read (and then kept): the page shows the
 * totals, while exports, the command line and per-role views read the roles. The scenario is read
 * at that moment, so it must not be changed after evaluating it (scenarios are treated as values).
 * `settingsKey` gives the settings as JSON, made once per evaluation when first needed.
 */
function lazyMetrics(
	role: Role,
	settings: Settings,
	options: OptionId[],
	factors: number[],
	settingsKey: () => string
): Record<OptionId, OptionMetrics | undefined> {
	const known = metricsOfRole.get(role);
	if (known?.settings === settings) return known.metrics;
	const out = {} as Record<OptionId, OptionMetrics | undefined>;
	metricsOfRole.set(role, { settings, metrics: out });
	let roleKey: string | null = null;
	for (const o of ['buy', 'build', 'borrow'] as const) {
		let cached: OptionMetrics | undefined | null = null;
		Object.defineProperty(out, o, {
			enumerable: true,
			get: () => {
				if (cached === null) {
					roleKey ??= JSON.stringify(role);
					cached = cachedRoleMetrics(`${o}\n${settingsKey()}\n${roleKey}`, () =>
						options.includes(o)
							? measureOption(SIMULATORS[o](role, settings), settings, role.headcount, factors)
							: undefined
					);
				}
				return cached;
			}
		});
	}
	return out;
}

/**
 * The monthly series of one layer ('cash' or all of 'economic') of each option in `which`, summed
 * over roles, written into `out` — the same numbers `evaluateScenario` puts in
 * `totals[o].monthly[layer]`, with no result built (for the sensitivity search).
 */
export function layerSeriesInto(
	scenario: Scenario,
	which: readonly OptionId[],
	layer: 'cash' | 'economic',
	out: Partial<Record<OptionId, Float64Array>>
): void {
	const { settings } = scenario;
	const H = settings.horizonMonths;
	const ws = workspaceFor(H);
	const acc = totalsFor(H);
	for (const o of which) {
		const total = acc[o];
		clearOption(total.series);
		total.recruitingCost = 0;
		for (const role of scenario.roles) {
			SIMULATE_INTO[o](role, settings, ws);
			addInto(total, ws.option);
		}
		let target = out[o];
		if (!target || target.length !== H) target = out[o] = new Float64Array(H);
		const c = total.series.components;
		for (let m = 0; m < H; m++) {
			let x = 0;
			for (const id of COMPONENT_IDS) {
				if (layer === 'cash' && COMPONENTS[id] !== 'cash') continue;
				const v = c[id][m];
				if (v !== 0) x += v;
			}
			target[m] = x;
		}
	}
}

/** Net present value of a monthly series with the discount factors of a horizon and rate. */
export function npvAt(series: ArrayLike<number>, ratePerYear: number): number {
	return npvWith(series, factorsFor(series.length, ratePerYear));
}

/** Discount factors of the last evaluation (never changed once made, so results may keep them). */
let lastFactors: { months: number; rate: number; factors: number[] } | null = null;

function factorsFor(months: number, rate: number): number[] {
	if (lastFactors?.months !== months || lastFactors.rate !== rate)
		lastFactors = { months, rate, factors: discountFactors(months, rate) };
	return lastFactors.factors;
}

/**
 * Evaluate a valid scenario: every option for every role, summed, compared. Each role's series are
 * written into reused buffers and added into the totals at once; the result owns every array it
 * holds (nothing in it changes when another scenario is evaluated).
 */
export function evaluateScenario(scenario: Scenario): ScenarioResult {
	const { settings } = scenario;
	const H = settings.horizonMonths;
	const options: OptionId[] = settings.includeBorrow
		? ['buy', 'build', 'borrow']
		: ['buy', 'build'];
	const factors = factorsFor(H, settings.discountRatePerYear);
	const ws = workspaceFor(H);
	const acc = totalsFor(H);
	for (const o of options) {
		clearOption(acc[o].series);
		acc[o].recruitingCost = 0;
	}
	const roles: RoleResult[] = [];
	let settingsJson: string | null = null;
	const settingsKey = () => (settingsJson ??= JSON.stringify(settings));
	for (const role of scenario.roles) {
		for (const o of options) {
			SIMULATE_INTO[o](role, settings, ws);
			addInto(acc[o], ws.option);
		}
		roles.push({
			name: role.name,
			headcount: role.headcount,
			training: trainingPlan(role),
			options: lazyMetrics(role, settings, options, factors, settingsKey)
		});
	}
	let totalHeadcount = 0;
	for (const r of scenario.roles) totalHeadcount += r.headcount;
	const totals: Record<OptionId, OptionMetrics | undefined> = {
		buy: undefined,
		build: undefined,
		borrow: undefined
	};
	for (const o of options) {
		totals[o] = measureOption(summedSeries(acc[o], o), settings, totalHeadcount, factors);
	}
	// With no one needed every option costs nothing: there is no winner on any measure.
	const nothingNeeded = totalHeadcount === 0;
	const winners = {} as Record<Measure, OptionId | null>;
	for (const m of MEASURES) winners[m] = nothingNeeded ? null : winnerOn(totals, options, m);
	const neverFull = nothingNeeded
		? []
		: options.filter((o) => totals[o]!.monthsToFullCapacity === null);
	const layer = settings.decisionMeasure === 'cash' ? 'cash' : 'economic';
	const breakEven = breakEvenOf(
		'buy',
		totals.buy!.cumulative[layer],
		'build',
		totals.build!.cumulative[layer]
	);
	return {
		options,
		horizonMonths: H,
		neededFte: totals.buy!.series.neededFte,
		totals,
		roles,
		winners,
		breakEven,
		recommendation: recommend(totals, options, settings),
		nothingNeeded,
		neverFull,
		plan: evaluatePlan(scenario, roles, options, factors),
		doNothing: evaluateDoNothing(scenario, factors)
	};
}

/** A role's decision value of one pure option (the measure the recommendation uses). */
function decisionValue(metrics: OptionMetrics, settings: Settings): number {
	return settings.decisionMeasure === 'cash' ? metrics.npv.cash : metrics.npv.economic;
}

/** "Your plan": null unless some role has a mix. Roles without one count with their cheapest option. */
function evaluatePlan(
	scenario: Scenario,
	roles: RoleResult[],
	options: OptionId[],
	factors: number[]
): PlanResult | null {
	const { settings } = scenario;
	if (!scenario.roles.some((r) => r.plan !== null)) return null;
	const H = settings.horizonMonths;
	const series: OptionSeries[] = [];
	const out: PlanResult['roles'] = scenario.roles.map((role, i) => {
		let plan = role.plan;
		const fromCheapest = plan === null;
		if (plan === null) {
			let best: OptionId = options[0];
			for (const o of options) {
				const v = decisionValue(roles[i].options[o]!, settings);
				if (v < decisionValue(roles[i].options[best]!, settings) - 1e-9) best = o;
			}
			plan = purePlan(best, role.headcount);
		}
		const s = simulatePlan(role, settings, plan);
		series.push(s);
		return { plan, fromCheapest, metrics: measureOption(s, settings, role.headcount, factors) };
	});
	const headcount = scenario.roles.reduce((a, r) => a + r.headcount, 0);
	const totals = measureOption(sumPlanSeries(series, 'plan', H), settings, headcount, factors);
	return { totals, roles: out };
}

function evaluateDoNothing(scenario: Scenario, factors: number[]): DoNothing {
	const H = scenario.settings.horizonMonths;
	const monthly = zeros(H);
	const roles = scenario.roles.map((role) => {
		const s = doNothingSeries(role, scenario.settings);
		for (let m = 0; m < H; m++) monthly[m] += s[m];
		return { nominal: totalOf(s), npv: npvWith(s, factors) };
	});
	return { monthly, nominal: totalOf(monthly), npv: npvWith(monthly, factors), roles };
}
