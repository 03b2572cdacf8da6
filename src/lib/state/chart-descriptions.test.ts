import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, PRESETS } from '../model/index.ts';
import { chartTexts } from './chart-descriptions.ts';

const scenario = createScenario({ roles: [PRESETS[0].role()] });
const result = evaluateScenario(scenario);

describe('chartTexts', () => {
	it("names each option's last cumulative value, months to full capacity and layers", () => {
		const texts = chartTexts(result, scenario, 'nominal', en);
		expect(texts.title['cumulative-cost']).toBe('Cumulative economic cost (not discounted)');
		expect(texts.description['cumulative-cost']).toMatch(
			/^Cumulative economic cost \(not discounted\) after 36 months: Recruit \$[\d,]+, Upskill \$[\d,]+, Contract \$[\d,]+\./
		);
		const months = (o: 'buy' | 'build' | 'borrow') => result.totals[o]!.monthsToFullCapacity;
		expect(texts.description.capacity).toContain(
			`Full capacity: Recruit month ${months('buy')}, Upskill month ${months('build')}, Contract month ${months('borrow')}.`
		);
		const cash = Math.round(result.totals.buy!.npv.cash).toLocaleString('en-US');
		expect(texts.description['cost-by-layer']).toContain(`Recruit: Cash $${cash}, Internal time $`);
	});

	it('names the basis of the cumulative chart and writes German in German', () => {
		expect(chartTexts(result, scenario, 'npv', en).title['cumulative-cost']).not.toBe(
			chartTexts(result, scenario, 'nominal', en).title['cumulative-cost']
		);
		expect(chartTexts(result, scenario, 'nominal', de).description.capacity).toContain(
			'Einstellen'
		);
	});
});
