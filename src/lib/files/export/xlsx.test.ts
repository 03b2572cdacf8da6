import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../i18n/format.ts';
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { sampleScenarios, evaluated, unzipText } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';
import { moneyFormatCode } from './figures.ts';

describe('buildXlsx', () => {
	for (const { id, scenario } of sampleScenarios()) {
		it(`stores the engine's numbers, read back with a spreadsheet reader (${id})`, async () => {
			const { result } = evaluated(scenario);
			const date = new Date(2026, 10, 25);
			const out = buildXlsx(scenario, result, { date, companyName: 'Acme' });
			if (!out.ok) throw new Error(out.error.message);
			const bytes = Buffer.from(out.data);
			const files = unzipText(out.data);
			expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
			const sheets = (await readXlsxFile(bytes)).map((s) => s.sheet);
			expect(sheets).toEqual(['Summary', 'Inputs', 'Monthly', 'Roles', 'Budget', 'Risk']);

			// Summary: key figures per option as numbers, the date as a date.
			const summary = await readSheet(bytes, 'Summary');
			expect(summary[0][0]).toBe(scenario.name);
			const dateRow = summary.find((r) => r[0] === 'Date')!;
			expect(dateRow[1]).toEqual(new Date(Date.UTC(2026, 10, 25)));
			const row = (label: string) => summary.find((r) => r[0] === label)!;
			result.options.forEach((o, i) => {
				expect(row('Economic cost (NPV)')[i + 1]).toBe(result.totals[o]!.npv.economic);
				expect(row('Cash cost (NPV)')[i + 1]).toBe(result.totals[o]!.npv.cash);
			});

			// Monthly: every month and option, full precision.
			const monthly = await readSheet(bytes, 'Monthly');
			expect(monthly[0][0]).toBe('Month');
			let r = 1;
			for (let m = 0; m < result.horizonMonths; m++) {
				for (const o of result.options) {
					const t = result.totals[o]!;
					const cells = monthly[r++];
					expect(cells[0]).toBe(m + 1);
					expect(cells[2]).toBe(t.monthly.cash[m]);
					expect(cells[5]).toBe(t.monthly.economic[m]);
					expect(cells[9]).toBe(t.cumulative.economic[m]);
					expect(cells[10]).toBe(t.series.productiveFte[m]);
				}
			}
			expect(monthly).toHaveLength(r);

			// Roles: one row per role and option.
			const roles = await readSheet(bytes, 'Roles');
			expect(roles[1][0]).toBe(scenario.roles[0].name);
			expect(roles[1][3]).toBe(result.roles[0].options.buy!.npv.economic);

			// Inputs: every role's salary, with the default flag.
			const inputs = await readSheet(bytes, 'Inputs');
			const salaries = inputs.filter((r) => r[2] === 'Salary in the role');
			expect(salaries).toHaveLength(scenario.roles.length);
			expect(salaries[0][3]).toBe(scenario.roles[0].salaryPerYear);
			expect(salaries[0][5]).toBe('no');

			// Formats, frozen panes, widths (the reader gives values only: these from the XML).
			expect(files['xl/styles.xml']).toContain(
				`formatCode="${moneyFormatCode(scenario.currency, scenario.locale).replace(/"/g, '&quot;')}"`
			);
			expect(files['xl/styles.xml']).toContain('formatCode="0.0%"');
			expect(files['xl/worksheets/sheet3.xml']).toMatch(
				/<pane xSplit="2" ySplit="1"[^>]*state="frozen"/
			);
			expect(files['xl/worksheets/sheet2.xml']).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
			expect(files['xl/worksheets/sheet3.xml']).toContain('customWidth="1"');
		});
	}

	it('puts the currency symbol where the locale does', () => {
		expect(moneyFormatCode('USD', 'en-US')).toBe('"$"#,##0');
		expect(moneyFormatCode('EUR', 'de-DE')).toBe('#,##0 "€"');
		expect(moneyFormatCode('CHF', 'de-CH')).toBe('"CHF" #,##0');
		// The money format Excel shows matches what the app shows, up to separators.
		expect(formatMoney(1234, 'EUR', 'de-DE')).toBe('1.234\u00a0€');
	});
});
