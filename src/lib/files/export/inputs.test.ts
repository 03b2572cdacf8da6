import { describe, expect, it } from 'vitest';
import { createScenario } from '../../model/index.ts';
import { de, en } from '../../i18n/messages-all.ts';
import { formatInput, roleRows, settingsRows } from './inputs.ts';

describe('input rows', () => {
	const scenario = createScenario({ currency: 'GBP', locale: 'en-GB' });

	it('never write the percent sign twice (value "8%" and unit "per year", not "% per year")', () => {
		const rows = [...settingsRows(scenario, en), ...roleRows(scenario.roles[0], scenario, en)];
		const discount = rows.find((r) => r.key === 'settings.discountRatePerYear');
		expect(discount && `${formatInput(discount, scenario)} ${discount.unit}`).toBe('8% per year');
		for (const r of rows.filter((r) => r.kind === 'percent')) {
			expect(`${formatInput(r, scenario)} ${r.unit}`, r.key).not.toMatch(/%.*%/);
		}
	});

	it('label every row as the form does, in the language given', () => {
		const rows = roleRows(scenario.roles[0], scenario, de);
		expect(rows.find((r) => r.key === 'roles.headcount')?.label).toBe(de.fields.headcount.label);
		expect(rows.find((r) => r.key === 'roles.buy.timeToFillDays')?.unit).toBe('Tage');
		expect(rows.find((r) => r.key === 'roles.salaryPerYear')?.unit).toBe('GBP pro Jahr');
	});

	it('mark defaults and name their source', () => {
		const rows = roleRows(scenario.roles[0], scenario, en);
		const fill = rows.find((r) => r.key === 'roles.buy.timeToFillDays');
		expect(fill?.isDefault).toBe(true);
		expect(fill?.source).toMatch(/SHRM/);
		const changed = createScenario({ roles: [{ buy: { timeToFillDays: 10 } }] });
		const row = roleRows(changed.roles[0], changed, en).find(
			(r) => r.key === 'roles.buy.timeToFillDays'
		);
		expect(row?.isDefault).toBe(false);
	});
});
