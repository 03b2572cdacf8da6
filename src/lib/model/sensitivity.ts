/**
 * Sensitivity: which assumptions move the decision, and where the answer flips.
 *
 * Each input is changed for every role at once: by a factor for durations and money (x 0.75 and
 * x 1.25 for the tornado), by a number of percentage points for rates and probabilities (-/+ 10
 * points). The decision gap is the decision measure (economic or cash NPV) of the best other option
 * minus that of today's winner: positive while the winner stays ahead. A flip threshold is the
 * value at which the gap reaches zero, searched within the input's allowed range.
 */
import { evaluateScenario, type ScenarioResult } from './evaluate.ts';
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

function clone(s: Scenario): Scenario {
	return structuredClone(s);
}

function decisionValue(r: ScenarioResult, o: OptionId): number {
	const t = r.totals[o]!;
	return r.recommendation.measure === 'cashNpv' ? t.npv.cash : t.npv.economic;
}

/** Gap of the best other option over `winner`, and which option that is. */
function gapFor(s: Scenario, winner: OptionId): { gap: number; best: OptionId } {
	const r = evaluateScenario(s);
	const w = decisionValue(r, winner);
	let best: OptionId = winner;
	let bestValue = Infinity;
	for (const o of r.options) {
		if (o === winner) continue;
		const v = decisionValue(r, o);
		if (v < bestValue) {
			bestValue = v;
			best = o;
		}
	}
	return { gap: bestValue - w, best };
}

/** Bisection steps when narrowing a flip (2^-12 of the bracket). */
const BISECT_STEPS = 12;
/** Points tried outward from today when looking for a flip, per direction. */
const SCAN = {
	scale: { up: [1.5, 2, 3, 5], down: [0.75, 0.5, 0.25, 0] },
	points: { up: [0.05, 0.1, 0.2, 0.35, 0.5, 1, 2], down: [-0.05, -0.1, -0.2, -0.35, -0.5, -1, -2] }
};

function findFlip(
	base: Scenario,
	spec: InputSpec,
	winner: OptionId
): { change: number; to: OptionId } | null {
	const neutral = spec.mode === 'scale' ? 1 : 0;
	const gapAt = (c: number) => {
		const s = clone(base);
		spec.apply(s, c);
		return gapFor(s, winner);
	};
	let best: { change: number; to: OptionId; distance: number } | null = null;
	for (const dir of ['up', 'down'] as const) {
		let prev = neutral;
		for (const c of SCAN[spec.mode][dir]) {
			if (c < spec.range[0] || c > spec.range[1]) break;
			const g = gapAt(c);
			if (g.gap < 0) {
				// Narrow between prev (winner ahead) and c (winner behind).
				let lo = prev;
				let hi = c;
				let to = g.best;
				for (let i = 0; i < BISECT_STEPS; i++) {
					const mid = (lo + hi) / 2;
					const gm = gapAt(mid);
					if (gm.gap < 0) {
						hi = mid;
						to = gm.best;
					} else lo = mid;
				}
				const distance =
					spec.mode === 'scale' ? Math.abs(Math.log(Math.max(hi, 1e-6))) : Math.abs(hi);
				if (!best || distance < best.distance) best = { change: hi, to, distance };
				break;
			}
			prev = c;
		}
	}
	return best ? { change: best.change, to: best.to } : null;
}

function valueAfter(base: Scenario, spec: InputSpec, change: number): number {
	const s = clone(base);
	spec.apply(s, change);
	return spec.read(s);
}

/**
 * Tornado and flip thresholds for a valid scenario. `flipsFor` limits the (costlier) flip search to
 * the inputs with the largest swings.
 */
export function analyseSensitivity(scenario: Scenario, flipsFor = 6): SensitivityResult {
	const baseResult = evaluateScenario(scenario);
	const winner = baseResult.recommendation.winner;
	const measure = baseResult.recommendation.measure;
	const gap = gapFor(scenario, winner).gap;
	const relevant = SENSITIVITY_INPUTS.filter(
		(spec) => !spec.options || spec.options.some((o) => baseResult.options.includes(o))
	);
	const rows: SensitivityRow[] = relevant.map((spec) => {
		const [lo, hi] = TORNADO_CHANGE[spec.mode];
		const sLo = clone(scenario);
		spec.apply(sLo, lo);
		const sHi = clone(scenario);
		spec.apply(sHi, hi);
		const gapLow = gapFor(sLo, winner).gap;
		const gapHigh = gapFor(sHi, winner).gap;
		return {
			id: spec.id,
			mode: spec.mode,
			value: spec.read(scenario),
			lowValue: spec.read(sLo),
			highValue: spec.read(sHi),
			gapLow,
			gapHigh,
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
		const flip = findFlip(scenario, spec, winner);
		if (!flip) continue;
		row.flipValue = valueAfter(scenario, spec, flip.change);
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
	return { winner, measure, gap, rows, nearestFlip };
}
