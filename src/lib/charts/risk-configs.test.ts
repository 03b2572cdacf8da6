import { describe, expect, it } from 'vitest';
import { createScenario, PRESETS } from '../model/index.ts';
import { simulateScenario } from '../model/montecarlo.ts';
import { en } from '../i18n/messages-all.ts';
import { makeChartText } from './chart-text.ts';
import { toCumulativeCostChartConfig } from './configs.ts';
import { evaluateScenario } from '../model/index.ts';
import { LIGHT } from './palette.ts';
import type { RiskBandOptions } from './risk-band.ts';
import { toHistogramChartConfig, withRiskBand } from './risk-configs.ts';

const role = PRESETS[0].role();
role.ranges = { 'buy.timeToFillDays': { low: 30, high: 120 } };
const scenario = createScenario({ settings: { horizonMonths: 24 }, roles: [role] });
const u = simulateScenario(scenario, { runs: 500, seed: 3 });
const text = makeChartText('USD', 'en-US', en);
const h = {
	valueAxis: 'Economic cost (NPV) (USD)',
	shareAxis: 'Share of futures',
	bin: (a: string, b: string) => `${a} – ${b}`,
	percent: (v: number) => `${Math.round(v * 100)}%`
};

describe('toHistogramChartConfig', () => {
	it('draws each option’s shares of futures in its palette colour, shares summing to 1', () => {
		const config = toHistogramChartConfig(u, LIGHT, text, h);
		expect(config.data.labels).toHaveLength(u.histogramEdges.length - 1);
		expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual(
			u.options.map((o) => LIGHT.options[o])
		);
		for (const d of config.data.datasets) {
			const sum = (d.data as number[]).reduce((a, b) => a + b, 0);
			expect(sum).toBeCloseTo(1, 9);
			expect((d.data as number[]).every(Number.isFinite)).toBe(true);
		}
	});
	it('labels neighbouring bins apart, in the axis and in the tooltip (no "$1.2M" twice in a row)', () => {
		// The default scenario's spread: bins ~$20K wide around $1.2M, where one decimal of millions
		// gave neighbours the same label.
		const narrow = simulateScenario(createScenario(), { runs: 2000, seed: 5 });
		for (const sim of [narrow, u]) {
			const config = toHistogramChartConfig(sim, LIGHT, text, h);
			const labels = config.data.labels as string[];
			for (let i = 1; i < labels.length; i++) expect(labels[i]).not.toBe(labels[i - 1]);
			const title = config.options!.plugins!.tooltip!.callbacks!.title as (
				items: { dataIndex: number }[]
			) => string;
			const titles = labels.map((_, i) => title([{ dataIndex: i }]));
			for (const t of titles) expect(t.split(' – ')[0]).not.toBe(t.split(' – ')[1]);
		}
	});
});

describe('withRiskBand', () => {
	it('adds each option’s P10-P90 band and lifts the y axis to the highest P90', () => {
		const base = toCumulativeCostChartConfig(evaluateScenario(scenario), LIGHT, text);
		const banded = withRiskBand(base, u, LIGHT);
		const { series } = banded.options!.plugins!.riskBand as RiskBandOptions;
		if (!series[0]) throw new Error('no band');
		expect(series).toHaveLength(u.options.length);
		expect(series[0].p10).toHaveLength(24);
		const top = Math.max(...series.flatMap((s) => s.p90));
		expect((banded.options!.scales!.y as { suggestedMax?: number }).suggestedMax).toBe(top);
		// The lines are untouched.
		expect(banded.data).toBe(base.data);
	});
	it('leaves the chart as it is without a band (a partial summary)', () => {
		const base = toCumulativeCostChartConfig(evaluateScenario(scenario), LIGHT, text);
		const partial = {
			...u,
			perOption: { buy: { ...u.perOption.buy!, band: { p10: [], p90: [] } } }
		};
		expect(withRiskBand(base, partial, LIGHT)).toBe(base);
	});
});
