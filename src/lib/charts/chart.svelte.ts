/**
 * The one Chart.js attachment: `{@attach chart(() => config)}`. Registers only what the app uses,
 * updates the chart in place when the config changes, destroys it when the element goes.
 */
import type { ChartConfiguration } from 'chart.js';
import { untrack } from 'svelte';

/** Chart.js, loaded once on first use (keeps it out of the initial bundle). */
let loading: Promise<typeof import('./chartjs.ts')> | null = null;
function loadChartJs() {
	loading ??= import('./chartjs.ts');
	return loading;
}

/** Attachment factory: the chart follows `getConfig()` reactively. */
export function chart(getConfig: () => ChartConfiguration) {
	return (canvas: HTMLCanvasElement) => {
		let instance: import('chart.js').Chart | null = null;
		let destroyed = false;
		/** The latest config: the chart is created with it once Chart.js has loaded. */
		let latest = untrack(getConfig);
		$effect(() => {
			latest = getConfig();
			if (!instance) return;
			instance.data = latest.data;
			instance.options = latest.options ?? {};
			instance.update('none');
		});
		loadChartJs().then(({ Chart }) => {
			if (destroyed) return;
			instance = new Chart(canvas, latest);
			canvas.dataset.ready = 'true';
		});
		// Paper is narrower than the screen: redraw for printing and back.
		const resize = () => instance?.resize();
		window.addEventListener('beforeprint', resize);
		window.addEventListener('afterprint', resize);
		return () => {
			destroyed = true;
			window.removeEventListener('beforeprint', resize);
			window.removeEventListener('afterprint', resize);
			instance?.destroy();
		};
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
