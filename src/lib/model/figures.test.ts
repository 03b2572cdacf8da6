import { describe, expect, it } from 'vitest';
import {
	bestOptions,
	changeVerdict,
	COMPARE_FIGURES,
	FIGURE_IDS,
	FIGURES,
	figureValue,
	HEADLINE_FIGURES,
	KEY_FIGURES
} from './figures.ts';
import type { OptionMetrics } from './evaluate.ts';
import type { OptionId } from './schema.ts';

/** Metrics with hand-set values: only what the figures read. */
function metrics(v: {
	economic: number;
	cash?: number;
	months?: number | null;
	perFte?: number | null;
	fteMonths?: number;
}): OptionMetrics {
	return {
		npv: { economic: v.economic, cash: v.cash ?? 0, internal: 1, shortfall: 2 },
		nominal: { economic: v.economic + 10, cash: (v.cash ?? 0) + 5, internal: 0, shortfall: 0 },
		monthsToFullCapacity: v.months ?? null,
		costPerProductiveFteMonth: v.perFte ?? null,
		productiveFteMonths: v.fteMonths ?? 0,
		hires: 3,
		costPerHire: 4_000
	} as unknown as OptionMetrics;
}

const ALL: OptionId[] = ['buy', 'build', 'borrow'];

describe('the figures table', () => {
	it('reads each figure from its own field', () => {
		const m = metrics({ economic: 100, cash: 60, months: 7, perFte: 12, fteMonths: 30 });
		expect(FIGURE_IDS.map((id) => [id, figureValue(id, m)])).toEqual([
			['economicNpv', 100],
			['cashNpv', 60],
			['internalNpv', 1],
			['shortfallNpv', 2],
			['economicNominal', 110],
			['cashNominal', 65],
			['monthsToFullCapacity', 7],
			['costPerProductiveFteMonth', 12],
			['productiveFteMonths', 30],
			['hires', 3],
			['costPerHire', 4_000]
		]);
	});

	it('names the basis of every money figure and only of money figures', () => {
		for (const id of FIGURE_IDS) {
			const spec = FIGURES[id];
			expect(spec.basis === null, id).toBe(spec.format !== 'money');
		}
		expect(FIGURES.economicNpv.basis).toBe('npv');
		expect(FIGURES.costPerProductiveFteMonth.basis).toBe('nominal');
	});

	it('keeps every list inside the table', () => {
		for (const id of [...KEY_FIGURES, ...HEADLINE_FIGURES, ...COMPARE_FIGURES]) {
			expect(FIGURE_IDS).toContain(id);
		}
	});
});

describe('bestOptions', () => {
	it('marks the lowest cost and the soonest capacity', () => {
		const totals = {
			buy: metrics({ economic: 300, months: 4 }),
			build: metrics({ economic: 200, months: 9 }),
			borrow: metrics({ economic: 250, months: 2 })
		};
		expect(bestOptions('economicNpv', totals, ALL)).toEqual(['build']);
		expect(bestOptions('monthsToFullCapacity', totals, ALL)).toEqual(['borrow']);
		// Only the options compared count.
		expect(bestOptions('monthsToFullCapacity', totals, ['buy', 'build'])).toEqual(['buy']);
	});

	it('marks every option that ties for best, and none when all are equal', () => {
		const tie = {
			buy: metrics({ economic: 200 }),
			build: metrics({ economic: 200 }),
			borrow: metrics({ economic: 300 })
		};
		expect(bestOptions('economicNpv', tie, ALL)).toEqual(['buy', 'build']);
		const same = {
			buy: metrics({ economic: 0 }),
			build: metrics({ economic: 0 }),
			borrow: undefined
		};
		expect(bestOptions('economicNpv', same, ['buy', 'build'])).toEqual([]);
	});

	it('never marks a missing value, nor a figure that does not rank', () => {
		const totals = {
			buy: metrics({ economic: 1, months: null, perFte: null }),
			build: metrics({ economic: 2, months: 12, perFte: null }),
			borrow: undefined
		};
		expect(bestOptions('monthsToFullCapacity', totals, ['buy', 'build'])).toEqual(['build']);
		expect(bestOptions('costPerProductiveFteMonth', totals, ['buy', 'build'])).toEqual([]);
		expect(bestOptions('hires', totals, ['buy', 'build'])).toEqual([]);
	});
});

describe('changeVerdict', () => {
	it('judges a change by the figure direction, not by its sign', () => {
		expect(changeVerdict('economicNpv', 90, 100)).toBe('better');
		expect(changeVerdict('economicNpv', 110, 100)).toBe('worse');
		expect(changeVerdict('monthsToFullCapacity', 6, 9)).toBe('better');
		expect(changeVerdict('economicNpv', 100, 100)).toBe('same');
		expect(changeVerdict('hires', 4, 3)).toBeNull();
		expect(changeVerdict('monthsToFullCapacity', null, 9)).toBeNull();
	});
});
