import { describe, expect, it } from 'vitest';
import { columnTotals, createScenario, evaluateScenario, resultColumns } from '../model/index.ts';
import { optimizeScenario } from '../model/optimize.ts';
import { POOL_BOUND } from '../model/test-scenarios.ts';
import { de, en } from './messages-all.ts';
import { bestMixText, doNothingSentence, mixText } from './plan-text.ts';
import { recommendationText } from './recommendation.ts';

describe('a mix in words', () => {
	it('names each group with its count and leaves out empty ones', () => {
		const plan = { buy: 2, build: 1, borrow: 0, bridgedBuy: 1, bridgedBuild: 0 };
		expect(mixText(plan, en)).toBe('2 recruited (1 bridged), 1 upskilled');
		expect(mixText({ ...plan, buy: 0, bridgedBuy: 0, build: 0, borrow: 3 }, de)).toBe('3 extern');
		expect(mixText({ buy: 0, build: 0, borrow: 0, bridgedBuy: 0, bridgedBuild: 0 }, en)).toBe(
			'no one'
		);
	});
});

describe('the best mix in words', () => {
	it('names the binding pool and what one more trainee saves, in the scenario currency', () => {
		const s = createScenario(POOL_BOUND);
		const best = optimizeScenario(s);
		const text = bestMixText(best, evaluateScenario(s), ['Analyst'], 'GBP', 'en-GB', en);
		expect(text.roles).toEqual([{ name: 'Analyst', mix: '1 recruited, 2 upskilled' }]);
		expect(text.binding).toHaveLength(1);
		expect(text.binding[0]).toMatch(
			/^Limited by the internal pool of 2 \(Analyst\): one more trainee saves £[\d.]+[kKmM]\.$/
		);
		expect(text.value).toMatch(/^Economic cost \(NPV\) of the best mix: £/);
		expect(text.comparison).toMatch(/less than the cheapest pure option \(Recruit\)/);
		expect(text.infeasible).toBe('');
		const deText = bestMixText(best, evaluateScenario(s), ['Analyst'], 'EUR', 'de-DE', de);
		expect(deText.binding[0]).toMatch(
			/^Begrenzt durch den internen Pool von 2 \(Analyst\): eine weitere Person in Weiterbildung spart /
		);
	});

	it('compares with the user’s plan when there is one', () => {
		const worse = createScenario({
			...POOL_BOUND,
			roles: [{ ...POOL_BOUND.roles![0], plan: { buy: 3 } }]
		});
		const best = optimizeScenario(worse);
		const text = bestMixText(best, evaluateScenario(worse), ['Analyst'], 'GBP', 'en-GB', en);
		expect(text.comparison).toMatch(/^That is £[\d.]+[kKmM] less than your plan\.$/);
		const mine = createScenario({
			...POOL_BOUND,
			roles: [{ ...POOL_BOUND.roles![0], plan: best.plans![0] }]
		});
		expect(
			bestMixText(best, evaluateScenario(mine), ['Analyst'], 'GBP', 'en-GB', en).comparison
		).toBe('Your plan is the best mix.');
	});

	it('says which constraints conflict, and the pure options that break them', () => {
		const s = createScenario({
			roles: [{ name: 'Analyst', headcount: 2 }],
			settings: { capacityDeadlineMonth: 4, contractorCap: 0 }
		});
		const best = optimizeScenario(s);
		const text = bestMixText(best, evaluateScenario(s), ['Analyst'], 'USD', 'en-US', en);
		expect(best.status).toBe('infeasible');
		expect(text.infeasible).toBe(
			'These constraints cannot all be met: the capacity deadline and the contractor cap. Relax one of them; the pure options are shown as they are.'
		);
		expect(text.pureBreaks).toMatch(/^Breaks the constraints: .*Recruit/);
		expect(text.roles).toEqual([]);
	});

	it('says so when no constraint binds', () => {
		const s = createScenario({ roles: [{ name: 'Analyst', headcount: 2 }] });
		const text = bestMixText(
			optimizeScenario(s),
			evaluateScenario(s),
			['Analyst'],
			'USD',
			'en-US',
			en
		);
		expect(text.binding).toEqual(['No constraint holds it back.']);
	});
});

describe('doing nothing in words', () => {
	it('states the lost capacity over the horizon, also in the recommendation', () => {
		const s = createScenario({ currency: 'GBP', locale: 'en-GB', roles: [{ headcount: 2 }] });
		const result = evaluateScenario(s);
		const sentence = doNothingSentence(result, 'GBP', 'en-GB', en);
		expect(sentence).toMatch(
			/^Doing nothing costs £[\d.]+[kKmM] in lost capacity over 36 months \(NPV\)\.$/
		);
		expect(recommendationText(result, 'GBP', 'en-GB', en).doNothing).toBe(sentence);
		expect(doNothingSentence(result, 'EUR', 'de-DE', de)).toMatch(
			/^Nichtstun kostet .* über 36 Monate/
		);
	});

	it('is empty when no one is needed', () => {
		const result = evaluateScenario(createScenario({ roles: [{ headcount: 0 }] }));
		expect(doNothingSentence(result, 'USD', 'en-US', en)).toBe('');
	});
});

describe('the result columns', () => {
	it('add "Your plan" after the options only when a role has a mix', () => {
		const pure = evaluateScenario(createScenario({ roles: [{ headcount: 2 }] }));
		expect(resultColumns(pure)).toEqual(['buy', 'build', 'borrow']);
		expect(columnTotals(pure).plan).toBeUndefined();
		const mixed = evaluateScenario(
			createScenario({ roles: [{ headcount: 2, plan: { buy: 1, build: 1 } }] })
		);
		expect(resultColumns(mixed)).toEqual(['buy', 'build', 'borrow', 'plan']);
		expect(columnTotals(mixed).plan).toBe(mixed.plan!.totals);
		expect(en.options.plan).toBe('Your plan');
		expect(de.options.plan).toBe('Ihr Plan');
	});
});
