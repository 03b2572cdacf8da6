/**
 * Chart.js with only what the app draws registered (tree-shaken), plus the break-even marker.
 * Loaded on demand by the chart attachment, so it is not part of the initial page.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
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
		ctx.font = '600 12px system-ui, sans-serif';
		/** The right end of the last label drawn in each row. */
		const rows: number[] = [];
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
			const left = px + 6 + w > area.right ? px - 6 - w : px + 6;
			let row = rows.findIndex((end) => left > end + 8);
			if (row < 0) row = rows.length;
			rows[row] = left + w;
			ctx.fillText(mark.label, left, area.top + 14 + row * 16);
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

export { Chart };
