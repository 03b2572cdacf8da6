import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, PRESETS } from '../model/index.ts';
import { chartTexts } from './chart-descriptions.ts';

const scenario = createScenario({ roles: [PRESETS[0].role()] });
const result = evaluateScenario(scenario);

describe('chartTexts', () => {
	it("names each option's last cumulative value, months to full capacity and layers", () => {
		const texts = chartTexts(result, scenario, 'nominal', en);
		expect(texts.cumulativeTitle).toBe('Cumulative economic cost (not discounted)');
		expect(texts.cumulativeDescription).toMatch(
			/^Cumulative economic cost \(not discounted\) after 36 months: Recruit \$[\d,]+, Upskill \$[\d,]+, Contract \$[\d,]+\./
		);
		const months = (o: 'buy' | 'build' | 'borrow') => result.totals[o]!.monthsToFullCapacity;
		expect(texts.capacityDescription).toContain(
			`Full capacity: Recruit month ${months('buy')}, Upskill month ${months('build')}, Contract month ${months('borrow')}.`
		);
		const cash = Math.round(result.totals.buy!.npv.cash).toLocaleString('en-US');
		expect(texts.layerDescription).toContain(`Recruit: Cash $${cash}, Internal time $`);
	});

	it('names the basis of the cumulative chart and writes German in German', () => {
		expect(chartTexts(result, scenario, 'npv', en).cumulativeTitle).not.toBe(
			chartTexts(result, scenario, 'nominal', en).cumulativeTitle
		);
		expect(chartTexts(result, scenario, 'nominal', de).capacityDescription).toContain('Einstellen');
	});
});
