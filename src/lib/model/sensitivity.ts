/**
 * Sensitivity: which assumptions move the decision, and where the answer flips.
 *
 * Each input is changed for every role at once: by a factor for durations and money (x 0.75 and
 * x 1.25 for the tornado), by a number of percentage points for rates and probabilities (-/+ 10
 * points). Where a role gives a range for the input (risk: ranges), the tornado uses that range's
 * low and high ends for it instead. The decision gap is the decision measure (economic or cash NPV) of the best other option
 * minus that of today's winner: positive while the winner stays ahead. A flip threshold is the
 * value at which the gap reaches zero, searched within the input's allowed range.
 */
import { evaluateScenario, layerSeriesInto, npvAt, type ScenarioResult } from './evaluate.ts';
import type { OptionId, Role, Scenario } from './schema.ts';

export type SensitivityInputId =
	| 'timeToFillDays'
	| 'externalRampWeeks'
	| 'earlyExitProbability'
	| 'agencyFeeRate'
	| 'salaryPremiumRate'
	| 'salaryPerYear'
	| 'valueMultiplier'
	| 'successProbability'
	| 'trainingHours'
	| 'trainingHoursPerWeek'
	| 'courseFeesPerTrainee'
	| 'raiseRate'
	| 'billRatePerDay'
	| 'discountRatePerYear';

interface InputSpec {
	id: SensitivityInputId;
	/** 'scale': multiply by a factor; 'points': add a number of (decimal) points. */
	mode: 'scale' | 'points';
	/** The value shown for the input (first role, or the setting). */
	read: (s: Scenario) => number;
	/** Apply a change (factor or points) to a copy of the scenario. */
	apply: (s: Scenario, change: number) => void;
	/** Range the change may take when searching for a flip. */
	range: [number, number];
	/** Only relevant when one of these options is the winner or the best other. */
	options?: OptionId[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function eachRole(s: Scenario, fn: (r: Role) => void): void {
	for (const r of s.roles) fn(r);
}

/** Percentage-point inputs: a decimal field in [lo, hi]. */
function points(
	id: SensitivityInputId,
	get: (r: Role) => number,
	set: (r: Role, v: number) => void,
	lo: number,
	hi: number,
	options?: OptionId[]
): InputSpec {
	return {
		id,
		mode: 'points',
		read: (s) => get(s.roles[0]),
		apply: (s, d) => eachRole(s, (r) => set(r, clamp(get(r) + d, lo, hi))),
		range: [-hi, hi],
		options
	};
}

/** Scaled inputs: a non-negative field multiplied by a factor, capped at `max`. */
function scaled(
	id: SensitivityInputId,
	get: (r: Role) => number,
	set: (r: Role, v: number) => void,
	max: number,
	options?: OptionId[]
): InputSpec {
	return {
		id,
		mode: 'scale',
		read: (s) => get(s.roles[0]),
		apply: (s, f) => eachRole(s, (r) => set(r, clamp(get(r) * f, 0, max))),
		range: [0, 5],
		options
	};
}

export const SENSITIVITY_INPUTS: InputSpec[] = [
	scaled(
		'timeToFillDays',
		(r) => r.buy.timeToFillDays,
		(r, v) => (r.buy.timeToFillDays = v),
		730
	),
	scaled(
		'externalRampWeeks',
		(r) => r.buy.rampWeeks,
		(r, v) => (r.buy.rampWeeks = v),
		260
	),
	points(
		'earlyExitProbability',
		(r) => r.buy.earlyExitProbability,
		(r, v) => (r.buy.earlyExitProbability = v),
		0,
		1
	),
	points(
		'agencyFeeRate',
		(r) => r.buy.agencyFeeRate,
		(r, v) => (r.buy.agencyFeeRate = v),
		0,
		1
	),
	points(
		'salaryPremiumRate',
		(r) => r.buy.salaryPremiumRate,
		(r, v) => (r.buy.salaryPremiumRate = v),
		0,
		2
	),
	scaled(
		'salaryPerYear',
		(r) => r.salaryPerYear,
		(r, v) => (r.salaryPerYear = Math.max(1, v)),
		10_000_000
	),
	scaled(
		'valueMultiplier',
		(r) => r.valueMultiplier,
		(r, v) => (r.valueMultiplier = v),
		10
	),
	points(
		'successProbability',
		(r) => r.build.successProbability,
		(r, v) => (r.build.successProbability = v),
		0,
		1,
		['build']
	),
	{
		id: 'trainingHours',
		mode: 'scale',
		read: (s) =>
			s.roles[0].build.skills.reduce(
				(a, k) => a + Math.max(0, k.requiredLevel - k.currentLevel) * k.hoursPerLevel,
				0
			),
		apply: (s, f) =>
			eachRole(s, (r) => {
				for (const k of r.build.skills) k.hoursPerLevel = clamp(k.hoursPerLevel * f, 0, 2000);
				if (r.build.trainingMonthsOverride !== null)
					r.build.trainingMonthsOverride = clamp(r.build.trainingMonthsOverride * f, 0, 120);
			}),
		range: [0, 5],
		options: ['build']
	},
	scaled(
		'trainingHoursPerWeek',
		(r) => r.build.trainingHoursPerWeek,
		(r, v) => (r.build.trainingHoursPerWeek = clamp(v, 0.5, 60)),
		60,
		['build']
	),
	scaled(
		'courseFeesPerTrainee',
		(r) => r.build.courseFeesPerTrainee,
		(r, v) => (r.build.courseFeesPerTrainee = v),
		10_000_000,
		['build']
	),
	points(
		'raiseRate',
		(r) => r.build.raiseRate,
		(r, v) => (r.build.raiseRate = v),
		0,
		1,
		['build']
	),
	scaled(
		'billRatePerDay',
		(r) => r.borrow.billRatePerDay,
		(r, v) => (r.borrow.billRatePerDay = v),
		10_000_000,
		['borrow']
	),
	{
		id: 'discountRatePerYear',
		mode: 'points',
		read: (s) => s.settings.discountRatePerYear,
		apply: (s, d) => {
			s.settings.discountRatePerYear = clamp(s.settings.discountRatePerYear + d, 0, 0.5);
		},
		range: [-0.5, 0.5]
	}
];

/**
 * The role field (path within a role) behind each input, where a user's range can replace the
 * tornado's fixed change (risk: ranges). Training hours follow the skills' hours per level.
 */
const RANGE_PATHS: Partial<Record<SensitivityInputId, (path: string) => boolean>> = {
	timeToFillDays: (p) => p === 'buy.timeToFillDays',
	externalRampWeeks: (p) => p === 'buy.rampWeeks',
	earlyExitProbability: (p) => p === 'buy.earlyExitProbability',
	agencyFeeRate: (p) => p === 'buy.agencyFeeRate',
	salaryPremiumRate: (p) => p === 'buy.salaryPremiumRate',
	salaryPerYear: (p) => p === 'salaryPerYear',
	valueMultiplier: (p) => p === 'valueMultiplier',
	successProbability: (p) => p === 'build.successProbability',
	trainingHours: (p) => /^build\.skills\.\d+\.hoursPerLevel$/.test(p),
	trainingHoursPerWeek: (p) => p === 'build.trainingHoursPerWeek',
	courseFeesPerTrainee: (p) => p === 'build.courseFeesPerTrainee',
	raiseRate: (p) => p === 'build.raiseRate',
	billRatePerDay: (p) => p === 'borrow.billRatePerDay'
};

/** Whether any role gives a range for the field behind `id`. */
function hasUserRange(s: Scenario, id: SensitivityInputId): boolean {
	const matches = RANGE_PATHS[id];
	return !!matches && s.roles.some((r) => Object.keys(r.ranges ?? {}).some(matches));
}

/**
 * Set every ranged field behind `id` to its range's low or high end, in every role that has one.
 * Returns whether any role had such a range.
 */
function applyUserRanges(s: Scenario, id: SensitivityInputId, end: 'low' | 'high'): boolean {
	const matches = RANGE_PATHS[id];
	if (!matches) return false;
	let applied = false;
	for (const role of s.roles) {
		for (const [path, range] of Object.entries(role.ranges ?? {})) {
			if (!matches(path)) continue;
			const keys = path.split('.');
			let target = role as unknown as Record<string, unknown>;
			for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
			target[keys[keys.length - 1]] = range[end];
			applied = true;
		}
	}
	return applied;
}

/** The tornado's low and high changes: x0.75 / x1.25, or -/+ 10 points. */
export const TORNADO_CHANGE = { scale: [0.75, 1.25], points: [-0.1, 0.1] } as const;

export interface SensitivityRow {
	id: SensitivityInputId;
	mode: 'scale' | 'points';
	/** Today's value (first role, or the setting). */
	value: number;
	/** The input's value at the tornado's low and high ends (first role). */
	lowValue: number;
	highValue: number;
	/** Decision gap at low and high (money; > 0: today's winner still ahead). */
	gapLow: number;
	gapHigh: number;
	/** True when the ends are the user's range (low -> high) rather than the fixed change. */
	fromRange: boolean;
	/** |gapHigh - gapLow|: how much this input moves the decision. */
	swing: number;
	/** Input value (first role) at which the winner changes, nearest to today; null if none in range. */
	flipValue: number | null;
	/** The option that wins beyond the flip. */
	flipTo: OptionId | null;
}

export interface SensitivityResult {
	winner: OptionId;
	measure: 'economicNpv' | 'cashNpv';
	/** Today's gap between the best other option and the winner (money, >= 0). */
	gap: number;
	/** Rows sorted by swing, largest first. */
	rows: SensitivityRow[];
	/** The row whose flip lies closest to today (relative change), if any flips. */
	nearestFlip: SensitivityRow | null;
}

/** The options whose series an input changes; the others keep today's series. */
const AFFECTS: Record<SensitivityInputId, readonly OptionId[]> = {
	timeToFillDays: ['buy', 'build'],
	externalRampWeeks: ['buy', 'build'],
	earlyExitProbability: ['buy', 'build'],
	agencyFeeRate: ['buy', 'build'],
	salaryPremiumRate: ['buy', 'build'],
	salaryPerYear: ['buy', 'build', 'borrow'],
	valueMultiplier: ['buy', 'build', 'borrow'],
	successProbability: ['build'],
	trainingHours: ['build'],
	trainingHoursPerWeek: ['build'],
	courseFeesPerTrainee: ['build'],
	raiseRate: ['build'],
	billRatePerDay: ['borrow'],
	// Discounting changes no monthly series, only their present value.
	discountRatePerYear: []
};

function clone(s: Scenario): Scenario {
	return structuredClone(s);
}

/** Copy every non-object field of `from` onto `to` (same shape). */
function copyValues(to: object, from: object): void {
	const t = to as Record<string, unknown>;
	const f = from as Record<string, unknown>;
	for (const k in f) {
		const v = f[k];
		if (v === null || typeof v !== 'object') t[k] = v;
	}
}

/** Undo every change an input may have made to the working copy: back to the base scenario. */
function restore(work: Scenario, base: Scenario): void {
	copyValues(work.settings, base.settings);
	for (let i = 0; i < base.roles.length; i++) {
		const w = work.roles[i];
		const b = base.roles[i];
		copyValues(w, b);
		copyValues(w.buy, b.buy);
		copyValues(w.build, b.build);
		copyValues(w.borrow, b.borrow);
		for (let k = 0; k < b.build.skills.length; k++)
			copyValues(w.build.skills[k], b.build.skills[k]);
	}
}

/**
 * The decision gap of changed scenarios, computed cheaply: one working copy (no clone per try),
 * only the options an input affects are simulated again, and only the decision layer is summed.
 * Gives the same numbers as evaluating the changed scenario in full.
 */
export class GapSearch {
	readonly base: Scenario;
	readonly work: Scenario;
	readonly winner: OptionId;
	readonly options: readonly OptionId[];
	readonly layer: 'cash' | 'economic';
	/** Today's decision-layer series per option. */
	readonly today: Partial<Record<OptionId, Float64Array>> = {};
	readonly changed: Partial<Record<OptionId, Float64Array>> = {};
	/** Changed scenarios evaluated (for the benchmark). */
	evaluations = 0;

	constructor(base: Scenario, result: ScenarioResult) {
		this.base = base;
		this.work = clone(base);
		this.winner = result.recommendation.winner;
		this.options = result.options;
		this.layer = result.recommendation.measure === 'cashNpv' ? 'cash' : 'economic';
		layerSeriesInto(base, this.options, this.layer, this.today);
	}

	/** Gap of the best other option over the winner with the input changed by `change`. */
	gapAt(
		spec: InputSpec,
		change: number,
		rangeEnd?: 'low' | 'high'
	): { gap: number; best: OptionId } {
		const { work, options } = this;
		restore(work, this.base);
		spec.apply(work, change);
		if (rangeEnd) applyUserRanges(work, spec.id, rangeEnd);
		this.evaluations++;
		const affected = AFFECTS[spec.id].filter((o) => options.includes(o));
		layerSeriesInto(work, affected, this.layer, this.changed);
		return this.#gap(affected, work.settings.discountRatePerYear);
	}

	/** Today's gap of the best other option over the winner. */
	gapToday(): { gap: number; best: OptionId } {
		return this.#gap([], this.base.settings.discountRatePerYear);
	}

	#gap(affected: readonly OptionId[], rate: number): { gap: number; best: OptionId } {
		const { options } = this;
		const value = (o: OptionId) =>
			npvAt((affected.includes(o) ? this.changed[o] : this.today[o])!, rate);
		const w = value(this.winner);
		let best: OptionId = this.winner;
		let bestValue = Infinity;
		for (const o of options) {
			if (o === this.winner) continue;
			const v = value(o);
			if (v < bestValue) {
				bestValue = v;
				best = o;
			}
		}
		return { gap: bestValue - w, best };
	}

	/** The value an input shows (first role) after a change. */
	valueAfter(spec: InputSpec, change: number, rangeEnd?: 'low' | 'high'): number {
		restore(this.work, this.base);
		spec.apply(this.work, change);
		if (rangeEnd) applyUserRanges(this.work, spec.id, rangeEnd);
		return spec.read(this.work);
	}
}

/** Points tried outward from today when looking for a flip, per direction. */
const SCAN = {
	scale: { up: [1.5, 2, 3, 5], down: [0.75, 0.5, 0.25, 0] },
	points: { up: [0.05, 0.1, 0.2, 0.35, 0.5, 1, 2], down: [-0.05, -0.1, -0.2, -0.35, -0.5, -1, -2] }
};
/** A flip is located to within this share of the bracket it was found in (2^-12). */
const FLIP_PRECISION = 1 / 4096;
/** Most tries when narrowing a bracket (false position, then halving as a fallback). */
const MAX_NARROWING = 16;

/**
 * Narrow a bracket [ahead, behind] (winner ahead at `ahead`, behind at `behind`) to within
 * `FLIP_PRECISION` of its width. Each round tries the false-position point and a point just beyond
 * it, which closes the bracket in two tries where the gap is nearly linear; where it is not, the
 * bracket is halved.
 */
function narrow(
	gapAt: (c: number) => { gap: number; best: OptionId },
	ahead: number,
	gapAhead: number,
	behind: number,
	gapBehind: number,
	to: OptionId
): { change: number; to: OptionId } {
	const tol = Math.abs(behind - ahead) * FLIP_PRECISION;
	let a = ahead;
	let ga = gapAhead;
	let b = behind;
	let gb = gapBehind;
	let tries = 0;
	const take = (x: number): void => {
		const g = gapAt(x);
		tries++;
		if (g.gap < 0) {
			b = x;
			gb = g.gap;
			to = g.best;
		} else {
			a = x;
			ga = g.gap;
		}
	};
	let secant = true;
	while (Math.abs(b - a) > tol && tries < MAX_NARROWING) {
		const dir = Math.sign(b - a);
		if (secant) {
			const t = ga / (ga - gb);
			const x = a + (b - a) * Math.min(1 - FLIP_PRECISION, Math.max(FLIP_PRECISION, t));
			const width = Math.abs(b - a);
			take(x);
			if (Math.abs(b - a) <= tol) break;
			// Step just past the estimate, towards the side it did not move.
			const past = x === b ? x - dir * tol * 0.5 : x + dir * tol * 0.5;
			if ((past - a) * (b - past) > 0) take(past);
			// Fall back to halving when a round did not shrink the bracket much.
			if (Math.abs(b - a) > width / 4) secant = false;
		} else {
			take((a + b) / 2);
			secant = true;
		}
	}
	return { change: b, to };
}

function findFlip(
	search: GapSearch,
	spec: InputSpec,
	gapToday: number
): { change: number; to: OptionId } | null {
	const neutral = spec.mode === 'scale' ? 1 : 0;
	const gapAt = (c: number) => search.gapAt(spec, c);
	let best: { change: number; to: OptionId; distance: number } | null = null;
	for (const dir of ['up', 'down'] as const) {
		let prev = neutral;
		let prevGap = gapToday;
		for (const c of SCAN[spec.mode][dir]) {
			if (c < spec.range[0] || c > spec.range[1]) break;
			const g = gapAt(c);
			if (g.gap < 0) {
				const flip = narrow(gapAt, prev, prevGap, c, g.gap, g.best);
				const distance =
					spec.mode === 'scale'
						? Math.abs(Math.log(Math.max(flip.change, 1e-6)))
						: Math.abs(flip.change);
				if (!best || distance < best.distance) best = { ...flip, distance };
				break;
			}
			prev = c;
			prevGap = g.gap;
		}
	}
	return best ? { change: best.change, to: best.to } : null;
}

/**
 * Tornado and flip thresholds for a valid scenario. `flipsFor` limits the (costlier) flip search to
 * the inputs with the largest swings.
 */
export function analyseSensitivity(scenario: Scenario, flipsFor = 6): SensitivityResult {
	return analyse(scenario, flipsFor).result;
}

/** The analysis and how many changed scenarios it evaluated (for tests and the benchmark). */
export function analyse(
	scenario: Scenario,
	flipsFor = 6
): { result: SensitivityResult; evaluations: number } {
	const baseResult = evaluateScenario(scenario);
	const search = new GapSearch(scenario, baseResult);
	const winner = search.winner;
	const measure = baseResult.recommendation.measure;
	const gap = search.gapToday().gap;
	const relevant = SENSITIVITY_INPUTS.filter(
		(spec) => !spec.options || spec.options.some((o) => baseResult.options.includes(o))
	);
	const rows: SensitivityRow[] = relevant.map((spec) => {
		const [lo, hi] = TORNADO_CHANGE[spec.mode];
		// Roles with a range for this input use it (low -> high); the others the fixed change.
		const fromRange = hasUserRange(scenario, spec.id);
		const gapLow = search.gapAt(spec, lo, fromRange ? 'low' : undefined).gap;
		const gapHigh = search.gapAt(spec, hi, fromRange ? 'high' : undefined).gap;
		return {
			id: spec.id,
			mode: spec.mode,
			value: spec.read(scenario),
			lowValue: search.valueAfter(spec, lo, fromRange ? 'low' : undefined),
			highValue: search.valueAfter(spec, hi, fromRange ? 'high' : undefined),
			gapLow,
			gapHigh,
			fromRange,
			swing: Math.abs(gapHigh - gapLow),
			flipValue: null,
			flipTo: null
		};
	});
	rows.sort((a, b) => b.swing - a.swing);
	let nearestFlip: SensitivityRow | null = null;
	let nearestDistance = Infinity;
	for (const row of rows.slice(0, flipsFor)) {
		if (row.swing === 0) continue;
		const spec = relevant.find((s) => s.id === row.id)!;
		const flip = findFlip(search, spec, gap);
		if (!flip) continue;
		row.flipValue = search.valueAfter(spec, flip.change);
		row.flipTo = flip.to;
		// Relative distance from today, comparable across inputs.
		const distance =
			spec.mode === 'scale'
				? Math.abs(Math.log(Math.max(flip.change, 1e-6)))
				: Math.abs(flip.change) * 2;
		if (distance < nearestDistance) {
			nearestDistance = distance;
			nearestFlip = row;
		}
	}
	return {
		result: { winner, measure, gap, rows, nearestFlip },
		evaluations: search.evaluations
	};
}
