/**
 * The PDF's risk page (issue 11.4): the sentence, per option mean/P10/P50/P90 and the
 * probabilities, the spread over the simulated futures drawn as the screen's histogram, the
 * estimates with a range, and how the futures were simulated.
 */
import type { Scenario } from '../../model/index.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { OPTION_COLORS } from './figures.ts';
import { barChart, heading, MUTED, paragraph, table, type Ctx, type TableRow } from './pdf-draw.ts';
import { binLabels, riskRowText, type RiskReport } from './risk.ts';

/** The risk section, from the current position (the caller starts a page). */
export function riskPage(ctx: Ctx, scenario: Scenario, report: RiskReport, m: Messages): void {
	const { u } = report;
	const locale = scenario.locale;
	const measure = m.measures[u.measure];
	heading(ctx, m.risk.title, 60, 15);
	paragraph(ctx, report.sentence, { size: 11, bold: true, gap: 2 });
	for (const note of report.notes) paragraph(ctx, note, { size: 8.5, color: MUTED, gap: 1.5 });
	ctx.y += 1.5;
	paragraph(ctx, m.risk.tableCaption(measure), { size: 8, color: MUTED, gap: 1 });
	table(
		ctx,
		report.headers.map((header, i) => ({
			header,
			width: i === 0 ? 1.3 : 1,
			align: i === 0 ? ('left' as const) : ('right' as const)
		})),
		report.rows.map((row) =>
			riskRowText(row, scenario, m).map((text, i) =>
				i === 0 ? { text, bold: true, color: OPTION_COLORS[row.option] } : text
			)
		),
		{ size: 8.5 }
	);
	if (report.spread) {
		heading(ctx, m.risk.histogramTitle, 75, 11);
		const h = 72;
		barChart(
			ctx,
			{ x: ctx.margin, y: ctx.y, w: ctx.pageW - 2 * ctx.margin, h },
			{
				series: u.options.map((o) => ({
					label: m.options[o],
					color: OPTION_COLORS[o],
					values: u.perOption[o]!.histogram.map((c) => c / Math.max(1, u.runs))
				})),
				categories: binLabels(u, scenario),
				xLabel: m.risk.valueAxis(measure, scenario.currency),
				yLabel: m.risk.shareAxis,
				formatY: (v) => formatPercent(v, locale, 0)
			}
		);
		ctx.y += h + 1;
		paragraph(ctx, m.exports.risk.histogramNote(formatNumber(u.runs, locale, 0)), {
			size: 7.5,
			color: MUTED,
			gap: 2
		});
	}
	if (report.ranged.length > 0) {
		heading(ctx, m.exports.risk.rangedInputs, 20, 11);
		const x = m.exports.risk;
		const rows: TableRow[] = report.ranged.map((r) => [r.label, ...r.text]);
		table(
			ctx,
			[
				{ header: x.input, width: 2.6 },
				{ header: x.low, width: 1, align: 'right' },
				{ header: x.likely, width: 1, align: 'right' },
				{ header: x.high, width: 1, align: 'right' }
			],
			rows,
			{ size: 8 }
		);
	}
	paragraph(ctx, report.method, { size: 7.5, color: MUTED, gap: 2 });
}
