import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { changeOf, sameTree, trampolined, writeData } from './chart-update.ts';

const config = (data: number[], currency = 'EUR', title = 'Cost'): ChartConfiguration => ({
	type: 'line',
	data: {
		labels: data.map((_, i) => String(i + 1)),
		datasets: [{ label: 'Buy', data: [...data], borderColor: '#123456' }]
	},
	options: {
		animation: false,
		scales: {
			y: {
				title: { display: true, text: title },
				ticks: { callback: (v: string | number) => `${currency} ${v}` }
			}
		}
	}
});

describe('chart updates in place', () => {
	it('sees no change when only the formatter closures are new', () => {
		expect(changeOf(config([1, 2, 3]), config([1, 2, 3]))).toBe('none');
	});

	it('sees a data change, and an options change apart from it', () => {
		expect(changeOf(config([1, 2, 3]), config([1, 2, 4]))).toBe('data');
		expect(changeOf(config([1, 2, 3]), config([1, 2, 3], 'EUR', 'Cash'))).toBe('options');
		expect(changeOf(config([1, 2]), config([1, 2, 3]))).toBe('data');
	});

	it('compares trees by value, NaN included', () => {
		expect(sameTree({ a: [1, NaN, { b: 'x' }] }, { a: [1, NaN, { b: 'x' }] })).toBe(true);
		expect(sameTree({ a: [1, 2] }, { a: [1, 2], b: undefined })).toBe(false);
		expect(sameTree([1, 2], new Float64Array([1, 2]))).toBe(true);
	});

	it('formatters follow the latest config although the options object is kept', () => {
		const first = config([1], 'EUR');
		const t = trampolined(first.options!);
		type Tick = (v: number) => string;
		const tick = () => (t.options.scales!.y!.ticks!.callback as unknown as Tick).call({}, 5);
		expect(tick()).toBe('EUR 5');
		t.latest.set(config([1], 'USD').options!);
		expect(tick()).toBe('USD 5');
	});

	it('writes new values into the chart\u2019s own datasets', () => {
		const shown = config([1, 2, 3]);
		const datasets = shown.data.datasets;
		const dataset = datasets[0];
		writeData(shown.data, config([4, 5, 6]));
		expect(shown.data.datasets).toBe(datasets);
		expect(shown.data.datasets[0]).toBe(dataset);
		expect(dataset.data).toEqual([4, 5, 6]);
	});
});
