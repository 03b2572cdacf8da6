/**
 * The budget view: monthly cash placed on the calendar (a start month and year) and summed by
 * fiscal year and quarter. A fiscal year is named by the calendar year in which it ends (a year
 * starting in April 2026 is FY2027); with a January start it is the calendar year. Only the
 * grouping depends on the fiscal-year start: every total is the same sum of the same months.
 */
import type { ScenarioResult } from './evaluate.ts';
import { shownColumns, type ColumnId } from './figures.ts';

export interface Calendar {
	/** Calendar month (1-12) of the horizon's first month. */
	startMonth: number;
	startYear: number;
	/** Calendar month (1-12) in which the fiscal year starts. */
	fiscalYearStartMonth: number;
}

export interface FiscalPeriod {
	/** Fiscal year, named by the calendar year in which it ends. */
	year: number;
	/** Quarter of the fiscal year, 1-4. */
	quarter: number;
}

/** The fiscal year and quarter of model month m (0-based from the start date). */
export function fiscalPeriodOf(m: number, cal: Calendar): FiscalPeriod {
	const index = cal.startMonth - 1 + m;
	const calendarMonth = index % 12;
	const calendarYear = cal.startYear + Math.floor(index / 12);
	const fyStart = cal.fiscalYearStartMonth - 1;
	const intoYear = (calendarMonth - fyStart + 12) % 12;
	const year = fyStart === 0 || calendarMonth < fyStart ? calendarYear : calendarYear + 1;
	return { year, quarter: Math.floor(intoYear / 3) + 1 };
}

export interface BudgetYear {
	year: number;
	/** Cash per quarter (a quarter outside the horizon is null). */
	quarters: (number | null)[];
	total: number;
}

/** Sum a monthly series by fiscal year and quarter. */
export function byFiscalYear(monthly: ArrayLike<number>, cal: Calendar): BudgetYear[] {
	const years: BudgetYear[] = [];
	for (let m = 0; m < monthly.length; m++) {
		const { year, quarter } = fiscalPeriodOf(m, cal);
		let y = years[years.length - 1];
		if (!y || y.year !== year) {
			y = { year, quarters: [null, null, null, null], total: 0 };
			years.push(y);
		}
		y.quarters[quarter - 1] = (y.quarters[quarter - 1] ?? 0) + monthly[m];
		y.total += monthly[m];
	}
	return years;
}

/** The fiscal years the horizon touches, in order. */
export function fiscalYears(months: number, cal: Calendar): number[] {
	const out: number[] = [];
	for (let m = 0; m < months; m++) {
		const { year } = fiscalPeriodOf(m, cal);
		if (out[out.length - 1] !== year) out.push(year);
	}
	return out;
}

/** Cash per fiscal year of a monthly series, aligned to `fiscalYears` (for the budget constraint). */
export function cashPerFiscalYear(monthly: ArrayLike<number>, cal: Calendar): number[] {
	return byFiscalYear(monthly, cal).map((y) => y.total);
}

// The budget view: cash by fiscal year per role and per column (the options and "Your plan").

/** One row of the budget: a role (or all roles) under one option or the plan. */
export interface BudgetRow {
	/** Role index; null for the total over all roles. */
	role: number | null;
	column: ColumnId;
	/** Cash per fiscal year and quarter, aligned to the table's years. */
	years: BudgetYear[];
	/** Nominal cash over the horizon (the sum of the years). */
	total: number;
}

export interface BudgetTable {
	/** Fiscal years the horizon touches, in order. */
	years: number[];
	columns: ColumnId[];
	/** Per role, per column (role-major: role 0's columns, then role 1's ...). */
	rows: BudgetRow[];
	/** All roles together, per column. */
	totals: BudgetRow[];
	/** People in the role per month, for the plan when there is one (else each column). */
	headcount: { column: ColumnId; values: number[] }[];
}

function row(
	role: number | null,
	column: ColumnId,
	cash: ArrayLike<number>,
	cal: Calendar
): BudgetRow {
	const years = byFiscalYear(cash, cal);
	return { role, column, years, total: years.reduce((a, y) => a + y.total, 0) };
}

/** The budget of a result: nominal cash by fiscal year and quarter, per role and column. */
export function budgetTable(result: ScenarioResult, cal: Calendar): BudgetTable {
	const totals = shownColumns(result);
	const rows = result.roles.flatMap((_, i) =>
		shownColumns(result, i).map((c) => row(i, c.id, c.metrics.monthly.cash, cal))
	);
	// The head count of "Your plan" when there is one, else of every option.
	const staffed = result.plan ? totals.filter((c) => c.id === 'plan') : totals;
	return {
		years: fiscalYears(result.horizonMonths, cal),
		columns: totals.map((c) => c.id),
		rows,
		totals: totals.map((c) => row(null, c.id, c.metrics.monthly.cash, cal)),
		headcount: staffed.map((c) => ({
			column: c.id,
			values: Array.from(c.metrics.series.peopleInRole)
		}))
	};
}
