import { describe, expect, it } from 'vitest';
import { createRole, createScenario, OPTION_IDS, type OptionId, type Scenario } from './schema.ts';
import { FIELD_KEYS, pathOf } from './fields.ts';
import { evaluateScenario, type OptionMetrics, type ScenarioResult } from './evaluate.ts';
import {
	compareChoices,
	comparedCumulative,
	comparedOption,
	compareFigures,
	isPlanValue,
	isRangedValue,
	optionsByScenario,
	sameInput,
	defaultBaseline,
	defaultPicked,
	diffInputs,
	groupDifferences
} from './compare.ts';

function copy(s: Scenario): Scenario {
	return structuredClone(s);
}

/**
 * The inputs role `i` of `s` has according to the field table, with their values: each field
 * with a value (a skill's fields once per skill, after the list's length), the mix as one input
 * (it is compared whole), ranges folded into their fields (none here).
 */
function roleInputs(s: Scenario, i: number): { path: (string | number)[]; value: unknown }[] {
	const role = s.roles[i];
	const out: { path: (string | number)[]; value: unknown }[] = [
		{ path: ['roles', i, 'build', 'skills', '#length'], value: role.build.skills.length },
		{ path: ['roles', i, 'plan'], value: role.plan }
	];
	for (const key of FIELD_KEYS) {
		if (!key.startsWith('roles.') || key === 'roles.ranges' || key.startsWith('roles.plan.'))
			continue;
		const count = key.startsWith('roles.build.skills.') ? role.build.skills.length : 1;
		for (let j = 0; j < count; j++) {
			const path = pathOf(key, i, j);
			const value = path.reduce<unknown>((v, step) => (v as Record<string, unknown>)[step], s);
			if (value !== undefined) out.push({ path, value });
		}
	}
	return out;
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
		// The defaults (model/defaults.ts): name "Untitled scenario", 36 months, 42 days to fill
		// (SHRM), the second default skill (Statistics) required at level 3, no training override.
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
		// Every input the field table gives a role, and nothing else (61 on 2026-12-02: a new
		// field of the table is counted without an edit here).
		const expected = roleInputs(b, 1);
		expect(rest).toHaveLength(expected.length);
		expect(new Set(rest.map((d) => JSON.stringify([d.path, d.values[1]])))).toEqual(
			new Set(expected.map((x) => JSON.stringify([x.path, x.value])))
		);
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
		// The count, then name and three numbers for each of the 3 skills: 1 + 3 x 4 = 13.
		expect(diffs).toHaveLength(1 + 3 * 4);
	});
});

/** A result with hand-set figures: only what comparing reads. */
function fakeResult(
	winner: OptionId,
	figures: Partial<
		Record<OptionId, { economic: number; cash: number; months: number | null; perFte: number }>
	>,
	monthlyEconomic: number[] = [0]
): ScenarioResult {
	const totals = {} as Record<OptionId, OptionMetrics | undefined>;
	const options = OPTION_IDS.filter((o) => figures[o]);
	for (const o of options) {
		const f = figures[o]!;
		let sum = 0;
		const cumulative = monthlyEconomic.map((v) => (sum += v));
		totals[o] = {
			option: o,
			npv: { economic: f.economic, cash: f.cash, internal: 0, shortfall: 0 },
			nominal: { economic: f.economic, cash: f.cash, internal: 0, shortfall: 0 },
			monthsToFullCapacity: f.months,
			costPerProductiveFteMonth: f.perFte,
			monthly: { economic: monthlyEconomic, cash: monthlyEconomic },
			cumulative: { economic: cumulative, cash: cumulative }
		} as unknown as OptionMetrics;
	}
	return {
		options,
		horizonMonths: monthlyEconomic.length,
		totals,
		recommendation: { winner, measure: 'economicNpv' }
	} as unknown as ScenarioResult;
}

describe('compareFigures', () => {
	const a = fakeResult('build', {
		buy: { economic: 1_000, cash: 800, months: 10, perFte: 50 },
		build: { economic: 900, cash: 950, months: 14, perFte: 40 }
	});
	const b = fakeResult('buy', {
		buy: { economic: 1_200, cash: 700, months: 8, perFte: 55 },
		build: { economic: 1_300, cash: 1_000, months: null, perFte: 45 },
		borrow: { economic: 1_500, cash: 1_500, months: 2, perFte: 90 }
	});

	it("compares each scenario's recommended option against the baseline", () => {
		const c = compareFigures([a, b], 'recommended', 0);
		expect(c.options).toEqual(['build', 'buy']);
		const economic = c.rows.find((r) => r.id === 'economicNpv')!;
		// Baseline: a recommends Upskill, 900; b recommends Recruit, 1,200.
		// 1,200 - 900 = +300: costs more, worse.
		expect(economic.values).toEqual([900, 1_200]);
		expect(economic.diffs).toEqual([null, 300]);
		expect(economic.verdicts).toEqual([null, 'worse']);
		const months = c.rows.find((r) => r.id === 'monthsToFullCapacity')!;
		// a's Upskill 14 months, b's Recruit 8: 8 - 14 = -6, six months sooner is better.
		expect(months.values).toEqual([14, 8]);
		expect(months.diffs).toEqual([null, -6]);
		expect(months.verdicts).toEqual([null, 'better']);
		expect(c.rows.map((r) => r.id)).toEqual([
			'economicNpv',
			'cashNpv',
			'monthsToFullCapacity',
			'costPerProductiveFteMonth'
		]);
	});

	it('compares the same option in every scenario when asked', () => {
		const c = compareFigures([a, b], 'build', 1);
		expect(c.options).toEqual(['build', 'build']);
		const cash = c.rows.find((r) => r.id === 'cashNpv')!;
		// Baseline is the second scenario (Upskill cash 1,000); the first's 950: 950 - 1,000 = -50,
		// less cost, better.
		expect(cash.values).toEqual([950, 1_000]);
		expect(cash.diffs).toEqual([-50, null]);
		expect(cash.verdicts).toEqual(['better', null]);
		// Full capacity never reached in the baseline: no difference to show.
		const months = c.rows.find((r) => r.id === 'monthsToFullCapacity')!;
		expect(months.values).toEqual([14, null]);
		expect(months.diffs).toEqual([null, null]);
	});

	it('marks a scenario without the option as not included', () => {
		const c = compareFigures([a, b], 'borrow', 1);
		expect(c.options).toEqual([null, 'borrow']);
		// Only b contracts (economic 1,500); a has nothing to set against the baseline.
		expect(c.rows[0].values).toEqual([null, 1_500]);
		expect(c.rows[0].diffs).toEqual([null, null]);
		expect(comparedOption(a, 'borrow')).toBeNull();
		expect(comparedOption(b, 'recommended')).toBe('buy');
	});

	it('calls equal values the same, whatever the direction', () => {
		// x - x = 0 on every figure.
		const c = compareFigures([a, a], 'buy', 0);
		expect(c.rows.map((r) => r.verdicts[1])).toEqual(['same', 'same', 'same', 'same']);
		expect(c.rows.map((r) => r.diffs[1])).toEqual([0, 0, 0, 0]);
	});
});

describe('comparedCumulative', () => {
	// 100 a month for three months; 1 % a month = 12.6825 % a year.
	const result = fakeResult(
		'buy',
		{ buy: { economic: 0, cash: 0, months: 0, perFte: 0 } },
		[100, 100, 100]
	);
	const scenario = createScenario({ settings: { discountRatePerYear: 1.01 ** 12 - 1 } });

	it('is the cumulative cost as paid, or discounted month by month', () => {
		// As paid: 100, 100 + 100 = 200, 200 + 100 = 300.
		expect(comparedCumulative(scenario, result, 'recommended', 'nominal')).toEqual([100, 200, 300]);
		const npv = comparedCumulative(scenario, result, 'buy', 'npv')!;
		// Month 0 undiscounted (docs/methodology.md); a year of 1.01^12 - 1 is 1 % a month:
		// 100; 100 + 100 / 1.01 = 100 + 99.009901 = 199.009901;
		// 199.009901 + 100 / 1.0201 = 199.009901 + 98.029605 = 297.039506.
		expect(npv[0]).toBeCloseTo(100, 9);
		expect(npv[1]).toBeCloseTo(199.009901, 5);
		expect(npv[2]).toBeCloseTo(297.039506, 5);
		expect(comparedCumulative(scenario, result, 'borrow', 'npv')).toBeNull();
	});
});

describe('groupDifferences', () => {
	it('groups by role and section, in section order', () => {
		const a = createScenario();
		const b = copy(a);
		b.settings.horizonMonths = 24;
		b.roles[0].borrow.billRatePerDay = 900;
		b.roles[0].buy.timeToFillDays = 60;
		b.roles[0].salaryPerYear = 90_000;
		b.roles[0].build.skills[0].requiredLevel = 5;
		const groups = groupDifferences([a, b]);
		expect(groups.map((g) => g.role)).toEqual([null, 0]);
		expect(groups[0].sections.map((s) => s.section)).toEqual(['settings']);
		expect(groups[1].sections.map((s) => [s.section, s.rows.length])).toEqual([
			['need', 1],
			['buy', 1],
			['skills', 1],
			['borrow', 1]
		]);
	});

	it('shows a role only some scenarios have as one row, not one per input', () => {
		const a = createScenario();
		const b = copy(a);
		for (let i = 0; i < 4; i++) b.roles.push(createRole({ name: `Role ${i + 2}` }));
		// Before grouping, each extra role lists every input: 1 + 4 x 61 = 245 rows.
		expect(diffInputs([a, b])).toHaveLength(1 + 4 * roleInputs(b, 1).length);
		const groups = groupDifferences([a, b]);
		expect(groups.map((g) => g.role)).toEqual([1, 2, 3, 4]);
		for (const g of groups) {
			expect(g.present).toEqual([false, true]);
			expect(g.sections).toEqual([]);
		}
	});

	it('shows a skill only some scenarios have as one row', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].build.skills.pop();
		const [group] = groupDifferences([a, b]);
		expect(group.sections).toHaveLength(1);
		expect(group.sections[0].rows.map((r) => r.path.slice(4))).toEqual([['#length'], [2, 'name']]);
	});

	it('is empty for identical scenarios', () => {
		const a = createScenario();
		expect(groupDifferences([a, copy(a)])).toEqual([]);
	});
});

describe('defaults', () => {
	it('starts with the open scenario as the baseline, else the first', () => {
		expect(defaultBaseline(['x', 'y', 'z'], 'y')).toBe('y');
		expect(defaultBaseline(['x', 'y'], 'gone')).toBe('x');
		expect(defaultBaseline([], null)).toBeNull();
	});

	it('picks the open scenario and its neighbours, in list order', () => {
		expect(defaultPicked(['a', 'b', 'c', 'd', 'e'], 'd')).toEqual(['c', 'd', 'e']);
		expect(defaultPicked(['a', 'b', 'c', 'd', 'e'], 'e')).toEqual(['c', 'd', 'e']);
		expect(defaultPicked(['a', 'b', 'c', 'd', 'e'], 'a')).toEqual(['a', 'b', 'c']);
		expect(defaultPicked(['a', 'b'], 'b')).toEqual(['a', 'b']);
		expect(defaultPicked(['a', 'b', 'c', 'd'], null)).toEqual(['a', 'b', 'c']);
	});
});

describe('ranges and plans in the comparison (issue 11, 12)', () => {
	it('a range that differs makes its field differ, shown with the likely value', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].ranges = { 'buy.timeToFillDays': { low: 30, high: 90 } };
		const diffs = diffInputs([a, b]);
		expect(diffs).toEqual([
			{
				path: ['roles', 0, 'buy', 'timeToFillDays'],
				values: [42, { ranged: true, low: 30, likely: 42, high: 90 }]
			}
		]);
		expect(isRangedValue(diffs[0].values[1])).toBe(true);
		expect(isRangedValue(diffs[0].values[0])).toBe(false);
		// No row of the ranges' own keys.
		expect(diffs.some((d) => d.path.includes('ranges'))).toBe(false);
	});

	it('the same range and likely value is no difference; another high or likely is', () => {
		const a = createScenario();
		a.roles[0].ranges = { 'buy.timeToFillDays': { low: 30, high: 90 } };
		expect(diffInputs([a, copy(a)])).toEqual([]);
		const wider = copy(a);
		wider.roles[0].ranges['buy.timeToFillDays'].high = 120;
		expect(diffInputs([a, wider]).map((d) => d.values)).toEqual([
			[
				{ ranged: true, low: 30, likely: 42, high: 90 },
				{ ranged: true, low: 30, likely: 42, high: 120 }
			]
		]);
		const likely = copy(a);
		likely.roles[0].buy.timeToFillDays = 60;
		expect(diffInputs([a, likely]).map((d) => d.path)).toEqual([
			['roles', 0, 'buy', 'timeToFillDays']
		]);
	});

	it('folds a skill’s hours range into the skill’s field', () => {
		const a = createScenario();
		const b = copy(a);
		b.roles[0].ranges = { 'build.skills.1.hoursPerLevel': { low: 10, high: 60 } };
		const h = a.roles[0].build.skills[1].hoursPerLevel;
		expect(diffInputs([a, b])).toEqual([
			{
				path: ['roles', 0, 'build', 'skills', 1, 'hoursPerLevel'],
				values: [h, { ranged: true, low: 10, likely: h, high: 60 }]
			}
		]);
	});

	it('a role’s mix is one row in the plan section, beside the pool', () => {
		const a = createScenario({ roles: [{ headcount: 3 }] });
		const b = copy(a);
		b.roles[0].plan = { buy: 1, build: 2, borrow: 0, bridgedBuy: 1, bridgedBuild: 0 };
		b.roles[0].pool.feeders = 4;
		const [group] = groupDifferences([a, b]);
		expect(group.sections.map((s) => s.section)).toEqual(['plan']);
		const rows = group.sections[0].rows;
		expect(rows.map((r) => r.path)).toEqual([
			['roles', 0, 'plan'],
			['roles', 0, 'pool', 'feeders']
		]);
		expect(rows[0].values).toEqual([null, b.roles[0].plan]);
		expect(isPlanValue(rows[0].values[1])).toBe(true);
		expect(isPlanValue(rows[0].values[0])).toBe(false);
		expect(sameInput(b.roles[0].plan, structuredClone(b.roles[0].plan))).toBe(true);
	});
});

describe('"Your plan" in the comparison', () => {
	const plain = createScenario({ name: 'Plain', roles: [{ headcount: 3 }] });
	const planned = createScenario({
		name: 'Planned',
		roles: [{ headcount: 3, plan: { buy: 1, build: 1, borrow: 1 } }]
	});
	const results = [evaluateScenario(plain), evaluateScenario(planned)];

	it('offers "Your plan" only when some scenario has one', () => {
		expect(compareChoices([results[0]])).toEqual(['recommended', 'buy', 'build', 'borrow']);
		expect(compareChoices(results)).toEqual(['recommended', 'buy', 'build', 'borrow', 'plan']);
	});

	it('compares each scenario’s plan, "not included" where a scenario has none', () => {
		expect(comparedOption(results[0], 'plan')).toBeNull();
		expect(comparedOption(results[1], 'plan')).toBe('plan');
		const cmp = compareFigures(results, 'plan', 1);
		expect(cmp.options).toEqual([null, 'plan']);
		const economic = cmp.rows.find((r) => r.id === 'economicNpv')!;
		expect(economic.values).toEqual([null, results[1].plan!.totals.npv.economic]);
		expect(economic.diffs).toEqual([null, null]);
		const cumulative = comparedCumulative(planned, results[1], 'plan', 'nominal')!;
		expect(cumulative.at(-1)).toBeCloseTo(results[1].plan!.totals.nominal.economic, 6);
		expect(comparedCumulative(plain, results[0], 'plan', 'nominal')).toBeNull();
	});

	it('shows every option of every scenario on its decision measure, the plan as a fourth', () => {
		const t = optionsByScenario(results);
		expect(t.columns).toEqual(['buy', 'build', 'borrow', 'plan']);
		expect(t.measures).toEqual(['economicNpv', 'economicNpv']);
		for (const o of OPTION_IDS) {
			expect(t.cells[o].map((c) => c.value)).toEqual(results.map((r) => r.totals[o]!.npv.economic));
		}
		expect(t.cells.plan.map((c) => c.value)).toEqual([null, results[1].plan!.totals.npv.economic]);
		// Each scenario marks its cheapest: exactly one here, never the plan it does not have.
		for (let i = 0; i < 2; i++) {
			expect(t.columns.filter((c) => t.cells[c][i].best)).toHaveLength(1);
		}
		expect(t.cells.plan[0].best).toBe(false);
		const cash = evaluateScenario(
			createScenario({ settings: { decisionMeasure: 'cash' }, roles: [{ headcount: 3 }] })
		);
		const c = optionsByScenario([cash]);
		expect(c.columns).toEqual(['buy', 'build', 'borrow']);
		expect(c.measures).toEqual(['cashNpv']);
		expect(c.cells.build[0].value).toBe(cash.totals.build!.npv.cash);
	});
});
