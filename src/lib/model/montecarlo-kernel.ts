/**
 * The Monte Carlo kernel: one simulated future of a scenario at a time, fast enough for 10,000 runs.
 *
 * In one run every ranged input is drawn once (beta-PERT), then every person is followed as a
 * *spell*: arrives at a (fractional) month, ramps up on the curve, leaves at a drawn tenure month
 * (early-exit hazard in the first 12 months, the annual attrition hazard after) or stays to the
 * horizon; a leaver is replaced through the recruiting process (time-to-fill, external ramp), and
 * so on. Each trainee succeeds or not with the success probability. A spell is costed without
 * walking its months: constant money rates go into a difference array (added where the spell
 * starts, taken off where it ends), only the ramp months are written one by one, and one pass per
 * option at the end turns the arrays into the monthly series, its NPV and its cumulative sum. A
 * run costs O(people x ramp months + options x months) and allocates nothing (typed arrays and
 * objects are made once per scenario and reused).
 *
 * The month grid, the fractional-arrival split (an arrival at month 2.3 is 70 % in month 2 and 30 %
 * in month 3) and the half month a leaver is present are those of the deterministic engine, so the
 * mean over runs is the engine's expected value; with no ranges and every probability 0 or 1, every
 * run *is* the engine's result.
 */
import { averageProductivity, type Ramp, type RampCurve } from './ramp.ts';
import type { OptionId, Role, Scenario, Settings } from './schema.ts';
// The engine's own month-grid steps: an arrival split between months, an amount spread over a span.
import {
	addSpread,
	borrowLimitBinds,
	COMPONENT_IDS,
	COMPONENTS,
	gapHours,
	simulateBorrowInto,
	valuePerFteMonth,
	workspaceFor,
	type Workspace
} from './simulate.ts';
import { addArrival } from './staffing.ts';
import {
	annualToMonthlyProbability,
	annualToMonthlyRate,
	daysToMonths,
	discountFactor,
	loadedCostPerHour,
	loadedCostPerMonth,
	weeksToMonths,
	WEEKS_PER_MONTH
} from './units.ts';
import { FULL_CAPACITY_SHARE, FULL_CAPACITY_TOLERANCE } from './evaluate.ts';
import { pertShape, type Random } from './montecarlo-random.ts';

/** Longest ramp in months (260 weeks) plus room for rounding. */
const MAX_RAMP_MONTHS = 62;
/** Tenure months of the early-exit hazard. */
const EARLY_MONTHS = 12;
/** Stored "never reached" month to full capacity. */
export const CAPACITY_NEVER = 65535;

/**
 * Productivity by tenure month and survival by tenure for one set of cohort rules, rebuilt only
 * when the rules change (that is, when one of their inputs is ranged).
 */
class Tenure {
	/** Average productivity in tenure month k, for k < rampLength (1 from there on). */
	readonly productivity = new Float64Array(MAX_RAMP_MONTHS);
	rampLength = 0;
	/** survival[k]: probability of still being there at the start of tenure month k (k = 0..H). */
	readonly survival: Float64Array;
	/** True when nobody ever leaves (no draw needed). */
	stays = true;
	private readonly ramp: Ramp = { months: -1, start: -1, curve: 'linear' };
	private early = -1;
	private late = -1;

	/**
	 * Tenure months tracked: the horizon, and at least the early-exit year (a sign-on clawback
	 * depends on leaving within it, even after the horizon ends).
	 */
	private readonly horizon: number;

	constructor(horizon: number) {
		this.horizon = Math.max(horizon, EARLY_MONTHS);
		this.survival = new Float64Array(this.horizon + 1);
	}

	update(
		months: number,
		start: number,
		curve: RampCurve,
		earlyPerYear: number,
		latePerYear: number
	): void {
		const r = this.ramp;
		if (r.months !== months || r.start !== start || r.curve !== curve) {
			r.months = months;
			r.start = start;
			r.curve = curve;
			// As the engine's tenure table: the exact average over each month of tenure.
			this.rampLength = months > 0 ? Math.ceil(months) : 0;
			for (let k = 0; k < this.rampLength; k++) {
				this.productivity[k] = averageProductivity(r, k, k + 1);
			}
		}
		if (this.early !== earlyPerYear || this.late !== latePerYear) {
			this.early = earlyPerYear;
			this.late = latePerYear;
			const qe = annualToMonthlyProbability(earlyPerYear);
			const ql = annualToMonthlyProbability(latePerYear);
			const s = this.survival;
			s[0] = 1;
			for (let k = 0; k < this.horizon; k++) s[k + 1] = s[k] * (1 - (k < EARLY_MONTHS ? qe : ql));
			this.stays = s[this.horizon] === 1;
		}
	}

	/**
	 * Draw the tenure month in which a person leaves: the largest k with survival[k] > U (U uniform
	 * in [0, 1)), so P(k) = survival[k] - survival[k + 1]. Returns the horizon when they stay.
	 */
	drawLeave(rng: Random): number {
		if (this.stays) return this.horizon;
		const u = rng.uniform();
		const s = this.survival;
		if (s[this.horizon] > u) return this.horizon;
		let lo = 0; // s[lo] > u
		let hi = this.horizon; // s[hi] <= u
		while (hi - lo > 1) {
			const mid = (lo + hi) >> 1;
			if (s[mid] > u) lo = mid;
			else hi = mid;
		}
		return lo;
	}
}

/** One option's monthly arrays in a run (reset at the start of each run). */
class OptionAccumulator {
	/** Money per month (one-off amounts and ramp months). */
	readonly money: Float64Array;
	/** Changes of the constant money rate, by month (difference array). */
	readonly rate: Float64Array;
	/** Productive FTE per month (ramp months and half months). */
	readonly productive: Float64Array;
	/** Changes of the constant productive FTE, by month. */
	readonly productiveRate: Float64Array;

	constructor(horizon: number) {
		this.money = new Float64Array(horizon);
		this.rate = new Float64Array(horizon + 1);
		this.productive = new Float64Array(horizon);
		this.productiveRate = new Float64Array(horizon + 1);
	}

	reset(): void {
		this.money.fill(0);
		this.rate.fill(0);
		this.productive.fill(0);
		this.productiveRate.fill(0);
	}
}

/** How the people of one seat are paid and replaced (numbers updated every run). */
interface Lineage {
	/** Rules of the first person in the seat and of every replacement. */
	first: Tenure;
	replacement: Tenure;
	/** Money per month while present (loaded salary, or the raise of a moved-in employee). */
	firstRate: number;
	replacementRate: number;
	/** Whether the first person is recruited (a moved-in employee is not). */
	firstIsHire: boolean;
	/** Per hire: cost without the sign-on bonus, the bonus, and the share clawed back from early leavers. */
	hireCost: number;
	signOn: number;
	clawback: number;
	/** Value of a productive FTE-month counted against this seat's need (0 when not measured). */
	value: number;
	/** Whether the seat's productive FTE counts towards the target role's capacity. */
	capacity: boolean;
	/** Productive FTE per person present (contractor efficiency, else 1). */
	efficiency: number;
	/** Replacement arrives `delay` months after the month a person left (whole + fraction). */
	delayWhole: number;
	delayFraction: number;
}

function lineage(first: Tenure, replacement: Tenure): Lineage {
	return {
		first,
		replacement,
		firstRate: 0,
		replacementRate: 0,
		firstIsHire: true,
		hireCost: 0,
		signOn: 0,
		clawback: 0,
		value: 0,
		capacity: true,
		efficiency: 1,
		delayWhole: 1,
		delayFraction: 0
	};
}

/** A ranged field in a role: where to write the drawn value and the PERT shape. */
interface RangedSlot {
	target: Record<string, unknown>;
	key: string;
	low: number;
	high: number;
	alpha: number;
	beta: number;
}

/** Everything one role needs in a run, made once per scenario. */
interface RolePlan {
	/** A private copy of the role; ranged fields are overwritten with each run's draws. */
	role: Role;
	ranged: RangedSlot[];
	external: Tenure;
	internal: Tenure;
	contractor: Tenure;
	buy: Lineage;
	trainee: Lineage;
	fallback: Lineage;
	backfill: Lineage;
	borrow: Lineage;
}

export interface KernelRun {
	/** Decision measure (NPV) per option, in the order of `options`. */
	readonly npv: Float64Array;
	/** Cumulative (nominal) decision-measure cost per option and month: [option * H + month]. */
	readonly cumulative: Float64Array;
	/** 1-based month full capacity is first reached per option (0: nothing needed; CAPACITY_NEVER). */
	readonly capacityMonth: Uint16Array;
}

/**
 * A compiled scenario: call `run(rng)` for each simulated future; the result arrays are reused, so
 * copy what you keep before the next call.
 */
export class Kernel {
	readonly options: OptionId[];
	readonly horizon: number;
	readonly measure: 'economicNpv' | 'cashNpv';
	readonly result: KernelRun;
	private readonly economic: boolean;
	private readonly plans: RolePlan[];
	private readonly acc: OptionAccumulator[];
	private readonly discount: Float64Array;
	private readonly totalHeadcount: number;
	private readonly onCostRate: number;
	private readonly workingDaysPerYear: number;
	private readonly hoursPerWorkingDay: number;
	private readonly settings: Settings;
	/** The engine's buffers, for contractors who may stay only a limited time (made when needed). */
	private engine: Workspace | null = null;
	/** Part weights of a seat's current spell, by start month (double-buffered). */
	private weights = new Float64Array(0);
	private nextWeights = new Float64Array(0);

	constructor(scenario: Scenario) {
		const { settings } = scenario;
		const H = settings.horizonMonths;
		this.horizon = H;
		this.options = settings.includeBorrow ? ['buy', 'build', 'borrow'] : ['buy', 'build'];
		this.measure = settings.decisionMeasure === 'cash' ? 'cashNpv' : 'economicNpv';
		this.economic = this.measure === 'economicNpv';
		this.onCostRate = settings.onCostRate;
		this.workingDaysPerYear = settings.workingDaysPerYear;
		this.hoursPerWorkingDay = settings.hoursPerWorkingDay;
		this.settings = settings;
		this.totalHeadcount = scenario.roles.reduce((a, r) => a + r.headcount, 0);
		const r = annualToMonthlyRate(settings.discountRatePerYear);
		this.discount = new Float64Array(H);
		for (let m = 0; m < H; m++) this.discount[m] = discountFactor(m, r);
		this.acc = this.options.map(() => new OptionAccumulator(H));
		this.weights = new Float64Array(H + 2);
		this.nextWeights = new Float64Array(H + 2);
		const O = this.options.length;
		this.result = {
			npv: new Float64Array(O),
			cumulative: new Float64Array(O * H),
			capacityMonth: new Uint16Array(O)
		};
		this.plans = scenario.roles.map((source) => {
			const role = structuredClone(source);
			const external = new Tenure(H);
			const internal = new Tenure(H);
			const contractor = new Tenure(H);
			const plan: RolePlan = {
				role,
				ranged: [],
				external,
				internal,
				contractor,
				buy: lineage(external, external),
				trainee: lineage(internal, external),
				fallback: lineage(external, external),
				backfill: lineage(external, external),
				borrow: lineage(contractor, contractor)
			};
			plan.trainee.firstIsHire = false;
			plan.backfill.capacity = false;
			for (const [path, range] of Object.entries(role.ranges)) {
				const keys = path.split('.');
				let target = role as unknown as Record<string, unknown>;
				for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
				const key = keys[keys.length - 1];
				const likely = target[key] as number;
				const shape = pertShape(range.low, likely, range.high);
				if (!shape) continue;
				plan.ranged.push({ target, key, low: range.low, high: range.high, ...shape });
			}
			return plan;
		});
	}

	/** Whether any input is ranged (otherwise only the per-person events vary between runs). */
	get hasRanges(): boolean {
		return this.plans.some((p) => p.ranged.length > 0);
	}

	private hourly(salaryPerYear: number): number {
		return loadedCostPerHour(
			salaryPerYear,
			this.onCostRate,
			this.workingDaysPerYear,
			this.hoursPerWorkingDay
		);
	}

	/** Set a lineage's per-hire costs as the engine's `hireCosts`, with the clawback as an event. */
	private setHireCosts(
		l: Lineage,
		role: Role,
		hireSalary: number,
		interviewerSalary: number
	): void {
		const buy = role.buy;
		if (buy.acquisitionMode === 'benchmark') {
			l.hireCost = buy.costPerHire + buy.onboardingPerHire;
			l.signOn = 0;
			l.clawback = 0;
			return;
		}
		l.hireCost =
			buy.agencyFeeRate * hireSalary +
			buy.advertisingPerHire +
			buy.assessmentPerHire +
			buy.relocationPerHire +
			buy.onboardingPerHire;
		if (this.economic) l.hireCost += buy.interviewHoursPerHire * this.hourly(interviewerSalary);
		l.signOn = buy.signOnBonus;
		l.clawback = buy.signOnClawbackShare;
	}

	/** Recruiting numbers of a lineage filled by external hires at `hireSalary`. */
	private recruit(
		l: Lineage,
		role: Role,
		hireSalary: number,
		salaryMonthly: number,
		value: number,
		delay: number
	): void {
		this.setHireCosts(l, role, hireSalary, role.salaryPerYear);
		if (l.firstIsHire) l.firstRate = salaryMonthly;
		l.replacementRate = salaryMonthly;
		l.value = value;
		l.delayWhole = Math.floor(delay);
		l.delayFraction = delay - l.delayWhole;
	}

	/**
	 * Add one spell to an option: `weight` people from month `s` (tenure 0) to the month they leave
	 * (tenure `leave`; present half of that month) or the horizon.
	 */
	private addSpell(
		acc: OptionAccumulator,
		s: number,
		weight: number,
		leave: number,
		tenure: Tenure,
		rate: number,
		l: Lineage
	): void {
		const H = this.horizon;
		const end = s + leave;
		const fullEnd = end < H ? end : H;
		const productiveWeight = weight * l.efficiency;
		const value = l.value;
		const money = acc.money;
		const productive = acc.productive;
		const p = tenure.productivity;
		let rampEnd = s + tenure.rampLength;
		if (rampEnd > fullEnd) rampEnd = fullEnd;
		for (let m = s; m < rampEnd; m++) {
			const x = productiveWeight * p[m - s];
			if (l.capacity) productive[m] += x;
			money[m] -= value * x;
		}
		if (fullEnd > s) {
			acc.rate[s] += weight * rate;
			acc.rate[fullEnd] -= weight * rate;
		}
		if (fullEnd > rampEnd) {
			if (l.capacity) {
				acc.productiveRate[rampEnd] += productiveWeight;
				acc.productiveRate[fullEnd] -= productiveWeight;
			}
			acc.rate[rampEnd] -= value * productiveWeight;
			acc.rate[fullEnd] += value * productiveWeight;
		}
		if (end < H) {
			// The leaver is there for half of their last month on average.
			const x = 0.5 * productiveWeight * (leave < tenure.rampLength ? p[leave] : 1);
			money[end] += 0.5 * weight * rate;
			if (l.capacity) productive[end] += x;
			money[end] -= value * x;
		}
	}

	/**
	 * One seat from its first arrival at fractional month `t` over the horizon: the first person,
	 * then each replacement. A fractional arrival is split over two months as in the engine; the
	 * parts share the person's drawn leaving tenure, so a seat is a short vector of part weights by
	 * start month, widened by one month at each replacement with a fractional delay.
	 */
	private seat(acc: OptionAccumulator, l: Lineage, t: number, scale: number, rng: Random): void {
		const H = this.horizon;
		if (t < 0 || scale === 0) return;
		let s0 = Math.floor(t);
		if (s0 >= H) return;
		const f = t - s0;
		let w = this.weights;
		let next = this.nextWeights;
		w[0] = 1 - f;
		w[1] = f;
		let parts = f > 0 ? 2 : 1;
		let first = true;
		const g = l.delayFraction;
		for (;;) {
			const tenure = first ? l.first : l.replacement;
			const rate = first ? l.firstRate : l.replacementRate;
			const leave = tenure.drawLeave(rng);
			const isHire = !first || l.firstIsHire;
			const hire = isHire ? l.hireCost + l.signOn * (leave < EARLY_MONTHS ? 1 - l.clawback : 1) : 0;
			for (let j = 0; j < parts; j++) {
				const s = s0 + j;
				if (s >= H) break;
				const weight = w[j] * scale;
				if (weight === 0) continue;
				this.addSpell(acc, s, weight, leave, tenure, rate, l);
				if (isHire) acc.money[s] += weight * hire;
			}
			if (s0 + leave >= H) return;
			s0 += leave + l.delayWhole;
			if (s0 >= H) return;
			if (g > 0) {
				next[0] = w[0] * (1 - g);
				for (let j = 1; j < parts; j++) next[j] = w[j] * (1 - g) + w[j - 1] * g;
				next[parts] = w[parts - 1] * g;
				parts++;
				const swap = w;
				w = next;
				next = swap;
			}
			if (parts > H - s0) parts = H - s0;
			first = false;
		}
	}

	/**
	 * Contractors who may stay only a limited time rotate or are converted on a fixed calendar: the
	 * engine's own borrow simulation with this run's drawn inputs. Converted people's leaving is
	 * taken at its expected value (their cost is the mean over their futures, not one draw).
	 */
	private limitedBorrow(acc: OptionAccumulator, role: Role): void {
		const H = this.horizon;
		const ws = (this.engine ??= workspaceFor(H));
		simulateBorrowInto(role, this.settings, ws);
		const { components, productiveFte } = ws.option;
		for (const id of COMPONENT_IDS) {
			if (!this.economic && COMPONENTS[id] !== 'cash') continue;
			const series = components[id];
			for (let m = 0; m < H; m++) acc.money[m] += series[m];
		}
		for (let m = 0; m < H; m++) acc.productive[m] += productiveFte[m];
	}

	/** Value x need from month `t` (pro-rated in its first month) to the horizon. */
	private addNeed(acc: OptionAccumulator, t: number, amount: number): void {
		if (amount === 0) return;
		const i = Math.floor(t);
		if (i >= this.horizon) return;
		acc.money[i] += amount * (i + 1 - t);
		acc.rate[i + 1] += amount;
	}

	/** Draw every ranged input of a role into its working copy. */
	private draw(plan: RolePlan, rng: Random): void {
		for (const slot of plan.ranged) {
			slot.target[slot.key] = slot.low + (slot.high - slot.low) * rng.beta(slot.alpha, slot.beta);
		}
	}

	/** Simulate one future; the returned object is reused by the next call. */
	run(rng: Random): KernelRun {
		const O = this.options.length;
		for (let o = 0; o < O; o++) this.acc[o].reset();
		for (const plan of this.plans) this.draw(plan, rng);
		for (const plan of this.plans) this.role(plan, rng);
		return this.finish();
	}

	private role(plan: RolePlan, rng: Random): void {
		const { role } = plan;
		const { buy, borrow } = role;
		const n = role.headcount;
		const economic = this.economic;
		const onCost = this.onCostRate;
		const value = economic ? valuePerFteMonth(role) : 0;
		const ttf = daysToMonths(buy.timeToFillDays);
		// A leaver goes mid-month; the replacement arrives a time-to-fill later, from the next month on.
		const delay = Math.max(1, 0.5 + ttf);
		plan.external.update(
			weeksToMonths(buy.rampWeeks),
			buy.rampStartProductivity,
			buy.rampCurve,
			buy.earlyExitProbability,
			buy.attritionRatePerYear
		);
		const hireSalary = role.salaryPerYear * (1 + buy.salaryPremiumRate);
		const salaryMonthly = loadedCostPerMonth(hireSalary, onCost);
		this.recruit(plan.buy, role, hireSalary, salaryMonthly, value, delay);
		this.recruit(plan.fallback, role, hireSalary, salaryMonthly, value, delay);
		this.recruit(plan.trainee, role, hireSalary, salaryMonthly, value, delay);

		for (let o = 0; o < this.options.length; o++) {
			const acc = this.acc[o];
			const option = this.options[o];
			if (option === 'borrow' && borrowLimitBinds(role, this.horizon)) {
				this.limitedBorrow(acc, role);
				continue;
			}
			if (economic) this.addNeed(acc, role.neededFromMonth, n * value);
			if (option === 'buy') {
				const arrival = Math.max(0, role.neededFromMonth - ttf) + ttf;
				for (let k = 0; k < n; k++) this.seat(acc, plan.buy, arrival, 1, rng);
			} else if (option === 'build') {
				this.buildRole(plan, acc, ttf, rng);
			} else {
				const lead = daysToMonths(borrow.leadTimeDays);
				plan.contractor.update(weeksToMonths(borrow.onboardingWeeks), 0, 'linear', 0, 0);
				const l = plan.borrow;
				l.firstRate = borrow.billRatePerDay * borrow.daysPerMonth;
				l.replacementRate = l.firstRate;
				l.firstIsHire = false;
				l.value = value;
				l.efficiency = borrow.efficiency;
				this.seat(acc, l, Math.max(role.neededFromMonth, lead), n, rng);
			}
		}
	}

	private buildRole(plan: RolePlan, acc: OptionAccumulator, ttf: number, rng: Random): void {
		const { role } = plan;
		const { build, buy } = role;
		const n = role.headcount;
		const onCost = this.onCostRate;
		// Training plan, as the engine's `trainingPlan`.
		const weeklyHoursPerMonth = build.trainingHoursPerWeek * WEEKS_PER_MONTH;
		const override = build.trainingMonthsOverride;
		const hours = override === null ? gapHours(role) : override * weeklyHoursPerMonth;
		const months = override ?? hours / weeklyHoursPerMonth;
		const s = Math.max(0, role.neededFromMonth - months);
		const e = s + months;
		const money = acc.money;
		addArrival(money, s, n * build.courseFeesPerTrainee);
		addSpread(money, s, e, n * build.costPerTrainingHour * hours);
		addArrival(money, e, n * build.certificationCost);
		if (this.economic) {
			addSpread(money, s, e, n * hours * this.hourly(build.currentSalaryPerYear));
			const mentorHours = build.mentorHoursPerWeek * WEEKS_PER_MONTH * months;
			addSpread(money, s, e, n * mentorHours * this.hourly(role.salaryPerYear));
		}
		plan.internal.update(
			weeksToMonths(build.rampWeeks),
			build.rampStartProductivity,
			build.rampCurve,
			build.attritionRatePerYear,
			build.attritionRatePerYear
		);
		const trainee = plan.trainee;
		trainee.firstRate = loadedCostPerMonth(build.currentSalaryPerYear * build.raiseRate, onCost);
		const backfill = plan.backfill;
		const oldValue = this.economic ? valuePerFteMonth(role, build.currentSalaryPerYear) : 0;
		if (build.oldRole === 'backfill') {
			const backfillSalary = build.currentSalaryPerYear * (1 + buy.salaryPremiumRate);
			backfill.firstRate = loadedCostPerMonth(backfillSalary, onCost);
			backfill.replacementRate = backfill.firstRate;
			this.setHireCosts(backfill, role, backfillSalary, build.currentSalaryPerYear);
			backfill.value = oldValue;
			backfill.delayWhole = plan.fallback.delayWhole;
			backfill.delayFraction = plan.fallback.delayFraction;
		}
		const backfillArrival = Math.max(s, e - ttf) + ttf;
		const p = build.successProbability;
		for (let k = 0; k < n; k++) {
			if (rng.uniform() < p) {
				this.seat(acc, trainee, e, 1, rng);
				if (build.oldRole === 'backfill') {
					this.addNeed(acc, e, oldValue);
					this.seat(acc, backfill, backfillArrival, 1, rng);
				} else if (build.oldRole === 'leave-open') {
					this.addNeed(acc, e, oldValue);
				}
			} else {
				this.seat(acc, plan.fallback, e + ttf, 1, rng);
			}
		}
	}

	/** Turn each option's arrays into its NPV, cumulative series and month to full capacity. */
	private finish(): KernelRun {
		const H = this.horizon;
		const { npv, cumulative, capacityMonth } = this.result;
		// The engine's line for full capacity (`monthsToCapacity`).
		const target = (FULL_CAPACITY_SHARE - FULL_CAPACITY_TOLERANCE) * this.totalHeadcount - 1e-9;
		for (let o = 0; o < this.options.length; o++) {
			const acc = this.acc[o];
			let rate = 0;
			let productiveRate = 0;
			let cum = 0;
			let pv = 0;
			let capacity = this.totalHeadcount <= 0 ? 0 : CAPACITY_NEVER;
			const base = o * H;
			for (let m = 0; m < H; m++) {
				rate += acc.rate[m];
				const x = acc.money[m] + rate;
				cum += x;
				pv += x * this.discount[m];
				cumulative[base + m] = cum;
				if (capacity === CAPACITY_NEVER) {
					productiveRate += acc.productiveRate[m];
					if (acc.productive[m] + productiveRate >= target) capacity = m + 1;
				}
			}
			npv[o] = pv;
			capacityMonth[o] = capacity;
		}
		return this.result;
	}
}
