import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { createScenario } from './schema.ts';
import { capacityData, cumulativeCostData, valueAtMonth } from './series.ts';

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

	it('reads a value between month ends', () => {
		expect(valueAtMonth([10, 20, 40], 1)).toBe(10);
		expect(valueAtMonth([10, 20, 40], 2.5)).toBe(30);
		expect(valueAtMonth([10, 20, 40], 9)).toBe(40);
		expect(valueAtMonth([], 1)).toBe(0);
	});
});
