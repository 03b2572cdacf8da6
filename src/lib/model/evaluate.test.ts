import { describe, it, expect } from 'vitest';
import { createScenario } from './schema.ts';
import {
	breakEvenOf,
	costPerFteMonth,
	discountFactors,
	evaluateScenario,
	FULL_CAPACITY_SHARE,
	FULL_CAPACITY_TOLERANCE,
	costSpans,
	crossingsOf,
	monthsToCapacity,
	npvOf,
	totalOf,
	winnerOn,
	type OptionMetrics
} from './evaluate.ts';
import { COMPONENT_IDS } from './simulate.ts';
import { findPreset } from './presets.ts';

describe('NPV and totals', () => {
	it('discounts monthly at the compounded monthly rate, first flow undiscounted', () => {
		// 100 + 100 / 1.08^(1/12) = 199.36071
		expect(npvOf([100, 100], 0.08)).toBeCloseTo(199.3607102, 6);
		const f = discountFactors(13, 0.08);
		expect(f[0]).toBe(1);
		expect(f[12]).toBeCloseTo(1 / 1.08, 12);
		expect(npvOf([5, 6, 7], 0)).toBe(18);
		expect(totalOf([5, 6, 7])).toBe(18);
	});
});

describe('monthsToCapacity', () => {
	it('is the first (1-based) month with productive FTE >= 95 % of the need, within 1 %', () => {
		expect(FULL_CAPACITY_SHARE).toBe(0.95);
		expect(FULL_CAPACITY_TOLERANCE).toBe(0.01);
		expect(monthsToCapacity([0.5, 0.96, 1], 1)).toBe(2);
		expect(monthsToCapacity([2.8, 2.85], 3)).toBe(2);
		expect(monthsToCapacity([2.82, 2.85], 3)).toBe(1);
		expect(monthsToCapacity([0.1, 0.2], 1)).toBeNull();
		expect(monthsToCapacity([0, 0], 0)).toBe(0);
	});

	it('does not hinge on rounding noise (issue 8.4: ML engineers, 4 people)', () => {
		// Recruiting sits at 3.79 FTE from month 9 against a 3.80 line and crosses it by 0.004
		// only in month 16: full capacity is month 9, not 16.
		const role = findPreset('ml-engineer')!.role();
		role.headcount = 4;
		const result = evaluateScenario(createScenario({ roles: [role] }));
		const buy = result.totals.buy!;
		expect(buy.series.productiveFte[8]).toBeGreaterThan(3.79);
		expect(buy.series.productiveFte[8]).toBeLessThan(3.8);
		expect(buy.monthsToFullCapacity).toBe(9);
	});
});

describe('costPerFteMonth', () => {
	it('reproduces the published checks: 10 000 and 8 333.33', () => {
		// 10 000 a month at 100 % for 12 months; 5 000 a month at 60 % for 12 months
		expect(costPerFteMonth(10_000 * 12, 1 * 12)).toBeCloseTo(10_000, 9);
		expect(costPerFteMonth(5_000 * 12, 0.6 * 12)).toBeCloseTo(8_333.333333, 5);
		expect(costPerFteMonth(100, 0)).toBeNull();
	});
});

describe('breakEvenOf', () => {
	it('finds the month from which the option dearer at first stays cheaper', () => {
		// A - B = 5, 2, -1, -4: A dearer at first, cheaper from the end of month 3 on;
		// crossing at 2 + 2 / (2 + 1) = 2.667 months
		const be = breakEvenOf('buy', [10, 12, 14, 16], 'build', [5, 10, 15, 20]);
		expect(be).toMatchObject({ dearerAtFirst: 'buy', other: 'build', month: 3, at: 2 + 2 / 3 });
	});

	it('reports no break-even when the dearer option stays dearer or crosses back', () => {
		expect(breakEvenOf('buy', [1, 2, 3], 'build', [2, 4, 6])).toMatchObject({
			dearerAtFirst: 'build',
			other: 'buy',
			month: null,
			at: null
		});
		// cheaper for a while, dearer again at the end: no lasting break-even
		expect(breakEvenOf('buy', [10, 11, 30], 'build', [5, 20, 25])?.month).toBeNull();
	});

	it('is null when the options never differ', () => {
		expect(breakEvenOf('buy', [1, 2], 'build', [1, 2])).toBeNull();
	});

	it('lists every span and crossing of the curves (issue 8.3)', () => {
		// build - buy = +5, -2, -4, +3, +6: dearer in month 1, cheaper in 2-3, dearer from 4 on
		const buy = [10, 20, 30, 40, 50];
		const build = [15, 18, 26, 43, 56];
		expect(costSpans(buy, build)).toEqual([
			{ from: 1, to: 1, sign: 1 },
			{ from: 2, to: 3, sign: -1 },
			{ from: 4, to: 5, sign: 1 }
		]);
		// crossings between month ends 1 and 2 (5 -> -2) and 3 and 4 (-4 -> 3)
		const crossings = crossingsOf(buy, build);
		expect(crossings).toHaveLength(2);
		expect(crossings[0]).toBeCloseTo(1 + 5 / 7, 12);
		expect(crossings[1]).toBeCloseTo(3 + 4 / 7, 12);
		const be = breakEvenOf('buy', buy, 'build', build)!;
		expect(be.spans).toEqual(costSpans(buy, build));
		expect(be.month).toBeNull();
	});

	it('matches the cumulative series of the default scenario: upskilling cheaper in months 2-10', () => {
		const result = evaluateScenario(createScenario());
		const buy = result.totals.buy!.cumulative.economic;
		const build = result.totals.build!.cumulative.economic;
		const be = result.breakEven!;
		expect(be.a).toBe('buy');
		expect(be.b).toBe('build');
		for (const span of be.spans) {
			for (let m = span.from; m <= span.to; m++) {
				expect(Math.sign(build[m - 1] - buy[m - 1])).toBe(span.sign);
			}
		}
		expect(be.spans.map((s) => [s.from, s.to, s.sign])).toEqual([
			[1, 1, 1],
			[2, 10, -1],
			[11, 36, 1]
		]);
		expect(be.crossings).toHaveLength(2);
	});
});

describe('winnerOn', () => {
	const metrics = (economic: number, months: number | null) =>
		({
			npv: { economic, cash: economic / 2 },
			monthsToFullCapacity: months,
			costPerProductiveFteMonth: null
		}) as unknown as OptionMetrics;

	it('picks the lowest value; missing values lose; first wins a tie', () => {
		const totals = { buy: metrics(100, null), build: metrics(90, 4), borrow: metrics(90, 2) };
		const options = ['buy', 'build', 'borrow'] as const;
		expect(winnerOn(totals, [...options], 'economicNpv')).toBe('build');
		expect(winnerOn(totals, [...options], 'monthsToFullCapacity')).toBe('borrow');
		expect(winnerOn(totals, [...options], 'costPerProductiveFteMonth')).toBeNull();
	});
});

describe('evaluateScenario', () => {
	const scenario = createScenario({
		roles: [{ name: 'A' }, { name: 'B', headcount: 2, salaryPerYear: 50_000 }]
	});
	const result = evaluateScenario(scenario);

	it('evaluates every option for every role and sums them', () => {
		expect(result.options).toEqual(['buy', 'build', 'borrow']);
		expect(result.roles.map((r) => r.name)).toEqual(['A', 'B']);
		for (const o of result.options) {
			const t = result.totals[o]!;
			const byRole = result.roles.map((r) => r.options[o]!);
			expect(t.npv.economic).toBeCloseTo(byRole[0].npv.economic + byRole[1].npv.economic, 6);
			expect(t.productiveFteMonths).toBeCloseTo(
				byRole[0].productiveFteMonths + byRole[1].productiveFteMonths,
				9
			);
			expect(t.nominal.economic).toBeCloseTo(
				t.nominal.cash + t.nominal.internal + t.nominal.shortfall,
				6
			);
			const components = COMPONENT_IDS.reduce((a, id) => a + t.componentNpv[id], 0);
			expect(components).toBeCloseTo(t.npv.economic, 6);
			expect(t.costPerProductiveFteMonth).toBeCloseTo(t.nominal.cash / t.productiveFteMonths, 9);
		}
		expect(result.neededFte[0]).toBe(5);
	});

	it('weights cost-per-hire by each role’s hires', () => {
		const buy = result.totals.buy!;
		const [a, b] = result.roles.map((r) => r.options.buy!);
		expect(buy.costPerHire).toBeCloseTo(
			(a.costPerHire * a.hires + b.costPerHire * b.hires) / (a.hires + b.hires),
			6
		);
	});

	it('recommends the lowest economic NPV with its margin and main reason', () => {
		const r = result.recommendation;
		const values = result.options.map((o) => result.totals[o]!.npv.economic).sort((x, y) => x - y);
		expect(result.totals[r.winner]!.npv.economic).toBe(values[0]);
		expect(r.winner).toBe(result.winners.economicNpv);
		expect(r.margin).toBeCloseTo(values[1] - values[0], 6);
		expect(r.marginShare).toBeCloseTo((values[1] - values[0]) / values[1], 12);
		expect(r.close).toBe(r.marginShare! < 0.01);
		const w = result.totals[r.winner]!;
		const u = result.totals[r.runnerUp!]!;
		const diffs = COMPONENT_IDS.map((id) => u.componentNpv[id] - w.componentNpv[id]);
		expect(r.mainReason!.amount).toBeCloseTo(Math.max(...diffs), 6);
	});

	it('compares buy and build only when borrow is off, and on cash when asked', () => {
		const r = evaluateScenario(
			createScenario({ settings: { includeBorrow: false, decisionMeasure: 'cash' } })
		);
		expect(r.options).toEqual(['buy', 'build']);
		expect(r.totals.borrow).toBeUndefined();
		expect(r.recommendation.measure).toBe('cashNpv');
		const cash = [r.totals.buy!.npv.cash, r.totals.build!.npv.cash];
		expect(r.totals[r.recommendation.winner]!.npv.cash).toBe(Math.min(...cash));
		if (r.recommendation.mainReason) {
			expect([
				'salaries',
				'raises',
				'acquisition',
				'training',
				'backfill',
				'contractors'
			]).toContain(r.recommendation.mainReason.component);
		}
	});

	it('takes break-even between buy and build on the cumulative decision measure', () => {
		const be = result.breakEven;
		const buy = result.totals.buy!.cumulative.economic;
		const build = result.totals.build!.cumulative.economic;
		expect(be).not.toBeNull();
		if (be?.month != null) {
			const dearer = be.dearerAtFirst === 'buy' ? buy : build;
			const other = be.dearerAtFirst === 'buy' ? build : buy;
			for (let m = be.month - 1; m < buy.length; m++) expect(dearer[m]).toBeLessThan(other[m]);
			expect(dearer[be.month - 2]).toBeGreaterThanOrEqual(other[be.month - 2]);
		}
	});

	it('returns NPV equal to nominal at a 0 % discount rate', () => {
		const r = evaluateScenario(createScenario({ settings: { discountRatePerYear: 0 } }));
		for (const o of r.options) {
			expect(r.totals[o]!.npv.economic).toBeCloseTo(r.totals[o]!.nominal.economic, 6);
		}
	});
});

describe('per-role metrics across evaluations', () => {
	it('reuses a shared role’s metrics and measures a changed role and changed settings again', () => {
		const first = createScenario({ roles: [{ name: 'A' }, { name: 'B', headcount: 2 }] });
		const a = evaluateScenario(first);
		// The next keystroke's scenario: role B changed, role A and the settings the same objects.
		const changed = createScenario({ roles: [{ name: 'B', headcount: 3 }] }).roles[0];
		const next = { ...first, roles: [first.roles[0], changed] };
		const b = evaluateScenario(next);
		expect(b.roles[0].options).toBe(a.roles[0].options);
		expect(b.roles[1].options.buy!.hires).toBeGreaterThan(a.roles[1].options.buy!.hires);
		// New settings (a longer horizon): every role measured again, over the new horizon.
		const longer = { ...next, settings: { ...next.settings, horizonMonths: 48 } };
		const c = evaluateScenario(longer);
		expect(c.roles[0].options).not.toBe(b.roles[0].options);
		expect(c.roles[0].options.buy!.monthly.cash).toHaveLength(48);
		expect(c.roles[0].options.buy).toEqual(
			evaluateScenario(structuredClone(longer)).roles[0].options.buy
		);
	});
});
