/**
 * PDF report with jsPDF. Page 1 is the decision: name, date, optional company and logo, the
 * recommendation in words, key figures, and two vector charts (cumulative cost with the break-even
 * point, productive capacity). Page 2 is the risk over the simulated futures. Later pages:
 * assumptions, cost by layer and component, results per role, and the methodology in brief. A4 or
 * US Letter.
 */
import { jsPDF } from 'jspdf';
import {
	layerData,
	COMPONENT_IDS,
	COMPONENTS,
	COMPARE_FIGURES,
	LAYERS,
	shownColumns,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { figureLabel } from '../../i18n/figures.ts';
import { formatLongDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import {
	capacityChart,
	cumulativeChart,
	figureText,
	headline,
	keyFigureTable,
	OPTION_COLORS,
	recommendationSentences,
	type ExportChart
} from './figures.ts';
import { formatInput, groupLabel, roleRows, settingsRows, type InputRow } from './inputs.ts';
import { fitLogo, readLogo, type LogoInput } from './logo.ts';
import {
	heading,
	INK,
	lineChart,
	lineHeight,
	MUTED,
	paragraph,
	rgb,
	setDraw,
	setFill,
	setText,
	table,
	type Column,
	type Ctx,
	type TableRow
} from './pdf-draw.ts';
import { riskPage } from './pdf-risk.ts';
import { toWinAnsi } from './pdf-text.ts';
import { riskOf, riskReport, type RiskOptions } from './risk.ts';
import {
	fail,
	guard,
	messagesOf,
	MIME,
	truncate,
	type BaseExportOptions,
	type ExportResult
} from './shared.ts';

export type { LogoInput } from './logo.ts';
export { exportFileName } from './filename.ts';

export type PageSize = 'a4' | 'letter';

export interface PdfOptions extends BaseExportOptions, RiskOptions {
	/** Paper size; default A4. */
	pageSize?: PageSize;
	/** Shown above the title ("Prepared for ..."). */
	companyName?: string;
	/** PNG or JPEG logo shown top right. A bad logo gives a 'bad-logo' error. */
	logo?: LogoInput;
	/** Compress content streams (default true; tests turn it off to read the text). */
	compress?: boolean;
}

const MARGIN = 16;

/** A logo that passed the header checks but that jsPDF could not decode. */
class LogoError extends Error {}
/** Default values in the assumptions are shown in this grey; entered values in ink. */
const DEFAULT_GREY = '8A9099';

function footer(ctx: Ctx, scenario: Scenario, m: Messages): void {
	const { doc } = ctx;
	const pages = doc.getNumberOfPages();
	for (let p = 1; p <= pages; p++) {
		doc.setPage(p);
		doc.setFont('helvetica', 'normal');
		doc.setFontSize(7.5);
		setText(doc, MUTED);
		const y = ctx.pageH - 9;
		setDraw(doc, 'E5E7EB');
		doc.setLineWidth(0.2);
		doc.line(MARGIN, y - 4, ctx.pageW - MARGIN, y - 4);
		doc.text(ctx.t(truncate(`${m.app.name} \u00b7 ${scenario.name}`, 70)), MARGIN, y);
		doc.text(ctx.t(m.exports.page(p, pages)), ctx.pageW - MARGIN, y, { align: 'right' });
		doc.text(ctx.t(m.exports.privacy), MARGIN, y + 3.5);
	}
}

/** Page 1, read top to bottom: title, the recommendation, key figures, two charts. */
function firstPage(
	ctx: Ctx,
	scenario: Scenario,
	result: ScenarioResult,
	m: Messages,
	options: PdfOptions,
	logo: ReturnType<typeof readLogo>
): void {
	titleBlock(ctx, scenario, m, options, logo);
	recommendationBox(ctx, scenario, result, m);
	keyFigures(ctx, scenario, result, m);
	// The two charts share the rest of the page.
	const chartH = Math.max(50, (ctx.bottom - ctx.y - 2 * 7) / 2);
	chart(ctx, scenario, result, cumulativeChart(result, m), chartH, m);
	chart(ctx, scenario, result, capacityChart(result, m), chartH - 12, m);
}

/** Company line, scenario name, subtitle and date; the logo top right, the title wrapping beside it. */
function titleBlock(
	ctx: Ctx,
	scenario: Scenario,
	m: Messages,
	options: PdfOptions,
	logo: ReturnType<typeof readLogo>
): void {
	const { doc } = ctx;
	const width = ctx.pageW - 2 * MARGIN;
	let titleW = width;
	if (logo) {
		const [w, h] = fitLogo(logo, 45, 16);
		try {
			doc.addImage(logo.bytes, logo.format, ctx.pageW - MARGIN - w, MARGIN, w, h);
		} catch (e) {
			throw new LogoError(e instanceof Error ? e.message : String(e));
		}
		titleW = width - w - 6;
	}
	const company = (options.companyName ?? '').trim();
	if (company) {
		paragraph(ctx, truncate(m.exports.preparedFor(company), 120), {
			size: 8.5,
			color: MUTED,
			width: titleW,
			gap: 0.5
		});
	}
	doc.setFont('helvetica', 'bold');
	doc.setFontSize(20);
	const titleLines = (doc.splitTextToSize(ctx.t(scenario.name), titleW) as string[]).slice(0, 2);
	setText(doc, INK);
	for (const line of titleLines) {
		doc.text(line, MARGIN, ctx.y + 6);
		ctx.y += lineHeight(20, 1.15);
	}
	const date = formatLongDate(options.date ?? new Date(), scenario.locale);
	paragraph(ctx, `${m.exports.subtitle} \u00b7 ${m.exports.prepared(date)}`, {
		size: 8.5,
		color: MUTED,
		width: titleW,
		gap: 3
	});
	if (logo) ctx.y = Math.max(ctx.y, MARGIN + 19);
}

/** The recommendation in a shaded box with an accent bar in the winner's colour. */
function recommendationBox(
	ctx: Ctx,
	scenario: Scenario,
	result: ScenarioResult,
	m: Messages
): void {
	const { doc } = ctx;
	const width = ctx.pageW - 2 * MARGIN;
	const sentences = recommendationSentences(scenario, result, m);
	doc.setFontSize(9.5);
	doc.setFont('helvetica', 'normal');
	const bodyLines = sentences.flatMap((s) => doc.splitTextToSize(ctx.t(s), width - 10) as string[]);
	const boxH = 4 + lineHeight(12) + bodyLines.length * lineHeight(9.5, 1.3) + 3;
	setFill(doc, 'F1F5F9');
	doc.rect(MARGIN, ctx.y, width, boxH, 'F');
	doc.setFillColor(...rgb(OPTION_COLORS[result.recommendation.winner]));
	doc.rect(MARGIN, ctx.y, 1.6, boxH, 'F');
	let y = ctx.y + 4 + 12 * 0.3;
	doc.setFont('helvetica', 'bold');
	doc.setFontSize(12);
	setText(doc, INK);
	doc.text(ctx.t(headline(result, m)), MARGIN + 5, y);
	y += lineHeight(12) - 0.5;
	doc.setFont('helvetica', 'normal');
	doc.setFontSize(9.5);
	for (const line of bodyLines) {
		doc.text(line, MARGIN + 5, y);
		y += lineHeight(9.5, 1.3);
	}
	ctx.y += boxH + 5;
}

/** The headline figures per option (best in bold), and how they are discounted. */
function keyFigures(ctx: Ctx, scenario: Scenario, result: ScenarioResult, m: Messages): void {
	// The options, then "Your plan" when a role has a mix (plan, issue 12).
	const figures = keyFigureTable(result, scenario, m);
	const columns: Column[] = [
		{ header: m.exports.headings.keyFigures, width: 1.6 },
		...figures.columns.map((header) => ({ header, width: 1, align: 'right' as const }))
	];
	const rows: TableRow[] = figures.rows.map((row) => [
		row.label,
		...row.cells.map((c) => ({ text: c.text, bold: c.best }))
	]);
	table(ctx, columns, rows, { size: 8.5 });
	paragraph(
		ctx,
		m.exports.notes.npv(formatPercent(scenario.settings.discountRatePerYear, scenario.locale)),
		{ size: 7.5, color: MUTED, gap: 2 }
	);
}

/** One export chart (its heading, lines and marks) as a vector line chart `height` mm tall. */
function chart(
	ctx: Ctx,
	scenario: Scenario,
	result: ScenarioResult,
	c: ExportChart,
	height: number,
	m: Messages
): void {
	const money = c.unit === 'money';
	heading(ctx, c.title, height, 10);
	const H = result.horizonMonths;
	// Cumulative cost starts at 0 before month 1; capacity is drawn mid-month.
	const points = (values: number[]): [number, number][] =>
		money
			? [[0, 0], ...values.map((v, i): [number, number] => [i + 1, v])]
			: values.map((v, i): [number, number] => [i + 0.5, v]);
	lineChart(
		ctx,
		{ x: MARGIN, y: ctx.y, w: ctx.pageW - 2 * MARGIN, h: Math.min(height - 8, ctx.bottom - ctx.y) },
		{
			series: c.lines.map((l) => ({
				label: l.label,
				color: l.color,
				points: points(l.values),
				dash: l.dash
			})),
			xMax: H,
			xLabel: m.exports.axis.month,
			yLabel: money ? m.exports.axis.money(scenario.currency) : m.exports.axis.fte,
			formatY: money
				? (v) =>
						formatMoney(v, scenario.currency, scenario.locale, { compact: Math.abs(v) >= 10_000 })
				: (v) => formatNumber(v, scenario.locale, 1),
			markers: c.marks
		}
	);
	ctx.y += height - 8 + 2;
}

function inputCell(row: InputRow, scenario: Scenario): { text: string; color: string } {
	return { text: formatInput(row, scenario), color: row.isDefault ? DEFAULT_GREY : INK };
}

function assumptions(ctx: Ctx, scenario: Scenario, m: Messages): void {
	const x = m.exports;
	heading(ctx, x.headings.assumptions);
	paragraph(ctx, x.notes.defaults, { size: 8, color: MUTED });
	table(
		ctx,
		[
			{ header: m.sections.settings, width: 2 },
			{ header: x.columns.value, width: 1.6, align: 'right' },
			{ header: x.columns.unit, width: 1.2 }
		],
		settingsRows(scenario, m).map((r) => [r.label, inputCell(r, scenario), r.unit])
	);
	// Roles side by side, four per table.
	const perTable = 4;
	for (let start = 0; start < scenario.roles.length; start += perTable) {
		const roles = scenario.roles.slice(start, start + perTable);
		const rowsPerRole = roles.map((role) => roleRows(role, scenario, m));
		const first = rowsPerRole[0].filter((r) => r.group !== 'skills');
		const rows: TableRow[] = [];
		let group = '';
		for (let i = 0; i < first.length; i++) {
			const r = first[i];
			if (r.group !== group) {
				group = r.group;
				rows.push({ group: groupLabel(r.group, m) });
			}
			rows.push([
				r.label,
				r.unit,
				...rowsPerRole.map((list) => {
					const own = list.filter((q) => q.group !== 'skills')[i];
					return inputCell(own, scenario);
				})
			]);
			if (r.key === 'attritionRatePerYear' && r.group === 'build') {
				rows.push({ group: groupLabel('skills', m) });
				rows.push([
					'',
					'',
					...rowsPerRole.map((list) => {
						const skills = list.filter((q) => q.group === 'skills');
						return {
							text: skills.length
								? skills.map((s) => `${s.label}: ${String(s.value)}`).join('\n')
								: '\u2014',
							color: skills[0]?.isDefault ? DEFAULT_GREY : INK,
							align: 'left' as const
						};
					})
				]);
			}
		}
		// Keep the columns as wide as in a full table of four roles.
		const full = 3.7 + perTable * 1.6;
		const share = (3.7 + roles.length * 1.6) / full;
		table(
			ctx,
			[
				{ header: x.columns.input, width: 2.2 },
				{ header: x.columns.unit, width: 1.5 },
				...roles.map((role) => ({ header: role.name, width: 1.6, align: 'right' as const }))
			],
			rows,
			{ size: 7.5, width: (ctx.pageW - 2 * MARGIN) * share }
		);
	}
}

function costs(ctx: Ctx, scenario: Scenario, result: ScenarioResult, m: Messages): void {
	const money = (v: number) => formatMoney(v, scenario.currency, scenario.locale);
	// The options, then "Your plan" when a role has a mix (plan, issue 12).
	const shown = shownColumns(result);
	const optionCols: Column[] = shown.map((c) => ({
		header: m.optionsLong[c.id],
		width: 1,
		align: 'right'
	}));
	heading(ctx, m.exports.headings.costByLayer);
	table(
		ctx,
		[{ header: m.exports.columns.measure, width: 1.6 }, ...optionCols],
		[
			...layerData(result).layers.map((l) => [m.layers[l.layer], ...l.values.map(money)]),
			[
				{ text: m.exports.columns.economic, bold: true },
				...shown.map((c) => ({ text: money(c.metrics.npv.economic), bold: true }))
			]
		]
	);
	heading(ctx, m.exports.headings.costByComponent);
	const used = COMPONENT_IDS.filter((id) =>
		shown.some((c) => Math.abs(c.metrics.componentNpv[id]) >= 0.5)
	);
	const rows: TableRow[] = [];
	for (const layer of LAYERS) {
		const ids = used.filter((id) => COMPONENTS[id] === layer);
		if (ids.length === 0) continue;
		rows.push({ group: m.layers[layer] });
		for (const id of ids) {
			rows.push([m.components[id], ...shown.map((c) => money(c.metrics.componentNpv[id]))]);
		}
	}
	table(ctx, [{ header: m.exports.columns.measure, width: 1.6 }, ...optionCols], rows);
}

function perRole(ctx: Ctx, scenario: Scenario, result: ScenarioResult, m: Messages): void {
	heading(ctx, m.exports.headings.perRole);
	const ids = COMPARE_FIGURES;
	const rows: TableRow[] = [];
	result.roles.forEach((role, i) => {
		rows.push({ group: `${role.name} (${formatNumber(role.headcount, scenario.locale, 0)})` });
		for (const c of shownColumns(result, i)) {
			rows.push([m.optionsLong[c.id], ...ids.map((id) => figureText(id, c.metrics, scenario, m))]);
		}
	});
	table(
		ctx,
		[
			{ header: m.exports.columns.option, width: 1.4 },
			...ids.map((id) => ({ header: figureLabel(id, m), width: 1, align: 'right' as const }))
		],
		rows
	);
}

/**
 * The PDF report as bytes. Errors: 'bad-logo' (logo not a PNG/JPEG data URL under 2 MB, or
 * corrupt), 'mismatch', 'internal'. Warnings list characters the PDF fonts cannot show.
 */
export function buildPdf(
	scenario: Scenario,
	result: ScenarioResult,
	options: PdfOptions = {}
): ExportResult<Uint8Array> {
	const m = messagesOf(options);
	return guard(m, scenario, result, () => {
		const logo = options.logo === undefined ? null : readLogo(options.logo);
		if (options.logo !== undefined && !logo) return fail('bad-logo', m.exports.errors.badLogo);
		const format = options.pageSize === 'letter' ? 'letter' : 'a4';
		const doc = new jsPDF({
			unit: 'mm',
			format,
			compress: options.compress ?? true,
			putOnlyUsedFonts: true
		});
		const missing = new Set<string>();
		const t = (text: string) => toWinAnsi(text, missing);
		const pageW = doc.internal.pageSize.getWidth();
		const pageH = doc.internal.pageSize.getHeight();
		const ctx: Ctx = { doc, t, pageW, pageH, margin: MARGIN, y: MARGIN, bottom: pageH - 18 };
		doc.setProperties({
			title: t(scenario.name),
			subject: t(m.exports.subtitle),
			creator: m.app.name
		});
		doc.setLineJoin('round');
		doc.setLineCap('round');
		try {
			firstPage(ctx, scenario, result, m, options, logo);
		} catch (e) {
			// jsPDF decodes the image while drawing; a corrupt one surfaces here.
			if (e instanceof LogoError) return fail('bad-logo', m.exports.errors.badLogo, e.message);
			throw e;
		}
		// Risk (issue 11.4): how sure the answer is, over the screen's simulated futures.
		doc.addPage();
		ctx.y = MARGIN;
		riskPage(ctx, scenario, riskReport(scenario, result, riskOf(scenario, options.risk), m), m);
		doc.addPage();
		ctx.y = MARGIN;
		assumptions(ctx, scenario, m);
		costs(ctx, scenario, result, m);
		perRole(ctx, scenario, result, m);
		heading(ctx, m.exports.headings.methodology);
		for (const p of m.exports.methodology) paragraph(ctx, p, { size: 8.5, gap: 2 });
		footer(ctx, scenario, m);
		const data = new Uint8Array(doc.output('arraybuffer'));
		const warnings =
			missing.size > 0
				? [m.exports.warnings.pdfCharacters(Array.from(missing).slice(0, 20).join(' '))]
				: [];
		return { ok: true, data, mimeType: MIME.pdf, extension: 'pdf', warnings };
	});
}
