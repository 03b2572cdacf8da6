/**
 * The budget view's data (plan, issue 12): the model's budget table for the open scenario, its
 * charts' titles and text alternatives, and the CSV download (the export code loads only when
 * asked for).
 */
import {
	budgetTable,
	type BudgetTable,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';
import { exportFileName } from '../files/export/filename.ts';
import { formatMoney, formatNumber } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';

/** Cash by fiscal year and quarter, per role and column, for the scenario's calendar. */
export function budgetOf(scenario: Scenario, result: ScenarioResult): BudgetTable {
	return budgetTable(result, scenario.settings);
}

/** A row's cash in fiscal year `year` (0 for a year the row does not reach). */
export function yearCash(years: { year: number; total: number }[], year: number): number {
	return years.find((x) => x.year === year)?.total ?? 0;
}

/** A chart's title and text alternative. */
export interface ChartText {
	title: string;
	description: string;
}

/**
 * The budget charts' titles and text alternatives: each column's cash per fiscal year, and the
 * people in the role at the end of the horizon.
 */
export function budgetChartTexts(
	table: BudgetTable,
	scenario: Scenario,
	t: Messages
): { cash: ChartText; headcount: ChartText } {
	const b = t.budget;
	const money = (v: number) => formatMoney(v, scenario.currency, scenario.locale);
	const years = (r: BudgetTable['totals'][number]) =>
		table.years.map((y) => `${b.fiscalYear(y)} ${money(yearCash(r.years, y))}`).join(', ');
	return {
		cash: {
			title: b.chartTitle,
			description: b.chartDescription(
				table.totals.map((r) => `${t.options[r.column]} ${years(r)}`).join('; ')
			)
		},
		headcount: {
			title: b.headcountTitle,
			description: b.headcountDescription(
				table.headcount
					.map(
						(h) =>
							`${t.options[h.column]} ${formatNumber(h.values[h.values.length - 1] ?? 0, scenario.locale, 1)}`
					)
					.join(', ')
			)
		}
	};
}

/** Download the budget as CSV (rows = roles x option, columns = fiscal years). */
export async function downloadBudgetCsv(scenario: Scenario, result: ScenarioResult): Promise<void> {
	const [{ budgetCsv }, { downloadFile }] = await Promise.all([
		import('../files/export/budget.ts'),
		import('../files/download.ts')
	]);
	downloadFile(
		budgetCsv(scenario, result),
		exportFileName(`${scenario.name} budget`, new Date(), 'csv'),
		'text/csv;charset=utf-8'
	);
}
