/**
 * The scenarios page's rows: each saved scenario with when it was changed and its recommended
 * option and cost (of its last valid state), as text.
 */
import { formatDateTime, formatMoney } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { evaluateScenario, type Scenario } from '../model/index.ts';
import type { Entry } from './saved-entries.ts';

export interface ScenarioRow {
	entry: Entry;
	/** The last valid state, or null when it has never been valid. */
	scenario: Scenario | null;
	/** The name as typed, or "Untitled". */
	name: string;
	/** When it was last changed, in its own locale (the interface's when it has none). */
	changed: string;
	/** "Upskill · $60,000", or null when the scenario needs fixing first. */
	recommended: string | null;
}

/** One row per entry, in order. `validScenarioOf` gives an entry's last valid scenario. */
export function scenarioRows(
	entries: readonly Entry[],
	validScenarioOf: (entry: Entry) => Scenario | null,
	t: Messages
): ScenarioRow[] {
	return entries.map((entry) => {
		const scenario = validScenarioOf(entry);
		const result = scenario ? evaluateScenario(scenario) : null;
		const winner = result?.recommendation.winner;
		return {
			entry,
			scenario,
			name: String(entry.draft.name) || t.app.untitled,
			changed: formatDateTime(entry.updatedAt, scenario?.locale ?? t.lang),
			recommended:
				scenario && result && winner
					? `${t.options[winner]} · ${formatMoney(result.totals[winner]!.npv.economic, scenario.currency, scenario.locale)}`
					: null
		};
	});
}

/** "Last backup file saved …" or "No backup file saved from this browser yet." */
export function lastBackupText(lastBackupAt: string | null, t: Messages): string {
	return lastBackupAt
		? t.keeping.lastBackup(formatDateTime(lastBackupAt, t.lang))
		: t.keeping.noBackup;
}
