import { describe, it, expect } from 'vitest';
import { DEFAULTS, DEFAULT_SOURCES } from './defaults.ts';
import {
	createRole,
	createScenario,
	MAX_MONEY,
	parseScenario,
	RoleSchema,
	ScenarioSchema
} from './schema.ts';

describe('createScenario', () => {
	it('fills every default', () => {
		const s = createScenario();
		expect(s.currency).toBe('USD');
		expect(s.locale).toBe('en-US');
		expect(s.settings).toEqual({
			horizonMonths: 36,
			discountRatePerYear: 0.08,
			onCostRate: 0.3,
			workingDaysPerYear: 230,
			hoursPerWorkingDay: 8,
			decisionMeasure: 'economic',
			includeBorrow: true,
			startMonth: 1,
			startYear: 2026,
			fiscalYearStartMonth: 1,
			budgetPerFiscalYear: null,
			capacityDeadlineMonth: null,
			contractorCap: null,
			simulation: { runs: 10_000, seed: 1, capacityMonth: 12 }
		});
		expect(s.roles).toHaveLength(1);
		const role = s.roles[0];
		expect(role.name).toBe('Data analyst');
		expect(role.headcount).toBe(DEFAULTS.headcount);
		expect(role.buy.timeToFillDays).toBe(42);
		expect(role.buy.acquisitionMode).toBe('itemised');
		expect(role.build.oldRole).toBe('backfill');
		expect(role.build.skills).toEqual(DEFAULTS.skills);
		expect(role.build.trainingMonthsOverride).toBeNull();
		expect(role.borrow.efficiency).toBe(1);
	});

	it('keeps nested overrides and defaults the rest', () => {
		const s = createScenario({ roles: [{ buy: { timeToFillDays: 10 } }] });
		expect(s.roles[0].buy.timeToFillDays).toBe(10);
		expect(s.roles[0].buy.agencyFeeRate).toBe(0.2);
		expect(s.roles[0].name).toBe('Role');
	});

	it('does not share the default skills array between roles', () => {
		const a = createRole();
		const b = createRole();
		a.build.skills[0].hoursPerLevel = 1;
		expect(b.build.skills[0].hoursPerLevel).toBe(40);
	});
});

describe('parseScenario', () => {
	it('accepts a valid scenario and never throws on junk', () => {
		expect(parseScenario({}).ok).toBe(true);
		expect(parseScenario(null).ok).toBe(false);
		expect(parseScenario('x').ok).toBe(false);
	});

	it('reports range problems with their path and bound', () => {
		const r = parseScenario({ settings: { horizonMonths: 500 } });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.issues[0].path).toEqual(['settings', 'horizonMonths']);
			expect(r.issues[0].code).toBe('too-big');
			expect(r.issues[0].maximum).toBe(120);
		}
		const neg = parseScenario({ roles: [{ buy: { signOnBonus: -1 } }] });
		expect(neg.ok).toBe(false);
		if (!neg.ok) {
			expect(neg.issues[0].path).toEqual(['roles', 0, 'buy', 'signOnBonus']);
			expect(neg.issues[0].minimum).toBe(0);
		}
	});

	it('rejects absurd money, a required level below the current one, and a need after the horizon', () => {
		expect(parseScenario({ roles: [{ salaryPerYear: MAX_MONEY + 1 }] }).ok).toBe(false);
		const skill = parseScenario({
			roles: [{ build: { skills: [{ name: 'SQL', currentLevel: 4, requiredLevel: 2 }] } }]
		});
		expect(!skill.ok && skill.issues[0].code).toBe('required-below-current');
		const late = parseScenario({
			settings: { horizonMonths: 12 },
			roles: [{ neededFromMonth: 12 }]
		});
		expect(!late.ok && late.issues[0].code).toBe('needed-after-horizon');
		expect(!late.ok && late.issues[0].path).toEqual(['roles', 0, 'neededFromMonth']);
	});

	it('checks currency codes, names and the number of roles', () => {
		expect(parseScenario({ currency: 'usd' }).ok).toBe(false);
		expect(parseScenario({ currency: 'EUR' }).ok).toBe(true);
		expect(parseScenario({ name: '   ' }).ok).toBe(false);
		expect(parseScenario({ roles: [] }).ok).toBe(false);
		expect(ScenarioSchema.safeParse({ roles: Array(21).fill({}) }).success).toBe(false);
		expect(RoleSchema.safeParse({ headcount: 1.5 }).success).toBe(false);
	});
});

describe('defaults', () => {
	it('have a source of a known kind for every default', () => {
		for (const key of Object.keys(DEFAULTS)) {
			const source = (DEFAULT_SOURCES as Record<string, { kind: string }>)[key];
			expect(source, key).toBeDefined();
			expect(['published', 'derived', 'assumption']).toContain(source.kind);
		}
	});

	it('derive the internal attrition rate from the LinkedIn tenure figure', () => {
		// 12 % / 1.41 = 8.5 %
		expect(DEFAULTS.internalAttritionRatePerYear).toBeCloseTo(0.12 / 1.41, 3);
	});
});
