/**
 * The one Chart.js attachment: `{@attach chart(() => config)}`. Registers only what the app uses,
 * updates the chart in place when the config changes, destroys it when the element goes.
 */
import type { ChartConfiguration } from 'chart.js';
import { untrack } from 'svelte';
import { changeOf, sameTree, trampolined, writeData, type Options } from './chart-update.ts';
import { idle, whenNear } from './near.ts';

/** Chart.js, loaded once on first use (keeps it out of the initial bundle). */
let loading: Promise<typeof import('./chartjs.ts')> | null = null;
/** Chart.js once it has loaded (printing draws the charts not drawn yet at once). */
let loaded: typeof import('./chartjs.ts') | null = null;
function loadChartJs() {
	loading ??= import('./chartjs.ts').then((module) => (loaded = module));
	return loading;
}

/**
 * Attachment factory: the chart follows `getConfig()` reactively, updated in place: nothing is
 * redrawn when neither data nor options changed; changed data is written into the chart's own data
 * object (datasets kept) and drawn without animation; options are replaced only when a value in
 * them changed (not when only their formatter closures are new). A chart out of view is not drawn
 * while its config changes: it is brought up to date once, when it comes into view (so a keystroke
 * pays only for the charts a person can see).
 */
export function chart(getConfig: () => ChartConfiguration) {
	return (canvas: HTMLCanvasElement) => {
		let instance: import('chart.js').Chart | null = null;
		let destroyed = false;
		/** The latest config: the chart is created with it once Chart.js has loaded. */
		let latest = untrack(getConfig);
		/** The config the chart shows now. */
		let shown: ChartConfiguration | null = null;
		let forward: { set: (o: Options) => void } | null = null;
		/**
		 * Whether the canvas is in view (until the observer first says otherwise). Out of view, the
		 * config is not even built: the effect below then depends on this alone, and coming into view
		 * builds it once and draws it if it changed meanwhile.
		 */
		let inView = $state(true);
		const draw = (config: ChartConfiguration) => {
			if (!instance || !shown) return;
			const change = changeOf(shown, config);
			forward?.set(config.options ?? {});
			if (change === 'none') return;
			if (change === 'options') {
				const t = trampolined(config.options ?? {});
				forward = t.latest;
				instance.options = t.options;
			}
			if (change === 'options' || !sameTree(shown.data, config.data))
				writeData(instance.data, config);
			shown = config;
			instance.update('none');
			canvas.dataset.draws = String(Number(canvas.dataset.draws ?? '0') + 1);
		};
		$effect(() => {
			if (!inView) return;
			latest = getConfig();
			draw(latest);
		});
		const create = ({ Chart, AttachedPlatform }: typeof import('./chartjs.ts')) => {
			if (destroyed || instance) return;
			// Out of view the effect above leaves `latest` alone: take the config as it is now.
			if (!inView) latest = untrack(getConfig);
			const t = trampolined(latest.options ?? {});
			forward = t.latest;
			shown = latest;
			// No document-wide watch for the canvas coming and going (see AttachedPlatform).
			instance = new Chart(canvas, {
				...latest,
				options: t.options,
				platform: AttachedPlatform
			});
			canvas.dataset.ready = 'true';
			canvas.dataset.draws = '1';
		};
		// Created when the canvas comes near the view (within half a screen), once the browser is
		// idle: each chart in a task of its own, not in the app's start; its card keeps the size
		// meanwhile (no layout shift). A phone's first view, with the charts below the form, loads
		// no Chart.js at all.
		const stopWatching = whenNear(canvas, () => {
			void loadChartJs()
				.then(async (module) => {
					await idle();
					create(module);
				})
				// Chart.js could not load (e.g. offline before it was cached): the text alternative stays.
				.catch(() => undefined);
		});
		const observer =
			typeof IntersectionObserver === 'undefined'
				? null
				: new IntersectionObserver(
						(entries) => {
							inView = entries[entries.length - 1].isIntersecting;
						},
						{ rootMargin: '64px 0px' }
					);
		observer?.observe(canvas);
		// Paper is narrower than the screen: redraw for printing (with any change owed) and back.
		const resize = () => {
			if (!inView) latest = untrack(getConfig);
			// A chart that has not come near the view yet is drawn now, if Chart.js is there.
			if (!instance && loaded) create(loaded);
			else if (!inView) draw(latest);
			instance?.resize();
		};
		window.addEventListener('beforeprint', resize);
		window.addEventListener('afterprint', resize);
		return () => {
			destroyed = true;
			stopWatching();
			observer?.disconnect();
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
