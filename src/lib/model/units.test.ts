import { describe, it, expect } from 'vitest';
import {
	annualToMonthlyProbability,
	annualToMonthlyRate,
	DAYS_PER_MONTH,
	daysToMonths,
	discountFactor,
	loadedCostPerHour,
	loadedCostPerMonth,
	loadedCostPerYear,
	MONTHS_PER_YEAR,
	WEEKS_PER_MONTH,
	weeksToMonths,
	workingDaysToMonths,
	zeros
} from './units.ts';

describe('time constants and conversions', () => {
	it('uses 365.25 / 12 calendar days and 52 / 12 weeks per month', () => {
		expect(DAYS_PER_MONTH).toBeCloseTo(30.4375, 12);
		expect(WEEKS_PER_MONTH).toBeCloseTo(4.333333333, 9);
		expect(MONTHS_PER_YEAR).toBe(12);
	});

	it('converts calendar days to fractional months', () => {
		expect(daysToMonths(30.4375)).toBeCloseTo(1, 12);
		// 42 days (SHRM time-to-fill) / 30.4375 = 1.379877 months
		expect(daysToMonths(42)).toBeCloseTo(1.379877, 6);
		expect(daysToMonths(0)).toBe(0);
	});

	it('converts weeks to fractional months', () => {
		// 20 weeks x 12 / 52 = 4.615385 months; 26 weeks = 6 months exactly
		expect(weeksToMonths(20)).toBeCloseTo(4.615385, 6);
		expect(weeksToMonths(26)).toBeCloseTo(6, 12);
	});

	it('converts working days to months at a working-days-per-year setting', () => {
		// 73 / 230 x 12 = 3.808696 months
		expect(workingDaysToMonths(73, 230)).toBeCloseTo(3.808696, 6);
		expect(workingDaysToMonths(230, 230)).toBeCloseTo(12, 12);
	});
});

describe('rates', () => {
	it('turns an annual rate into a monthly one by compounding, not by dividing', () => {
		// 1.08^(1/12) - 1 = 0.00643403
		expect(annualToMonthlyRate(0.08)).toBeCloseTo(0.00643403, 8);
		expect(Math.pow(1 + annualToMonthlyRate(0.08), 12)).toBeCloseTo(1.08, 12);
		expect(annualToMonthlyRate(0)).toBe(0);
	});

	it('turns an annual leaving probability into a constant monthly hazard', () => {
		// 1 - 0.88^(1/12) = 0.01059624
		expect(annualToMonthlyProbability(0.12)).toBeCloseTo(0.01059624, 8);
		expect(1 - Math.pow(1 - annualToMonthlyProbability(0.3), 12)).toBeCloseTo(0.3, 12);
		expect(annualToMonthlyProbability(0)).toBe(0);
		expect(annualToMonthlyProbability(1)).toBe(1);
	});

	it('discounts month m by (1 + r)^-m, flows at month start', () => {
		const r = annualToMonthlyRate(0.08);
		expect(discountFactor(0, r)).toBe(1);
		expect(discountFactor(12, r)).toBeCloseTo(1 / 1.08, 12);
		expect(discountFactor(24, r)).toBeCloseTo(1 / 1.08 ** 2, 12);
	});
});

describe('loaded cost', () => {
	it('is base x (1 + on-cost), per month a twelfth, and per hour over working days x hours', () => {
		// 80 000 x 1.3 = 104 000; / 12 = 8 666.67 a month; / (230 x 8 = 1 840 hours) = 56.5217 per hour
		expect(loadedCostPerYear(80_000, 0.3)).toBeCloseTo(104_000, 9);
		expect(loadedCostPerMonth(80_000, 0.3)).toBeCloseTo(8_666.666667, 6);
		expect(loadedCostPerHour(80_000, 0.3, 230, 8)).toBeCloseTo(56.521739, 6);
		expect(loadedCostPerHour(46_000, 0, 230, 8)).toBeCloseTo(25, 12);
	});
});

describe('zeros', () => {
	it('makes a plain array of zeros', () => {
		expect(zeros(3)).toEqual([0, 0, 0]);
		expect(zeros(0)).toEqual([]);
	});
});
