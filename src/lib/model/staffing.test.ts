import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { RampCurve } from './ramp.ts';
import {
	addArrival,
	simulateStaffing,
	simulateStaffingStepwise,
	type CohortRules
} from './staffing.ts';
import { annualToMonthlyProbability, zeros } from './units.ts';

const instant = (earlyExitProbability = 0, attritionRatePerYear = 0): CohortRules => ({
	ramp: { months: 0, start: 1, curve: 'linear' },
	earlyExitProbability,
	attritionRatePerYear
});

describe('addArrival', () => {
	it('splits a fractional arrival between two months so the mean time is exact', () => {
		const a = zeros(5);
		addArrival(a, 2.25, 4);
		// 4 x 0.75 = 3 in month 2, 4 x 0.25 = 1 in month 3: mean 2 x 0.75 + 3 x 0.25 = 2.25
		expect(a).toEqual([0, 0, 3, 1, 0]);
	});

	it('drops what falls after the horizon and ignores negative times', () => {
		const a = zeros(3);
		addArrival(a, 2.5, 2);
		expect(a).toEqual([0, 0, 1]);
		addArrival(a, -1, 5);
		addArrival(a, 7, 5);
		expect(a).toEqual([0, 0, 1]);
	});
});

describe('simulateStaffing', () => {
	it('keeps everyone and is fully productive with no ramp and no exits', () => {
		const arrivals = zeros(6);
		arrivals[0] = 3;
		const s = simulateStaffing(6, arrivals, instant(), instant(), 1);
		expect(s.firstEmployed).toEqual([3, 3, 3, 3, 3, 3]);
		expect(s.productive).toEqual([3, 3, 3, 3, 3, 3]);
		expect(s.replacementHires).toEqual(zeros(6));
	});

	it('averages the ramp over each month of tenure', () => {
		const arrivals = zeros(8);
		arrivals[0] = 1;
		const rules: CohortRules = {
			ramp: { months: 6, start: 0, curve: 'linear' },
			earlyExitProbability: 0,
			attritionRatePerYear: 0
		};
		const s = simulateStaffing(8, arrivals, rules, rules, 0);
		// month a: average of t/6 over [a, a+1] = (a + 0.5) / 6
		for (let a = 0; a < 6; a++) expect(s.productive[a]).toBeCloseTo((a + 0.5) / 6, 12);
		expect(s.productive[6]).toBe(1);
	});

	it('applies the early-exit hazard for 12 months and counts leavers as present half the month', () => {
		const H = 24;
		const arrivals = zeros(H);
		arrivals[0] = 1;
		// replacements arrive after the horizon (delay 100 months)
		const s = simulateStaffing(H, arrivals, instant(0.3, 0.12), instant(0.3, 0.12), 100);
		const h = annualToMonthlyProbability(0.3);
		const g = annualToMonthlyProbability(0.12);
		// month m < 12: (1-h)^m at the start, minus half the month's leavers
		expect(s.firstEmployed[0]).toBeCloseTo(1 - h / 2, 12);
		expect(s.firstEmployed[5]).toBeCloseTo((1 - h) ** 5 * (1 - h / 2), 12);
		// after 12 months 70 % remain; then the annual rate applies
		expect(s.firstEmployed[12]).toBeCloseTo(0.7 * (1 - g / 2), 12);
		expect(s.firstEmployed[14]).toBeCloseTo(0.7 * (1 - g) ** 2 * (1 - g / 2), 12);
		expect(s.replacementHires).toEqual(zeros(H));
	});

	it('replaces each leaver after the delay, counted from mid-month', () => {
		const H = 6;
		const arrivals = zeros(H);
		arrivals[0] = 1;
		const s = simulateStaffing(H, arrivals, instant(0.5), instant(0), 1.25);
		const h = annualToMonthlyProbability(0.5);
		// month-0 leavers (h) arrive at 0.5 + 1.25 = 1.75: 25 % in month 1, 75 % in month 2
		expect(s.replacementHires[1]).toBeCloseTo(0.25 * h, 12);
		expect(s.replacementHires[2]).toBeCloseTo(0.75 * h + 0.25 * h * (1 - h), 12);
	});

	it('loses no replacement when the delay is under half a month (regression)', () => {
		// Same hazard before and after month 12: p = 0.5 per year. With no delay everyone who leaves
		// is back at the start of the next month, so each month starts with exactly one person and
		// the month's leavers are present for half of it: employed = 1 - h/2 every month.
		const H = 30;
		const arrivals = zeros(H);
		arrivals[0] = 1;
		const h = annualToMonthlyProbability(0.5);
		for (const delay of [0, 0.2, 0.49]) {
			const s = simulateStaffing(H, arrivals, instant(0.5, 0.5), instant(0.5, 0.5), delay);
			for (let m = 0; m < H; m++) {
				expect(s.firstEmployed[m] + s.replacementEmployed[m]).toBeCloseTo(1 - h / 2, 12);
			}
			// a hire for every leaver except those replaced after the horizon
			const leavers = h * H;
			expect(s.replacementHires.reduce((a, b) => a + b, 0)).toBeCloseTo(leavers - h, 12);
		}
	});
});

describe('staffing from shifted responses', () => {
	const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });
	const rulesArb = fc.record({
		ramp: fc.record({
			months: dbl(0, 30),
			start: dbl(0, 1),
			curve: fc.constantFrom('linear', 's-curve', 'stepped') as fc.Arbitrary<RampCurve>
		}),
		earlyExitProbability: dbl(0, 1),
		attritionRatePerYear: dbl(0, 1)
	});

	it('equals the month-by-month recursion for any arrivals, rules and delay', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 120 }),
				fc.array(fc.tuple(dbl(0, 130), dbl(0, 10)), { maxLength: 6 }),
				rulesArb,
				rulesArb,
				dbl(0, 24),
				(H, events, first, replacement, delay) => {
					const arrivals = zeros(H);
					for (const [t, mass] of events) addArrival(arrivals, t, mass);
					const fast = simulateStaffing(H, arrivals, first, replacement, delay);
					const slow = simulateStaffingStepwise(H, arrivals, first, replacement, delay);
					for (const key of Object.keys(slow) as (keyof typeof slow)[]) {
						slow[key].forEach((v, m) => {
							const scale = Math.max(1, Math.abs(v));
							if (Math.abs(fast[key][m] - v) > 1e-12 * scale)
								throw new Error(`${key}[${m}]: ${fast[key][m]} vs ${v}`);
						});
					}
				}
			),
			{ numRuns: 150 }
		);
	});

	it('stays right when its cache of responses is full and entries are reused (other horizons too)', () => {
		const rules: CohortRules = {
			ramp: { months: 5, start: 0.3, curve: 's-curve' },
			earlyExitProbability: 0.2,
			attritionRatePerYear: 0.1
		};
		const other = { ...instant(0.05, 0.3), ramp: { months: 2, start: 0.5, curve: 'linear' } };
		// Far more delays (and two horizons) than the cache keeps, then the first ones again.
		const cases: [number, number][] = [];
		for (let i = 0; i < 130; i++) cases.push([i % 3 === 0 ? 60 : 24, 0.25 + i * 0.37]);
		for (const [H, delay] of [...cases, ...cases.slice(0, 20)]) {
			const arrivals = zeros(H);
			addArrival(arrivals, 1.5, 2);
			addArrival(arrivals, 7, 1);
			const fast = simulateStaffing(H, arrivals, rules, other as CohortRules, delay);
			const slow = simulateStaffingStepwise(H, arrivals, rules, other as CohortRules, delay);
			for (const key of Object.keys(slow) as (keyof typeof slow)[])
				slow[key].forEach((v, m) => expect(fast[key][m]).toBeCloseTo(v, 12));
		}
	});
});
