/**
 * PPTX slides (16:9) with PptxGenJS: title, recommendation with key figures, cumulative cost over
 * time and productive capacity over time (native line charts, editable in PowerPoint), cost by
 * layer (native stacked bar chart) and the key assumptions per role.
 */
import PptxGenJS from 'pptxgenjs';
import {
	bestOptions,
	HEADLINE_FIGURES,
	columnTotals,
	resultColumns,
	LAYERS,
	type Role,
	type Scenario,
	type ScenarioResult
} from '../../model/index.ts';
import { figureLabel } from '../../i18n/figures.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { breakEvenSentence } from '../../i18n/recommendation.ts';
import {
	decisionLayer,
	figureText,
	headline,
	LAYER_COLORS,
	moneyFormatCode,
	NEUTRAL_COLOR,
	OPTION_COLORS,
	recommendationSentences
} from './figures.ts';
import { formatInput, roleRows, type InputRow } from './inputs.ts';
import { fitLogo, readLogo, type LogoInput } from './logo.ts';
import {
	fail,
	guardAsync,
	longDate,
	messagesOf,
	MIME,
	truncate,
	xmlEscape,
	type BaseExportOptions,
	type ExportResult
} from './shared.ts';

export type { LogoInput } from './logo.ts';
export { exportFileName } from './filename.ts';

export interface PptxOptions extends BaseExportOptions {
	/** Shown on the title slide. */
	companyName?: string;
	/** PNG or JPEG logo on the title slide. A bad logo gives a 'bad-logo' error. */
	logo?: LogoInput;
}

const FONT = 'Calibri';
const INK = '1F2937';
const MUTED = '6B7280';
const SLIDE_W = 10;
const X = 0.5;
const W = SLIDE_W - 2 * X;

/** Inputs shown on the assumptions slide (the full list is in the PDF and spreadsheet). */
const KEY_INPUTS = new Set([
	'need:headcount',
	'need:neededFromMonth',
	'need:salaryPerYear',
	'need:valueMultiplier',
	'buy:salaryPremiumRate',
	'buy:agencyFeeRate',
	'buy:timeToFillDays',
	'buy:rampWeeks',
	'buy:earlyExitProbability',
	'build:currentSalaryPerYear',
	'build:courseFeesPerTrainee',
	'build:successProbability',
	'build:oldRole',
	'borrow:billRatePerDay'
]);

function slideTitle(slide: PptxGenJS.Slide, title: string, m: Messages, n: number): void {
	slide.addShape('rect', { x: 0, y: 0, w: 0.12, h: 5.625, fill: { color: OPTION_COLORS.buy } });
	slide.addText(title, {
		x: X,
		y: 0.25,
		w: W,
		h: 0.6,
		fontFace: FONT,
		fontSize: 24,
		bold: true,
		color: INK,
		fit: 'shrink'
	});
	slide.addText(`${m.app.name}  \u00b7  ${n}`, {
		x: X,
		y: 5.25,
		w: W,
		h: 0.25,
		fontFace: FONT,
		fontSize: 9,
		color: MUTED,
		align: 'right'
	});
}

function monthLabels(H: number): string[] {
	return Array.from({ length: H }, (_, i) => String(i + 1));
}

function labelFrequency(H: number): string {
	return String([1, 2, 3, 6, 12, 24].find((s) => H / s <= 12) ?? 24);
}

function lineChartOptions(
	colors: string[],
	H: number,
	m: Messages,
	yTitle: string,
	format: string
): PptxGenJS.IChartOpts {
	return {
		x: X,
		y: 1.0,
		w: W,
		h: 3.9,
		chartColors: colors,
		lineSize: 2,
		lineDataSymbol: 'none',
		showLegend: true,
		legendPos: 't',
		legendFontFace: FONT,
		legendFontSize: 11,
		catAxisLabelFrequency: labelFrequency(H),
		catAxisLabelFontSize: 10,
		catAxisLabelFontFace: FONT,
		catAxisLabelRotate: 0,
		showCatAxisTitle: true,
		catAxisTitle: m.exports.axis.month,
		catAxisTitleFontSize: 10,
		catAxisTitleColor: MUTED,
		valAxisLabelFontSize: 10,
		valAxisLabelFontFace: FONT,
		valAxisLabelFormatCode: format,
		showValAxisTitle: true,
		valAxisTitle: yTitle,
		valAxisTitleFontSize: 10,
		valAxisTitleColor: MUTED,
		valGridLine: { color: 'E5E7EB', size: 0.5 },
		catGridLine: { style: 'none' }
	};
}

function cell(text: string, opts: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell {
	return { text, options: { fontFace: FONT, fontSize: 11, color: INK, valign: 'middle', ...opts } };
}

function header(
	text: string,
	align: 'left' | 'right' = 'left',
	fontSize = 11
): PptxGenJS.TableCell {
	return cell(text, { bold: true, fill: { color: 'EEF2F7' }, align, fontSize });
}

function assumptionSlides(
	pptx: PptxGenJS,
	scenario: Scenario,
	m: Messages,
	next: () => number
): void {
	const perSlide = 4;
	const s = scenario.settings;
	const note = [
		`${m.fields.horizonMonths.label}: ${m.results.months(s.horizonMonths)}`,
		`${m.fields.discountRatePerYear.label}: ${formatPercent(s.discountRatePerYear, scenario.locale)}`,
		`${m.fields.onCostRate.label}: ${formatPercent(s.onCostRate, scenario.locale)}`,
		`${m.fields.currency.label}: ${scenario.currency}`
	].join('   \u00b7   ');
	for (let start = 0; start < scenario.roles.length; start += perSlide) {
		const roles: Role[] = scenario.roles.slice(start, start + perSlide);
		const lists = roles.map((r) =>
			roleRows(r, scenario, m).filter((q) => KEY_INPUTS.has(`${q.group}:${q.key}`))
		);
		const slide = pptx.addSlide();
		const n = next();
		const title =
			scenario.roles.length > perSlide
				? `${m.exports.headings.assumptions} (${start + 1}\u2013${start + roles.length})`
				: m.exports.headings.assumptions;
		slideTitle(slide, title, m, n);
		slide.addText(note, {
			x: X,
			y: 0.8,
			w: W,
			h: 0.3,
			fontFace: FONT,
			fontSize: 10,
			color: MUTED
		});
		// Choices without their explanation in brackets, to fit one line.
		const value = (r: InputRow) =>
			cell(r.kind === 'text' ? formatInput(r, scenario).split(' (')[0] : formatInput(r, scenario), {
				align: 'right',
				fontSize: 9,
				color: r.isDefault ? '8A9099' : INK
			});
		const rows: PptxGenJS.TableRow[] = [
			[header(m.exports.columns.input), ...roles.map((r) => header(truncate(r.name, 40), 'right'))],
			...lists[0].map((r, i) => [
				cell(`${r.label}${r.unit ? ` (${r.unit})` : ''}`, { fontSize: 9 }),
				...lists.map((list) => value(list[i]))
			])
		];
		const firstW = 3.4;
		slide.addTable(rows, {
			x: X,
			y: 1.15,
			w: W,
			colW: [firstW, ...roles.map(() => (W - firstW) / roles.length)],
			rowH: 0.22,
			margin: [0.02, 0.06, 0.02, 0.06],
			border: { type: 'solid', pt: 0.5, color: 'E5E7EB' }
		});
		slide.addText(m.exports.notes.defaults, {
			x: X,
			y: 4.95,
			w: W,
			h: 0.25,
			fontFace: FONT,
			fontSize: 9,
			color: MUTED
		});
	}
}

/**
 * The slides as PPTX bytes. Errors: 'bad-logo', 'mismatch', 'internal'. Async because the zip is
 * written asynchronously.
 */
export async function buildPptx(
	scenario: Scenario,
	result: ScenarioResult,
	options: PptxOptions = {}
): Promise<ExportResult<Uint8Array>> {
	const m = messagesOf(options);
	return guardAsync(m, scenario, result, async () => {
		const logo = options.logo === undefined ? null : readLogo(options.logo);
		if (options.logo !== undefined && !logo) return fail('bad-logo', m.exports.errors.badLogo);
		const { currency, locale } = scenario;
		const x = m.exports;
		const pptx = new PptxGenJS();
		pptx.layout = 'LAYOUT_16x9';
		pptx.title = scenario.name;
		pptx.author = m.app.name;
		// pptxgenjs 4.0.1 writes the company into docProps/app.xml without escaping it (fixed upstream
		// in 4.1.0, which the registry does not offer yet): escape it here. A test parses the part and
		// compares the name, so a later version that escapes too would show up as double escaping.
		pptx.company = xmlEscape((options.companyName ?? '').trim());
		let page = 0;
		const next = () => ++page;
		const H = result.horizonMonths;
		const format = moneyFormatCode(currency, locale);

		// 1. Title.
		const title = pptx.addSlide();
		next();
		title.background = { color: 'FFFFFF' };
		title.addShape('rect', { x: 0, y: 0, w: 0.25, h: 5.625, fill: { color: OPTION_COLORS.buy } });
		if (logo) {
			const [w, h] = fitLogo(logo, 2.2, 0.9);
			title.addImage({ data: logo.base64, x: SLIDE_W - X - w, y: 0.4, w, h });
		}
		const company = (options.companyName ?? '').trim();
		if (company) {
			title.addText(x.preparedFor(truncate(company, 120)), {
				x: 0.8,
				y: 1.3,
				w: 6.5,
				h: 0.4,
				fontFace: FONT,
				fontSize: 14,
				color: MUTED
			});
		}
		title.addText(truncate(scenario.name, 160), {
			x: 0.8,
			y: 1.7,
			w: 8.4,
			h: 1.4,
			fontFace: FONT,
			fontSize: 36,
			bold: true,
			color: INK,
			valign: 'top',
			fit: 'shrink'
		});
		title.addText(x.subtitle, {
			x: 0.8,
			y: 3.2,
			w: 8.4,
			h: 0.5,
			fontFace: FONT,
			fontSize: 16,
			color: INK
		});
		title.addText(x.prepared(longDate(options.date ?? new Date(), locale)), {
			x: 0.8,
			y: 3.8,
			w: 8.4,
			h: 0.4,
			fontFace: FONT,
			fontSize: 12,
			color: MUTED
		});

		// 2. Recommendation and key figures.
		const rec = pptx.addSlide();
		slideTitle(rec, headline(result, m), m, next());
		rec.addText(
			recommendationSentences(scenario, result, m).map((s) => ({
				text: s,
				options: { bullet: true, breakLine: true }
			})),
			{
				x: X,
				y: 0.9,
				w: W,
				h: 1.6,
				fontFace: FONT,
				fontSize: 13,
				color: INK,
				valign: 'top',
				fit: 'shrink',
				paraSpaceAfter: 4
			}
		);
		// The options, then "Your plan" when a role has a mix (plan, issue 12).
		const shown = resultColumns(result);
		const shownTotals = columnTotals(result);
		const rows: PptxGenJS.TableRow[] = [
			[header(x.headings.keyFigures), ...shown.map((o) => header(m.optionsLong[o], 'right'))],
			...HEADLINE_FIGURES.map((id) => {
				const best = bestOptions(id, shownTotals, shown);
				return [
					cell(figureLabel(id, m)),
					...shown.map((o) =>
						cell(figureText(id, shownTotals[o]!, scenario, m), {
							align: 'right',
							bold: best.includes(o)
						})
					)
				];
			})
		];
		rec.addTable(rows, {
			x: X,
			y: 2.6,
			w: W,
			colW: [3.3, ...shown.map(() => (W - 3.3) / shown.length)],
			rowH: 0.3,
			border: { type: 'solid', pt: 0.5, color: 'E5E7EB' }
		});
		rec.addText(x.notes.npv(formatPercent(scenario.settings.discountRatePerYear, locale)), {
			x: X,
			y: 4.85,
			w: W,
			h: 0.3,
			fontFace: FONT,
			fontSize: 9,
			color: MUTED
		});

		// 3. Cumulative cost over time.
		const layer = decisionLayer(scenario);
		const layerName = layer === 'cash' ? m.layers.cash : x.columns.economic;
		const cost = pptx.addSlide();
		slideTitle(cost, x.headings.cumulative(layerName), m, next());
		const labels = monthLabels(H);
		cost.addChart(
			'line',
			shown.map((o) => ({
				name: m.options[o],
				labels,
				values: shownTotals[o]!.cumulative[layer].map((v) => Math.round(v))
			})),
			lineChartOptions(
				shown.map((o) => OPTION_COLORS[o]),
				H,
				m,
				x.axis.money(currency),
				format
			)
		);
		const beText = breakEvenSentence(result, m);
		if (beText) {
			cost.addText(beText, {
				x: X,
				y: 4.9,
				w: W,
				h: 0.3,
				fontFace: FONT,
				fontSize: 11,
				color: INK,
				bold: true
			});
		}

		// 4. Productive capacity over time.
		const cap = pptx.addSlide();
		slideTitle(cap, x.headings.capacity, m, next());
		cap.addChart(
			'line',
			[
				...shown.map((o) => ({
					name: m.options[o],
					labels,
					values: shownTotals[o]!.series.productiveFte.map((v) => Math.round(v * 100) / 100)
				})),
				{
					name: x.axis.needed,
					labels,
					values: result.neededFte.map((v) => Math.round(v * 100) / 100)
				}
			],
			lineChartOptions(
				[...shown.map((o) => OPTION_COLORS[o]), NEUTRAL_COLOR],
				H,
				m,
				x.axis.fte,
				'#,##0.0'
			)
		);

		// 5. Cost by layer (NPV), stacked.
		const layers = pptx.addSlide();
		slideTitle(layers, x.headings.costByLayer, m, next());
		layers.addChart(
			'bar',
			LAYERS.map((l) => ({
				name: m.layers[l],
				labels: result.options.map((o) => m.optionsLong[o]),
				values: result.options.map((o) => Math.round(result.totals[o]!.npv[l]))
			})),
			{
				x: X,
				y: 1.0,
				w: W,
				h: 3.9,
				barDir: 'col',
				barGrouping: 'stacked',
				barGapWidthPct: 80,
				chartColors: LAYERS.map((l) => LAYER_COLORS[l]),
				showLegend: true,
				legendPos: 't',
				legendFontFace: FONT,
				legendFontSize: 11,
				catAxisLabelFontFace: FONT,
				catAxisLabelFontSize: 12,
				valAxisLabelFontFace: FONT,
				valAxisLabelFontSize: 10,
				valAxisLabelFormatCode: format,
				valGridLine: { color: 'E5E7EB', size: 0.5 },
				showValue: false
			}
		);
		const totals = result.options
			.map(
				(o) => `${m.options[o]}: ${formatMoney(result.totals[o]!.npv.economic, currency, locale)}`
			)
			.join('   \u00b7   ');
		layers.addText(`${x.columns.economic}: ${totals}`, {
			x: X,
			y: 4.9,
			w: W,
			h: 0.3,
			fontFace: FONT,
			fontSize: 11,
			color: INK
		});

		// 6+. Assumptions.
		assumptionSlides(pptx, scenario, m, next);

		// Results per role, when there is more than one.
		if (result.roles.length > 1) {
			const perSlide = 12;
			for (let start = 0; start < result.roles.length; start += perSlide) {
				const slide = pptx.addSlide();
				slideTitle(slide, x.headings.perRole, m, next());
				const rows: PptxGenJS.TableRow[] = [
					[
						header(x.columns.role),
						header(x.columns.headcount, 'right'),
						...result.options.map((o) => header(m.optionsLong[o], 'right'))
					],
					...result.roles.slice(start, start + perSlide).map((r) => {
						const best = bestOptions('economicNpv', r.options, result.options);
						return [
							cell(truncate(r.name, 50), { fontSize: 10 }),
							cell(formatNumber(r.headcount, locale, 0), { align: 'right', fontSize: 10 }),
							...result.options.map((o) =>
								cell(formatMoney(r.options[o]!.npv.economic, currency, locale), {
									align: 'right',
									fontSize: 10,
									bold: best.includes(o)
								})
							)
						];
					})
				];
				slide.addTable(rows, {
					x: X,
					y: 1.0,
					w: W,
					colW: [3.2, 0.8, ...result.options.map(() => (W - 4) / result.options.length)],
					rowH: 0.28,
					border: { type: 'solid', pt: 0.5, color: 'E5E7EB' }
				});
				slide.addText(figureLabel('economicNpv', m), {
					x: X,
					y: 4.9,
					w: W,
					h: 0.3,
					fontFace: FONT,
					fontSize: 9,
					color: MUTED
				});
			}
		}

		const out = await pptx.write({ outputType: 'uint8array' });
		if (!(out instanceof Uint8Array)) {
			return fail('internal', m.exports.errors.internal, 'unexpected output type');
		}
		return { ok: true, data: out, mimeType: MIME.pptx, extension: 'pptx', warnings: [] };
	});
}
