import { describe, expect, it } from 'vitest';
import { createScenario, evaluateScenario, type ScenarioResult } from '../model/index.ts';
import { en } from '../i18n/messages-all.ts';
import { makeChartText } from './chart-text.ts';
import {
	toCapacityChartConfig,
	toCumulativeCostChartConfig,
	toLayerChartConfig,
	toScenarioComparisonChartConfig
} from './configs.ts';
import { DARK, LIGHT } from './palette.ts';
import { de as deMessages } from '../i18n/messages-all.ts';

const NBSP = '\u00a0';

type Format = (v: number | string) => string;
interface ScaleShape {
	stacked?: boolean;
	title: { text: string; font: { size: number } };
	ticks: { callback: Format; font: { size: number }; color: string };
}
interface OptionsShape {
	indexAxis?: string;
	scales: Record<'x' | 'y', ScaleShape>;
	plugins: {
		legend: { labels: { font: { size: number } } };
		tooltip: {
			callbacks: {
				title?: (items: { label: string }[]) => string;
				label: (item: { dataset: { label?: string }; raw: unknown }) => string;
			};
		};
	};
}

/** The parts of a Chart.js configuration these tests read, without Chart.js's deep unions. */
function shape(config: { options?: unknown }): OptionsShape {
	return config.options as OptionsShape;
}

/** Month labels 1..H, worked out independently of the module. */
function months(h: number): string[] {
	const out: string[] = [];
	for (let m = 1; m <= h; m++) out.push(`${m}`);
	return out;
}

const economic = evaluateScenario(createScenario());
const cash = evaluateScenario(createScenario({ settings: { decisionMeasure: 'cash' } }));
const text = makeChartText('USD', 'en-US', en);

describe('toCumulativeCostChartConfig', () => {
	it('draws one line per option with the engine’s cumulative economic cost', () => {
		const config = toCumulativeCostChartConfig(economic, LIGHT, text);
		expect(config.type).toBe('line');
		expect(economic.options).toEqual(['buy', 'build', 'borrow']);
		const datasets = config.data.datasets;
		expect(datasets.map((d) => d.label)).toEqual(['Recruit', 'Upskill', 'Contract']);
		economic.options.forEach((o, i) => {
			expect(datasets[i].data).toEqual(economic.totals[o]!.cumulative.economic);
			expect(datasets[i].data).toHaveLength(36);
		});
	});

	it('labels the months 1..H', () => {
		expect(toCumulativeCostChartConfig(economic, LIGHT, text).data.labels).toEqual(months(36));
		const short = evaluateScenario(createScenario({ settings: { horizonMonths: 12 } }));
		const config = toCumulativeCostChartConfig(short, LIGHT, text);
		expect(config.data.labels).toEqual(months(12));
		for (const d of config.data.datasets) expect(d.data).toHaveLength(12);
	});

	it('draws the cash series when the decision is on cash', () => {
		const config = toCumulativeCostChartConfig(cash, LIGHT, text);
		cash.options.forEach((o, i) => {
			expect(config.data.datasets[i].data).toEqual(cash.totals[o]!.cumulative.cash);
		});
		expect(config.data.datasets[0].data).not.toEqual(cash.totals.buy!.cumulative.economic);
	});

	it('marks the lasting break-even where the engine found it', () => {
		expect(cash.breakEven?.at).toBeTypeOf('number');
		const marks = toCumulativeCostChartConfig(cash, LIGHT, text).options?.plugins?.breakEven;
		expect(marks?.color).toBe(LIGHT.marker);
		const list = marks?.marks ?? [];
		const last = list[list.length - 1];
		expect(last).toEqual({
			at: cash.breakEven!.at,
			label: `Break-even, month ${cash.breakEven!.month}`
		});
		const none: ScenarioResult = { ...economic, breakEven: null };
		expect(toCumulativeCostChartConfig(none, LIGHT, text).options?.plugins?.breakEven).toEqual({
			marks: [],
			color: LIGHT.marker
		});
	});

	it('marks every crossing the break-even sentence names, not only a lasting one (issue 8.3)', () => {
		// Default scenario: Upskill dearer in month 1, cheaper in months 2-10, dearer from month 11 on.
		const be = economic.breakEven!;
		expect(be.month).toBeNull();
		expect(be.spans.map((s) => s.sign)).toEqual([1, -1, 1]);
		const marker = toCumulativeCostChartConfig(economic, DARK, text).options?.plugins?.breakEven;
		expect(marker?.color).toBe(DARK.marker);
		expect(marker?.marks).toEqual([
			{ at: be.crossings[0], label: `Upskill cheaper from month ${be.spans[1].from}` },
			{ at: be.crossings[1], label: `Upskill dearer from month ${be.spans[2].from}` }
		]);
		expect(be.crossings[0]).toBeGreaterThan(1);
		expect(be.crossings[0]).toBeLessThanOrEqual(be.spans[1].from);
		const de = toCumulativeCostChartConfig(
			economic,
			LIGHT,
			makeChartText('EUR', 'de-DE', deMessages)
		).options?.plugins?.breakEven;
		expect(de?.marks?.[0]?.label).toBe(`Weiterbilden ab Monat ${be.spans[1].from} günstiger`);
	});

	it('colours each option differently, from the palette of the theme', () => {
		for (const p of [LIGHT, DARK]) {
			const colors = toCumulativeCostChartConfig(economic, p, text).data.datasets.map(
				(d) => d.borderColor
			);
			expect(colors).toEqual([p.options.buy, p.options.build, p.options.borrow]);
			expect(new Set(colors).size).toBe(3);
		}
		expect(LIGHT.options.buy).not.toBe(DARK.options.buy);
	});

	it('leaves contractors out when they are not compared', () => {
		const two = evaluateScenario(createScenario({ settings: { includeBorrow: false } }));
		const config = toCumulativeCostChartConfig(two, LIGHT, text);
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Recruit', 'Upskill']);
	});

	it('formats ticks and tooltips as money through the text helpers', () => {
		const o = shape(toCumulativeCostChartConfig(economic, LIGHT, text));
		expect(o.scales.y.ticks.callback(1234567)).toBe('$1.2M');
		expect(o.scales.y.ticks.callback('250000')).toBe('$250K');
		expect(o.scales.y.title.text).toBe('Cost (USD)');
		expect(o.scales.x.title.text).toBe('Month');
		expect(o.plugins.tooltip.callbacks.title?.([{ label: '7' }])).toBe('Month 7');
		expect(o.plugins.tooltip.callbacks.label({ dataset: { label: 'Recruit' }, raw: 1234.4 })).toBe(
			'Recruit: $1,234'
		);

		const de = shape(
			toCumulativeCostChartConfig(economic, LIGHT, makeChartText('EUR', 'de-DE', en))
		);
		expect(de.scales.y.ticks.callback(1234567)).toBe(`1,2${NBSP}Mio.${NBSP}€`);
		expect(de.scales.y.title.text).toBe('Cost (EUR)');
	});

	it('uses the font size it is given, 12 px otherwise', () => {
		expect(shape(toCumulativeCostChartConfig(economic, LIGHT, text)).scales.x.ticks.font.size).toBe(
			12
		);
		const big = shape(toCumulativeCostChartConfig(economic, LIGHT, { ...text, fontSize: 18 }));
		expect(big.scales.x.ticks.font.size).toBe(18);
		expect(big.scales.y.title.font.size).toBe(18);
		expect(big.plugins.legend.labels.font.size).toBe(18);
	});
});

describe('toCapacityChartConfig', () => {
	it('draws productive FTE per option and the FTE needed as a dashed line', () => {
		const config = toCapacityChartConfig(economic, LIGHT, text);
		const datasets = config.data.datasets;
		expect(config.data.labels).toEqual(months(36));
		expect(datasets.map((d) => d.label)).toEqual(['Recruit', 'Upskill', 'Contract', 'Needed']);
		economic.options.forEach((o, i) => {
			expect(datasets[i].data).toEqual(economic.totals[o]!.series.productiveFte);
			expect(datasets[i].borderColor).toBe(LIGHT.options[o]);
			expect(datasets[i].borderDash).toBeUndefined();
		});
		const needed = datasets[3];
		expect(needed.data).toEqual(economic.neededFte);
		// The default scenario needs 3 people from month 0.
		expect(needed.data.every((v) => v === 3)).toBe(true);
		expect(needed.borderColor).toBe(LIGHT.need);
		expect(needed.borderDash).toEqual([6, 4]);
		expect(config.options?.plugins?.breakEven).toBeUndefined();
	});

	it('formats its axis as people with one decimal', () => {
		const o = shape(toCapacityChartConfig(economic, LIGHT, text));
		expect(o.scales.y.title.text).toBe('Productive people (FTE)');
		expect(o.scales.y.ticks.callback(2.345)).toBe('2.3');
		expect(o.plugins.tooltip.callbacks.label({ dataset: { label: 'Needed' }, raw: 3 })).toBe(
			'Needed: 3'
		);
		const de = shape(toCapacityChartConfig(economic, LIGHT, makeChartText('EUR', 'de-DE', en)));
		expect(de.scales.y.ticks.callback(2.345)).toBe('2,3');
	});
});

describe('toLayerChartConfig', () => {
	it('stacks the NPV of each layer per option', () => {
		const config = toLayerChartConfig(economic, LIGHT, text);
		expect(config.type).toBe('bar');
		expect(config.data.labels).toEqual(['Recruit', 'Upskill', 'Contract']);
		const datasets = config.data.datasets;
		expect(datasets.map((d) => d.label)).toEqual(['Cash', 'Internal time', 'Capacity shortfall']);
		(['cash', 'internal', 'shortfall'] as const).forEach((layer, i) => {
			expect(datasets[i].data).toEqual(economic.options.map((o) => economic.totals[o]!.npv[layer]));
			expect(datasets[i].backgroundColor).toBe(LIGHT.layers[layer]);
		});
		// The stacked layers add up to each option's economic NPV.
		economic.options.forEach((o, j) => {
			const stacked = datasets.reduce((sum, d) => sum + Number(d.data[j]), 0);
			expect(stacked).toBeCloseTo(economic.totals[o]!.npv.economic, 4);
		});
		const o = shape(config);
		expect(o.indexAxis).toBe('y');
		expect(o.scales.x.stacked).toBe(true);
		expect(o.scales.y.stacked).toBe(true);
	});

	it('formats the cost axis and tooltips as money', () => {
		const o = shape(toLayerChartConfig(economic, DARK, text));
		expect(o.scales.x.ticks.callback(1500000)).toBe('$1.5M');
		expect(o.scales.x.title.text).toBe('Cost (USD)');
		expect(o.plugins.tooltip.callbacks.label({ dataset: { label: 'Cash' }, raw: 98765.4 })).toBe(
			'Cash: $98,765'
		);
		const colors = toLayerChartConfig(economic, DARK, text).data.datasets.map(
			(d) => d.backgroundColor
		);
		expect(colors).toEqual([DARK.layers.cash, DARK.layers.internal, DARK.layers.shortfall]);
	});
});

describe('toScenarioComparisonChartConfig', () => {
	it('draws one line per scenario over the longest horizon, in distinct colours', () => {
		const short = evaluateScenario(createScenario({ settings: { horizonMonths: 12 } }));
		const items = [
			{ name: 'Default', cumulative: economic.totals.buy!.cumulative.economic },
			{ name: 'Short', cumulative: short.totals.build!.cumulative.economic }
		];
		const config = toScenarioComparisonChartConfig(items, LIGHT, text);
		expect(config.data.labels).toEqual(months(36));
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Default', 'Short']);
		expect(config.data.datasets[0].data).toEqual(economic.totals.buy!.cumulative.economic);
		expect(config.data.datasets[1].data).toEqual(short.totals.build!.cumulative.economic);
		expect(config.data.datasets.map((d) => d.borderColor)).toEqual([
			LIGHT.scenarios[0],
			LIGHT.scenarios[1]
		]);
		expect(shape(config).scales.y.ticks.callback(2000000)).toBe('$2M');
	});

	it('reuses colours after six scenarios and copes with none', () => {
		const items = Array.from({ length: 7 }, (_, i) => ({ name: `S${i}`, cumulative: [i, i + 1] }));
		const colors = toScenarioComparisonChartConfig(items, LIGHT, text).data.datasets.map(
			(d) => d.borderColor
		);
		expect(new Set(colors.slice(0, 6)).size).toBe(6);
		expect(colors[6]).toBe(colors[0]);
		const empty = toScenarioComparisonChartConfig([], LIGHT, text);
		expect(empty.data.labels).toEqual(['1']);
		expect(empty.data.datasets).toEqual([]);
	});

	it('accepts typed arrays as series', () => {
		const config = toScenarioComparisonChartConfig(
			[{ name: 'Typed', cumulative: new Float64Array([1, 2, 3]) }],
			LIGHT,
			text
		);
		expect(config.data.datasets[0].data).toEqual([1, 2, 3]);
		expect(Array.isArray(config.data.datasets[0].data)).toBe(true);
	});
});
