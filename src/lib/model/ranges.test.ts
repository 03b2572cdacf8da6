/** Ranges in the schema: three-point estimates checked at the field, with the bound named. */
import { describe, expect, it } from 'vitest';
import {
	createScenario,
	isRangedFieldPath,
	parseScenario,
	rangedFieldPaths,
	rangedFieldValue,
	type ScenarioInput
} from './schema.ts';

function withRanges(ranges: unknown): unknown {
	const s = createScenario() as unknown as { roles: { ranges: unknown }[] };
	s.roles[0].ranges = ranges;
	return s;
}

describe('ranges in the scenario', () => {
	it('default to none, and older scenarios without ranges parse unchanged', () => {
		const s = createScenario({ roles: [{ name: 'A' }] } as ScenarioInput);
		expect(s.roles[0].ranges).toEqual({});
		expect(s.settings.simulation).toEqual({ runs: 10_000, seed: 1, capacityMonth: 12 });
	});

	it('accept low <= likely <= high within the field bounds', () => {
		const r = parseScenario(
			withRanges({
				'buy.timeToFillDays': { low: 30, high: 90 },
				'build.successProbability': { low: 0.6, high: 0.9 },
				'build.skills.0.hoursPerLevel': { low: 30, high: 80 },
				'buy.rampWeeks': { low: 20, high: 20 }
			})
		);
		expect(r.ok).toBe(true);
	});

	it('reject a low above the likely value, at the low end, naming the likely value', () => {
		const r = parseScenario(withRanges({ 'buy.timeToFillDays': { low: 50, high: 90 } }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues).toEqual([
			{
				path: ['roles', 0, 'ranges', 'buy.timeToFillDays', 'low'],
				code: 'range-low-above-likely',
				maximum: 42
			}
		]);
	});

	it('reject a high below the likely value, at the high end', () => {
		const r = parseScenario(withRanges({ 'build.successProbability': { low: 0.5, high: 0.7 } }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0].path).toEqual(['roles', 0, 'ranges', 'build.successProbability', 'high']);
		expect(r.issues[0].code).toBe('range-high-below-likely');
		expect(r.issues[0].minimum).toBe(0.8);
	});

	it('reject a range outside the field bounds with the bound named', () => {
		const r = parseScenario(
			withRanges({
				'buy.timeToFillDays': { low: -5, high: 900 },
				'build.successProbability': { low: 0.5, high: 1.2 }
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const byPath = Object.fromEntries(r.issues.map((i) => [i.path.join('.'), i]));
		expect(byPath['roles.0.ranges.buy.timeToFillDays.low']).toMatchObject({
			code: 'too-small',
			minimum: 0
		});
		expect(byPath['roles.0.ranges.buy.timeToFillDays.high']).toMatchObject({
			code: 'too-big',
			maximum: 730
		});
		expect(byPath['roles.0.ranges.build.successProbability.high']).toMatchObject({
			code: 'too-big',
			maximum: 1
		});
	});

	it('reject malformed ranges and unknown fields with the path named', () => {
		for (const [ranges, path] of [
			[{ 'buy.timeToFillDays': 5 }, 'roles.0.ranges.buy.timeToFillDays'],
			[{ 'buy.timeToFillDays': { low: 'a', high: 9 } }, 'roles.0.ranges.buy.timeToFillDays.low'],
			[{ 'buy.nonsense': { low: 1, high: 2 } }, 'roles.0.ranges.buy.nonsense'],
			[
				{ 'build.skills.7.hoursPerLevel': { low: 1, high: 90 } },
				'roles.0.ranges.build.skills.7.hoursPerLevel'
			],
			[{ 'buy.rampCurve': { low: 1, high: 2 } }, 'roles.0.ranges.buy.rampCurve'],
			[[1, 2], 'roles.0.ranges']
		] as const) {
			const r = parseScenario(withRanges(ranges));
			expect(r.ok, JSON.stringify(ranges)).toBe(false);
			if (r.ok) continue;
			expect(r.issues.map((i) => i.path.join('.'))).toContain(path);
		}
	});

	it('name only numeric fields that exist in a role', () => {
		const role = createScenario().roles[0];
		for (const path of rangedFieldPaths()) {
			expect(typeof rangedFieldValue(role, path), path).toBe('number');
			expect(isRangedFieldPath(path)).toBe(true);
		}
		expect(isRangedFieldPath('headcount')).toBe(false);
		expect(isRangedFieldPath('build.skills.0.hoursPerLevel')).toBe(true);
		expect(isRangedFieldPath('build.skills.x.hoursPerLevel')).toBe(false);
		expect(isRangedFieldPath('build.skills.hoursPerLevel')).toBe(false);
		expect(isRangedFieldPath('build.skills.0.name')).toBe(false);
		expect(isRangedFieldPath('buy.rampCurve')).toBe(false);
	});
});
