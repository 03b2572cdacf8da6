/**
 * The rows of the results tables (key figures, results per role) from a scenario's result: which
 * columns, which values, which are best. The components only lay them out.
 */
import { figureLabel, formatFigure } from '../i18n/figures.ts';
import type { Messages } from '../i18n/messages.ts';
import {
	bestOptions,
	columnTotals,
	figureValue,
	KEY_FIGURES,
	resultColumns,
	winnerOn,
	type ColumnId,
	type FigureId,
	type OptionId,
	type RoleResult,
	type ScenarioResult
} from '../model/index.ts';

/** One key figure: its label (with basis), each column's value as text, and the best columns. */
export interface KeyFigureRow {
	id: FigureId;
	label: string;
	best: ColumnId[];
	values: string[];
}

/** Cost measures: a win there by an option that never reaches full capacity is marked. */
const COST_MEASURES: readonly FigureId[] = ['economicNpv', 'cashNpv', 'costPerProductiveFteMonth'];

/**
 * The key figures table: the pure options, then "Your plan" when a role has a mix; one row per key
 * figure; and which best cells are cost wins by an option that never reaches full capacity.
 */
export function keyFiguresTable(
	result: ScenarioResult,
	currency: string,
	locale: string,
	t: Messages
): {
	columns: ColumnId[];
	rows: KeyFigureRow[];
	flagged: (id: FigureId, column: ColumnId) => boolean;
	anyFlagged: boolean;
} {
	const columns = resultColumns(result);
	const totals = columnTotals(result);
	const rows = KEY_FIGURES.map((id) => ({
		id,
		label: figureLabel(id, t),
		best: bestOptions(id, totals, columns),
		values: columns.map((o) => formatFigure(id, figureValue(id, totals[o]!), currency, locale, t))
	}));
	const flagged = (id: FigureId, o: ColumnId) =>
		COST_MEASURES.includes(id) && !result.nothingNeeded && totals[o]?.monthsToFullCapacity === null;
	return {
		columns,
		rows,
		flagged,
		anyFlagged: rows.some((r) => r.best.some((o) => flagged(r.id, o)))
	};
}

/** The per-role table's result columns: the options, then "Your plan" when a role has a mix. */
export const perRoleColumns = (result: ScenarioResult): ColumnId[] => resultColumns(result);

/** Each role with the best option on the decision measure (null for a role of no one). */
export function perRoleRows(result: ScenarioResult): { role: RoleResult; best: OptionId | null }[] {
	const measure = result.recommendation.measure;
	return result.roles.map((role) => ({
		role,
		best: role.headcount > 0 ? winnerOn(role.options, result.options, measure) : null
	}));
}
