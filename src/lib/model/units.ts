/**
 * Units and conversions used by the engine. Every constant here is named in docs/methodology.md.
 * Months are the engine's unit of time; money is a plain number in the scenario's currency.
 */

/** Calendar days per month: 365.25 / 12. */
export const DAYS_PER_MONTH = 365.25 / 12;
/** Weeks per month: 52 / 12. */
export const WEEKS_PER_MONTH = 52 / 12;
/** Months per year. */
export const MONTHS_PER_YEAR = 12;

/** Calendar days to months (fractional). */
export function daysToMonths(days: number): number {
	return days / DAYS_PER_MONTH;
}

/** Weeks to months (fractional). */
export function weeksToMonths(weeks: number): number {
	return weeks / WEEKS_PER_MONTH;
}

/** Working days to months, given working days per year (e.g. 230). */
export function workingDaysToMonths(workingDays: number, workingDaysPerYear: number): number {
	return (workingDays / workingDaysPerYear) * MONTHS_PER_YEAR;
}

/**
 * Annual rate (decimal per year) to the equivalent monthly rate by compounding:
 * (1 + r)^(1/12) - 1. 0.08 per year -> 0.006434 per month.
 */
export function annualToMonthlyRate(ratePerYear: number): number {
	return Math.pow(1 + ratePerYear, 1 / MONTHS_PER_YEAR) - 1;
}

/**
 * Annual probability of leaving (decimal) to a constant monthly hazard: the monthly probability q
 * such that 1 - (1 - q)^12 = p. 0.12 per year -> 0.01060 per month.
 */
export function annualToMonthlyProbability(probabilityPerYear: number): number {
	if (probabilityPerYear >= 1) return 1;
	return 1 - Math.pow(1 - probabilityPerYear, 1 / MONTHS_PER_YEAR);
}

/** Loaded cost per year: base salary x (1 + on-cost rate). */
export function loadedCostPerYear(salaryPerYear: number, onCostRate: number): number {
	return salaryPerYear * (1 + onCostRate);
}

/** Loaded cost per month: loaded cost per year / 12. */
export function loadedCostPerMonth(salaryPerYear: number, onCostRate: number): number {
	return loadedCostPerYear(salaryPerYear, onCostRate) / MONTHS_PER_YEAR;
}

/** Loaded cost per hour: loaded cost per year / (working days per year x hours per working day). */
export function loadedCostPerHour(
	salaryPerYear: number,
	onCostRate: number,
	workingDaysPerYear: number,
	hoursPerWorkingDay: number
): number {
	return loadedCostPerYear(salaryPerYear, onCostRate) / (workingDaysPerYear * hoursPerWorkingDay);
}

/** Discount factor for month m at a monthly rate: 1 / (1 + rMonthly)^m (flows at month start). */
export function discountFactor(month: number, monthlyRate: number): number {
	return 1 / Math.pow(1 + monthlyRate, month);
}

/** A monthly series of zeros (plain arrays: cheaper to allocate than typed arrays in V8). */
export function zeros(months: number): number[] {
	return new Array<number>(months).fill(0);
}
