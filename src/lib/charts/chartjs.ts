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

/** Draws a vertical line and label at the break-even month. */
const breakEvenPlugin: Plugin = {
	id: 'breakEven',
	afterDatasetsDraw(chart, _args, options) {
		const marker = options as unknown as BreakEvenMarker | undefined;
		if (!marker || marker.at === null || marker.at === undefined) return;
		const x = chart.scales.x;
		const area = chart.chartArea;
		if (!x || !area) return;
		// Month m sits at label index m - 1.
		const px = x.getPixelForValue(marker.at - 1);
		if (!Number.isFinite(px) || px < area.left || px > area.right) return;
		const ctx = chart.ctx;
		ctx.save();
		ctx.strokeStyle = marker.color;
		ctx.fillStyle = marker.color;
		ctx.lineWidth = 2;
		ctx.setLineDash([5, 4]);
		ctx.beginPath();
		ctx.moveTo(px, area.top);
		ctx.lineTo(px, area.bottom);
		ctx.stroke();
		ctx.setLineDash([]);
		ctx.font = '600 12px system-ui, sans-serif';
		const w = ctx.measureText(marker.label).width;
		const left = px + 6 + w > area.right ? px - 6 - w : px + 6;
		ctx.fillText(marker.label, left, area.top + 14);
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
