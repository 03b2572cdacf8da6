/**
 * Chart.js with only what the app draws registered (tree-shaken), plus the break-even marker.
 * Loaded on demand by the chart attachment, so it is not part of the initial page.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DomPlatform,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartEvent,
	type Plugin
} from 'chart.js';
import type { BreakEvenMarker } from './configs.ts';
import { riskBandPlugin } from './risk-band.ts';

/**
 * Draws a dashed vertical line and a label at every crossing of the cumulative curves; labels of
 * neighbouring crossings are stacked in rows so they do not overlap.
 */
const breakEvenPlugin: Plugin = {
	id: 'breakEven',
	afterDatasetsDraw(chart, _args, options) {
		const marker = options as unknown as BreakEvenMarker | undefined;
		if (!marker?.marks?.length) return;
		const x = chart.scales.x;
		const area = chart.chartArea;
		if (!x || !area) return;
		const ctx = chart.ctx;
		ctx.save();
		ctx.strokeStyle = marker.color;
		ctx.fillStyle = marker.color;
		// Labels shrink on narrow charts so the longest fits the plot's width.
		const widest = Math.max(
			...marker.marks.map((m) => {
				ctx.font = '600 12px system-ui, sans-serif';
				return ctx.measureText(m.label).width;
			})
		);
		const size = Math.max(
			9,
			Math.min(12, Math.floor((12 * (area.right - area.left - 4)) / widest))
		);
		ctx.font = `600 ${size}px system-ui, sans-serif`;
		/** The label spans [from, to] already drawn in each row. */
		const rows: [number, number][][] = [];
		for (const mark of marker.marks) {
			// Month m sits at label index m - 1.
			const px = x.getPixelForValue(mark.at - 1);
			if (!Number.isFinite(px) || px < area.left || px > area.right) continue;
			ctx.lineWidth = 2;
			ctx.setLineDash([5, 4]);
			ctx.beginPath();
			ctx.moveTo(px, area.top);
			ctx.lineTo(px, area.bottom);
			ctx.stroke();
			ctx.setLineDash([]);
			const w = ctx.measureText(mark.label).width;
			// Right of the line where it fits, else left of it, always inside the plot.
			const wanted = px + 6 + w > area.right ? px - 6 - w : px + 6;
			const left = Math.max(area.left + 2, Math.min(area.right - 2 - w, wanted));
			const free = (row: [number, number][]) =>
				row.every(([from, to]) => left > to + 8 || left + w < from - 8);
			let row = rows.findIndex(free);
			if (row < 0) row = rows.push([]) - 1;
			rows[row].push([left, left + w]);
			ctx.fillText(mark.label, left, area.top + size + 2 + row * (size + 4));
		}
		ctx.restore();
	}
};

Chart.register(
	LineController,
	LineElement,
	PointElement,
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	Tooltip,
	Legend,
	breakEvenPlugin,
	riskBandPlugin
);

/**
 * The browser platform without Chart.js's watch for the canvas being added to or removed from the
 * page. Chart.js watches that with a MutationObserver on the whole document (one per chart), which
 * runs on every change anywhere in the page (each keystroke changes the figures: about 0.8 ms per
 * keystroke, issue 10). The app needs no watch: its attachment creates a chart on a canvas in the
 * page and destroys it when the canvas goes. Resizing (a ResizeObserver on the chart's box) stays.
 */
export class AttachedPlatform extends DomPlatform {
	addEventListener(chart: Chart, type: string, listener: (e: ChartEvent) => void): void {
		if (type === 'attach' || type === 'detach') return;
		super.addEventListener(chart, type, listener);
	}
}

export { Chart };
