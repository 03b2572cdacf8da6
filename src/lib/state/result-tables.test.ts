import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, KEY_FIGURES, PRESETS } from '../model/index.ts';
import { keyFiguresTable, perRoleRows } from './result-tables.ts';

const scenario = createScenario({
	roles: [PRESETS[0].role(), { ...PRESETS[1].role(), headcount: 0 }]
});
const result = evaluateScenario(scenario);

describe('keyFiguresTable', () => {
	it('has a column per option, a row per key figure, and the winner best on its measure', () => {
		const table = keyFiguresTable(result, 'USD', 'en-US', en);
		expect(table.columns).toEqual(result.options);
		expect(table.rows.map((r) => r.id)).toEqual(KEY_FIGURES);
		const decided = table.rows.find((r) => r.id === result.recommendation.measure)!;
		expect(decided.best).toEqual([result.recommendation.winner]);
		expect(decided.label).toContain(en.figures[result.recommendation.measure]);
		for (const row of table.rows) expect(row.values).toHaveLength(table.columns.length);
		const npv = table.rows.find((r) => r.id === 'economicNpv')!;
		expect(npv.values.every((v) => v.startsWith('$'))).toBe(true);
	});

	it('marks cost wins of an option that never reaches full capacity, and only those', () => {
		// Recruiting never fills within the horizon (about 4 months to fill, 3 months shown).
		const slow = createScenario({
			settings: { horizonMonths: 3 },
			roles: [{ buy: { timeToFillDays: 120 } }]
		});
		const r = evaluateScenario(slow);
		expect(r.totals.buy!.monthsToFullCapacity).toBeNull();
		const table = keyFiguresTable(r, 'USD', 'en-US', en);
		expect(table.flagged('economicNpv', 'buy')).toBe(true);
		expect(table.flagged('monthsToFullCapacity', 'buy')).toBe(false);
		expect(table.flagged('economicNpv', 'build')).toBe(
			r.totals.build!.monthsToFullCapacity === null
		);
		expect(table.anyFlagged).toBe(
			table.rows.some((row) => row.best.some((o) => table.flagged(row.id, o)))
		);
	});
});

describe('perRoleRows', () => {
	it("names each role's best option on the decision measure, none for a role of no one", () => {
		const rows = perRoleRows(result);
		expect(rows.map((r) => r.role.name)).toEqual(result.roles.map((r) => r.name));
		expect(rows[1].best).toBeNull();
		const measure = result.recommendation.measure === 'cashNpv' ? 'cash' : 'economic';
		const costs = result.options.map((o) => rows[0].role.options[o]!.npv[measure]);
		expect(rows[0].best).toBe(result.options[costs.indexOf(Math.min(...costs))]);
	});
});
