import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { createScenario } from './schema.ts';
import { breakEvenOf } from './evaluate.ts';
import {
	capacityData,
	crossingMarks,
	cumulativeCostData,
	layerData,
	valueAtMonth
} from './series.ts';

describe('chart series', () => {
	const scenario = createScenario({ settings: { discountRatePerYear: 0.08 } });
	const result = evaluateScenario(scenario);

	it('ends the discounted cumulative cost at the NPV key figure, the nominal at the total paid', () => {
		const npv = cumulativeCostData(result, 'npv', 0.08);
		const nominal = cumulativeCostData(result, 'nominal', 0.08);
		for (const o of result.options) {
			const n = npv.lines.find((l) => l.option === o)!.values;
			const p = nominal.lines.find((l) => l.option === o)!.values;
			expect(n[n.length - 1]).toBeCloseTo(result.totals[o]!.npv.economic, 4);
			expect(p[p.length - 1]).toBeCloseTo(result.totals[o]!.nominal.economic, 4);
			// Discounting lowers every later month (costs are positive).
			expect(n[n.length - 1]).toBeLessThan(p[p.length - 1]);
		}
		expect(nominal.breakEven).toBe(result.breakEven);
	});

	it('builds capacity lines and the need from the result', () => {
		const data = capacityData(result);
		expect(data.lines.map((l) => l.option)).toEqual(result.options);
		expect(data.needed).toEqual(Array.from(result.neededFte));
	});

	it('splits each option NPV into its three layers, which add up to the economic NPV', () => {
		const data = layerData(result);
		expect(data.columns).toEqual(result.options);
		expect(data.layers.map((l) => l.layer)).toEqual(['cash', 'internal', 'shortfall']);
		result.options.forEach((o, i) => {
			const total = data.layers.reduce((sum, l) => sum + l.values[i], 0);
			expect(total).toBeCloseTo(result.totals[o]!.npv.economic, 6);
			expect(data.layers[0].values[i]).toBe(result.totals[o]!.npv.cash);
		});
	});

	it('reads a value between month ends', () => {
		expect(valueAtMonth([10, 20, 40], 1)).toBe(10);
		expect(valueAtMonth([10, 20, 40], 2.5)).toBe(30);
		expect(valueAtMonth([10, 20, 40], 9)).toBe(40);
		expect(valueAtMonth([], 1)).toBe(0);
	});

	it('marks every crossing the words name, not only a lasting break-even (issue 8.3)', () => {
		// Upskill dearer in month 1, cheaper in months 2-3, dearer from month 4 on: two crossings, no
		// lasting break-even.
		const be = breakEvenOf('buy', [10, 20, 30, 40, 50], 'build', [12, 18, 28, 44, 60])!;
		expect(be.month).toBeNull();
		const marks = crossingMarks(be);
		expect(marks).toHaveLength(2);
		expect(marks[0]).toMatchObject({ month: 2, sign: -1, lasting: false, b: 'build' });
		expect(marks[0].at).toBeCloseTo(1.5, 9); // +2 at month 1, -2 at month 2
		expect(marks[1]).toMatchObject({ month: 4, sign: 1, lasting: false });
		expect(marks[1].at).toBeCloseTo(3 + 2 / 6, 9); // -2 at month 3, +4 at month 4
		// One lasting crossing: it is the break-even month.
		const lasting = crossingMarks(breakEvenOf('buy', [10, 20, 30], 'build', [15, 20.5, 25])!);
		expect(lasting).toEqual([
			{ at: expect.any(Number), month: 3, sign: -1, lasting: true, b: 'build' }
		]);
		// Equal months in between are stepped over: the new order starts where they differ again.
		const flat = crossingMarks(breakEvenOf('buy', [10, 20, 30, 40], 'build', [12, 20, 28, 30])!);
		expect(flat.map((m) => [m.month, m.sign, m.lasting])).toEqual([[3, -1, true]]);
		expect(crossingMarks(null)).toEqual([]);
	});

	it('gives the default scenario’s chart one mark per crossing of its sentence', () => {
		const data = cumulativeCostData(result, 'nominal', 0.08);
		expect(result.breakEven!.crossings.length).toBeGreaterThanOrEqual(2);
		expect(data.marks.map((m) => m.at)).toEqual(result.breakEven!.crossings);
		const npv = cumulativeCostData(result, 'npv', 0.08);
		expect(npv.marks.map((m) => m.at)).toEqual(npv.breakEven?.crossings ?? []);
	});
});
