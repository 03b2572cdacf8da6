/**
 * CSV export: one row per month and option, machine-readable (RFC 4180, '.' decimals, no thousands
 * separators, no BOM). Column names are fixed English identifiers so scripts can rely on them.
 */
import {
	layerData,
	capacityData,
	cumulativeCostData,
	type FigureBasis,
	type ResultChartId,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { monthlyRows } from './figures.ts';
import { guard, messagesOf, MIME, type BaseExportOptions, type ExportResult } from './shared.ts';

export type CsvOptions = BaseExportOptions;

export const CSV_COLUMNS = [
	'month',
	'option',
	'cash',
	'internal_time',
	'shortfall',
	'economic',
	'cumulative_economic',
	'productive_fte',
	'people_in_role',
	'needed_fte'
] as const;

/** Quote a field when it holds a comma, quote, CR or LF (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

/**
 * A number as a plain decimal with '.', no exponent, at most `digits` decimals, trailing zeros
 * dropped; non-finite values become an empty field.
 */
export function csvNumber(value: number | null | undefined, digits = 2): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	const fixed = value.toFixed(digits);
	const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
	return trimmed === '-0' ? '0' : trimmed;
}

/** Join rows into CSV text with CRLF line ends (RFC 4180). */
export function csvText(rows: string[][]): string {
	return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The monthly series of every option as CSV. Money with 2 decimals, FTE with 4. */
export function buildCsv(
	scenario: Scenario,
	result: ScenarioResult,
	options: CsvOptions = {}
): ExportResult<string> {
	const m = messagesOf(options);
	return guard(m, scenario, result, () => {
		const rows: string[][] = [[...CSV_COLUMNS]];
		for (const r of monthlyRows(result)) {
			rows.push([
				String(r.month),
				r.option,
				csvNumber(r.layers.cash),
				csvNumber(r.layers.internal),
				csvNumber(r.layers.shortfall),
				csvNumber(r.layers.economic),
				csvNumber(r.cumulative.economic),
				csvNumber(r.productiveFte, 4),
				csvNumber(r.peopleInRole, 4),
				csvNumber(r.neededFte, 4)
			]);
		}
		return { ok: true, data: csvText(rows), mimeType: MIME.csv, extension: 'csv', warnings: [] };
	});
}

export interface ChartDataOptions extends CsvOptions {
	/** The cumulative chart's basis: as paid (default) or discounted like the NPV figures. */
	basis?: FigureBasis;
}

/**
 * The data behind one chart as CSV, one column per option (headers use the option names from the
 * messages): cumulative cost on the decision measure per month on the chart's basis (named in each
 * header: "Recruit (NPV)"), productive FTE per month (plus the needed FTE), or NPV per cost layer.
 */
export function chartDataCsv(
	scenario: Scenario,
	result: ScenarioResult,
	chart: ResultChartId,
	options: ChartDataOptions = {}
): ExportResult<string> {
	const m = messagesOf(options);
	return guard(m, scenario, result, () => {
		// The options, then "Your plan" when a role has a mix (plan, issue 12), as the charts show.
		const rows: string[][] = [];
		if (chart === 'cost-by-layer') {
			const { columns, layers } = layerData(result);
			rows.push([m.exports.columns.option, ...layers.map((l) => m.layers[l.layer])]);
			columns.forEach((id, i) => {
				rows.push([m.options[id], ...layers.map((l) => csvNumber(l.values[i]))]);
			});
		} else if (chart === 'capacity') {
			const data = capacityData(result);
			rows.push([
				m.exports.columns.month,
				...data.lines.map((l) => m.options[l.option]),
				m.exports.columns.neededFte
			]);
			for (let i = 0; i < data.months; i++) {
				rows.push([
					String(i + 1),
					...data.lines.map((l) => csvNumber(l.values[i], 4)),
					csvNumber(data.needed[i], 4)
				]);
			}
		} else {
			const basis = options.basis ?? 'nominal';
			const data = cumulativeCostData(result, basis, scenario.settings.discountRatePerYear);
			rows.push([
				m.exports.columns.month,
				...data.lines.map((l) => m.basis.label(m.options[l.option], m.basis[basis]))
			]);
			for (let i = 0; i < data.months; i++) {
				rows.push([String(i + 1), ...data.lines.map((l) => csvNumber(l.values[i]))]);
			}
		}
		return { ok: true, data: csvText(rows), mimeType: MIME.csv, extension: 'csv', warnings: [] };
	});
}
