/** The risk runner's check whether a result is current: a key per scenario, made once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScenario } from '../model/index.ts';
import { numbersKey } from './risk-key.ts';

describe('numbersKey', () => {
	afterEach(() => vi.restoreAllMocks());

	it('ignores the scenario name but no number, and no role name', () => {
		const a = createScenario({ name: 'A' });
		const b = createScenario({ name: 'B' });
		expect(numbersKey(a)).toBe(numbersKey(b));
		const c = createScenario({ name: 'A', settings: { horizonMonths: 48 } });
		expect(numbersKey(c)).not.toBe(numbersKey(a));
		const d = createScenario({ name: 'A' });
		d.roles[0].buy.timeToFillDays = 43;
		expect(numbersKey(d)).not.toBe(numbersKey(a));
		expect(numbersKey(a)).toContain('"name":""');
		expect(numbersKey(a)).toContain(`"name":${JSON.stringify(a.roles[0].name)}`);
	});

	it('is computed once per scenario: a redraw costs a lookup, not a copy and a JSON text', () => {
		const s = createScenario({ name: 'Once' });
		const stringify = vi.spyOn(JSON, 'stringify');
		const first = numbersKey(s);
		for (let i = 0; i < 10; i++) expect(numbersKey(s)).toBe(first);
		expect(stringify).toHaveBeenCalledTimes(1);
	});
});
