import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../i18n/format.ts';
import { readSheet, sampleScenarios, evaluated, sharedStrings, unzipText } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';
import { moneyFormatCode } from './figures.ts';
import { columnName, excelDate } from './xlsx-writer.ts';

describe('buildXlsx', () => {
	for (const { id, scenario } of sampleScenarios()) {
		it(`stores the engine's numbers (${id})`, () => {
			const { result } = evaluated(scenario);
			const date = new Date(2026, 10, 25);
			const out = buildXlsx(scenario, result, { date, companyName: 'Acme' });
			if (!out.ok) throw new Error(out.error.message);
			const files = unzipText(out.data);
			expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
			expect(files['xl/workbook.xml']).toMatch(
				/name="Summary".*name="Inputs".*name="Monthly".*name="Roles"/
			);
			const shared = sharedStrings(files['xl/sharedStrings.xml']);

			// Summary: key figures per option as numbers.
			const summary = readSheet(files['xl/worksheets/sheet1.xml'], shared);
			expect(summary.get('A1')?.value).toBe(scenario.name);
			const dateCell = Array.from(summary.values()).find((c) => c.value === excelDate(date));
			expect(dateCell).toBeDefined();
			const rowOf = (label: string) =>
				Array.from(summary.entries())
					.find(([ref, c]) => ref.startsWith('A') && c.value === label)?.[0]
					.slice(1);
			const npvRow = rowOf('Economic cost (NPV)');
			const cashRow = rowOf('Cash cost (NPV)');
			result.options.forEach((o, i) => {
				const col = columnName(i + 1);
				expect(summary.get(`${col}${npvRow}`)?.value).toBe(result.totals[o]!.npv.economic);
				expect(summary.get(`${col}${cashRow}`)?.value).toBe(result.totals[o]!.npv.cash);
			});

			// Monthly: every month and option, full precision.
			const monthly = readSheet(files['xl/worksheets/sheet3.xml'], shared);
			expect(monthly.get('A1')?.value).toBe('Month');
			let r = 2;
			for (let m = 0; m < result.horizonMonths; m++) {
				for (const o of result.options) {
					const t = result.totals[o]!;
					expect(monthly.get(`A${r}`)?.value).toBe(m + 1);
					expect(monthly.get(`C${r}`)?.value).toBe(t.monthly.cash[m]);
					expect(monthly.get(`F${r}`)?.value).toBe(t.monthly.economic[m]);
					expect(monthly.get(`J${r}`)?.value).toBe(t.cumulative.economic[m]);
					expect(monthly.get(`K${r}`)?.value).toBe(t.series.productiveFte[m]);
					r++;
				}
			}
			expect(monthly.has(`A${r}`)).toBe(false);

			// Roles: one row per role and option.
			const roles = readSheet(files['xl/worksheets/sheet4.xml'], shared);
			expect(roles.get('A2')?.value).toBe(scenario.roles[0].name);
			expect(roles.get('D2')?.value).toBe(result.roles[0].options.buy!.npv.economic);

			// Inputs: every role's salary, with the default flag.
			const inputs = readSheet(files['xl/worksheets/sheet2.xml'], shared);
			const salaries = Array.from(inputs.entries()).filter(
				([ref, c]) => ref.startsWith('C') && c.value === 'Salary in the role'
			);
			expect(salaries.length).toBe(scenario.roles.length);
			const salaryRow = salaries[0][0].slice(1);
			expect(inputs.get(`D${salaryRow}`)?.value).toBe(scenario.roles[0].salaryPerYear);
			expect(inputs.get(`F${salaryRow}`)?.value).toBe('no');

			// Formats, frozen panes, widths.
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
