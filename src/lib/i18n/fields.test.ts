import { describe, expect, it } from 'vitest';
import { en } from './messages-all.ts';
import { formatInputValue, formatRangedAmount, labelForPath } from './fields.ts';

const SEP = ' \u203a ';
const NBSP = '\u00a0';

describe('labelForPath', () => {
	it('names the scenario name', () => {
		expect(labelForPath(['name'], [], en)).toBe('Scenario name');
	});

	it('names top-level fields by their label', () => {
		expect(labelForPath(['currency'], [], en)).toBe('Currency');
		expect(labelForPath(['locale'], [], en)).toBe('Number format');
	});

	it('names a role field by role name and label', () => {
		expect(labelForPath(['roles', 0, 'headcount'], ['Data analyst'], en)).toBe(
			['Data analyst', 'People needed'].join(SEP)
		);
		expect(labelForPath(['roles', 0, 'name'], ['Data analyst'], en)).toBe(
			['Data analyst', 'Role'].join(SEP)
		);
	});

	it('numbers a role from 1 when its name is not known', () => {
		expect(labelForPath(['roles', 1, 'salaryPerYear'], ['Only one'], en)).toBe(
			['Role 2', 'Salary in the role'].join(SEP)
		);
		expect(labelForPath(['roles', 0, 'neededFromMonth'], [], en)).toBe(
			['Role 1', 'Needed from month'].join(SEP)
		);
	});

	it('names the option section of recruit, upskill and contractor fields', () => {
		const names = ['Engineer'];
		expect(labelForPath(['roles', 0, 'buy', 'timeToFillDays'], names, en)).toBe(
			['Engineer', 'Recruit', 'Time to fill'].join(SEP)
		);
		expect(labelForPath(['roles', 0, 'build', 'raiseRate'], names, en)).toBe(
			['Engineer', 'Upskill', 'Raise on completion'].join(SEP)
		);
		expect(labelForPath(['roles', 0, 'borrow', 'billRatePerDay'], names, en)).toBe(
			['Engineer', 'Contract', 'Contractor day rate'].join(SEP)
		);
	});

	it('names skill fields by skill number and column', () => {
		const names = ['Engineer'];
		const skill = (i: number, key: string) =>
			labelForPath(['roles', 0, 'build', 'skills', i, key], names, en);
		expect(skill(0, 'name')).toBe(['Engineer', 'Upskill', 'Skill 1', 'Skill name'].join(SEP));
		expect(skill(1, 'currentLevel')).toBe(
			['Engineer', 'Upskill', 'Skill 2', 'Current level'].join(SEP)
		);
		expect(skill(2, 'requiredLevel')).toBe(
			['Engineer', 'Upskill', 'Skill 3', 'Required level'].join(SEP)
		);
		expect(skill(0, 'hoursPerLevel')).toBe(
			['Engineer', 'Upskill', 'Skill 1', 'Hours per level'].join(SEP)
		);
	});

	it('names the number of skills and of roles', () => {
		expect(labelForPath(['roles', 0, 'build', 'skills', '#length'], ['Engineer'], en)).toBe(
			['Engineer', 'Upskill', 'Number of skills'].join(SEP)
		);
		expect(labelForPath(['roles', '#length'], [], en)).toBe('Number of roles');
	});

	it('names settings under Settings', () => {
		expect(labelForPath(['settings', 'horizonMonths'], [], en)).toBe(
			['Settings', 'Horizon'].join(SEP)
		);
		expect(labelForPath(['settings', 'includeBorrow'], [], en)).toBe(
			['Settings', 'Compare contractors too'].join(SEP)
		);
	});

	it('shows an unknown key as it is', () => {
		expect(labelForPath(['roles', 0, 'mystery'], ['A'], en)).toBe(['A', 'mystery'].join(SEP));
	});

	it('uses the messages it is given', () => {
		const t = {
			...en,
			paths: { ...en.paths, role: (n: number) => `Rolle ${n}` },
			fields: { ...en.fields, scenarioName: { label: 'Name des Szenarios', help: '' } },
			options: { ...en.options, buy: 'Einstellen' }
		};
		expect(labelForPath(['name'], [], t)).toBe('Name des Szenarios');
		expect(labelForPath(['roles', 0, 'buy', 'timeToFillDays'], [], t)).toBe(
			['Rolle 1', 'Einstellen', 'Time to fill'].join(SEP)
		);
	});
});

describe('formatInputValue', () => {
	it('writes a year without digit grouping ("2026", not "2,026")', () => {
		expect(formatInputValue(['settings', 'startYear'], 2026, 'USD', 'en-US', en)).toBe('2026');
		expect(formatInputValue(['settings', 'startYear'], 2026, 'EUR', 'de-DE', en)).toBe('2026');
		expect(formatInputValue(['roles', 0, 'salaryPerYear'], 2026, 'USD', 'en-US', en)).not.toBe(
			'2026'
		);
	});

	it('shows money fields in the scenario currency', () => {
		expect(formatInputValue(['roles', 0, 'salaryPerYear'], 80000, 'USD', 'en-US', en)).toBe(
			'$80,000'
		);
		expect(formatInputValue(['roles', 0, 'buy', 'costPerHire'], 4700, 'EUR', 'de-DE', en)).toBe(
			`4.700${NBSP}€`
		);
		expect(
			formatInputValue(['roles', 0, 'build', 'currentSalaryPerYear'], 68000, 'USD', 'en-US', en)
		).toBe('$68,000');
		expect(
			formatInputValue(['roles', 0, 'borrow', 'billRatePerDay'], 650, 'USD', 'en-US', en)
		).toBe('$650');
	});

	it('shows rates as percent', () => {
		expect(formatInputValue(['roles', 0, 'buy', 'agencyFeeRate'], 0.2, 'USD', 'en-US', en)).toBe(
			'20%'
		);
		expect(
			formatInputValue(['roles', 0, 'buy', 'salaryPremiumRate'], 0.18, 'USD', 'en-US', en)
		).toBe('18%');
		expect(formatInputValue(['roles', 0, 'borrow', 'efficiency'], 0.9, 'USD', 'en-US', en)).toBe(
			'90%'
		);
		expect(formatInputValue(['settings', 'discountRatePerYear'], 0.08, 'EUR', 'de-DE', en)).toBe(
			`8${NBSP}%`
		);
		expect(formatInputValue(['settings', 'onCostRate'], 0.305, 'USD', 'en-US', en)).toBe('30.5%');
	});

	it('shows other numbers with up to two decimals', () => {
		expect(formatInputValue(['roles', 0, 'headcount'], 3, 'USD', 'en-US', en)).toBe('3');
		expect(formatInputValue(['roles', 0, 'valueMultiplier'], 1.234, 'USD', 'en-US', en)).toBe(
			'1.23'
		);
		expect(formatInputValue(['roles', 0, 'buy', 'timeToFillDays'], 1500, 'USD', 'de-DE', en)).toBe(
			'1.500'
		);
		expect(formatInputValue(['settings', 'horizonMonths'], 36, 'USD', 'en-US', en)).toBe('36');
		expect(
			formatInputValue(['roles', 0, 'build', 'skills', 0, 'hoursPerLevel'], 40, 'USD', 'en-US', en)
		).toBe('40');
	});

	it('shows choices by their label, and an unknown choice as it is', () => {
		expect(formatInputValue(['roles', 0, 'buy', 'rampCurve'], 's-curve', 'USD', 'en-US', en)).toBe(
			'S-curve'
		);
		expect(
			formatInputValue(['roles', 0, 'build', 'oldRole'], 'leave-open', 'USD', 'en-US', en)
		).toBe('Leave open (its work is lost)');
		expect(formatInputValue(['settings', 'decisionMeasure'], 'cash', 'USD', 'en-US', en)).toBe(
			'Cash only'
		);
		expect(
			formatInputValue(['roles', 0, 'buy', 'acquisitionMode'], 'benchmark', 'USD', 'en-US', en)
		).toBe('Benchmark cost-per-hire');
		expect(formatInputValue(['roles', 0, 'buy', 'rampCurve'], 'wavy', 'USD', 'en-US', en)).toBe(
			'wavy'
		);
		expect(formatInputValue(['roles', 0, 'name'], 'Data analyst', 'USD', 'en-US', en)).toBe(
			'Data analyst'
		);
	});

	it('shows null as auto, booleans as yes/no and a missing value as a dash', () => {
		expect(
			formatInputValue(['roles', 0, 'build', 'trainingMonthsOverride'], null, 'USD', 'en-US', en)
		).toBe('auto');
		expect(formatInputValue(['settings', 'includeBorrow'], true, 'USD', 'en-US', en)).toBe('yes');
		expect(formatInputValue(['settings', 'includeBorrow'], false, 'USD', 'en-US', en)).toBe('no');
		expect(formatInputValue(['roles', 1, 'headcount'], undefined, 'USD', 'en-US', en)).toBe(
			'\u2014'
		);
	});

	it('shows a non-finite number as a dash, never "NaN"', () => {
		expect(formatInputValue(['roles', 0, 'salaryPerYear'], Number.NaN, 'USD', 'en-US', en)).toBe(
			'\u2014'
		);
		expect(formatInputValue(['roles', 0, 'headcount'], Infinity, 'USD', 'en-US', en)).toBe(
			'\u2014'
		);
	});
});

describe('formatRangedAmount (compare)', () => {
	it('writes low – likely – high in the field’s units', () => {
		const range = { low: 30, likely: 42, high: 90 };
		expect(formatRangedAmount('roles.buy.timeToFillDays', range, 'USD', 'en-US', en)).toBe(
			'30 \u2013 42 \u2013 90 days'
		);
		expect(
			formatRangedAmount(
				'roles.buy.earlyExitProbability',
				{ low: 0.05, likely: 0.1, high: 0.2 },
				'USD',
				'en-US',
				en
			)
		).toBe('5 \u2013 10 \u2013 20 %');
		expect(
			formatRangedAmount(
				'roles.borrow.billRatePerDay',
				{ low: 700, likely: 800, high: 1000 },
				'USD',
				'en-US',
				en
			)
		).toBe('$700 \u2013 $800 \u2013 $1,000 per day');
	});
});
