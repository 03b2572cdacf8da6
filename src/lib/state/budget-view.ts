/**
 * The budget view's data (plan, issue 12): the model's budget table for the open scenario, and the
 * CSV download (the export code loads only when asked for).
 */
import {
	budgetTable,
	type BudgetTable,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';
import { exportFileName } from '../files/export/filename.ts';

/** Cash by fiscal year and quarter, per role and column, for the scenario's calendar. */
export function budgetOf(scenario: Scenario, result: ScenarioResult): BudgetTable {
	return budgetTable(result, scenario.settings);
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
