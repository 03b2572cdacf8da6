/**
 * XLSX export: Summary, Inputs, Monthly, Roles, Budget and Risk sheets. Numbers are stored as
 * numbers (full precision) and shown with currency, percent and decimal formats; header rows are
 * frozen.
 * Written with a small built-in writer and fflate instead of a general spreadsheet library, which
 * keeps this chunk a few kilobytes and gives full control of number formats.
 */
import {
	bestOptions,
	columnTotals,
	COMPONENT_IDS,
	FIGURE_IDS,
	FIGURES,
	figureValue,
	LAYERS,
	resultColumns,
	shownColumns,
	type ColumnId,
	type FigureId,
	type OptionMetrics,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { figureLabel } from '../../i18n/figures.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenShort } from '../../i18n/recommendation.ts';
import {
	moneyFormatCode,
	monthlyRows,
	recommendationSentences,
	type MonthlyRow
} from './figures.ts';
import { groupLabel, roleRows, settingsRows, type InputRow } from './inputs.ts';
import { budgetSheet } from './budget.ts';
import { riskOf, riskReport, riskSheet, type RiskOptions } from './risk.ts';
import { guard, messagesOf, MIME, type BaseExportOptions, type ExportResult } from './shared.ts';
import {
	columnSheet,
	tableSheet,
	writeWorkbook,
	type Column,
	type Cell,
	type SheetSpec,
	type StyleName
} from './xlsx-writer.ts';

export interface XlsxOptions extends BaseExportOptions, RiskOptions {
	/** Shown on the Summary sheet. */
	companyName?: string;
}

const INPUT_STYLE: Record<InputRow['kind'], StyleName> = {
	money: 'money',
	percent: 'percent',
	integer: 'integer',
	number: 'number',
	text: 'text'
};

/** The cell style of a figure's value. */
function figureStyle(id: FigureId): StyleName {
	const format = FIGURES[id].format;
	return format === 'money' ? 'money' : format === 'month' ? 'integer' : 'decimal1';
}

/** A figure's value as a cell in its format ("not within the horizon" when it has none). */
function figureCell(id: FigureId, metrics: OptionMetrics, m: Messages, best = false): Cell {
	const v = figureValue(id, metrics);
	if (v === null) return { v: m.results.notWithinHorizon, s: 'muted' };
	const style = figureStyle(id);
	return { v, s: best && style === 'money' ? 'moneyBold' : style };
}

/** Approximate row height for wrapped text across a given width in characters. */
function wrappedHeight(text: string, widthChars: number): number {
	const lines = Math.max(1, Math.ceil(text.length / Math.max(10, widthChars * 1.1)));
	return Math.max(15, lines * 15 + 3);
}

function summarySheet(
	scenario: Scenario,
	result: ScenarioResult,
	m: Messages,
	date: Date,
	company: string
): SheetSpec {
	const x = m.exports;
	// The options, then "Your plan" when a role has a mix (plan, issue 12).
	const opts = resultColumns(result);
	const totals = columnTotals(result);
	const lastCol = opts.length + 1;
	const span = (r: number) => `A${r + 1}:${String.fromCharCode(65 + lastCol)}${r + 1}`;
	const rows: Cell[][] = [];
	const merges: string[] = [];
	const heights: Record<number, number> = {};
	const widths = [36, ...opts.map(() => 20), 16];
	const textWidth = widths.reduce((a, b) => a + b, 0);
	rows.push([{ v: scenario.name, s: 'title' }]);
	merges.push(span(0));
	heights[0] = 24;
	rows.push([{ v: x.subtitle, s: 'muted' }]);
	merges.push(span(1));
	rows.push([]);
	if (company) rows.push([{ v: m.exports.preparedFor(company), s: 'bold' }]);
	rows.push([x.facts.date, { v: date, s: 'date' }]);
	rows.push([x.facts.currency, scenario.currency]);
	rows.push([
		x.facts.horizon,
		{ v: scenario.settings.horizonMonths, s: 'integer' },
		m.units.months
	]);
	rows.push([
		x.facts.discountRate,
		{ v: scenario.settings.discountRatePerYear, s: 'percent' },
		m.units.perYear
	]);
	rows.push([x.facts.decision, m.measures[result.recommendation.measure]]);
	rows.push([]);
	rows.push([{ v: x.headings.recommendation, s: 'bold' }]);
	for (const sentence of recommendationSentences(scenario, result, m)) {
		const r = rows.length;
		rows.push([{ v: sentence, s: 'wrap' }]);
		merges.push(span(r));
		heights[r] = wrappedHeight(sentence, textWidth);
	}
	rows.push([]);
	const headerRow = rows.length;
	rows.push([
		{ v: x.headings.keyFigures, s: 'header' },
		...opts.map((o) => ({ v: m.optionsLong[o], s: 'header' as const })),
		{ v: x.columns.best, s: 'header' }
	]);
	heights[headerRow] = 30;
	for (const id of FIGURE_IDS) {
		const best = bestOptions(id, totals, opts);
		rows.push([
			figureLabel(id, m),
			...opts.map((o) => figureCell(id, totals[o]!, m, best.includes(o))),
			best.map((o) => m.options[o]).join(', ')
		]);
	}
	rows.push([x.facts.breakEven, breakEvenShort(result, m)]);
	rows.push([]);
	rows.push([
		{
			v: x.notes.npv(formatPercent(scenario.settings.discountRatePerYear, scenario.locale)),
			s: 'muted'
		}
	]);
	rows.push([{ v: x.privacy, s: 'muted' }]);
	return { name: x.sheets.summary, rows, widths, merges, heights, freeze: { rows: 1, cols: 0 } };
}

function inputsSheet(scenario: Scenario, m: Messages): SheetSpec {
	const c = m.exports.columns;
	const header = [c.role, c.group, c.input, c.value, c.unit, c.isDefault, c.source];
	const rows: Cell[][] = [];
	const add = (role: string, r: InputRow) => {
		rows.push([
			role,
			groupLabel(r.group, m),
			r.label,
			{ v: r.value, s: INPUT_STYLE[r.kind] },
			r.unit,
			r.isDefault ? m.exports.yes : m.exports.no,
			{ v: r.source, s: 'muted' }
		]);
	};
	for (const r of settingsRows(scenario, m)) add('', r);
	for (const role of scenario.roles) for (const r of roleRows(role, scenario, m)) add(role.name, r);
	return tableSheet(m.exports.sheets.inputs, header, rows, {
		widths: [24, 22, 30, 16, 20, 9, 90],
		headerHeight: 20
	});
}

function monthlySheet(result: ScenarioResult, m: Messages): SheetSpec {
	const c = m.exports.columns;
	type Row = MonthlyRow;
	const money = (head: string, v: (r: Row) => number): Column<Row> => ({
		head,
		width: 15,
		cell: (r) => ({ v: v(r), s: 'money' })
	});
	const fte = (head: string, v: (r: Row) => number): Column<Row> => ({
		head,
		width: 15,
		cell: (r) => ({ v: v(r), s: 'decimal2' })
	});
	const columns: Column<Row>[] = [
		{ head: c.month, width: 8, cell: (r) => r.month },
		{ head: c.option, width: 12, cell: (r) => m.options[r.option] },
		...LAYERS.map((l) => money(m.layers[l], (r) => r.layers[l])),
		money(c.economic, (r) => r.layers.economic),
		...LAYERS.map((l) => money(c.cumulative(m.layers[l]), (r) => r.cumulative[l])),
		money(c.cumulative(c.economic), (r) => r.cumulative.economic),
		fte(c.productiveFte, (r) => r.productiveFte),
		fte(c.peopleInRole, (r) => r.peopleInRole),
		fte(c.neededFte, (r) => r.neededFte),
		...COMPONENT_IDS.map((id) => money(m.components[id], (r) => r.components[id]))
	];
	return columnSheet(m.exports.sheets.monthly, columns, monthlyRows(result), {
		freezeCols: 2,
		headerHeight: 45
	});
}

function rolesSheet(result: ScenarioResult, m: Messages): SheetSpec {
	const c = m.exports.columns;
	// A role's figures per column: the options, then "Your plan" when a role has a mix (issue 12).
	type Row = { role: ScenarioResult['roles'][number]; column: ColumnId; metrics: OptionMetrics };
	const columns: Column<Row>[] = [
		{ head: c.role, width: 28, cell: (r) => r.role.name },
		{ head: c.headcount, width: 8, cell: (r) => ({ v: r.role.headcount, s: 'integer' }) },
		{ head: c.option, width: 12, cell: (r) => m.options[r.column] },
		...FIGURE_IDS.map((id): Column<Row> => ({
			head: figureLabel(id, m),
			width: 16,
			cell: (r) => figureCell(id, r.metrics, m)
		})),
		{
			head: c.trainingMonths,
			width: 10,
			cell: (r) => (r.column === 'build' ? { v: r.role.training.months, s: 'decimal1' } : null)
		}
	];
	const rows = result.roles.flatMap((role, i) =>
		shownColumns(result, i).map((c) => ({ role, column: c.id, metrics: c.metrics }))
	);
	return columnSheet(m.exports.sheets.roles, columns, rows, { freezeCols: 1, headerHeight: 45 });
}

/** The workbook as XLSX bytes. */
export function buildXlsx(
	scenario: Scenario,
	result: ScenarioResult,
	options: XlsxOptions = {}
): ExportResult<Uint8Array> {
	const m = messagesOf(options);
	return guard(m, scenario, result, () => {
		const date = options.date ?? new Date();
		const company = (options.companyName ?? '').trim();
		const data = writeWorkbook({
			sheets: [
				summarySheet(scenario, result, m, date, company),
				inputsSheet(scenario, m),
				monthlySheet(result, m),
				rolesSheet(result, m),
				// Plan (issue 12): cash by fiscal year per role and option, as finance pastes it.
				budgetSheet(scenario, result, m),
				// Risk (issue 11.4): the screen's simulated futures.
				riskSheet(riskReport(scenario, result, riskOf(scenario, options.risk), m), m)
			],
			moneyFormat: moneyFormatCode(scenario.currency, scenario.locale),
			title: scenario.name,
			created: date
		});
		return { ok: true, data, mimeType: MIME.xlsx, extension: 'xlsx', warnings: [] };
	});
}
