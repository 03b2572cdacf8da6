import { describe, it, expect } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { findPreset, PRESETS } from './presets.ts';
import { createScenario, RoleSchema } from './schema.ts';

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
