import { describe, expect, it } from 'vitest';
import { createRole, createScenario, type Scenario } from './schema.ts';
import { evaluateScenario, type ScenarioResult } from './evaluate.ts';
import { diffInputs, headlineFigures } from './compare.ts';

function copy(s: Scenario): Scenario {
	return structuredClone(s);
}

describe('diffInputs', () => {
	it('finds no difference between identical scenarios', () => {
		const a = createScenario();
		expect(diffInputs([a, copy(a)])).toEqual([]);
		expect(diffInputs([a, copy(a), copy(a)])).toEqual([]);
		expect(diffInputs([a])).toEqual([]);
		expect(diffInputs([])).toEqual([]);
	});

	it('finds exactly the leaves that changed, in schema order, with each value', () => {
		const a = createScenario();
		const b = copy(a);
		b.name = 'Other';
		b.settings.horizonMonths = 24;
		b.roles[0].buy.timeToFillDays = 60;
		b.roles[0].build.skills[1].requiredLevel = 5;
		b.roles[0].build.trainingMonthsOverride = 6;
		expect(diffInputs([a, b])).toEqual([
			{ path: ['name'], values: ['Untitled scenario', 'Other'] },
			{ path: ['settings', 'horizonMonths'], values: [36, 24] },
			{ path: ['roles', 0, 'buy', 'timeToFillDays'], values: [42, 60] },
			{ path: ['roles', 0, 'build', 'skills', 1, 'requiredLevel'], values: [3, 5] },
			{ path: ['roles', 0, 'build', 'trainingMonthsOverride'], values: [null, 6] }
		]);
	});

	it('lists a leaf that differs in any of several scenarios, with one value per scenario', () => {
		const a = createScenario();
		const b = copy(a);
		const c = copy(a);
		c.settings.includeBorrow = false;
		expect(diffInputs([a, b, c])).toEqual([
			{ path: ['settings', 'includeBorrow'], values: [true, true, false] }
		]);
	});

	it('reports a different number of skills as the count and the missing skill', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].build.skills.pop();
		expect(a.roles[0].build.skills).toHaveLength(3);
		const third = a.roles[0].build.skills[2];
		const skillPath = ['roles', 0, 'build', 'skills'];
		expect(diffInputs([a, b])).toEqual([
			{ path: [...skillPath, '#length'], values: [3, 2] },
			{ path: [...skillPath, 2, 'name'], values: [third.name, undefined] },
			{ path: [...skillPath, 2, 'currentLevel'], values: [third.currentLevel, undefined] },
			{ path: [...skillPath, 2, 'requiredLevel'], values: [third.requiredLevel, undefined] },
			{ path: [...skillPath, 2, 'hoursPerLevel'], values: [third.hoursPerLevel, undefined] }
		]);
	});

	it('reports an extra skill in the later scenario too', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].build.skills.push({
			name: 'R',
			currentLevel: 0,
			requiredLevel: 2,
			hoursPerLevel: 30
		});
		const skillPath = ['roles', 0, 'build', 'skills'];
		expect(diffInputs([a, b])).toEqual([
			{ path: [...skillPath, '#length'], values: [3, 4] },
			{ path: [...skillPath, 3, 'name'], values: [undefined, 'R'] },
			{ path: [...skillPath, 3, 'currentLevel'], values: [undefined, 0] },
			{ path: [...skillPath, 3, 'requiredLevel'], values: [undefined, 2] },
			{ path: [...skillPath, 3, 'hoursPerLevel'], values: [undefined, 30] }
		]);
	});

	it('reports a different number of roles as the count and every leaf of the extra role', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles.push(createRole({ name: 'Engineer' }));
		const diffs = diffInputs([a, b]);
		expect(diffs[0]).toEqual({ path: ['roles', '#length'], values: [1, 2] });
		const rest = diffs.slice(1);
		for (const d of rest) {
			expect(d.path.slice(0, 2)).toEqual(['roles', 1]);
			expect(d.values[0]).toBeUndefined();
		}
		// A role has 5 own fields, 17 recruit fields, 5 contractor fields and 14 upskill fields
		// besides its skills; the skills add a count and 4 fields per skill (3 default skills).
		expect(rest).toHaveLength(5 + 17 + 5 + 14 + 1 + 3 * 4);
		expect(rest).toContainEqual({ path: ['roles', 1, 'name'], values: [undefined, 'Engineer'] });
		expect(rest).toContainEqual({
			path: ['roles', 1, 'build', 'skills', '#length'],
			values: [undefined, 3]
		});
		expect(rest).toContainEqual({
			path: ['roles', 1, 'buy', 'timeToFillDays'],
			values: [undefined, 42]
		});
	});

	it('compares an empty skill list with a full one', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].build.skills = [];
		const diffs = diffInputs([a, b]);
		expect(diffs[0]).toEqual({ path: ['roles', 0, 'build', 'skills', '#length'], values: [3, 0] });
		expect(diffs).toHaveLength(1 + 3 * 4);
	});
});

describe('headlineFigures', () => {
	function expectWinnerFigures(result: ScenarioResult) {
		const figures = headlineFigures(result);
		const winner = result.recommendation.winner;
		const t = result.totals[winner]!;
		expect(figures).toEqual({
			winner,
			economicNpv: t.npv.economic,
			cashNpv: t.npv.cash,
			monthsToFullCapacity: t.monthsToFullCapacity,
			costPerProductiveFteMonth: t.costPerProductiveFteMonth,
			breakEvenMonth: result.breakEven?.month ?? null
		});
		return figures;
	}

	it('returns the figures of the recommended option on the economic measure', () => {
		const result = evaluateScenario(createScenario());
		const figures = expectWinnerFigures(result);
		// The winner is the option with the lowest economic NPV.
		for (const o of result.options) {
			expect(figures.economicNpv).toBeLessThanOrEqual(result.totals[o]!.npv.economic);
		}
	});

	it('returns the figures of the recommended option on the cash measure, with its break-even', () => {
		const result = evaluateScenario(createScenario({ settings: { decisionMeasure: 'cash' } }));
		const figures = expectWinnerFigures(result);
		for (const o of result.options) {
			expect(figures.cashNpv).toBeLessThanOrEqual(result.totals[o]!.npv.cash);
		}
		expect(result.breakEven?.month).not.toBeNull();
		expect(figures.breakEvenMonth).toBe(result.breakEven?.month);
	});

	it('follows the recommendation, not a fixed option', () => {
		const base = evaluateScenario(createScenario());
		for (const winner of ['buy', 'build', 'borrow'] as const) {
			const result: ScenarioResult = {
				...base,
				recommendation: { ...base.recommendation, winner }
			};
			expect(headlineFigures(result).winner).toBe(winner);
			expect(headlineFigures(result).economicNpv).toBe(base.totals[winner]!.npv.economic);
		}
	});

	it('has no break-even month when there is no break-even', () => {
		const base = evaluateScenario(createScenario());
		expect(headlineFigures({ ...base, breakEven: null }).breakEvenMonth).toBeNull();
		expect(
			headlineFigures({
				...base,
				breakEven: {
					...base.breakEven!,
					dearerAtFirst: 'build',
					other: 'buy',
					month: null,
					at: null
				}
			}).breakEvenMonth
		).toBeNull();
		expect(
			headlineFigures({
				...base,
				breakEven: { ...base.breakEven!, dearerAtFirst: 'build', other: 'buy', month: 14, at: 13.5 }
			}).breakEvenMonth
		).toBe(14);
	});
});
