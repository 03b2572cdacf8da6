import { describe, expect, it } from 'vitest';
import { createRole, createScenario, evaluateScenario, type Scenario } from '../../model/index.ts';
import { buildCsv } from './csv.ts';
import { buildPdf } from './pdf.ts';
import { buildPptx } from './pptx.ts';
import { buildRiskCsv, riskOf } from './risk.ts';
import { buildXlsx } from './xlsx.ts';
import { exportFileName } from './filename.ts';

const LONG = 'Sehr langer Szenarioname mit Umlauten äöü und noch mehr Text '
	.repeat(2)
	.slice(0, 120);

const cases: { name: string; scenario: Scenario }[] = [
	{
		name: 'a zero-headcount role',
		scenario: createScenario({ roles: [{ name: 'Nobody', headcount: 0 }, { name: 'Somebody' }] })
	},
	{
		name: '20 roles over 120 months',
		scenario: createScenario({
			name: LONG,
			// 2,000 futures: the simulation of 20 roles x 120 months takes seconds at the default 10,000.
			settings: { horizonMonths: 120, simulation: { runs: 2_000 } },
			roles: Array.from({ length: 20 }, (_, i) =>
				createRole({ name: `Role ${i + 1} ${'x'.repeat(60)}`, headcount: i })
			)
		})
	},
	{
		name: 'Unicode names (CJK, emoji, RTL, umlauts)',
		scenario: createScenario({
			name: '数据团队 🚀 צוות נתונים Größe',
			currency: 'JPY',
			locale: 'ja-JP',
			settings: { includeBorrow: false, horizonMonths: 1 },
			roles: [
				createRole({
					name: 'مهندس بيانات 👩‍💻',
					build: {
						skills: [{ name: '機械学習 🤖', currentLevel: 0, requiredLevel: 5, hoursPerLevel: 10 }]
					}
				})
			]
		})
	}
];

describe('exports with unusual input', () => {
	for (const { name, scenario } of cases) {
		it(`work for ${name}`, async () => {
			const result = evaluateScenario(scenario);
			// The simulated futures once, shared by the three files that show them (as the dialog does).
			const risk = riskOf(scenario);
			const outs = [
				buildCsv(scenario, result),
				buildRiskCsv(scenario, result, { risk }),
				buildXlsx(scenario, result, { risk }),
				buildPdf(scenario, result, { risk }),
				await buildPptx(scenario, result, { risk })
			];
			for (const out of outs) {
				if (!out.ok) throw new Error(`${out.error.code}: ${out.error.detail}`);
				expect(out.data.length).toBeGreaterThan(0);
			}
			expect(exportFileName(scenario.name, new Date(), 'pdf').length).toBeLessThan(100);
		}, 15_000);
	}

	it('return a typed error, not a throw, for a result of another scenario', async () => {
		const a = createScenario({ settings: { horizonMonths: 12 } });
		const b = createScenario({ settings: { horizonMonths: 24 } });
		const stale = evaluateScenario(b);
		for (const out of [
			buildCsv(a, stale),
			buildRiskCsv(a, stale),
			buildXlsx(a, stale),
			buildPdf(a, stale),
			await buildPptx(a, stale)
		]) {
			expect(out.ok).toBe(false);
			if (!out.ok) expect(out.error.code).toBe('mismatch');
		}
	});
});
