import { describe, expect, it } from 'vitest';
import type { UncertaintyResult } from '../model/index.ts';
import { de, en } from './messages-all.ts';
import { histogramDescription, riskProgress, riskSentence } from './risk-text.ts';

function result(worstExtra: number, other: 'buy' | null = 'buy'): UncertaintyResult {
	const option = (p: number) => ({
		mean: 1e6,
		standardError: 1,
		p10: 9e5,
		p50: 1e6,
		p90: 1.2e6,
		min: 8e5,
		max: 1.4e6,
		probabilityBest: p,
		probabilityFullCapacity: 0.5,
		histogram: [],
		band: { p10: [], p90: [] }
	});
	return {
		runs: 10_000,
		totalRuns: 10_000,
		seed: 1,
		measure: 'economicNpv',
		options: ['buy', 'build'],
		horizonMonths: 36,
		capacityMonth: 12,
		perOption: { buy: option(0.29), build: option(0.71) },
		histogramEdges: [],
		headline: { best: 'build', probability: 0.71, other, worstExtra },
		eventsOnly: false
	};
}

describe('riskSentence', () => {
	it('says how often the best option is cheapest and what it costs more in the worst 10 %', () => {
		expect(riskSentence(result(12_345), 'GBP', 'en-GB', en)).toBe(
			'Upskilling is cheapest in 71% of 10,000 simulated futures; in the worst 10 % it costs £12.3k more than recruiting.'
		);
	});
	it('says it still costs less when even the worst 10 % favour it', () => {
		expect(riskSentence(result(-5_000), 'USD', 'en-US', en)).toContain(
			'even in the worst 10 % it costs $5K less than recruiting.'
		);
	});
	it('is German in German', () => {
		expect(riskSentence(result(12_345), 'EUR', 'de-DE', de).replace(/\u00a0/g, ' ')).toBe(
			'Die Weiterbildung ist in 71 % von 10.000 simulierten Zukünften am günstigsten; in den ungünstigsten 10 % kostet diese Option 12.345 € mehr als die Neueinstellung.'
		);
	});
	it('stops after the first part when there is no other option', () => {
		expect(riskSentence(result(1, null), 'USD', 'en-US', en)).toBe(
			'Upskilling is cheapest in 71% of 10,000 simulated futures.'
		);
	});
});

describe('riskProgress and histogramDescription', () => {
	it('counts futures done of all', () => {
		const r = { ...result(0), runs: 2_000 };
		expect(riskProgress(r, 'en-US', en)).toBe('2,000 of 10,000 futures');
		expect(riskProgress(r, 'de-DE', de)).toBe('2.000 von 10.000 Zukünften');
	});
	it('names P10, median and P90 per option', () => {
		expect(histogramDescription(result(0), 'USD', 'en-US', en)).toBe(
			'Distribution per option over the simulated futures: Recruit: P10 $900K, median $1M, P90 $1.2M; Upskill: P10 $900K, median $1M, P90 $1.2M.'
		);
	});
});
