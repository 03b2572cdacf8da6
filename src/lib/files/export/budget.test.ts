import { describe, expect, it } from 'vitest';
import { de, en } from '../../i18n/messages-all.ts';
import { createScenario, evaluateScenario } from '../../model/index.ts';
import { budgetCsv } from './budget.ts';
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { unzipText } from './test-support.ts';
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
	it('comes after Roles with the same layout, amounts as numbers, in the interface language', async () => {
		const out = buildXlsx(scenario, result, { messages: de });
		if (!out.ok) throw new Error(out.error.message);
		const bytes = Buffer.from(out.data);
		const names = (await readXlsxFile(bytes)).map((s) => s.sheet);
		expect(names.indexOf('Budget')).toBe(names.indexOf('Rollen') + 1);
		const sheet = await readSheet(bytes, 'Budget');
		expect([0, 1, 2, 5].map((c) => sheet[0][c])).toEqual(['Rolle', 'Option', 'GJ 2027', 'Summe']);
		expect(sheet[1][0]).toBe('Analyst, senior');
		expect(sheet[1][1]).toBe(de.options.buy);
		expect(sheet[4][1]).toBe('Ihr Plan');
		expect(sheet[12][0]).toBe('Alle Rollen');
		expect(sheet[12][5]).toBeCloseTo(result.plan!.totals.nominal.cash, 6);
		expect(typeof sheet[1][2]).toBe('number');
		expect(en.exports.sheets.budget).toBe('Budget');
	});
});

describe('"Your plan" in the exports', () => {
	it('is a column of the XLSX summary and of the PPTX key figures and cumulative chart', async () => {
		const xlsx = buildXlsx(scenario, result);
		if (!xlsx.ok) throw new Error(xlsx.error.message);
		const summary = await readSheet(Buffer.from(xlsx.data), 'Summary');
		const col = summary.find((r) => r.includes('Your plan (mix)'))!.indexOf('Your plan (mix)');
		expect(col).toBeGreaterThan(0);
		const npvRow = summary.find((r) => r[0] === 'Economic cost (NPV)')!;
		expect(npvRow[col]).toBe(result.plan!.totals.npv.economic);

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
