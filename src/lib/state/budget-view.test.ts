import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario } from '../model/index.ts';
import { budgetChartTexts, budgetOf, yearCash } from './budget-view.ts';

// Starts in October with fiscal years from April: 24 months touch three fiscal years.
const scenario = createScenario({
	settings: { horizonMonths: 24, startMonth: 10, startYear: 2026, fiscalYearStartMonth: 4 }
});
const result = evaluateScenario(scenario);
const table = budgetOf(scenario, result);

describe('yearCash', () => {
	it("reads a row's cash in a fiscal year, 0 for a year it does not reach", () => {
		const years = [
			{ year: 2026, total: 10 },
			{ year: 2027, total: 25 }
		];
		expect(yearCash(years, 2027)).toBe(25);
		expect(yearCash(years, 2030)).toBe(0);
	});
});

describe('budgetChartTexts', () => {
	it("names each option's cash per fiscal year and the people at the end", () => {
		const texts = budgetChartTexts(table, scenario, en);
		expect(texts.cash.title).toBe('Cash by fiscal year, all roles');
		expect(table.years).toHaveLength(3);
		const buy = table.totals.find((r) => r.column === 'buy')!;
		const first = Math.round(yearCash(buy.years, table.years[0])).toLocaleString('en-US');
		expect(texts.cash.description).toMatch(/^Cash per fiscal year: Recruit FY\d{4} \$/);
		expect(texts.cash.description).toContain(`Recruit FY${table.years[0]} $${first}, FY`);
		expect(texts.cash.description.split('; ')).toHaveLength(table.totals.length);
		// Three people needed; every option has them in the role by month 24.
		expect(texts.headcount.description).toBe(
			'People in the role at the end of the horizon: Recruit 3, Upskill 3, Contract 3.'
		);
		expect(texts.headcount.title).toBe('People in the role by month');
	});

	it('writes German in German', () => {
		const texts = budgetChartTexts(table, scenario, de);
		expect(texts.cash.title).toBe(de.budget.chartTitle);
		expect(texts.cash.description).toContain('Einstellen');
	});
});
