import { describe, it, expect } from 'vitest';
import { averageProductivity, productivityAt, type Ramp, type RampCurve } from './ramp.ts';

const CURVES: RampCurve[] = ['linear', 's-curve', 'stepped'];

/** Midpoint-rule average of productivityAt over [a, b], an independent check of the integrals. */
function numericAverage(ramp: Ramp, a: number, b: number, steps = 20_000): number {
	let sum = 0;
	const h = (b - a) / steps;
	for (let i = 0; i < steps; i++) sum += productivityAt(ramp, a + (i + 0.5) * h);
	return sum / steps;
}

describe('productivityAt', () => {
	it('is linear from the start level to 100 % over the ramp', () => {
		const ramp: Ramp = { months: 4, start: 0.25, curve: 'linear' };
		// 0.25 + 0.75 x 2/4 = 0.625
		expect(productivityAt(ramp, 2)).toBeCloseTo(0.625, 12);
		expect(productivityAt(ramp, 0)).toBeCloseTo(0.25, 12);
		expect(productivityAt(ramp, 4)).toBe(1);
		expect(productivityAt(ramp, 10)).toBe(1);
		expect(productivityAt(ramp, -1)).toBe(0);
	});

	it('is 100 % at once for a zero-length ramp', () => {
		for (const curve of CURVES) expect(productivityAt({ months: 0, start: 0, curve }, 0)).toBe(1);
	});

	it('steps 0 -> 25 -> 50 -> 75 % in quarters for the stepped curve', () => {
		const ramp: Ramp = { months: 4, start: 0, curve: 'stepped' };
		expect(productivityAt(ramp, 0.5)).toBe(0);
		expect(productivityAt(ramp, 1.5)).toBe(0.25);
		expect(productivityAt(ramp, 2.5)).toBe(0.5);
		expect(productivityAt(ramp, 3.5)).toBe(0.75);
	});

	it('runs the S-curve from the start level through the midpoint to 100 %', () => {
		const ramp: Ramp = { months: 6, start: 0.2, curve: 's-curve' };
		expect(productivityAt(ramp, 0)).toBeCloseTo(0.2, 12);
		// symmetric logistic: halfway through the ramp, halfway between start and 1
		expect(productivityAt(ramp, 3)).toBeCloseTo(0.6, 12);
		expect(productivityAt(ramp, 6)).toBe(1);
		expect(productivityAt(ramp, 1)).toBeLessThan(productivityAt(ramp, 2));
	});
});

describe('averageProductivity', () => {
	it('averages a linear 0 -> 100 % ramp to one half (the 17 500 ramp-cost check)', () => {
		const ramp: Ramp = { months: 6, start: 0, curve: 'linear' };
		expect(averageProductivity(ramp, 0, 6)).toBeCloseTo(0.5, 12);
		// first month of six: average of t/6 over [0, 1] = 1/12
		expect(averageProductivity(ramp, 0, 1)).toBeCloseTo(1 / 12, 12);
		// (1 + p0) / 2 for a start level p0
		expect(averageProductivity({ ...ramp, start: 0.5 }, 0, 6)).toBeCloseTo(0.75, 12);
	});

	it('averages the stepped curve to (0 + 25 + 50 + 75) / 4 = 37.5 %', () => {
		expect(averageProductivity({ months: 8, start: 0, curve: 'stepped' }, 0, 8)).toBeCloseTo(
			0.375,
			12
		);
	});

	it('averages the symmetric S-curve to one half', () => {
		expect(averageProductivity({ months: 5, start: 0, curve: 's-curve' }, 0, 5)).toBeCloseTo(
			0.5,
			12
		);
	});

	it('handles intervals that cross the end of the ramp', () => {
		const ramp: Ramp = { months: 1, start: 0, curve: 'linear' };
		// [0.5, 1]: mean 0.75; [1, 1.5]: 1; the whole interval: 0.875
		expect(averageProductivity(ramp, 0.5, 1.5)).toBeCloseTo(0.875, 12);
		expect(averageProductivity(ramp, 2, 3)).toBe(1);
		expect(averageProductivity({ ...ramp, months: 0 }, 0, 1)).toBe(1);
	});

	it('returns the point value for an empty interval', () => {
		const ramp: Ramp = { months: 4, start: 0.25, curve: 'linear' };
		expect(averageProductivity(ramp, 2, 2)).toBeCloseTo(0.625, 12);
	});

	it('matches numeric integration of productivityAt for every curve', () => {
		for (const curve of CURVES) {
			const ramp: Ramp = { months: 4.3, start: 0.3, curve };
			for (const [a, b] of [
				[0, 1],
				[1, 2],
				[2.2, 3.7],
				[3.9, 5],
				[0, 4.3]
			]) {
				// the midpoint rule is only first-order at the stepped curve's jumps
				expect(averageProductivity(ramp, a, b)).toBeCloseTo(numericAverage(ramp, a, b), 5);
			}
		}
	});
});
