/**
 * The one Chart.js attachment: `{@attach chart(() => config)}`. Registers only what the app uses,
 * updates the chart in place when the config changes, destroys it when the element goes.
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
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import { untrack } from 'svelte';
import type { BreakEvenMarker } from './configs.ts';

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
	breakEvenPlugin
);

/** Attachment factory: the chart follows `getConfig()` reactively. */
export function chart(getConfig: () => ChartConfiguration) {
	return (canvas: HTMLCanvasElement) => {
		const instance = new Chart(canvas, untrack(getConfig));
		$effect(() => {
			const config = getConfig();
			instance.data = config.data;
			instance.options = config.options ?? {};
			instance.update('none');
		});
		return () => instance.destroy();
	};
}

/** PNG data URL of a chart canvas, drawn on a solid background at a given scale. */
export function chartToPng(canvas: HTMLCanvasElement, background: string, scale = 2): string {
	const out = document.createElement('canvas');
	out.width = canvas.width * scale;
	out.height = canvas.height * scale;
	const ctx = out.getContext('2d');
	if (!ctx) return canvas.toDataURL('image/png');
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.drawImage(canvas, 0, 0, out.width, out.height);
	return out.toDataURL('image/png');
}
