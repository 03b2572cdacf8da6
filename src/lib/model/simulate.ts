/**
 * Monthly simulation of each option for one role: expected cost per component and expected
 * productive capacity, month by month over the horizon. All formulas are in docs/methodology.md.
 */
import type { BuyInputs, OptionId, Role, Settings } from './schema.ts';
import { contractorSpell } from './spell.ts';
import {
	addArrival,
	staffingBuffers,
	staffingInto,
	toArray,
	type CohortRules,
	type Series,
	type StaffingBuffers
} from './staffing.ts';
import {
	daysToMonths,
	loadedCostPerHour,
	loadedCostPerMonth,
	MONTHS_PER_YEAR,
	weeksToMonths,
	WEEKS_PER_MONTH
} from './units.ts';

/** Cost components, each in exactly one layer. */
export const COMPONENTS = {
	salaries: 'cash',
	raises: 'cash',
	acquisition: 'cash',
	training: 'cash',
	backfill: 'cash',
	contractors: 'cash',
	interviewTime: 'internal',
	learningTime: 'internal',
	mentorTime: 'internal',
	vacancy: 'shortfall',
	oldRoleGap: 'shortfall'
} as const;
export type ComponentId = keyof typeof COMPONENTS;
export type Layer = 'cash' | 'internal' | 'shortfall';
export const LAYERS: readonly Layer[] = ['cash', 'internal', 'shortfall'];
export const COMPONENT_IDS = Object.keys(COMPONENTS) as ComponentId[];

export type ComponentSeries = Record<ComponentId, number[]>;

/** A pure option, or "plan": the role's mix of them ("Your plan"). */
export type SeriesOption = OptionId | 'plan';

/** One option's monthly series for one role (or summed over roles). */
export interface OptionSeries {
	option: SeriesOption;
	/** Money per month per component, in the scenario currency. */
	components: ComponentSeries;
	/** Expected productive FTE in the target role per month. */
	productiveFte: number[];
	/** Expected people in the target role per month (hired, moved or contracted). */
	peopleInRole: number[];
	/** FTE needed per month (headcount from the month it is needed, pro-rated). */
	neededFte: number[];
	/** Expected hires made per month (first hires and replacements; for cost-per-hire). */
	hires: number[];
	/** Recruiting cost per hire as ANSI/SHRM 06001 counts it (external + internal), or 0 with no hires. */
	costPerHire: number;
}

/** Training facts for a role (also shown in the skill-gap view). */
export interface TrainingPlan {
	/** Study hours per trainee (from the skill gap, or weekly hours x a set duration). */
	hours: number;
	/** Training duration in months. */
	months: number;
	/** Month training starts and ends. */
	startMonth: number;
	endMonth: number;
}

/**
 * One option's monthly series for one role, in reused typed buffers: what the simulators write.
 * `evaluateScenario` adds them into its totals at once; `toOptionSeries` copies them out.
 */
export interface OptionBuffers {
	months: number;
	components: Record<ComponentId, Float64Array>;
	productiveFte: Float64Array;
	peopleInRole: Float64Array;
	neededFte: Float64Array;
	hires: Float64Array;
	costPerHire: number;
}

/** Everything a simulator writes into, allocated once per horizon and reused by every call. */
export interface Workspace {
	months: number;
	/** The option being simulated (overwritten by every simulator call). */
	option: OptionBuffers;
	/** One staffing simulation at a time (each is consumed before the next starts). */
	staff: StaffingBuffers;
	/** Arrivals of the staffing simulation being set up. */
	arrivals: Float64Array;
	/** The old role's need (build). */
	oldNeed: Float64Array;
}

export function optionBuffers(months: number): OptionBuffers {
	const components = {} as Record<ComponentId, Float64Array>;
	for (const id of COMPONENT_IDS) components[id] = new Float64Array(months);
	return {
		months,
		components,
		productiveFte: new Float64Array(months),
		peopleInRole: new Float64Array(months),
		neededFte: new Float64Array(months),
		hires: new Float64Array(months),
		costPerHire: 0
	};
}

/** Set every series of an option's buffers to zero. */
export function clearOption(o: OptionBuffers): void {
	for (const id of COMPONENT_IDS) o.components[id].fill(0);
	o.productiveFte.fill(0);
	o.peopleInRole.fill(0);
	o.neededFte.fill(0);
	o.hires.fill(0);
	o.costPerHire = 0;
}

let shared: Workspace | null = null;

/**
 * The module's workspace for a horizon (re-allocated only when the horizon changes). Simulators
 * run one at a time, so one workspace serves every call; results never point into it.
 */
export function workspaceFor(months: number): Workspace {
	if (shared && shared.months === months) return shared;
	shared = {
		months,
		option: optionBuffers(months),
		staff: staffingBuffers(months),
		arrivals: new Float64Array(months),
		oldNeed: new Float64Array(months)
	};
	return shared;
}

/** Copy an option's buffers into an `OptionSeries` with plain arrays of its own. */
export function toOptionSeries(o: OptionBuffers, option: OptionId): OptionSeries {
	const components = {} as ComponentSeries;
	for (const id of COMPONENT_IDS) components[id] = toArray(o.components[id]);
	return {
		option,
		components,
		productiveFte: toArray(o.productiveFte),
		peopleInRole: toArray(o.peopleInRole),
		neededFte: toArray(o.neededFte),
		hires: toArray(o.hires),
		costPerHire: o.costPerHire
	};
}

/** Share of month m at or after time t0: clamp(m + 1 - t0, 0, 1). */
export function shareOfMonthFrom(m: number, t0: number): number {
	const x = m + 1 - t0;
	return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

/** Spread `total` uniformly over [a, b) months, pro-rated per month; a lump at a when b <= a. */
export function addSpread(series: Series, a: number, b: number, total: number): void {
	if (total === 0) return;
	if (b <= a) {
		addArrival(series, a, total);
		return;
	}
	const perMonth = total / (b - a);
	const first = Math.max(0, Math.floor(a));
	const last = Math.min(series.length - 1, Math.ceil(b) - 1);
	for (let m = first; m <= last; m++) {
		const overlap = Math.min(b, m + 1) - Math.max(a, m);
		if (overlap > 0) series[m] += perMonth * overlap;
	}
}

/** Study hours per trainee implied by the skill gap: sum of level steps x hours per level. */
export function gapHours(role: Role): number {
	let hours = 0;
	for (const s of role.build.skills) {
		hours += Math.max(0, s.requiredLevel - s.currentLevel) * s.hoursPerLevel;
	}
	return hours;
}

/** Training duration and timing for a role. */
export function trainingPlan(role: Role): TrainingPlan {
	const weeklyHoursPerMonth = role.build.trainingHoursPerWeek * WEEKS_PER_MONTH;
	const override = role.build.trainingMonthsOverride;
	// A set duration means study at the weekly rate for that long; otherwise the gap sets the duration.
	const hours = override === null ? gapHours(role) : override * weeklyHoursPerMonth;
	const months = override ?? hours / weeklyHoursPerMonth;
	const startMonth = Math.max(0, role.neededFromMonth - months);
	return { hours, months, startMonth, endMonth: startMonth + months };
}

export function externalRules(buy: BuyInputs): CohortRules {
	return {
		ramp: {
			months: weeksToMonths(buy.rampWeeks),
			start: buy.rampStartProductivity,
			curve: buy.rampCurve
		},
		earlyExitProbability: buy.earlyExitProbability,
		attritionRatePerYear: buy.attritionRatePerYear
	};
}

interface HireCosts {
	/** Cash paid per hire (acquisition incl. onboarding). */
	cash: number;
	/** Internal time per hire (interviews), in money. */
	internal: number;
	/** Recruiting cost per hire as ANSI/SHRM counts it (excludes onboarding/equipment). */
	costPerHire: number;
}

/**
 * Acquisition costs of one external hire at a given base salary. Itemised costs, or the benchmark
 * cost-per-hire that replaces them (never both). Onboarding/equipment is outside CPH and added in
 * both modes. The sign-on bonus is reduced by the expected clawback from early leavers.
 */
export function hireCosts(
	buy: BuyInputs,
	hireSalaryPerYear: number,
	interviewerSalaryPerYear: number,
	settings: Settings
): HireCosts {
	if (buy.acquisitionMode === 'benchmark') {
		return {
			cash: buy.costPerHire + buy.onboardingPerHire,
			internal: 0,
			costPerHire: buy.costPerHire
		};
	}
	const signOn = buy.signOnBonus * (1 - buy.signOnClawbackShare * buy.earlyExitProbability);
	const external =
		buy.agencyFeeRate * hireSalaryPerYear +
		buy.advertisingPerHire +
		buy.assessmentPerHire +
		signOn +
		buy.relocationPerHire;
	const internal =
		buy.interviewHoursPerHire *
		loadedCostPerHour(
			interviewerSalaryPerYear,
			settings.onCostRate,
			settings.workingDaysPerYear,
			settings.hoursPerWorkingDay
		);
	return { cash: external + buy.onboardingPerHire, internal, costPerHire: external + internal };
}

/**
 * Value of one fully productive FTE-month: in the target role, or in a role paid `salaryPerYear`
 * (the old role a trainee leaves), at the role's value multiplier.
 */
export function valuePerFteMonth(role: Role, salaryPerYear = role.salaryPerYear): number {
	return (role.valueMultiplier * salaryPerYear) / MONTHS_PER_YEAR;
}

/** FTE needed per month: headcount from the month it is needed, pro-rated. */
function neededInto(need: Float64Array, role: Role): void {
	for (let m = 0; m < need.length; m++)
		need[m] = role.headcount * shareOfMonthFrom(m, role.neededFromMonth);
}

/** FTE needed per month as a plain series (the plan's groups and doing nothing read it). */
export function neededSeries(role: Role, months: number): number[] {
	const need = new Float64Array(months);
	neededInto(need, role);
	return toArray(need);
}

function addShortfall(target: Series, need: Series, productive: Series, value: number): void {
	for (let m = 0; m < target.length; m++) {
		const missing = need[m] - productive[m];
		if (missing > 0) target[m] += missing * value;
	}
}

/** What one recruit costs: loaded salary per month, and the costs of each hire. */
interface RecruitCosts {
	salaryMonthly: number;
	perHire: HireCosts;
}

/**
 * The costs of recruiting someone to replace (or do the work of) a person paid
 * `baseSalaryPerYear`: that salary plus the market premium, loaded with on-costs; interviews are
 * held by people on the base salary.
 */
function recruitCosts(buy: BuyInputs, baseSalaryPerYear: number, settings: Settings): RecruitCosts {
	const salary = baseSalaryPerYear * (1 + buy.salaryPremiumRate);
	return {
		salaryMonthly: loadedCostPerMonth(salary, settings.onCostRate),
		perHire: hireCosts(buy, salary, baseSalaryPerYear, settings)
	};
}

/**
 * Add salaries, acquisition and interview time of recruited people in a set of seats. `firstHires`
 * are the first cohort's arrivals when they were recruited (null when the first cohort are moved-in
 * employees, whose base salary is paid in every option and not counted here). Salaries and
 * acquisition go to the role's components, or both to `backfill` for an old role's backfill.
 */
function addExternalSeatCosts(
	c: Record<ComponentId, Float64Array>,
	staff: StaffingBuffers,
	firstHires: Float64Array | null,
	{ salaryMonthly, perHire }: RecruitCosts,
	hires: Float64Array | null,
	seats: 'role' | 'backfill' = 'role'
): void {
	const salary = seats === 'role' ? c.salaries : c.backfill;
	const acquisition = seats === 'role' ? c.acquisition : c.backfill;
	const interview = c.interviewTime;
	const { firstEmployed, replacementEmployed, replacementHires } = staff;
	for (let m = 0; m < staff.months; m++) {
		const people = (firstHires ? firstEmployed[m] : 0) + replacementEmployed[m];
		const hired = (firstHires ? firstHires[m] : 0) + replacementHires[m];
		salary[m] += people * salaryMonthly;
		acquisition[m] += hired * perHire.cash;
		interview[m] += hired * perHire.internal;
		if (hires) hires[m] += hired;
	}
}

/** Buy: recruit externally so that hires arrive when needed (or as soon as possible). */
export function simulateBuyInto(role: Role, settings: Settings, ws: Workspace): void {
	const o = ws.option;
	clearOption(o);
	const { buy } = role;
	const c = o.components;
	const ttf = daysToMonths(buy.timeToFillDays);
	const arrival = Math.max(0, role.neededFromMonth - ttf) + ttf;
	const arrivals = ws.arrivals;
	arrivals.fill(0);
	addArrival(arrivals, arrival, role.headcount);
	const rules = externalRules(buy);
	const staff = ws.staff;
	staffingInto(staff, arrivals, rules, rules, ttf);
	const recruit = recruitCosts(buy, role.salaryPerYear, settings);
	addExternalSeatCosts(c, staff, arrivals, recruit, o.hires);
	neededInto(o.neededFte, role);
	addShortfall(c.vacancy, o.neededFte, staff.productive, valuePerFteMonth(role));
	o.productiveFte.set(staff.productive);
	for (let m = 0; m < o.months; m++)
		o.peopleInRole[m] = staff.firstEmployed[m] + staff.replacementEmployed[m];
	o.costPerHire = recruit.perHire.costPerHire;
}

/**
 * Build: train existing employees. All trainees incur training costs; a share (success probability)
 * moves into the role, the rest return to their old role and the seat is filled by recruiting,
 * starting when training ends. The old role of those who move is backfilled, left open, or not needed.
 */
export function simulateBuildInto(role: Role, settings: Settings, ws: Workspace): void {
	const o = ws.option;
	clearOption(o);
	const H = o.months;
	const { build, buy } = role;
	const n = role.headcount;
	const c = o.components;
	const plan = trainingPlan(role);
	const { startMonth: s, endMonth: e } = plan;
	const { onCostRate, workingDaysPerYear, hoursPerWorkingDay } = settings;
	const hourly = (salary: number) =>
		loadedCostPerHour(salary, onCostRate, workingDaysPerYear, hoursPerWorkingDay);

	// Training: fees at the start, per-hour costs and time spread over the training, certification at the end.
	addArrival(c.training, s, n * build.courseFeesPerTrainee);
	addSpread(c.training, s, e, n * build.costPerTrainingHour * plan.hours);
	addArrival(c.training, e, n * build.certificationCost);
	addSpread(c.learningTime, s, e, n * plan.hours * hourly(build.currentSalaryPerYear));
	const mentorHours = build.mentorHoursPerWeek * WEEKS_PER_MONTH * plan.months;
	addSpread(c.mentorTime, s, e, n * mentorHours * hourly(role.salaryPerYear));

	const p = build.successProbability;
	const ttf = daysToMonths(buy.timeToFillDays);
	const ext = externalRules(buy);
	const recruit = recruitCosts(buy, role.salaryPerYear, settings);
	const { productiveFte: productive, peopleInRole: people, hires } = o;
	const staff = ws.staff;
	const arrivals = ws.arrivals;

	// Successful trainees move in at the end of training; leavers are replaced by recruiting.
	arrivals.fill(0);
	addArrival(arrivals, e, n * p);
	const internal: CohortRules = {
		ramp: {
			months: weeksToMonths(build.rampWeeks),
			start: build.rampStartProductivity,
			curve: build.rampCurve
		},
		earlyExitProbability: build.attritionRatePerYear,
		attritionRatePerYear: build.attritionRatePerYear
	};
	staffingInto(staff, arrivals, internal, ext, ttf);
	const raiseMonthly = loadedCostPerMonth(build.currentSalaryPerYear * build.raiseRate, onCostRate);
	for (let m = 0; m < H; m++) c.raises[m] += staff.firstEmployed[m] * raiseMonthly;
	addExternalSeatCosts(c, staff, null, recruit, hires);
	for (let m = 0; m < H; m++) {
		productive[m] = staff.productive[m];
		people[m] = staff.firstEmployed[m] + staff.replacementEmployed[m];
	}

	// Failed trainees: the seat is recruited for from the end of training.
	arrivals.fill(0);
	addArrival(arrivals, e + ttf, n * (1 - p));
	staffingInto(staff, arrivals, ext, ext, ttf);
	addExternalSeatCosts(c, staff, arrivals, recruit, hires);
	for (let m = 0; m < H; m++) {
		productive[m] += staff.productive[m];
		people[m] = people[m] + staff.firstEmployed[m] + staff.replacementEmployed[m];
	}
	neededInto(o.neededFte, role);
	addShortfall(c.vacancy, o.neededFte, productive, valuePerFteMonth(role));

	// The old role of those who moved.
	const oldValue = valuePerFteMonth(role, build.currentSalaryPerYear);
	const oldNeed = ws.oldNeed;
	for (let m = 0; m < H; m++) oldNeed[m] = n * p * shareOfMonthFrom(m, e);
	if (build.oldRole === 'backfill') {
		arrivals.fill(0);
		const backfillStart = Math.max(s, e - ttf);
		addArrival(arrivals, backfillStart + ttf, n * p);
		staffingInto(staff, arrivals, ext, ext, ttf);
		const backfill = recruitCosts(buy, build.currentSalaryPerYear, settings);
		addExternalSeatCosts(c, staff, arrivals, backfill, null, 'backfill');
		addShortfall(c.oldRoleGap, oldNeed, staff.productive, oldValue);
	} else if (build.oldRole === 'leave-open') {
		for (let m = 0; m < H; m++) c.oldRoleGap[m] += oldNeed[m] * oldValue;
	}
	o.costPerHire = recruit.perHire.costPerHire;
}

/** Borrow: contractors start after a lead time, onboard, and stay for the rest of the horizon. */
export function simulateBorrowInto(role: Role, settings: Settings, ws: Workspace): void {
	const o = ws.option;
	clearOption(o);
	const { borrow } = role;
	const c = o.components;
	const lead = daysToMonths(borrow.leadTimeDays);
	const arrival = Math.max(role.neededFromMonth, lead);
	const arrivals = ws.arrivals;
	arrivals.fill(0);
	addArrival(arrivals, arrival, role.headcount);
	const rules: CohortRules = {
		ramp: { months: weeksToMonths(borrow.onboardingWeeks), start: 0, curve: 'linear' },
		earlyExitProbability: 0,
		attritionRatePerYear: 0
	};
	const limit = borrow.maxMonthsPerContractor;
	if (limit !== null && borrowLimitBinds(role, o.months)) {
		limitedBorrowInto(role, settings, ws, arrival, limit, rules.ramp);
		return;
	}
	const staff = ws.staff;
	staffingInto(staff, arrivals, rules, rules, 0);
	const monthly = borrow.billRatePerDay * borrow.daysPerMonth;
	const productive = o.productiveFte;
	for (let m = 0; m < o.months; m++) {
		c.contractors[m] = staff.firstEmployed[m] * monthly;
		productive[m] = staff.productive[m] * borrow.efficiency;
	}
	neededInto(o.neededFte, role);
	addShortfall(c.vacancy, o.neededFte, productive, valuePerFteMonth(role));
	o.peopleInRole.set(staff.firstEmployed);
}

/** Whether a role's contractors reach their longest allowed stay within `months`. */
export function borrowLimitBinds(role: Role, months: number): boolean {
	const limit = role.borrow.maxMonthsPerContractor;
	if (limit === null) return false;
	return Math.max(role.neededFromMonth, daysToMonths(role.borrow.leadTimeDays)) + limit < months;
}

/**
 * Borrow when a contractor may stay at most `limit` months (agency-worker rules; plan work): at
 * the limit a contractor is either hired permanently for the conversion fee (no search, no ramp;
 * then an employee who may leave and is replaced by recruiting), or replaced by a new contractor
 * who onboards again.
 */
function limitedBorrowInto(
	role: Role,
	settings: Settings,
	ws: Workspace,
	arrival: number,
	limit: number,
	onboarding: CohortRules['ramp']
): void {
	const o = ws.option;
	const H = o.months;
	const { borrow, buy } = role;
	const n = role.headcount;
	const c = o.components;
	const monthly = borrow.billRatePerDay * borrow.daysPerMonth;
	const convert = borrow.conversionFee !== null;
	const end = convert ? arrival + limit : H;
	const spell = contractorSpell(
		H,
		arrival,
		end,
		onboarding,
		borrow.efficiency,
		convert ? null : limit
	);
	for (let m = 0; m < H; m++) {
		c.contractors[m] = n * spell.present[m] * monthly;
		o.productiveFte[m] = n * spell.productive[m];
		o.peopleInRole[m] = n * spell.present[m];
	}
	if (convert) {
		const converted = ws.arrivals;
		converted.fill(0);
		addArrival(converted, end, n);
		addArrival(c.acquisition, end, n * (borrow.conversionFee ?? 0));
		const ttf = daysToMonths(buy.timeToFillDays);
		const settled: CohortRules = {
			ramp: { months: 0, start: 1, curve: 'linear' },
			earlyExitProbability: buy.attritionRatePerYear,
			attritionRatePerYear: buy.attritionRatePerYear
		};
		const staff = ws.staff;
		staffingInto(staff, converted, settled, externalRules(buy), ttf);
		const recruit = recruitCosts(buy, role.salaryPerYear, settings);
		// Converted people cost salary from the conversion; only their replacements are recruited.
		addExternalSeatCosts(c, staff, new Float64Array(H), recruit, o.hires);
		for (let m = 0; m < H; m++) {
			o.productiveFte[m] += staff.productive[m];
			o.peopleInRole[m] += staff.firstEmployed[m] + staff.replacementEmployed[m];
		}
		o.costPerHire = recruit.perHire.costPerHire;
	}
	neededInto(o.neededFte, role);
	addShortfall(c.vacancy, o.neededFte, o.productiveFte, valuePerFteMonth(role));
}

/** The simulators writing into a workspace (`ws.option` holds the result until the next call). */
export const SIMULATE_INTO: Record<
	OptionId,
	(role: Role, settings: Settings, ws: Workspace) => void
> = {
	buy: simulateBuyInto,
	build: simulateBuildInto,
	borrow: simulateBorrowInto
};

function simulateOption(option: OptionId, role: Role, settings: Settings): OptionSeries {
	const ws = workspaceFor(settings.horizonMonths);
	SIMULATE_INTO[option](role, settings, ws);
	return toOptionSeries(ws.option, option);
}

/** Buy, with series of its own (see `simulateBuyInto`). */
export function simulateBuy(role: Role, settings: Settings): OptionSeries {
	return simulateOption('buy', role, settings);
}

/** Build, with series of its own (see `simulateBuildInto`). */
export function simulateBuild(role: Role, settings: Settings): OptionSeries {
	return simulateOption('build', role, settings);
}

/** Borrow, with series of its own (see `simulateBorrowInto`). */
export function simulateBorrow(role: Role, settings: Settings): OptionSeries {
	return simulateOption('borrow', role, settings);
}

export const SIMULATORS: Record<OptionId, (role: Role, settings: Settings) => OptionSeries> = {
	buy: simulateBuy,
	build: simulateBuild,
	borrow: simulateBorrow
};
