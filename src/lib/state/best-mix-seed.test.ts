import { afterAll, describe, expect, it } from 'vitest';
import { createScenario } from '../model/index.ts';
import { bestMixWithoutLimits } from '../model/optimize-units.ts';
import {
	BEST_MIX_SEED_ID,
	bestMixElement,
	bestMixWhenRendering,
	seededBestMix,
	takeRenderedBestMix
} from './best-mix-seed.ts';
import { scenarioKey } from './page-seed.ts';

const scenario = createScenario({ name: 'First' });
const other = createScenario({ name: 'First', roles: [{ name: 'Analyst', headcount: 4 }] });
const result = bestMixWithoutLimits(scenario)!;
const seed = { key: scenarioKey(scenario), result };

describe('the best mix carried by the prerendered page', () => {
	const doc = globalThis as { document?: unknown };
	afterAll(() => {
		delete doc.document;
	});

	it('is plain data: written as JSON and read back, it is the very answer found here', () => {
		expect(result).not.toBeNull();
		expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
	});

	it('in the browser: the page’s answer for that very scenario, and none for another', () => {
		const element = bestMixElement(seed);
		expect(element.startsWith(`<script type="application/json" id="${BEST_MIX_SEED_ID}">`)).toBe(
			true
		);
		const text = element.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
		doc.document = {
			getElementById: (id: string) => (id === BEST_MIX_SEED_ID ? { textContent: text } : null)
		};
		expect(seededBestMix(structuredClone(scenario))).toStrictEqual(result);
		expect(seededBestMix(other)).toBeNull();
	});

	it('when prerendering: finds the scenario’s best mix and hands the seed over once', () => {
		bestMixWhenRendering(bestMixWithoutLimits);
		expect(seededBestMix(scenario)).toStrictEqual(result);
		expect(takeRenderedBestMix()).toStrictEqual(seed);
		expect(takeRenderedBestMix()).toBeNull();
	});
});
