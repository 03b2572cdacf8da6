/**
 * A contractor's time in a seat, to the day: present from `start` to `end` (fractional months),
 * onboarding on a linear ramp, productive at an efficiency, optionally replaced by a fresh
 * contractor every `rotateEvery` months (agency-worker limits), who onboards again.
 * Pure; knows nothing of roles or options.
 */
import { averageProductivity, productivityAt, type Ramp } from './ramp.ts';
import { zeros } from './units.ts';

export interface Spell {
	/** Contractor-months present in each month (0..1 per contractor). */
	present: number[];
	/** Productive FTE in each month (0..efficiency per contractor). */
	productive: number[];
}

/** Months a ramp needs to reach `level` (0 when it starts there; its length when never below 1). */
export function timeToReach(ramp: Ramp, level: number): number {
	if (level <= ramp.start || ramp.months <= 0) return 0;
	if (level >= 1) return ramp.months;
	// Productivity rises monotonically along every curve: bisection on tenure.
	let lo = 0;
	let hi = ramp.months;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (productivityAt(ramp, mid) >= level) hi = mid;
		else lo = mid;
	}
	return hi;
}

/** The spell of one contractor seat over `months` months. */
export function contractorSpell(
	months: number,
	start: number,
	end: number,
	onboarding: Ramp,
	efficiency: number,
	rotateEvery: number | null
): Spell {
	const present = zeros(months);
	const productive = zeros(months);
	const last = Math.min(months, Math.ceil(end));
	for (let m = Math.max(0, Math.floor(start)); m < last; m++) {
		const t0 = Math.max(m, start);
		const t1 = Math.min(m + 1, end);
		if (t1 <= t0) continue;
		present[m] = t1 - t0;
		let work = 0;
		let a = t0;
		while (a < t1 - 1e-12) {
			// The stint that holds time a, and where it ends within this month.
			const stintStart =
				rotateEvery === null
					? start
					: start + Math.floor((a - start) / rotateEvery + 1e-12) * rotateEvery;
			const stintEnd = rotateEvery === null ? Infinity : stintStart + rotateEvery;
			const b = Math.min(t1, stintEnd);
			work += averageProductivity(onboarding, a - stintStart, b - stintStart) * (b - a);
			a = b;
		}
		productive[m] = work * efficiency;
	}
	return { present, productive };
}
