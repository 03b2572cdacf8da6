/**
 * Ramp-up curves: productivity (0..1) as a function of tenure in a role, from a start
 * productivity to 100 % over `months`. The engine needs the *average* over each month of tenure,
 * so each curve has a closed-form integral.
 */

export type RampCurve = 'linear' | 's-curve' | 'stepped';

export interface Ramp {
	/** Months from start to full productivity (0 = productive at once). */
	months: number;
	/** Productivity at start, decimal 0..1. */
	start: number;
	curve: RampCurve;
}

/** Steepness of the logistic S-curve: k = S_CURVE_STEEPNESS / months, centred on months / 2. */
const S_CURVE_STEEPNESS = 10;
/** Number of equal steps of the stepped curve (25 % -> 50 % -> 75 % -> 100 % style). */
const STEPS = 4;

function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Normalised progress g(x) in [0,1] for x = tenure / months in [0, 1]; productivity is
 * start + (1 - start) * g(x). The S-curve is a logistic rescaled so g(0) = 0 and g(1) = 1.
 */
function progress(curve: RampCurve, x: number): number {
	const t = clamp01(x);
	switch (curve) {
		case 'linear':
			return t;
		case 'stepped':
			return t >= 1 ? 1 : Math.floor(t * STEPS) / STEPS;
		case 's-curve': {
			const k = S_CURVE_STEEPNESS;
			const lo = 1 / (1 + Math.exp(k / 2));
			const hi = 1 / (1 + Math.exp(-k / 2));
			return (1 / (1 + Math.exp(-k * (t - 0.5))) - lo) / (hi - lo);
		}
	}
}

/** Integral of g from 0 to x (x in [0,1]). */
function progressIntegral(curve: RampCurve, x: number): number {
	const t = clamp01(x);
	switch (curve) {
		case 'linear':
			return (t * t) / 2;
		case 'stepped': {
			const full = Math.floor(t * STEPS);
			let area = 0;
			for (let i = 0; i < full; i++) area += i / STEPS / STEPS;
			if (full < STEPS) area += (full / STEPS) * (t - full / STEPS);
			return area;
		}
		case 's-curve': {
			const k = S_CURVE_STEEPNESS;
			const lo = 1 / (1 + Math.exp(k / 2));
			const hi = 1 / (1 + Math.exp(-k / 2));
			// ∫ 1/(1+e^{-k(u-1/2)}) du = ln(1 + e^{k(u-1/2)}) / k
			const logistic = (Math.log1p(Math.exp(k * (t - 0.5))) - Math.log1p(Math.exp(-k / 2))) / k;
			return (logistic - lo * t) / (hi - lo);
		}
	}
}

/** Productivity (0..1) at tenure `t` months. */
export function productivityAt(ramp: Ramp, t: number): number {
	if (t < 0) return 0;
	if (ramp.months <= 0 || t >= ramp.months) return 1;
	return ramp.start + (1 - ramp.start) * progress(ramp.curve, t / ramp.months);
}

/**
 * Average productivity over tenure [a, b] months (b > a >= 0): the exact integral of the curve
 * divided by the length. Used to pro-rate each simulated month.
 */
export function averageProductivity(ramp: Ramp, a: number, b: number): number {
	if (b <= a) return productivityAt(ramp, a);
	if (ramp.months <= 0 || a >= ramp.months) return 1;
	return (cumulativeProductivity(ramp, b) - cumulativeProductivity(ramp, a)) / (b - a);
}

/** Integral of productivity over tenure [0, t] (a plain function: no closure per call). */
function cumulativeProductivity(ramp: Ramp, t: number): number {
	const M = ramp.months;
	if (t <= M) return ramp.start * t + (1 - ramp.start) * M * progressIntegral(ramp.curve, t / M);
	return ramp.start * M + (1 - ramp.start) * M * progressIntegral(ramp.curve, 1) + (t - M);
}
