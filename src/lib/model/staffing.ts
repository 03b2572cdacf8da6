/**
 * Expected staffing of a set of seats over time: people arrive (hired or moved in), ramp up, may
 * leave (early-exit hazard in their first 12 months, an annual rate after), and every leaver is
 * replaced through the external recruiting process (time-to-fill, then an external ramp).
 *
 * Expected values, month by month. Arrivals at fractional times are split between the two
 * neighbouring months so that their mean arrival time is exact: moving an arrival by a week moves
 * every result continuously. Tenure is tracked month by month up to the end of the ramp and of the
 * first year; beyond that everyone is alike and sits in one bucket.
 */
import { averageProductivity, type Ramp } from './ramp.ts';
import { annualToMonthlyProbability } from './units.ts';

export interface CohortRules {
	ramp: Ramp;
	/** Probability of leaving within the first 12 months of tenure (decimal). */
	earlyExitProbability: number;
	/** Probability of leaving per year after the first 12 months (decimal). */
	attritionRatePerYear: number;
}

export interface StaffingSeries {
	/** Expected people of the first cohort in the seats, per month (average over the month). */
	firstEmployed: number[];
	/** Expected replacement hires in the seats, per month. */
	replacementEmployed: number[];
	/** Expected productive FTE, per month. */
	productive: number[];
	/** Expected replacement hires arriving, per month (acquisition events). */
	replacementHires: number[];
}

/** A monthly series the engine writes into: a plain array or a reused typed buffer. */
export type Series = number[] | Float64Array;

/** Add `mass` arriving at fractional month `t` to `arrivals`, split linearly between months. */
export function addArrival(arrivals: Series, t: number, mass: number): void {
	if (mass === 0 || t < 0) return;
	const i = Math.floor(t);
	const f = t - i;
	if (i < arrivals.length) arrivals[i] += mass * (1 - f);
	if (i + 1 < arrivals.length && f > 0) arrivals[i + 1] += mass * f;
}

/** Tenure tables of one set of rules: productivity and monthly hazard per tenure bucket. */
interface Tables {
	months: number;
	start: number;
	curve: Ramp['curve'];
	early: number;
	late: number;
	/** Productivity per tenure bucket (average over the month of tenure). */
	productivity: Float64Array;
	/** Monthly leaving probability per tenure bucket. */
	hazard: Float64Array;
}

/**
 * Tenure tables of recent rules: the same rules recur across options, roles and evaluations. Looked
 * up by comparing the five numbers (no key is built per call); replaced round-robin when full.
 */
const TABLES: Tables[] = [];
const TABLES_KEPT = 32;
let tablesNext = 0;

function tablesFor(rules: CohortRules): Tables {
	const r = rules.ramp;
	const early = rules.earlyExitProbability;
	const late = rules.attritionRatePerYear;
	for (let i = 0; i < TABLES.length; i++) {
		const t = TABLES[i];
		if (
			t.months === r.months &&
			t.start === r.start &&
			t.curve === r.curve &&
			t.early === early &&
			t.late === late
		)
			return t;
	}
	// Buckets for tenure months 0..L-1; the last bucket holds everyone at tenure >= L-1.
	const L = Math.max(13, Math.ceil(r.months) + 1);
	const productivity = new Float64Array(L);
	const hazard = new Float64Array(L);
	const earlyMonthly = annualToMonthlyProbability(early);
	const lateMonthly = annualToMonthlyProbability(late);
	for (let a = 0; a < L; a++) {
		productivity[a] = a === L - 1 ? 1 : averageProductivity(r, a, a + 1);
		hazard[a] = a < 12 ? earlyMonthly : lateMonthly;
	}
	const tables: Tables = {
		months: r.months,
		start: r.start,
		curve: r.curve,
		early,
		late,
		productivity,
		hazard
	};
	if (TABLES.length < TABLES_KEPT) TABLES.push(tables);
	else {
		TABLES[tablesNext] = tables;
		tablesNext = (tablesNext + 1) % TABLES_KEPT;
	}
	return tables;
}

/** One cohort's state: people per tenure bucket (a reused buffer, at least as long as the tables). */
interface Cohort {
	/** True while nobody is in any bucket (lets empty months be skipped). */
	empty: boolean;
	/** Buckets in use (the tables' length). */
	length: number;
	mass: Float64Array;
	productivity: Float64Array;
	hazard: Float64Array;
}

/** What one month of a cohort produced (reused to avoid allocation in the hot loop). */
interface StepOut {
	employed: number;
	productive: number;
	leavers: number;
}

/**
 * Step one cohort through one month: record who is there, remove leavers, age everyone by a month
 * (the last bucket keeps its people). Walks from the oldest bucket down so each can move up in place.
 */
function stepCohort(c: Cohort, arriving: number, out: StepOut): void {
	const mass = c.mass;
	const hazard = c.hazard;
	const productivity = c.productivity;
	const L = c.length;
	if (c.empty && arriving === 0) {
		out.employed = 0;
		out.productive = 0;
		out.leavers = 0;
		return;
	}
	mass[0] += arriving;
	let employed = 0;
	let productive = 0;
	let leavers = 0;
	for (let a = L - 1; a >= 0; a--) {
		const m = mass[a];
		if (m === 0) continue;
		const leave = m * hazard[a];
		// People leaving during the month are there for half of it on average.
		const present = m - leave / 2;
		employed += present;
		productive += present * productivity[a];
		leavers += leave;
		const stay = m - leave;
		if (a === L - 1) mass[a] = stay;
		else if (a === L - 2) {
			mass[L - 1] += stay;
			mass[a] = 0;
		} else {
			mass[a + 1] = stay;
			mass[a] = 0;
		}
	}
	c.empty = employed === 0 && leavers === 0;
	out.employed = employed;
	out.productive = productive;
	out.leavers = leavers;
}

/** Reused buffers of one staffing simulation: its four monthly outputs and two cohorts. */
export interface StaffingBuffers {
	months: number;
	firstEmployed: Float64Array;
	replacementEmployed: Float64Array;
	productive: Float64Array;
	replacementHires: Float64Array;
	first: Cohort;
	replacement: Cohort;
	a: StepOut;
	b: StepOut;
}

function emptyCohort(): Cohort {
	const none = new Float64Array(0);
	return { empty: true, length: 0, mass: new Float64Array(16), productivity: none, hazard: none };
}

/** Buffers for `months` months (allocated once, reused by every `staffingInto` call). */
export function staffingBuffers(months: number): StaffingBuffers {
	return {
		months,
		firstEmployed: new Float64Array(months),
		replacementEmployed: new Float64Array(months),
		productive: new Float64Array(months),
		replacementHires: new Float64Array(months),
		first: emptyCohort(),
		replacement: emptyCohort(),
		a: { employed: 0, productive: 0, leavers: 0 },
		b: { employed: 0, productive: 0, leavers: 0 }
	};
}

function resetCohort(c: Cohort, rules: CohortRules): void {
	const t = tablesFor(rules);
	const L = t.productivity.length;
	if (c.mass.length < L) c.mass = new Float64Array(Math.max(L, 2 * c.mass.length));
	else c.mass.fill(0, 0, L);
	c.length = L;
	c.productivity = t.productivity;
	c.hazard = t.hazard;
	c.empty = true;
}

/**
 * What filling staffing buffers takes besides them: arrivals, first and replacement rules, delay
 * (`staffingInto` spells them out: it runs for every option of every role).
 */
type FillArgs = [
	arrivals: Series,
	first: CohortRules,
	replacement: CohortRules,
	replacementDelayMonths: number
];

/**
 * Simulate seats month by month into reused buffers (overwritten): the direct recursion, used to
 * compute each set of rules' response to one arrival (see `staffingInto`).
 */
function simulateDirect(
	out: StaffingBuffers,
	...[arrivals, first, replacement, replacementDelayMonths]: FillArgs
): void {
	const months = out.months;
	const { firstEmployed, replacementEmployed, productive, replacementHires, a, b } = out;
	replacementHires.fill(0);
	resetCohort(out.first, first);
	resetCohort(out.replacement, replacement);
	for (let m = 0; m < months; m++) {
		stepCohort(out.first, arrivals[m], a);
		stepCohort(out.replacement, replacementHires[m], b);
		firstEmployed[m] = a.employed;
		replacementEmployed[m] = b.employed;
		productive[m] = a.productive + b.productive;
		// Leavers go mid-month on average; month m is already simulated, so a replacement starts no
		// earlier than the next month (otherwise short delays would drop part of it).
		const replacementAt = Math.max(m + 1, m + 0.5 + replacementDelayMonths);
		addArrival(replacementHires, replacementAt, a.leavers + b.leavers);
	}
}

/**
 * The staffing of one person arriving at the start of month 0 under a set of rules: the impulse
 * response. Staffing is linear in the arrivals and the same in every month (each month's step and
 * the replacement delay depend only on tenure and on the month's offset), so the staffing of any
 * arrivals is the sum of this response shifted to each arrival month and scaled by its mass.
 */
interface Response {
	months: number;
	first: CohortRules;
	replacement: CohortRules;
	delay: number;
	out: StaffingBuffers;
}

const sameRules = (x: CohortRules, y: CohortRules): boolean =>
	x.ramp.months === y.ramp.months &&
	x.ramp.start === y.ramp.start &&
	x.ramp.curve === y.ramp.curve &&
	x.earlyExitProbability === y.earlyExitProbability &&
	x.attritionRatePerYear === y.attritionRatePerYear;

/** Responses of recent rules (looked up by comparing numbers; replaced round-robin when full). */
const RESPONSES: Response[] = [];
const RESPONSES_KEPT = 48;
let responsesNext = 0;
let lastResponse = 0;

const copyRules = (r: CohortRules): CohortRules => ({
	ramp: { months: r.ramp.months, start: r.ramp.start, curve: r.ramp.curve },
	earlyExitProbability: r.earlyExitProbability,
	attritionRatePerYear: r.attritionRatePerYear
});

/** Write `from`'s numbers into `to` (a cached copy being reused). */
function setRules(to: CohortRules, from: CohortRules): void {
	to.ramp.months = from.ramp.months;
	to.ramp.start = from.ramp.start;
	to.ramp.curve = from.ramp.curve;
	to.earlyExitProbability = from.earlyExitProbability;
	to.attritionRatePerYear = from.attritionRatePerYear;
}

/** One arrival at the start of month 0 (read only; one per horizon length in use). */
let unitImpulse = new Float64Array(0);
function unitFor(months: number): Float64Array {
	if (unitImpulse.length !== months) {
		unitImpulse = new Float64Array(months);
		if (months > 0) unitImpulse[0] = 1;
	}
	return unitImpulse;
}

function responseFor(
	months: number,
	first: CohortRules,
	replacement: CohortRules,
	delay: number
): StaffingBuffers {
	// The last hit first: consecutive calls mostly use the same rules.
	for (let k = 0; k < RESPONSES.length; k++) {
		const i = (lastResponse + k) % RESPONSES.length;
		const r = RESPONSES[i];
		if (
			r.months === months &&
			r.delay === delay &&
			sameRules(r.first, first) &&
			sameRules(r.replacement, replacement)
		) {
			lastResponse = i;
			return r.out;
		}
	}
	if (RESPONSES.length < RESPONSES_KEPT) {
		const out = staffingBuffers(months);
		simulateDirect(out, unitFor(months), first, replacement, delay);
		// The rules are copied: callers may reuse or change their objects.
		lastResponse = RESPONSES.length;
		RESPONSES.push({
			months,
			first: copyRules(first),
			replacement: copyRules(replacement),
			delay,
			out
		});
		return out;
	}
	// Full: the oldest response makes room, and lends its objects (and buffers, when the horizon is
	// the same) to the new one, so a miss allocates nothing in the steady state.
	lastResponse = responsesNext;
	const r = RESPONSES[responsesNext];
	responsesNext = (responsesNext + 1) % RESPONSES_KEPT;
	if (r.months !== months) r.out = staffingBuffers(months);
	r.months = months;
	setRules(r.first, first);
	setRules(r.replacement, replacement);
	r.delay = delay;
	simulateDirect(r.out, unitFor(months), first, replacement, delay);
	return r.out;
}

/**
 * Simulate seats over `out.months` months into reused buffers (overwritten). `arrivals[m]` is the
 * expected first-cohort arrivals in month m (built with `addArrival`). Leavers of either cohort are
 * replaced by `replacement` rules after `replacementDelayMonths` (the time-to-fill), counted from
 * the middle of the month they left, and no earlier than the start of the next month.
 *
 * Computed as the sum of the rules' impulse response shifted to each month with arrivals (two
 * months for one fractional arrival), so repeated rules cost no simulation at all.
 */
export function staffingInto(
	out: StaffingBuffers,
	arrivals: Series,
	first: CohortRules,
	replacement: CohortRules,
	replacementDelayMonths: number
): void {
	const H = out.months;
	const { firstEmployed, replacementEmployed, productive, replacementHires } = out;
	firstEmployed.fill(0);
	replacementEmployed.fill(0);
	productive.fill(0);
	replacementHires.fill(0);
	let response: StaffingBuffers | null = null;
	for (let i = 0; i < H; i++) {
		const mass = arrivals[i];
		if (mass === 0) continue;
		response ??= responseFor(H, first, replacement, replacementDelayMonths);
		const rf = response.firstEmployed;
		const rr = response.replacementEmployed;
		const rp = response.productive;
		const rh = response.replacementHires;
		for (let m = i; m < H; m++) {
			const k = m - i;
			firstEmployed[m] += mass * rf[k];
			replacementEmployed[m] += mass * rr[k];
			productive[m] += mass * rp[k];
			replacementHires[m] += mass * rh[k];
		}
	}
}

/** Copy the first `n` values of a buffer into a new plain array (results own their series). */
export function toArray(buffer: ArrayLike<number>, n = buffer.length): number[] {
	const out = new Array<number>(n);
	for (let i = 0; i < n; i++) out[i] = buffer[i];
	return out;
}

/** What `simulateStaffing` takes: months, then what a fill takes. */
type StaffingArgs = [months: number, ...FillArgs];

/** The buffers' series as plain arrays of their own. */
function seriesOf(out: StaffingBuffers): StaffingSeries {
	return {
		firstEmployed: toArray(out.firstEmployed),
		replacementEmployed: toArray(out.replacementEmployed),
		productive: toArray(out.productive),
		replacementHires: toArray(out.replacementHires)
	};
}

/** Fill new buffers with `fill` and return their series as plain arrays. */
function simulateWith(fill: typeof staffingInto, [months, ...rest]: StaffingArgs): StaffingSeries {
	const out = staffingBuffers(months);
	fill(out, ...rest);
	return seriesOf(out);
}

/** Simulate seats over `months` months (see `staffingInto`); returns plain arrays of its own. */
export const simulateStaffing = (...args: StaffingArgs): StaffingSeries =>
	simulateWith(staffingInto, args);

/**
 * The month-by-month recursion itself, without the response cache (the reference the shifted
 * responses are tested against); returns plain arrays of its own.
 */
export const simulateStaffingStepwise = (...args: StaffingArgs): StaffingSeries =>
	simulateWith(simulateDirect, args);
