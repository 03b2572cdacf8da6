/**
 * Vector drawing for the PDF report with jsPDF primitives: line charts with axes, gridlines,
 * legend and a marked point, and tables that break across pages. Text stays real text (selectable,
 * searchable, crisp at any zoom). Units: millimetres.
 */
import type { jsPDF } from 'jspdf';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Drawing context shared by the report's parts. */
export interface Ctx {
	doc: jsPDF;
	/** Make text drawable by the built-in fonts (see pdf-text.ts). */
	t: (text: string) => string;
	pageW: number;
	pageH: number;
	margin: number;
	/** Current vertical position on the current page. */
	y: number;
	/** Bottom limit for content (above the footer). */
	bottom: number;
}

export const INK = '1F2937';
export const MUTED = '6B7280';
export const GRID = 'E5E7EB';
export const AXIS = '9CA3AF';

export function rgb(hex: string): [number, number, number] {
	const n = parseInt(hex, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function setText(doc: jsPDF, hex: string): void {
	doc.setTextColor(...rgb(hex));
}

export function setDraw(doc: jsPDF, hex: string): void {
	doc.setDrawColor(...rgb(hex));
}

export function setFill(doc: jsPDF, hex: string): void {
	doc.setFillColor(...rgb(hex));
}

/** Points per mm, for converting font sizes to line heights. */
const PT = 25.4 / 72;

/** Line height in mm for a font size in points. */
export function lineHeight(fontSize: number, factor = 1.25): number {
	return fontSize * PT * factor;
}

/** Start a new page and reset the position. */
export function newPage(ctx: Ctx): void {
	ctx.doc.addPage();
	ctx.y = ctx.margin;
}

/** Make room for `height` mm, starting a new page if needed. Returns true if it broke. */
export function ensure(ctx: Ctx, height: number): boolean {
	if (ctx.y + height <= ctx.bottom) return false;
	newPage(ctx);
	return true;
}

/** Wrapped text at the current position; advances y. */
export function paragraph(
	ctx: Ctx,
	text: string,
	opts: {
		size?: number;
		bold?: boolean;
		color?: string;
		width?: number;
		x?: number;
		gap?: number;
	} = {}
): void {
	const { doc } = ctx;
	const size = opts.size ?? 9.5;
	doc.setFont('helvetica', opts.bold ? 'bold' : 'normal');
	doc.setFontSize(size);
	setText(doc, opts.color ?? INK);
	const width = opts.width ?? ctx.pageW - 2 * ctx.margin;
	const lines = doc.splitTextToSize(ctx.t(text), width) as string[];
	const lh = lineHeight(size);
	for (const line of lines) {
		ensure(ctx, lh);
		doc.text(line, opts.x ?? ctx.margin, ctx.y + size * PT * 0.8);
		ctx.y += lh;
	}
	ctx.y += opts.gap ?? 1.5;
}

/** A section heading, kept with at least `keep` mm of what follows. */
export function heading(ctx: Ctx, text: string, keep = 25, size = 13): void {
	ensure(ctx, lineHeight(size) + keep);
	if (ctx.y > ctx.margin + 1) ctx.y += 3;
	paragraph(ctx, text, { size, bold: true, gap: 2 });
}

// ---------------------------------------------------------------------------------------------
// Charts

export interface Series {
	label: string;
	color: string;
	/** [x, y] points in data units. */
	points: [number, number][];
	dash?: boolean;
}

export interface LineChartSpec {
	series: Series[];
	xMax: number;
	xLabel: string;
	yLabel: string;
	formatY: (v: number) => string;
	/** Marked points with labels (every crossing of the compared curves). */
	markers?: { x: number; y: number; label: string }[];
}

/** Round tick steps: 1, 2, 2.5, 5 x 10^k, so that about `count` ticks cover [0, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
	if (!(max > min)) max = min + 1;
	const raw = (max - min) / count;
	const pow = Math.pow(10, Math.floor(Math.log10(raw)));
	const step = [1, 2, 2.5, 5, 10].map((f) => f * pow).find((s) => s >= raw) ?? 10 * pow;
	const start = Math.floor(min / step) * step;
	const ticks: number[] = [];
	for (let v = start; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
	return ticks;
}

/** Month ticks: a step from 1, 2, 3, 6, 12, 24 giving at most 12 ticks. */
export function monthTicks(xMax: number): number[] {
	const step = [1, 2, 3, 6, 12, 24].find((s) => xMax / s <= 12) ?? 24;
	const out: number[] = [];
	for (let v = 0; v <= xMax + 1e-9; v += step) out.push(v);
	return out;
}

/** A line chart with axes, gridlines, tick labels, axis labels, legend and an optional marker. */
export function lineChart(ctx: Ctx, box: Box, spec: LineChartSpec): void {
	const { doc } = ctx;
	let yMin = 0;
	let yMax = 0;
	for (const s of spec.series) {
		for (const [, y] of s.points) {
			if (Number.isFinite(y)) {
				yMin = Math.min(yMin, y);
				yMax = Math.max(yMax, y);
			}
		}
	}
	if (yMax - yMin < 1e-9) yMax = yMin + 1;
	const ticks = niceTicks(yMin, yMax, 5);
	const lo = ticks[0];
	const hi = ticks[ticks.length - 1];

	// Legend row at the top, then the plot area.
	doc.setFont('helvetica', 'normal');
	doc.setFontSize(7.5);
	const tickLabels = ticks.map((v) => ctx.t(spec.formatY(v)));
	const labelW = Math.max(...tickLabels.map((l) => doc.getTextWidth(l)));
	const legendH = 6;
	const plot: Box = {
		x: box.x + labelW + 2.5,
		y: box.y + legendH + 4,
		w: box.w - labelW - 2.5 - 1,
		h: box.h - legendH - 4 - 9
	};
	const sx = (x: number) => plot.x + (x / Math.max(1e-9, spec.xMax)) * plot.w;
	const sy = (y: number) => plot.y + plot.h - ((y - lo) / (hi - lo)) * plot.h;

	yAxis(ctx, box, { plot, ticks, tickLabels, sy }, spec, 'line');
	// X axis and month ticks.
	setDraw(doc, AXIS);
	doc.setLineWidth(0.25);
	doc.line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h);
	doc.line(plot.x, plot.y, plot.x, plot.y + plot.h);
	for (const m of monthTicks(spec.xMax)) {
		const x = sx(m);
		doc.line(x, plot.y + plot.h, x, plot.y + plot.h + 1);
		doc.text(String(m), x, plot.y + plot.h + 4, { align: 'center' });
	}
	doc.text(ctx.t(spec.xLabel), plot.x + plot.w, plot.y + plot.h + 8, { align: 'right' });

	// Series as polylines.
	for (const s of spec.series) {
		const pts = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
		if (pts.length < 2) continue;
		setDraw(doc, s.color);
		doc.setLineWidth(s.dash ? 0.45 : 0.6);
		doc.setLineDashPattern(s.dash ? [1.2, 0.8] : [], 0);
		const deltas: [number, number][] = [];
		for (let i = 1; i < pts.length; i++) {
			deltas.push([sx(pts[i][0]) - sx(pts[i - 1][0]), sy(pts[i][1]) - sy(pts[i - 1][1])]);
		}
		doc.lines(deltas, sx(pts[0][0]), sy(pts[0][1]), [1, 1], 'S', false);
	}
	doc.setLineDashPattern([], 0);

	// Markers: a dashed vertical line, a dot and a label each; labels of crossings close together
	// stack in rows so they do not overlap.
	const rows: number[] = [];
	for (const mk of spec.markers ?? []) {
		if (!Number.isFinite(mk.x) || !Number.isFinite(mk.y) || mk.x < 0 || mk.x > spec.xMax) continue;
		const x = sx(mk.x);
		const y = sy(mk.y);
		setDraw(doc, INK);
		doc.setLineWidth(0.25);
		doc.setLineDashPattern([0.8, 0.8], 0);
		doc.line(x, plot.y, x, plot.y + plot.h);
		doc.setLineDashPattern([], 0);
		setFill(doc, 'FFFFFF');
		doc.setLineWidth(0.5);
		doc.circle(x, y, 1.2, 'FD');
		doc.setFont('helvetica', 'bold');
		doc.setFontSize(7.5);
		setText(doc, INK);
		const label = ctx.t(mk.label);
		const w = doc.getTextWidth(label);
		const right = x + 2 + w > plot.x + plot.w;
		const left = right ? x - 2 - w : x + 2;
		let row = rows.findIndex((end) => left > end + 2);
		if (row < 0) row = rows.length;
		rows[row] = left + w;
		doc.text(label, right ? x - 2 : x + 2, plot.y + 3 + row * 3.2, {
			align: right ? 'right' : 'left'
		});
		doc.setFont('helvetica', 'normal');
	}
}

/** A grouped bar chart: one bar per series in each category (a histogram's bins). */
export interface BarChartSpec {
	series: { label: string; color: string; values: number[] }[];
	/** One label per category, under its group of bars (thinned out where they would overlap). */
	categories: string[];
	xLabel: string;
	yLabel: string;
	formatY: (v: number) => string;
}

/** The legend along the top right of a chart box: a swatch and the label per series. */
function legend(
	ctx: Ctx,
	box: Box,
	series: { label: string; color: string; dash?: boolean }[],
	swatch: 'line' | 'box'
): void {
	const { doc } = ctx;
	let lx = box.x + box.w;
	for (const s of [...series].reverse()) {
		const label = ctx.t(s.label);
		lx -= doc.getTextWidth(label);
		setText(doc, INK);
		doc.text(label, lx, box.y + 3);
		lx -= 7;
		if (swatch === 'box') {
			setFill(doc, s.color);
			doc.rect(lx + 1.5, box.y + 0.8, 3, 2.4, 'F');
		} else {
			setDraw(doc, s.color);
			doc.setLineWidth(0.7);
			doc.setLineDashPattern(s.dash ? [1.2, 0.8] : [], 0);
			doc.line(lx, box.y + 2, lx + 5, box.y + 2);
		}
		lx -= 4;
	}
	doc.setLineDashPattern([], 0);
}

/** Where a chart's y values land: the plot area, the ticks, their labels and the y → page scale. */
interface YScale {
	plot: Box;
	ticks: number[];
	tickLabels: string[];
	sy: (y: number) => number;
}

/**
 * The y label above the axis and the legend to the right of it, then a gridline and a label per
 * tick (the zero line darker).
 */
function yAxis(
	ctx: Ctx,
	box: Box,
	{ plot, ticks, tickLabels, sy }: YScale,
	spec: { yLabel: string; series: { label: string; color: string; dash?: boolean }[] },
	swatch: 'line' | 'box'
): void {
	const { doc } = ctx;
	setText(doc, MUTED);
	doc.text(ctx.t(spec.yLabel), box.x, box.y + 3);
	legend(ctx, box, spec.series, swatch);
	doc.setLineWidth(0.15);
	for (let i = 0; i < ticks.length; i++) {
		const y = sy(ticks[i]);
		setDraw(doc, ticks[i] === 0 ? AXIS : GRID);
		doc.line(plot.x, y, plot.x + plot.w, y);
		setText(doc, MUTED);
		doc.text(tickLabels[i], plot.x - 1.5, y + 1, { align: 'right' });
	}
}

/** A grouped bar chart with a y axis from 0, gridlines, category labels, axis labels and legend. */
export function barChart(ctx: Ctx, box: Box, spec: BarChartSpec): void {
	const { doc } = ctx;
	let yMax = 0;
	for (const s of spec.series)
		for (const v of s.values) if (Number.isFinite(v)) yMax = Math.max(yMax, v);
	const ticks = niceTicks(0, yMax > 0 ? yMax : 1, 4);
	const hi = ticks[ticks.length - 1];
	doc.setFont('helvetica', 'normal');
	doc.setFontSize(7.5);
	const tickLabels = ticks.map((v) => ctx.t(spec.formatY(v)));
	const labelW = Math.max(...tickLabels.map((l) => doc.getTextWidth(l)));
	const plot: Box = {
		x: box.x + labelW + 2.5,
		y: box.y + 10,
		w: box.w - labelW - 3.5,
		h: box.h - 10 - 9
	};
	const sy = (y: number) => plot.y + plot.h - (y / hi) * plot.h;
	yAxis(ctx, box, { plot, ticks, tickLabels, sy }, spec, 'box');
	const n = spec.categories.length;
	const group = plot.w / Math.max(1, n);
	const bar = (group * 0.85) / Math.max(1, spec.series.length);
	spec.series.forEach((s, k) => {
		setFill(doc, s.color);
		s.values.forEach((v, i) => {
			if (!(v > 0)) return;
			const x = plot.x + i * group + group * 0.075 + k * bar;
			doc.rect(x, sy(v), bar, plot.y + plot.h - sy(v), 'F');
		});
	});
	// Category labels: as many as fit side by side.
	setText(doc, MUTED);
	const widest = Math.max(...spec.categories.map((c) => doc.getTextWidth(ctx.t(c))));
	const every = Math.max(1, Math.ceil((widest + 3) / group));
	setDraw(doc, AXIS);
	doc.setLineWidth(0.25);
	for (let i = 0; i < n; i += every) {
		const x = plot.x + (i + 0.5) * group;
		doc.line(x, plot.y + plot.h, x, plot.y + plot.h + 1);
		doc.text(ctx.t(spec.categories[i]), x, plot.y + plot.h + 4, { align: 'center' });
	}
	doc.text(ctx.t(spec.xLabel), plot.x + plot.w, plot.y + plot.h + 8, { align: 'right' });
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface Column {
	header: string;
	/** Share of the table width. */
	width: number;
	align?: 'left' | 'right';
}

export interface TableCell {
	text: string;
	bold?: boolean;
	color?: string;
	/** Overrides the column's alignment. */
	align?: 'left' | 'right';
}

/** A row of cells, or a group heading spanning the table. */
export type TableRow = (string | TableCell)[] | { group: string };

/**
 * A table at the current position: a bold header row repeated on every page, thin rules, text
 * wrapped within cells. Rows never split across pages.
 */
export function table(
	ctx: Ctx,
	columns: Column[],
	rows: TableRow[],
	opts: { size?: number; width?: number } = {}
): void {
	const { doc } = ctx;
	const size = opts.size ?? 8.5;
	const lh = lineHeight(size, 1.2);
	const padX = 1.5;
	const padY = 1.2;
	const total = opts.width ?? ctx.pageW - 2 * ctx.margin;
	const share = columns.reduce((a, c) => a + c.width, 0);
	const widths = columns.map((c) => (c.width / share) * total);
	const xs = widths.map((_, i) => ctx.margin + widths.slice(0, i).reduce((a, b) => a + b, 0));

	const cellLines = (cell: string | TableCell, i: number, bold: boolean): string[] => {
		const c = typeof cell === 'string' ? { text: cell } : cell;
		doc.setFont('helvetica', c.bold || bold ? 'bold' : 'normal');
		doc.setFontSize(size);
		return doc.splitTextToSize(ctx.t(c.text), widths[i] - 2 * padX) as string[];
	};

	const drawRow = (cells: (string | TableCell)[], header: boolean) => {
		const lines = cells.map((c, i) => cellLines(c, i, header));
		const h = Math.max(...lines.map((l) => l.length)) * lh + 2 * padY;
		if (header) {
			setFill(doc, 'EEF2F7');
			doc.rect(ctx.margin, ctx.y, total, h, 'F');
		}
		cells.forEach((cell, i) => {
			const c = typeof cell === 'string' ? { text: cell } : cell;
			doc.setFont('helvetica', c.bold || header ? 'bold' : 'normal');
			doc.setFontSize(size);
			setText(doc, c.color ?? INK);
			const right = (c.align ?? columns[i].align) === 'right';
			const x = right ? xs[i] + widths[i] - padX : xs[i] + padX;
			lines[i].forEach((line, k) => {
				doc.text(line, x, ctx.y + padY + size * PT * 0.85 + k * lh, {
					align: right ? 'right' : 'left'
				});
			});
		});
		ctx.y += h;
		setDraw(doc, header ? AXIS : GRID);
		doc.setLineWidth(header ? 0.3 : 0.15);
		doc.line(ctx.margin, ctx.y, ctx.margin + total, ctx.y);
		return h;
	};

	const headerCells = columns.map((c) => c.header);
	const headerH = cellLines(headerCells[0], 0, true).length * lh + 2 * padY + 2;
	ensure(ctx, headerH + lh * 2);
	drawRow(headerCells, true);
	for (const row of rows) {
		if (!Array.isArray(row)) {
			const h = lh + 2 * padY + 1;
			if (ensure(ctx, h + lh * 2 + headerH)) drawRow(headerCells, true);
			doc.setFont('helvetica', 'bold');
			doc.setFontSize(size);
			setText(doc, MUTED);
			doc.text(ctx.t(row.group), ctx.margin + padX, ctx.y + padY + 1 + size * PT * 0.85);
			ctx.y += h;
			continue;
		}
		const lines = row.map((c, i) => cellLines(c, i, false));
		const h = Math.max(...lines.map((l) => l.length)) * lh + 2 * padY;
		if (ensure(ctx, h)) drawRow(headerCells, true);
		drawRow(row, false);
	}
	ctx.y += 3;
}
