/**
 * Chart configurations of the risk results (issue 11), pure: the distribution of the decision
 * measure over the simulated futures (a histogram per option), and the P10-P90 band added to the
 * cumulative cost chart.
 */
import type { ChartConfiguration } from 'chart.js';
import type { UncertaintyResult } from '../model/index.ts';
import type { ChartText } from './configs.ts';
import type { Palette } from './palette.ts';

/** Labels of the histogram that are not in ChartText. */
export interface HistogramText {
	/** x axis: the measure and currency. */
	valueAxis: string;
	/** y axis: share of simulated futures. */
	shareAxis: string;
	/** A bin's range for the tooltip title: "£1.2M – £1.3M". */
	bin: (from: string, to: string) => string;
	/** A share as percent: "12 %". */
	percent: (share: number) => string;
}

/**
 * Histogram of each option's decision measure: shares of runs (0..1) in shared bins, bars in the
 * option colours. With every run equal (no spread) the one bin is labelled by that value.
 */
export function toHistogramChartConfig(
	u: UncertaintyResult,
	p: Palette,
	text: ChartText,
	h: HistogramText
): ChartConfiguration<'bar'> {
	const labels = text.histogram(u.histogramEdges);
	const font = { size: text.fontSize ?? 12 };
	const runs = Math.max(1, u.runs);
	return {
		type: 'bar',
		data: {
			labels: labels.bins,
			datasets: u.options.map((o) => ({
				label: text.optionNames[o],
				data: (u.perOption[o]?.histogram ?? []).map((c) => c / runs),
				backgroundColor: p.options[o],
				borderColor: p.options[o],
				borderWidth: 0,
				categoryPercentage: 0.9,
				barPercentage: 1
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: {
					title: { display: true, text: h.valueAxis, color: p.muted, font },
					ticks: { color: p.muted, maxRotation: 0, autoSkipPadding: 12, font },
					grid: { display: false }
				},
				y: {
					title: { display: true, text: h.shareAxis, color: p.muted, font },
					ticks: { color: p.muted, font, callback: (v: string | number) => h.percent(Number(v)) },
					grid: { color: p.grid },
					beginAtZero: true
				}
			},
			plugins: {
				legend: { labels: { color: p.text, font } },
				tooltip: {
					callbacks: {
						title: (items) => {
							const i = items[0]?.dataIndex ?? 0;
							return h.bin(labels.edges[i], labels.edges[i + 1]);
						},
						label: (item) => `${item.dataset.label}: ${h.percent(Number(item.raw))}`
					}
				}
			}
		}
	};
}

/**
 * The cumulative cost chart with each option's P10-P90 band behind its line (as-paid basis only:
 * the simulation keeps nominal cumulative cost); the y axis reaches the highest band value.
 */
export function withRiskBand(
	config: ChartConfiguration<'line'>,
	u: UncertaintyResult,
	p: Palette
): ChartConfiguration<'line'> {
	const series = u.options
		.map((o) => ({ band: u.perOption[o]?.band, color: p.options[o] }))
		.filter((s) => s.band && s.band.p10.length > 0)
		.map((s) => ({ p10: s.band!.p10, p90: s.band!.p90, color: s.color }));
	if (series.length === 0) return config;
	let top = 0;
	for (const s of series) for (const v of s.p90) if (Number.isFinite(v) && v > top) top = v;
	const options = config.options ?? {};
	const y = (options.scales?.y ?? {}) as Record<string, unknown>;
	return {
		...config,
		options: {
			...options,
			scales: { ...options.scales, y: { ...y, suggestedMax: top } },
			plugins: { ...options.plugins, riskBand: { series } }
		}
	};
}
