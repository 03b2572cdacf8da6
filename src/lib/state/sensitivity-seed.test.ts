import { afterAll, describe, expect, it } from 'vitest';
import { createScenario, type SensitivityResult } from '../model/index.ts';
import { analyseSensitivity } from '../model/sensitivity.ts';
import {
	analyseWhenRendering,
	scenarioKey,
	SEED_ID,
	seedElement,
	seededSensitivity,
	takeRenderedSeed
} from './sensitivity-seed.ts';

const scenario = createScenario({ name: 'First' });
const other = createScenario({ name: 'First', roles: [{ name: 'Analyst', headcount: 4 }] });
const result = analyseSensitivity(scenario);
const seed = { key: scenarioKey(scenario), result };

describe('the sensitivity carried by the prerendered page', () => {
	const doc = globalThis as { document?: unknown };
	afterAll(() => {
		delete doc.document;
	});

	it('keys a scenario by every input: equal scenarios alike, any change apart', () => {
		expect(scenarioKey(structuredClone(scenario))).toBe(scenarioKey(scenario));
		expect(scenarioKey(other)).not.toBe(scenarioKey(scenario));
		const renamed = { ...structuredClone(scenario), name: 'Second' };
		expect(scenarioKey(renamed)).not.toBe(scenarioKey(scenario));
	});

	it('in the browser: the page’s result for that very scenario, and none for another', () => {
		// The data block as the prerendered page carries it, read back through the DOM.
		const element = seedElement(seed);
		const text = element.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
		doc.document = {
			getElementById: (id: string) => (id === SEED_ID ? { textContent: text } : null)
		};
		expect(seededSensitivity(structuredClone(scenario))).toEqual(result);
		expect(seededSensitivity(other)).toBeNull();
	});

	it('writes a data block that no text inside can end', () => {
		const tricky = { key: 'k', result: { rows: [], note: '</script><b>' } };
		const element = seedElement(tricky as unknown as { key: string; result: SensitivityResult });
		expect(element.startsWith(`<script type="application/json" id="${SEED_ID}">`)).toBe(true);
		expect(element.match(/<\/script>/g)).toHaveLength(1);
		const json = element.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
		expect(JSON.parse(json)).toEqual(tricky);
	});

	it('when prerendering: analyses the scenario rendered and hands the seed over once', () => {
		analyseWhenRendering(analyseSensitivity);
		expect(seededSensitivity(scenario)).toEqual(result);
		expect(takeRenderedSeed()).toEqual(seed);
		expect(takeRenderedSeed()).toBeNull();
	});
});
