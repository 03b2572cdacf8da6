import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, type Scenario } from '../model/index.ts';
import { compareFigures, groupDifferences, optionsByScenario } from '../model/compare.ts';
import { choiceLabel, differenceView, figureRows, optionRow, optionsView } from './compare-view.ts';

const base = createScenario({ name: 'Base', roles: [{ name: 'Analyst', headcount: 3 }] });
function variant(name: string, change: (s: Scenario) => void): Scenario {
	const s = structuredClone(base);
	s.name = name;
	change(s);
	return s;
}
const ranged = variant('Ranged', (s) => {
	s.roles[0].ranges = { 'buy.timeToFillDays': { low: 30, high: 90 } };
});
const planned = variant('Planned', (s) => {
	s.roles[0].plan = { buy: 1, build: 1, borrow: 1, bridgedBuy: 1, bridgedBuild: 0 };
});
const items = (list: Scenario[]) => list.map((scenario) => ({ name: scenario.name, scenario }));

describe('the differing inputs in words', () => {
	it('compares a range with a single value: "30 – 42 – 90 days" against "42 days"', () => {
		const list = [base, ranged];
		const view = differenceView(groupDifferences(list), items(list), 0, en);
		const rows = view.flatMap((g) => g.sections.flatMap((s) => s.rows));
		const time = rows.find((r) => r.label === 'Time to fill')!;
		expect(time.cells.map((c) => c.text)).toEqual(['42 days', '30 \u2013 42 \u2013 90 days']);
		expect(time.cells.map((c) => c.differs)).toEqual([false, true]);
		// Only the name and the ranged field differ.
		expect(rows.map((r) => r.label)).toEqual(['Scenario name', 'Time to fill']);
	});

	it('shows a role’s mix as one row in words, "none" where a scenario has no mix', () => {
		const list = [base, planned];
		const view = differenceView(groupDifferences(list), items(list), 1, en);
		const plan = view
			.find((g) => g.title === 'Analyst')!
			.sections.find((s) => s.section === 'plan')!;
		expect(plan.title).toBe('Your plan (mix)');
		expect(plan.rows).toEqual([
			{
				key: 'roles.0.plan',
				label: 'Mix (your plan)',
				cells: [
					{ text: en.compare.noMix, differs: true },
					{ text: '1 recruited (1 bridged), 1 upskilled, 1 contracted', differs: false }
				]
			}
		]);
		const german = differenceView(groupDifferences(list), items(list), 0, de);
		expect(german[1].sections[0].rows[0].label).toBe('Mix (Ihr Plan)');
	});
});

describe('plan inputs in the comparison', () => {
	it('names the pool’s fields, and an empty limit as "none"', () => {
		const pooled = variant('Pooled', (s) => {
			s.roles[0].pool = { feeders: 12, shareAbleToMove: 0.25 };
			s.settings.budgetPerFiscalYear = 500_000;
		});
		const list = [base, pooled];
		const view = differenceView(groupDifferences(list), items(list), 0, en);
		const rows = view.flatMap((g) => g.sections.flatMap((s) => s.rows));
		const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.cells.map((c) => c.text)]));
		expect(byLabel['Feeder headcount']).toEqual(['none', '12']);
		expect(byLabel['Share able to move']).toEqual(['100%', '25%']);
		expect(byLabel['Cash budget per fiscal year']).toEqual(['none', '$500,000']);
	});
});

describe('"Your plan" in the comparison, in words', () => {
	const list = [base, planned];
	const results = list.map(evaluateScenario);

	it('names the plan as the compared option, "not included" where a scenario has none', () => {
		const figures = compareFigures(results, 'plan', 1);
		expect(optionRow(figures, en).cells.map((c) => c.text)).toEqual(['not included', 'Your plan']);
		const economic = figureRows(figures, items(list), 1, en).find((r) => r.key === 'economicNpv')!;
		expect(economic.cells[0].text).toBe('not included');
		expect(economic.cells[1].text).toMatch(/^\$\d/);
		expect(economic.cells[1].diff).toBe('');
		expect(choiceLabel('plan', en)).toBe("Each scenario's own plan (mix)");
		expect(choiceLabel('borrow', en)).toBe('Contractors (borrow) in every scenario');
	});

	it('lists every option per scenario with "Your plan" last, the cheapest marked', () => {
		const view = optionsView(optionsByScenario(results), items(list), en);
		expect(view.measures.cells.map((c) => c.text)).toEqual([
			'Economic cost (NPV)',
			'Economic cost (NPV)'
		]);
		expect(view.rows.map((r) => r.label)).toEqual(['Recruit', 'Upskill', 'Contract', 'Your plan']);
		const plan = view.rows[3];
		expect(plan.cells[0]).toEqual({ text: 'no plan', best: false });
		expect(plan.cells[1].text).toMatch(/^\$\d/);
		for (let i = 0; i < 2; i++) {
			expect(view.rows.filter((r) => r.cells[i].best)).toHaveLength(1);
		}
	});
});
