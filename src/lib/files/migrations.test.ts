import { describe, expect, it } from 'vitest';
import { migrateFile, MIGRATIONS, type JsonObject } from './migrations.ts';
import { SCENARIO_FILE_VERSION } from './scenario-file.ts';

describe('MIGRATIONS', () => {
	it('are ordered, consecutive, described and end at the current version', () => {
		MIGRATIONS.forEach((m, i) => {
			expect(m.from).toBe(i);
			expect(m.to).toBe(i + 1);
			expect(m.description.length).toBeGreaterThan(20);
		});
		expect(MIGRATIONS[MIGRATIONS.length - 1].to).toBe(SCENARIO_FILE_VERSION);
	});

	it('do not mutate their input and tolerate odd data', () => {
		const odd: JsonObject[] = [
			{ format: 'build-or-buy/scenarios', version: 0 },
			{ format: 'build-or-buy/scenarios', version: 0, scenarios: 'x' },
			{ format: 'build-or-buy/scenarios', version: 0, scenarios: [null, 3, [], { settings: 5 }] }
		];
		for (const file of odd) {
			const before = structuredClone(file);
			for (const m of MIGRATIONS) expect(() => m.migrate(file)).not.toThrow();
			expect(file).toEqual(before);
		}
	});
});

describe('version 0 -> 1', () => {
	const v0: JsonObject = {
		format: 'build-or-buy/scenarios',
		version: 0,
		exported: '2025-03-01T10:00:00.000Z',
		scenarios: [
			{ name: 'A', settings: { discountRate: 0.05, horizonMonths: 24 }, roles: [{}] },
			{ roles: [{}] },
			{ name: 'C', settings: { discountRate: 0.1, discountRatePerYear: 0.2 } }
		]
	};

	it('wraps scenarios in entries and renames fields', () => {
		const { file, applied } = migrateFile(v0, 0, 1);
		expect(applied.map((m) => m.from)).toEqual([0]);
		expect(file).toEqual({
			format: 'build-or-buy/scenarios',
			version: 1,
			exportedAt: '2025-03-01T10:00:00.000Z',
			scenarios: [
				{
					name: 'A',
					scenario: {
						name: 'A',
						settings: { discountRatePerYear: 0.05, horizonMonths: 24 },
						roles: [{}]
					}
				},
				{ name: undefined, scenario: { roles: [{}] } },
				// When both names exist, the new one wins.
				{ name: 'C', scenario: { name: 'C', settings: { discountRatePerYear: 0.2 } } }
			]
		});
	});

	it('does nothing for a current file', () => {
		const current = { format: 'build-or-buy/scenarios', version: 2, scenarios: [] };
		expect(migrateFile(current, 2, 2)).toEqual({ file: current, applied: [] });
	});

	it('raises version 1 to 2 without touching anything else (plan fields take their defaults)', () => {
		const v1 = { format: 'build-or-buy/scenarios', version: 1, scenarios: [{ scenario: {} }] };
		const { file, applied } = migrateFile(v1, 1, 2);
		expect(applied.map((m) => m.to)).toEqual([2]);
		expect(file).toEqual({ ...v1, version: 2 });
	});

	it('refuses a gap in the chain', () => {
		expect(() => migrateFile({}, 0, 2, [])).toThrow(/No migration/);
	});
});
