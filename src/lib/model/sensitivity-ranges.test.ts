/** The tornado uses a user's range (low -> high) where one is given, the fixed change elsewhere. */
import { describe, expect, it } from 'vitest';
import { createScenario } from './schema.ts';
import { analyseSensitivity, TORNADO_CHANGE } from './sensitivity.ts';

describe('tornado with ranges', () => {
	it('takes the ends of the user range for a ranged input', () => {
		const s = createScenario({ roles: [{ name: 'A', buy: { timeToFillDays: 42 } }] });
		s.roles[0].ranges = { 'buy.timeToFillDays': { low: 30, high: 120 } };
		const row = analyseSensitivity(s).rows.find((r) => r.id === 'timeToFillDays')!;
		expect(row.fromRange).toBe(true);
		expect(row.lowValue).toBe(30);
		expect(row.highValue).toBe(120);
	});

	it('keeps the fixed change for inputs without a range, and the flip search', () => {
		const s = createScenario({ roles: [{ name: 'A', buy: { timeToFillDays: 42 } }] });
		const row = analyseSensitivity(s).rows.find((r) => r.id === 'timeToFillDays')!;
		expect(row.fromRange).toBe(false);
		expect(row.lowValue).toBeCloseTo(42 * TORNADO_CHANGE.scale[0], 9);
		expect(row.highValue).toBeCloseTo(42 * TORNADO_CHANGE.scale[1], 9);
	});

	it('a wider range swings more than a narrow one', () => {
		const narrow = createScenario({ settings: { includeBorrow: false }, roles: [{ name: 'A' }] });
		narrow.roles[0].ranges = { 'build.successProbability': { low: 0.75, high: 0.85 } };
		const wide = structuredClone(narrow);
		wide.roles[0].ranges = { 'build.successProbability': { low: 0.2, high: 1 } };
		const swing = (x: typeof narrow) =>
			analyseSensitivity(x).rows.find((r) => r.id === 'successProbability')!.swing;
		expect(swing(wide)).toBeGreaterThan(swing(narrow));
	});
});
