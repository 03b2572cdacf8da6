/**
 * XLSX export: Summary, Inputs, Monthly, Roles and Budget sheets. Numbers are stored as numbers (full
 * precision) and shown with currency, percent and decimal formats; header rows are frozen.
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
	type FigureId,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { figureLabel } from '../../i18n/figures.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenShort } from '../../i18n/recommendation.ts';
import { moneyFormatCode, monthlyRows, recommendationSentences } from './figures.ts';
import { groupLabel, roleRows, settingsRows, type InputRow } from './inputs.ts';
import { budgetSheet } from './budget.ts';
import { guard, messagesOf, MIME, type BaseExportOptions, type ExportResult } from './shared.ts';
import { writeWorkbook, type Cell, type SheetSpec, type StyleName } from './xlsx-writer.ts';

export interface XlsxOptions extends BaseExportOptions {
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
		const style = figureStyle(id);
		rows.push([
			figureLabel(id, m),
			...opts.map((o): Cell => {
				const v = figureValue(id, totals[o]!);
				if (v === null) return { v: m.results.notWithinHorizon, s: 'muted' };
				return { v, s: best.includes(o) && style === 'money' ? 'moneyBold' : style };
			}),
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
	const rows: Cell[][] = [header.map((h) => ({ v: h, s: 'header' as const }))];
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
	return {
		name: m.exports.sheets.inputs,
		rows,
		widths: [24, 22, 30, 16, 20, 9, 90],
		freeze: { rows: 1, cols: 0 },
		heights: { 0: 20 },
		autoFilter: true,
		landscape: true
	};
}

function monthlySheet(result: ScenarioResult, m: Messages): SheetSpec {
	const c = m.exports.columns;
	const header = [
		c.month,
		c.option,
		...LAYERS.map((l) => m.layers[l]),
		c.economic,
		...LAYERS.map((l) => c.cumulative(m.layers[l])),
		c.cumulative(c.economic),
		c.productiveFte,
		c.peopleInRole,
		c.neededFte,
		...COMPONENT_IDS.map((id) => m.components[id])
	];
	const rows: Cell[][] = [header.map((h) => ({ v: h, s: 'header' as const }))];
	const money = (v: number): Cell => ({ v, s: 'money' });
	const fte = (v: number): Cell => ({ v, s: 'decimal2' });
	for (const r of monthlyRows(result)) {
		rows.push([
			r.month,
			m.options[r.option],
			...LAYERS.map((l) => money(r.layers[l])),
			money(r.layers.economic),
			...LAYERS.map((l) => money(r.cumulative[l])),
			money(r.cumulative.economic),
			fte(r.productiveFte),
			fte(r.peopleInRole),
			fte(r.neededFte),
			...COMPONENT_IDS.map((id) => money(r.components[id]))
		]);
	}
	return {
		name: m.exports.sheets.monthly,
		rows,
		widths: [8, 12, ...header.slice(2).map(() => 15)],
		freeze: { rows: 1, cols: 2 },
		heights: { 0: 45 },
		autoFilter: true,
		landscape: true
	};
}

function rolesSheet(result: ScenarioResult, m: Messages): SheetSpec {
	const c = m.exports.columns;
	const header = [
		c.role,
		c.headcount,
		c.option,
		...FIGURE_IDS.map((id) => figureLabel(id, m)),
		c.trainingMonths
	];
	const rows: Cell[][] = [header.map((h) => ({ v: h, s: 'header' as const }))];
	for (const role of result.roles) {
		for (const o of result.options) {
			const t = role.options[o]!;
			rows.push([
				role.name,
				{ v: role.headcount, s: 'integer' },
				m.options[o],
				...FIGURE_IDS.map((id): Cell => {
					const v = figureValue(id, t);
					if (v === null) return { v: m.results.notWithinHorizon, s: 'muted' };
					return { v, s: figureStyle(id) };
				}),
				o === 'build' ? { v: role.training.months, s: 'decimal1' } : null
			]);
		}
	}
	return {
		name: m.exports.sheets.roles,
		rows,
		widths: [28, 8, 12, ...FIGURE_IDS.map(() => 16), 10],
		freeze: { rows: 1, cols: 1 },
		heights: { 0: 45 },
		autoFilter: true,
		landscape: true
	};
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
				budgetSheet(scenario, result, m)
			],
			moneyFormat: moneyFormatCode(scenario.currency, scenario.locale),
			title: scenario.name,
			created: date
		});
		return { ok: true, data, mimeType: MIME.xlsx, extension: 'xlsx', warnings: [] };
	});
}
