/**
 * Uncertainty in the exports (issue 11.4): the same simulated futures as the screen (the scenario's
 * own runs, seed and capacity month, `simulationSettingsOf`), summarised for the PDF risk page, the
 * XLSX "Risk" sheet, the PPTX risk slide and the risk CSV. The kernel is seeded and pure, so a
 * simulation run here gives exactly the figures the risk panel shows.
 */
import {
	fieldDef,
	fieldKeyOf,
	isCurrentSimulation,
	simulationSettingsOf,
	type OptionId,
	type Scenario,
	type ScenarioResult,
	type UncertaintyResult
} from '../../model/index.ts';
import { simulateScenario } from '../../model/montecarlo.ts';
import { formatInputValue, labelForPath } from '../../i18n/fields.ts';
import {
	formatHistogramLabels,
	formatMoney,
	formatNumber,
	formatPercent
} from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { riskSentence } from '../../i18n/risk-text.ts';
import { csvNumber, csvText } from './csv.ts';
import { guard, messagesOf, MIME, type BaseExportOptions, type ExportResult } from './shared.ts';
import type { Cell, SheetSpec, StyleName } from './xlsx-writer.ts';

/** Options of every builder that shows the risk. */
export interface RiskOptions {
	/**
	 * The screen's finished simulation of this very scenario, when at hand; otherwise (or when it is
	 * partial or was run with other settings) the export runs the same simulation itself.
	 */
	risk?: UncertaintyResult | null;
}

/**
 * The simulation of a scenario as the screen shows it: `given` when it is complete and was run with
 * the scenario's settings, else a fresh run with them (synchronous: the command line and tests; the
 * export dialog always brings a current one, simulated in the worker when the panel has none).
 */
export function riskOf(scenario: Scenario, given?: UncertaintyResult | null): UncertaintyResult {
	return isCurrentSimulation(scenario, given)
		? given
		: simulateScenario(scenario, simulationSettingsOf(scenario));
}

/** One estimate with a range: where it is, and low, likely and high in the field's units. */
export interface RangedInput {
	label: string;
	kind: 'money' | 'percent' | 'number';
	low: number;
	likely: number;
	high: number;
	/** The three values formatted as on screen. */
	text: [string, string, string];
}

/** One option's figures over the simulated futures. */
export interface RiskRow {
	option: OptionId;
	mean: number;
	p10: number;
	p50: number;
	p90: number;
	probabilityBest: number;
	probabilityFullCapacity: number;
}

/** Everything an export shows about the risk, in the interface language. */
export interface RiskReport {
	u: UncertaintyResult;
	/** "Upskilling is cheapest in 71 % of 10,000 simulated futures; …" */
	sentence: string;
	/** Why the spread is small or absent (events only, or none) and what is not simulated. */
	notes: string[];
	/** False when every future gives each option the same figure: no histogram to draw. */
	spread: boolean;
	rows: RiskRow[];
	ranged: RangedInput[];
	/** Table headers, in order: option, mean, P10, P50, P90, cheapest in, full capacity by month. */
	headers: string[];
	/** Runs, seed, measure and method in one sentence. */
	method: string;
}

/** Every range of every role, in role order, labelled "Role › Recruit › Time to fill". */
export function rangedInputs(scenario: Scenario, m: Messages): RangedInput[] {
	const names = scenario.roles.map((r) => r.name);
	const out: RangedInput[] = [];
	scenario.roles.forEach((role, i) => {
		for (const [path, range] of Object.entries(role.ranges)) {
			const full = ['roles', i, ...path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
			let at: unknown = role;
			for (const step of path.split('.')) at = (at as Record<string, unknown> | undefined)?.[step];
			if (typeof at !== 'number') continue;
			const key = fieldKeyOf(full);
			const def = key ? fieldDef(key).kind : 'number';
			const kind = def === 'money' || def === 'percent' ? def : 'number';
			const show = (v: number) => formatInputValue(full, v, scenario.currency, scenario.locale, m);
			out.push({
				label: labelForPath(full, names, m),
				kind,
				low: range.low,
				likely: at,
				high: range.high,
				text: [show(range.low), show(at), show(range.high)]
			});
		}
	});
	return out;
}

/** The risk of a scenario as the exports show it. */
export function riskReport(
	scenario: Scenario,
	result: ScenarioResult,
	u: UncertaintyResult,
	m: Messages
): RiskReport {
	const { currency, locale } = scenario;
	const spread = u.options.some((o) => {
		const x = u.perOption[o]!;
		return x.max - x.min > 1e-9 * Math.max(1, Math.abs(x.max));
	});
	const notes: string[] = [];
	if (!spread) notes.push(m.exports.risk.noSpread);
	else if (u.eventsOnly) notes.push(m.exports.risk.eventsOnly);
	if (result.plan) notes.push(m.exports.risk.planNotSimulated);
	const r = m.risk;
	return {
		u,
		sentence: riskSentence(u, currency, locale, m),
		notes,
		spread,
		rows: u.options.map((option) => {
			const x = u.perOption[option]!;
			return {
				option,
				mean: x.mean,
				p10: x.p10,
				p50: x.p50,
				p90: x.p90,
				probabilityBest: x.probabilityBest,
				probabilityFullCapacity: x.probabilityFullCapacity
			};
		}),
		ranged: rangedInputs(scenario, m),
		headers: [
			r.option,
			r.mean,
			r.p10,
			r.p50,
			r.p90,
			r.probabilityBest,
			r.capacityBy(u.capacityMonth)
		],
		method: r.runsAndSeed(
			formatNumber(u.runs, locale, 0),
			formatNumber(u.seed, locale, 0, false),
			m.measures[u.measure]
		)
	};
}

/** A row's cells as text: money in whole units, probabilities as whole percent (as on screen). */
export function riskRowText(row: RiskRow, scenario: Scenario, m: Messages): string[] {
	const money = (v: number) => formatMoney(v, scenario.currency, scenario.locale);
	const percent = (v: number) => formatPercent(v, scenario.locale, 0);
	return [
		m.options[row.option],
		money(row.mean),
		money(row.p10),
		money(row.p50),
		money(row.p90),
		percent(row.probabilityBest),
		percent(row.probabilityFullCapacity)
	];
}

/** The histogram bins' labels, as the screen's axis has them. */
export function binLabels(u: UncertaintyResult, scenario: Scenario): string[] {
	return formatHistogramLabels(u.histogramEdges, scenario.currency, scenario.locale).bins;
}

export const RISK_CSV_COLUMNS = [
	'option',
	'measure',
	'runs',
	'seed',
	'mean',
	'p10',
	'p50',
	'p90',
	'probability_cheapest',
	'capacity_month',
	'probability_full_capacity'
] as const;

/**
 * The risk as CSV for a finance user: one row per option with the simulation's settings repeated
 * on each row (so every row stands alone in a pivot table), fixed English column names, the
 * option as its id, money as plain decimals in the scenario's currency and probabilities as
 * decimals (0.71). RFC 4180, CRLF.
 */
export function buildRiskCsv(
	scenario: Scenario,
	result: ScenarioResult,
	options: BaseExportOptions & RiskOptions = {}
): ExportResult<string> {
	const m = messagesOf(options);
	return guard(m, scenario, result, () => {
		const u = riskOf(scenario, options.risk);
		const rows: string[][] = [[...RISK_CSV_COLUMNS]];
		for (const o of u.options) {
			const x = u.perOption[o]!;
			rows.push([
				o,
				u.measure,
				String(u.runs),
				String(u.seed),
				csvNumber(x.mean),
				csvNumber(x.p10),
				csvNumber(x.p50),
				csvNumber(x.p90),
				csvNumber(x.probabilityBest, 4),
				String(u.capacityMonth),
				csvNumber(x.probabilityFullCapacity, 4)
			]);
		}
		return { ok: true, data: csvText(rows), mimeType: MIME.csv, extension: 'csv', warnings: [] };
	});
}

const RANGE_STYLE: Record<RangedInput['kind'], StyleName> = {
	money: 'money',
	percent: 'percent',
	number: 'decimal2'
};

/**
 * The XLSX "Risk" sheet: the sentence, the settings (runs, seed, measure, month), per option the
 * mean, P10, P50, P90 and probabilities (numbers with formats), the histogram's bins with the
 * futures counted in each, and the estimates with a range.
 */
export function riskSheet(report: RiskReport, m: Messages): SheetSpec {
	const { u } = report;
	const x = m.exports.risk;
	const cols = report.headers.length;
	const last = String.fromCharCode(64 + cols);
	const rows: Cell[][] = [];
	const merges: string[] = [];
	const heights: Record<number, number> = {};
	const text = (v: string, s: StyleName, height?: number) => {
		const r = rows.length;
		rows.push([{ v, s }]);
		merges.push(`A${r + 1}:${last}${r + 1}`);
		if (height) heights[r] = height;
	};
	const header = (cells: string[]) => {
		heights[rows.length] = 30;
		rows.push(cells.map((v) => ({ v, s: 'header' as const })));
	};
	text(m.risk.title, 'title', 24);
	text(report.sentence, 'wrap', 32);
	for (const note of report.notes) text(note, 'muted', 30);
	rows.push([]);
	rows.push([x.runs, { v: u.runs, s: 'integer' }]);
	rows.push([x.seed, { v: u.seed, s: 'number' }]);
	rows.push([x.measure, m.measures[u.measure]]);
	rows.push([x.capacityMonth, { v: u.capacityMonth, s: 'integer' }]);
	rows.push([]);
	header(report.headers);
	for (const r of report.rows) {
		rows.push([
			m.options[r.option],
			...[r.mean, r.p10, r.p50, r.p90].map((v): Cell => ({ v, s: 'money' })),
			{ v: r.probabilityBest, s: 'percent' },
			{ v: r.probabilityFullCapacity, s: 'percent' }
		]);
	}
	// The histogram's bins (none when every future is the same: nothing to draw).
	if (report.spread) {
		rows.push([]);
		text(x.distribution, 'bold');
		header([x.binFrom, x.binTo, ...u.options.map((o) => m.options[o])]);
		const e = u.histogramEdges;
		for (let i = 0; i + 1 < e.length; i++) {
			rows.push([
				{ v: e[i], s: 'money' },
				{ v: e[i + 1], s: 'money' },
				...u.options.map((o): Cell => ({ v: u.perOption[o]!.histogram[i], s: 'integer' }))
			]);
		}
	}
	if (report.ranged.length > 0) {
		rows.push([]);
		text(x.rangedInputs, 'bold');
		header([x.input, x.low, x.likely, x.high]);
		for (const r of report.ranged) {
			const s = RANGE_STYLE[r.kind];
			rows.push([r.label, { v: r.low, s }, { v: r.likely, s }, { v: r.high, s }]);
		}
	}
	rows.push([]);
	text(report.method, 'muted', 30);
	return {
		name: m.exports.sheets.risk,
		rows,
		widths: [34, ...Array.from({ length: cols - 1 }, () => 17)],
		merges,
		heights,
		freeze: { rows: 1, cols: 0 },
		landscape: true
	};
}
