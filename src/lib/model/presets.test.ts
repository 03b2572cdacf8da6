import { describe, it, expect } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { findPreset, PRESETS } from './presets.ts';
import { createScenario, RoleSchema } from './schema.ts';

describe('presets', () => {
	it('have unique ids, names and sources', () => {
		const ids = PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of PRESETS) {
			expect(p.name.length).toBeGreaterThan(0);
			expect(p.sources.length).toBeGreaterThan(0);
		}
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
