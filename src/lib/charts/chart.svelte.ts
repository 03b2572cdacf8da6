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

/**
 * Render a chart off screen to a PNG data URL: `width` x `height` CSS pixels at `scale` device
 * pixels each, on a solid background (so the image reads on any slide or page).
 */
export async function renderChartPng(
	config: ChartConfiguration,
	background: string,
	width = 1200,
	height = 600,
	scale = 2
): Promise<string> {
	const { Chart } = await loadChartJs();
	const host = document.createElement('div');
	host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`;
	const canvas = document.createElement('canvas');
	canvas.width = width * scale;
	canvas.height = height * scale;
	canvas.style.width = `${width}px`;
	canvas.style.height = `${height}px`;
	host.appendChild(canvas);
	document.body.appendChild(host);
	const paintBackground = {
		id: 'pngBackground',
		beforeDraw(chart: import('chart.js').Chart) {
			const ctx = chart.ctx;
			ctx.save();
			ctx.globalCompositeOperation = 'destination-over';
			ctx.fillStyle = background;
			ctx.fillRect(0, 0, chart.width, chart.height);
			ctx.restore();
		}
	};
	const instance = new Chart(canvas, {
		...config,
		options: {
			...config.options,
			responsive: false,
			animation: false,
			devicePixelRatio: scale,
			layout: { padding: 16 }
		},
		plugins: [...(config.plugins ?? []), paintBackground]
	});
	const url = canvas.toDataURL('image/png');
	instance.destroy();
	host.remove();
	return url;
}
