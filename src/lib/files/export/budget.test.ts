import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/messages-de.ts';
import { en } from '../../i18n/messages.ts';
import { createScenario, evaluateScenario } from '../../model/index.ts';
import { budgetCsv } from './budget.ts';
import { readSheet, sharedStrings, unzipText } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';

const scenario = createScenario({
	name: 'Budget test',
	settings: { startMonth: 10, startYear: 2026, fiscalYearStartMonth: 4, horizonMonths: 24 },
	roles: [
		{ name: 'Analyst, senior', headcount: 3, plan: { buy: 1, build: 2 } },
		{ name: 'Engineer', headcount: 2 }
	]
});
const result = evaluateScenario(scenario);

describe('the budget as CSV', () => {
	it('has a row per role and option, fiscal years as columns, numbers as plain decimals', () => {
		const lines = budgetCsv(scenario, result).trimEnd().split('\r\n');
		// October 2026 + 24 months with an April fiscal year: FY2027 to FY2029.
		expect(lines[0]).toBe('role,option,FY2027,FY2028,FY2029,total');
		expect(lines).toHaveLength(1 + 2 * 4 + 4);
		expect(lines[1]).toMatch(
			/^"Analyst, senior",buy,\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?$/
		);
		expect(lines[4].startsWith('"Analyst, senior",plan,')).toBe(true);
		const planTotal = lines.find((l) => l.startsWith('All roles,plan,'))!.split(',');
		const years = planTotal.slice(2, 5).map(Number);
		expect(Number(planTotal[5])).toBeCloseTo(result.plan!.totals.nominal.cash, 1);
		expect(years.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(planTotal[5]), 1);
	});
});

describe('the XLSX Budget sheet', () => {
	it('comes after Roles with the same layout, amounts as numbers, in the interface language', () => {
		const out = buildXlsx(scenario, result, { messages: de });
		if (!out.ok) throw new Error(out.error.message);
		const files = unzipText(out.data);
		expect(files['xl/workbook.xml']).toMatch(/name="Rollen".*name="Budget"/);
		const sheet = readSheet(
			files['xl/worksheets/sheet5.xml'],
			sharedStrings(files['xl/sharedStrings.xml'])
		);
		expect(['A1', 'B1', 'C1', 'F1'].map((r) => sheet.get(r)?.value)).toEqual([
			'Rolle',
			'Option',
			'GJ 2027',
			'Summe'
		]);
		expect(sheet.get('A2')?.value).toBe('Analyst, senior');
		expect(sheet.get('B2')?.value).toBe(de.options.buy);
		expect(sheet.get('B5')?.value).toBe('Ihr Plan');
		const total = sheet.get('F13');
		expect(sheet.get('A13')?.value).toBe('Alle Rollen');
		expect(total?.value).toBeCloseTo(result.plan!.totals.nominal.cash, 6);
		expect(typeof sheet.get('C2')?.value).toBe('number');
		expect(en.exports.sheets.budget).toBe('Budget');
	});
});

describe('"Your plan" in the exports', () => {
	it('is a column of the XLSX summary and of the PPTX key figures and cumulative chart', async () => {
		const xlsx = buildXlsx(scenario, result);
		if (!xlsx.ok) throw new Error(xlsx.error.message);
		const files = unzipText(xlsx.data);
		const shared = sharedStrings(files['xl/sharedStrings.xml']);
		const summary = readSheet(files['xl/worksheets/sheet1.xml'], shared);
		const header = Array.from(summary.entries()).find(([, c]) => c.value === 'Your plan (mix)');
		expect(header).toBeDefined();
		const col = header![0].replace(/\d+$/, '');
		const npvRow = Array.from(summary.entries())
			.find(([ref, c]) => ref.startsWith('A') && c.value === 'Economic cost (NPV)')![0]
			.slice(1);
		expect(summary.get(`${col}${npvRow}`)?.value).toBe(result.plan!.totals.npv.economic);

		const { buildPptx } = await import('./pptx.ts');
		const pptx = await buildPptx(scenario, result);
		if (!pptx.ok) throw new Error(pptx.error.message);
		const p = unzipText(pptx.data);
		expect(p['ppt/slides/slide2.xml']).toContain('Your plan (mix)');
		const last = Math.round(result.plan!.totals.cumulative.economic[result.horizonMonths - 1]);
		const charts = Object.keys(p).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		expect(charts.some((c) => p[c].includes(`<c:v>${last}</c:v>`))).toBe(true);
	});
});
