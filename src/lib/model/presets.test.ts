import { describe, it, expect } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { boundsOf } from './fields.ts';
import {
	findPreset,
	PRESET_RANGE_RULES,
	presetRange,
	presetRangeRule,
	presetRanges,
	PRESETS
} from './presets.ts';
import { analyseSensitivity } from './sensitivity.ts';
import { createScenario, rangedFieldValue, RoleSchema } from './schema.ts';

describe('presets', () => {
	it('have unique ids and cite only fields they set', () => {
		const ids = PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of PRESETS) {
			const role = p.role();
			expect(role.preset).toBe(p.id);
			for (const key of Object.keys(p.cites)) {
				const path = key.split('.').slice(1);
				const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], role);
				expect(value, `${p.id} ${key}`).toBeDefined();
			}
		}
	});

	it('are named in the language given, and language-neutral without names', () => {
		const p = findPreset('ml-engineer')!;
		expect(p.role().name).toBe('ml-engineer');
		expect(p.role().build.skills[0].name).toBe('machine-learning');
		const named = p.role({ role: 'ML', skill: (id) => id.toUpperCase() });
		expect(named.name).toBe('ML');
		expect(named.build.skills[1].name).toBe('MLOPS');
	});

	it('build valid roles that evaluate to finite results', () => {
		for (const p of PRESETS) {
			const role = p.role();
			expect(RoleSchema.safeParse(role).success, p.id).toBe(true);
			const r = evaluateScenario(createScenario({ roles: [role] }));
			for (const o of r.options) expect(Number.isFinite(r.totals[o]!.npv.economic)).toBe(true);
		}
	});

	it('return a fresh role each time', () => {
		const p = PRESETS[0];
		const a = p.role();
		a.build.skills.pop();
		expect(p.role().build.skills.length).toBe(a.build.skills.length + 1);
	});

	it('are found by id', () => {
		expect(findPreset('ml-engineer')?.role().salaryPerYear).toBe(150_000);
		expect(findPreset('nope')).toBeUndefined();
	});
});

describe('preset ranges (risk)', () => {
	const MOST_UNCERTAIN = [
		'buy.timeToFillDays',
		'buy.rampWeeks',
		'build.rampWeeks',
		'buy.earlyExitProbability',
		'build.successProbability',
		'buy.salaryPremiumRate',
		'build.skills.0.hoursPerLevel',
		'borrow.billRatePerDay'
	];

	it('give every preset a range around its likely value for the inputs that matter most', () => {
		for (const p of PRESETS) {
			const role = p.role();
			for (const path of MOST_UNCERTAIN)
				expect(role.ranges, `${p.id} ${path}`).toHaveProperty([path]);
			role.build.skills.forEach((_, i) =>
				expect(role.ranges, p.id).toHaveProperty([`build.skills.${i}.hoursPerLevel`])
			);
			for (const [path, range] of Object.entries(role.ranges)) {
				const likely = rangedFieldValue(role, path)!;
				expect(range.low, `${p.id} ${path}`).toBeLessThan(likely);
				expect(range.high, `${p.id} ${path}`).toBeGreaterThan(likely);
			}
			// Valid as the schema checks ranges (bounds, low <= likely <= high).
			expect(RoleSchema.safeParse(role).success, p.id).toBe(true);
		}
	});

	it('follow their sources: time to fill 36-77 around 42, ramp 12-28 around 20', () => {
		const role = findPreset('data-analyst')!.role();
		expect(role.ranges['buy.timeToFillDays']).toEqual({ low: 36, high: 77 });
		expect(role.ranges['buy.rampWeeks']).toEqual({ low: 12, high: 28 });
		expect(role.ranges['build.successProbability']).toEqual({ low: 0.6, high: 0.9 });
		expect(role.ranges['borrow.billRatePerDay']).toEqual({ low: 550, high: 810 });
		// Early exit: half to double, at most 46 %.
		expect(findPreset('customer-service')!.role().ranges['buy.earlyExitProbability']).toEqual({
			low: 0.15,
			high: 0.46
		});
	});

	it('are rounded, kept within the field bounds around the likely value, and left out without width', () => {
		const ttf = presetRangeRule('roles.buy.timeToFillDays')!;
		expect(presetRange(ttf, 700)).toEqual({ low: 600, high: boundsOf(ttf.key).max });
		const premium = presetRangeRule('roles.buy.salaryPremiumRate')!;
		expect(presetRange(premium, 0)).toBeNull();
		const success = presetRangeRule('roles.build.successProbability')!;
		expect(presetRange(success, 1)).toEqual({ low: 0.8, high: 1 });
		expect(presetRange(success, 0.2)).toEqual({ low: 0.2, high: 0.3 });
		for (const rule of PRESET_RANGE_RULES) {
			expect(['published', 'derived', 'assumption']).toContain(rule.kind);
			expect(presetRangeRule(rule.key)).toBe(rule);
		}
	});

	it('name only ranged fields, and give a role without presets the same rules', () => {
		const role = createScenario().roles[0];
		const ranges = presetRanges(role);
		expect(Object.keys(ranges).length).toBeGreaterThanOrEqual(MOST_UNCERTAIN.length);
		expect(RoleSchema.safeParse({ ...role, ranges }).success).toBe(true);
	});

	it('change no deterministic result: they feed only the simulation and the tornado', () => {
		for (const p of PRESETS) {
			const ranged = createScenario({ roles: [p.role()] });
			const plain = createScenario({ roles: [{ ...p.role(), ranges: {} }] });
			expect(evaluateScenario(ranged), p.id).toEqual(evaluateScenario(plain));
		}
		const s = createScenario({ roles: [findPreset('cloud-engineer')!.role()] });
		const tornadoRanged = analyseSensitivity(s);
		const tornadoPlain = analyseSensitivity(
			createScenario({ roles: [{ ...s.roles[0], ranges: {} }] })
		);
		expect(tornadoRanged).not.toEqual(tornadoPlain);
	});
});
