import { describe, expect, it } from 'vitest';
import { drawPert, pertMean, pertShape, Random } from './montecarlo-random.ts';

describe('Random (sfc32 seeded by splitmix32)', () => {
	it('gives the same integers for the same seed on every machine (pinned values)', () => {
		const rng = new Random(1);
		const first = Array.from({ length: 4 }, () => rng.nextUint32());
		// Integer arithmetic only: these values must never change (files, links and reports quote seeds).
		expect(first).toEqual([792534090, 3215351813, 160231488, 1151041103]);
	});

	it('differs between seeds and restarts with reseed', () => {
		const a = new Random(1);
		const b = new Random(2);
		const xs = Array.from({ length: 8 }, () => a.nextUint32());
		const ys = Array.from({ length: 8 }, () => b.nextUint32());
		expect(xs).not.toEqual(ys);
		a.reseed(1);
		expect(Array.from({ length: 8 }, () => a.nextUint32())).toEqual(xs);
	});

	it('draws uniforms in [0, 1) with mean 1/2', () => {
		const rng = new Random(42);
		let sum = 0;
		let outside = 0;
		const n = 50_000;
		for (let i = 0; i < n; i++) {
			const u = rng.uniform();
			if (!(u >= 0 && u < 1)) outside++;
			sum += u;
		}
		expect(outside).toBe(0);
		// Standard error of the mean of U(0,1) is sqrt(1/12/n).
		expect(Math.abs(sum / n - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
	});

	it('draws gamma variates with mean = shape', () => {
		const rng = new Random(7);
		for (const shape of [1, 1.7, 4.2]) {
			const n = 40_000;
			let sum = 0;
			for (let i = 0; i < n; i++) sum += rng.gamma(shape);
			// Var(Gamma(k, 1)) = k.
			expect(Math.abs(sum / n - shape)).toBeLessThan(3 * Math.sqrt(shape / n));
		}
	});
});

describe('beta-PERT', () => {
	it('has the shape 1 + 4 (likely - low) / (high - low), 1 + 4 (high - likely) / (high - low)', () => {
		expect(pertShape(30, 42, 90)).toEqual({ alpha: 1 + (4 * 12) / 60, beta: 1 + (4 * 48) / 60 });
		expect(pertShape(5, 5, 5)).toBeNull();
		expect(pertMean(30, 42, 90)).toBeCloseTo((30 + 4 * 42 + 90) / 6, 12);
	});

	it('stays within [low, high] and has the PERT mean (low + 4 likely + high) / 6', () => {
		const rng = new Random(3);
		for (const [low, likely, high] of [
			[30, 42, 90],
			[0.5, 0.8, 0.95],
			[0, 0, 10],
			[100, 200, 200]
		]) {
			const n = 20_000;
			let sum = 0;
			let sq = 0;
			let outside = 0;
			for (let i = 0; i < n; i++) {
				const x = drawPert(rng, low, likely, high);
				if (x < low || x > high) outside++;
				sum += x;
				sq += x * x;
			}
			expect(outside).toBe(0);
			const mean = sum / n;
			const se = Math.sqrt((sq / n - mean * mean) / n);
			expect(Math.abs(mean - pertMean(low, likely, high))).toBeLessThan(3 * se);
		}
	});

	it('returns the likely value when there is no range', () => {
		expect(drawPert(new Random(1), 7, 7, 7)).toBe(7);
	});
});
