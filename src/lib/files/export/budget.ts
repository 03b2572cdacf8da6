/**
 * The budget (plan, issue 12) as a finance team pastes it: one row per role and option (the
 * options and "Your plan"), one column per fiscal year, then the total; all roles at the end.
 * Numbers stay numbers: the CSV writes plain decimals, the XLSX sheet numeric cells.
 */
import {
	budgetTable,
	type BudgetTable,
	type ColumnId,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import type { Messages } from '../../i18n/messages.ts';
import { csvNumber, csvText } from './csv.ts';
import { tableSheet, type Cell, type SheetSpec } from './xlsx-writer.ts';

/** The table's rows as [role name, column, cash per fiscal year..., total]. */
function lines(
	table: BudgetTable,
	scenario: Scenario,
	allRoles: string
): { role: string; column: ColumnId; years: number[]; total: number }[] {
	const byYear = (years: { year: number; total: number }[]) =>
		table.years.map((y) => years.find((x) => x.year === y)?.total ?? 0);
	return [...table.rows, ...table.totals].map((r) => ({
		role: r.role === null ? allRoles : scenario.roles[r.role].name,
		column: r.column,
		years: byYear(r.years),
		total: r.total
	}));
}

/**
 * The budget as CSV: `role,option,FY2027,...,total`, option as its id (buy, build, borrow, plan),
 * amounts as plain decimals in the scenario's currency (RFC 4180, CRLF).
 */
export function budgetCsv(scenario: Scenario, result: ScenarioResult): string {
	const table = budgetTable(result, scenario.settings);
	const header = ['role', 'option', ...table.years.map((y) => `FY${y}`), 'total'];
	const rows = lines(table, scenario, 'All roles').map((l) => [
		l.role,
		l.column,
		...l.years.map((v) => csvNumber(v)),
		csvNumber(l.total)
	]);
	return csvText([header, ...rows]);
}

/** The XLSX "Budget" sheet: role and option names in the interface language, amounts as numbers. */
export function budgetSheet(scenario: Scenario, result: ScenarioResult, m: Messages): SheetSpec {
	const table = budgetTable(result, scenario.settings);
	const b = m.budget;
	const header = [b.role, b.option, ...table.years.map((y) => b.fiscalYear(y)), b.total];
	const rows: Cell[][] = [];
	for (const l of lines(table, scenario, b.allRoles)) {
		rows.push([
			l.role,
			m.options[l.column],
			...l.years.map((v): Cell => ({ v, s: 'money' })),
			{ v: l.total, s: 'money' }
		]);
	}
	return tableSheet(m.exports.sheets.budget, header, rows, {
		widths: [28, 16, ...table.years.map(() => 16), 16],
		freezeCols: 2,
		landscape: false
	});
}
