/**
 * Chart.js plugin: a shaded P10-P90 band per option behind the cumulative cost lines (issue 11).
 * Drawn by hand so the Filler plugin need not be registered; the data comes in the plugin options.
 */
import type { ChartType, Plugin } from 'chart.js';

/** One option's band: the values at label index m (month m + 1). */
export interface RiskBandSeries {
	p10: number[];
	p90: number[];
	color: string;
}

export interface RiskBandOptions {
	series: RiskBandSeries[];
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- must match Chart.js's declaration
	interface PluginOptionsByType<TType extends ChartType> {
		riskBand?: RiskBandOptions;
	}
}

/** Opacity of a band: light enough for three overlapping bands and the lines on top. */
export const BAND_ALPHA = 0.14;

export const riskBandPlugin: Plugin = {
	id: 'riskBand',
	beforeDatasetsDraw(chart, _args, options) {
		const band = options as unknown as RiskBandOptions | undefined;
		const x = chart.scales.x;
		const y = chart.scales.y;
		const area = chart.chartArea;
		if (!band?.series?.length || !x || !y || !area) return;
		const ctx = chart.ctx;
		ctx.save();
		ctx.beginPath();
		ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
		ctx.clip();
		ctx.globalAlpha = BAND_ALPHA;
		for (const s of band.series) {
			const n = Math.min(s.p10.length, s.p90.length);
			if (n === 0) continue;
			ctx.fillStyle = s.color;
			ctx.beginPath();
			for (let m = 0; m < n; m++) {
				const px = x.getPixelForValue(m);
				const py = y.getPixelForValue(s.p90[m]);
				if (m === 0) ctx.moveTo(px, py);
				else ctx.lineTo(px, py);
			}
			for (let m = n - 1; m >= 0; m--)
				ctx.lineTo(x.getPixelForValue(m), y.getPixelForValue(s.p10[m]));
			ctx.closePath();
			ctx.fill();
		}
		ctx.restore();
	}
};
