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
import { annualToMonthlyProbability, zeros } from './units.ts';

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

/** Add `mass` arriving at fractional month `t` to `arrivals`, split linearly between months. */
export function addArrival(arrivals: number[], t: number, mass: number): void {
	if (mass === 0 || t < 0) return;
	const i = Math.floor(t);
	const f = t - i;
	if (i < arrivals.length) arrivals[i] += mass * (1 - f);
	if (i + 1 < arrivals.length && f > 0) arrivals[i + 1] += mass * f;
}

interface Cohort {
	/** True while nobody is in any bucket (lets empty months be skipped). */
	empty: boolean;
	mass: number[];
	/** Productivity per tenure bucket (average over the month of tenure). */
	productivity: number[];
	/** Monthly leaving probability per tenure bucket. */
	hazard: number[];
}

/** Tenure tables (productivity, hazard) of recent rules: the same rules recur across options. */
const TABLES = new Map<string, { productivity: number[]; hazard: number[] }>();
const TABLES_KEPT = 32;

function tablesFor(rules: CohortRules): { productivity: number[]; hazard: number[] } {
	const r = rules.ramp;
	const key = `${r.months}|${r.start}|${r.curve}|${rules.earlyExitProbability}|${rules.attritionRatePerYear}`;
	const hit = TABLES.get(key);
	if (hit) return hit;
	// Buckets for tenure months 0..L-1; the last bucket holds everyone at tenure >= L-1.
	const L = Math.max(13, Math.ceil(r.months) + 1);
	const productivity = zeros(L);
	const hazard = zeros(L);
	const early = annualToMonthlyProbability(rules.earlyExitProbability);
	const late = annualToMonthlyProbability(rules.attritionRatePerYear);
	for (let a = 0; a < L; a++) {
		productivity[a] = a === L - 1 ? 1 : averageProductivity(r, a, a + 1);
		hazard[a] = a < 12 ? early : late;
	}
	const tables = { productivity, hazard };
	if (TABLES.size >= TABLES_KEPT) TABLES.delete(TABLES.keys().next().value!);
	TABLES.set(key, tables);
	return tables;
}

function makeCohort(rules: CohortRules): Cohort {
	const { productivity, hazard } = tablesFor(rules);
	return { empty: true, mass: zeros(productivity.length), productivity, hazard };
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
	const L = mass.length;
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

/**
 * Simulate seats over `months` months. `arrivals[m]` is the expected first-cohort arrivals in month
 * m (built with `addArrival`). Leavers of either cohort are replaced by `replacement` rules after
 * `replacementDelayMonths` (the time-to-fill), counted from the middle of the month they left, and
 * no earlier than the start of the next month.
 */
export function simulateStaffing(
	months: number,
	arrivals: number[],
	first: CohortRules,
	replacement: CohortRules,
	replacementDelayMonths: number
): StaffingSeries {
	const firstEmployed = zeros(months);
	const replacementEmployed = zeros(months);
	const productive = zeros(months);
	const replacementHires = zeros(months);
	const firstCohort = makeCohort(first);
	const replacementCohort = makeCohort(replacement);
	const a: StepOut = { employed: 0, productive: 0, leavers: 0 };
	const b: StepOut = { employed: 0, productive: 0, leavers: 0 };
	for (let m = 0; m < months; m++) {
		stepCohort(firstCohort, arrivals[m], a);
		stepCohort(replacementCohort, replacementHires[m], b);
		firstEmployed[m] = a.employed;
		replacementEmployed[m] = b.employed;
		productive[m] = a.productive + b.productive;
		// Leavers go mid-month on average; month m is already simulated, so a replacement starts no
		// earlier than the next month (otherwise short delays would drop part of it).
		const replacementAt = Math.max(m + 1, m + 0.5 + replacementDelayMonths);
		addArrival(replacementHires, replacementAt, a.leavers + b.leavers);
	}
	return { firstEmployed, replacementEmployed, productive, replacementHires };
}
