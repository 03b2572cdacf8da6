import { describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../model/index.ts';
import { Comparison, MAX_COMPARED } from './compare.svelte.ts';

interface Entry {
	id: string;
	scenario: Scenario | null;
}

function source(entries: Entry[], activeId: string) {
	return {
		entries,
		activeId,
		validScenarioOf: (e: Entry) => e.scenario
	};
}

const named = (name: string, salaryPerYear = 80_000) =>
	createScenario({ name, roles: [{ name: 'Analyst', salaryPerYear }] });

describe('Comparison', () => {
	const entries: Entry[] = [
		{ id: 'a', scenario: named('A') },
		{ id: 'b', scenario: named('B', 120_000) },
		{ id: 'c', scenario: named('C') },
		{ id: 'd', scenario: named('D') }
	];

	it('starts from the open scenario: picked with its neighbours, and the baseline', () => {
		const cmp = new Comparison(source(entries, 'd'));
		expect(cmp.picked).toEqual(['b', 'c', 'd']);
		expect(cmp.baseline?.name).toBe('D');
		expect(cmp.items.map((i) => i.name)).toEqual(['B', 'C', 'D']);
	});

	it('keeps a chosen baseline, and falls back when it is removed', () => {
		const cmp = new Comparison(source(entries, 'a'));
		cmp.setBaseline('b');
		expect(cmp.baselineIndex).toBe(1);
		expect(cmp.figures.rows[0].diffs[1]).toBeNull();
		cmp.toggle('b', false);
		expect(cmp.baseline?.id).toBe('a');
	});

	it('compares the same option in every scenario when asked', () => {
		const cmp = new Comparison(source(entries, 'a'));
		cmp.choice = 'borrow';
		expect(cmp.figures.options).toEqual(['borrow', 'borrow', 'borrow']);
		// The higher salary makes B's contractors' shortfall dearer: never the same as A.
		const economic = cmp.figures.rows.find((r) => r.id === 'economicNpv')!;
		expect(economic.verdicts[1]).toBe('worse');
		expect(economic.verdicts[2]).toBe('same');
	});

	it('skips scenarios without a valid state, and allows at most six', () => {
		const many: Entry[] = Array.from({ length: 8 }, (_, i) => ({
			id: String(i),
			scenario: i === 1 ? null : named(`S${i}`)
		}));
		const cmp = new Comparison(source(many, '0'));
		expect(cmp.items.map((i) => i.id)).toEqual(['0', '2']);
		for (const e of many) cmp.toggle(e.id, true);
		expect(cmp.picked).toHaveLength(MAX_COMPARED);
	});

	it('offers "Your plan" while a compared scenario has one, else compares the recommended option', () => {
		const withPlan = named('P');
		withPlan.roles[0].plan = { buy: 1, build: 1, borrow: 1, bridgedBuy: 0, bridgedBuild: 0 };
		const list: Entry[] = [
			{ id: 'a', scenario: named('A') },
			{ id: 'p', scenario: withPlan }
		];
		const cmp = new Comparison(source(list, 'a'));
		expect(cmp.choices).toContain('plan');
		cmp.choice = 'plan';
		expect(cmp.compared).toBe('plan');
		expect(cmp.figures.options).toEqual([null, 'plan']);
		expect(cmp.cumulative[0]).toBeNull();
		expect(cmp.options.columns).toEqual(['buy', 'build', 'borrow', 'plan']);
		// Without the planned scenario the choice is not offered, and the recommended option is used.
		cmp.toggle('p', false);
		expect(cmp.choices).not.toContain('plan');
		expect(cmp.compared).toBe('recommended');
		expect(cmp.figures.options[0]).not.toBeNull();
	});
});
