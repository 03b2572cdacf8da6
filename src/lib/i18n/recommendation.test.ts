import { describe, expect, it } from 'vitest';
import {
	createScenario,
	evaluateScenario,
	type BreakEven,
	type OptionId,
	type OptionMetrics,
	type Recommendation,
	type ScenarioResult
} from '../model/index.ts';
import { recommendationText } from './recommendation.ts';

const NBSP = '\u00a0';

const base = evaluateScenario(createScenario());

/** A real result with chosen figures, so every expected sentence can be worked out by hand. */
function resultWith(
	recommendation: Partial<Recommendation>,
	options: {
		npv?: Partial<Record<OptionId, { economic: number; cash: number }>>;
		capacity?: Partial<Record<OptionId, number | null>>;
		breakEven?: BreakEven | null;
	} = {}
): ScenarioResult {
	const totals = { ...base.totals };
	for (const o of base.options) {
		const t = base.totals[o]!;
		const npv = options.npv?.[o];
		const months = options.capacity?.[o];
		totals[o] = {
			...t,
			npv: npv ? { ...t.npv, ...npv } : t.npv,
			monthsToFullCapacity: months === undefined ? t.monthsToFullCapacity : months
		} satisfies OptionMetrics;
	}
	return {
		...base,
		totals,
		breakEven: options.breakEven === undefined ? base.breakEven : options.breakEven,
		recommendation: {
			winner: 'build',
			runnerUp: 'buy',
			measure: 'economicNpv',
			margin: 12345.6,
			marginShare: 0.1234,
			mainReason: { component: 'salaries', amount: 5000 },
			close: false,
			...recommendation
		}
	};
}

const npv = { build: { economic: 100000, cash: 60000 }, buy: { economic: 112345.6, cash: 70000 } };

describe('recommendationText headline', () => {
	it('names the winner, the measure, the amount, the margin and the runner-up', () => {
		const text = recommendationText(resultWith({}, { npv }), 'USD', 'en-US');
		expect(text.headline).toBe(
			'Upskilling is the better choice: its economic cost over 36 months (NPV) is $100,000, ' +
				'$12,346 (12.3%) less than recruiting.'
		);
	});

	it('uses the cash figure when the decision is on cash', () => {
		const text = recommendationText(
			resultWith({ measure: 'cashNpv', margin: 10000, marginShare: 0.142857 }, { npv }),
			'USD',
			'en-US'
		);
		expect(text.headline).toBe(
			'Upskilling is the better choice: its cash cost over 36 months (NPV) is $60,000, ' +
				'$10,000 (14.3%) less than recruiting.'
		);
	});

	it('leaves the share out when there is none', () => {
		const text = recommendationText(
			resultWith({ winner: 'buy', runnerUp: 'borrow', marginShare: null }, { npv }),
			'USD',
			'en-US'
		);
		expect(text.headline).toBe(
			'Recruiting is the better choice: its economic cost over 36 months (NPV) is $112,346, ' +
				'$12,346 less than hiring contractors.'
		);
	});

	it('says "about the same" when the options are close', () => {
		const text = recommendationText(
			resultWith({
				winner: 'buy',
				runnerUp: 'borrow',
				close: true,
				margin: 50,
				marginShare: 0.004
			}),
			'USD',
			'en-US'
		);
		expect(text.headline).toBe(
			'Recruiting and hiring contractors cost about the same (within 1 %): ' +
				'decide on time to capacity and risk.'
		);
	});

	it('names the one option when there is no runner-up, with no reason', () => {
		const text = recommendationText(
			resultWith({ runnerUp: null, margin: 0, marginShare: null }, { npv }),
			'USD',
			'en-US'
		);
		expect(text.headline).toBe('Upskilling: economic cost $100,000 over 36 months (NPV).');
		expect(text.reason).toBe('');
	});

	it('says the same for the default scenario as its structured recommendation', () => {
		const rec = base.recommendation;
		const text = recommendationText(base, 'USD', 'en-US');
		const inSentence = { buy: 'recruiting', build: 'upskilling', borrow: 'hiring contractors' };
		expect(text.headline.toLowerCase().startsWith(inSentence[rec.winner])).toBe(true);
		if (rec.runnerUp) expect(text.headline).toContain(inSentence[rec.runnerUp]);
		expect(text.headline).toContain(rec.close ? 'about the same' : 'better choice');
	});
});

describe('recommendationText reason', () => {
	it('names the component that differs most, with the amount', () => {
		const text = recommendationText(resultWith({}, { npv }), 'USD', 'en-US');
		expect(text.reason).toBe(
			'The biggest difference is salaries of new hires: $5,000 less than with recruiting.'
		);
	});

	it('is given with a close result too, and is empty without a main reason', () => {
		const close = resultWith({
			close: true,
			mainReason: { component: 'contractors', amount: 1177802.46 },
			runnerUp: 'borrow',
			winner: 'buy'
		});
		expect(recommendationText(close, 'USD', 'en-US').reason).toBe(
			'The biggest difference is contractor fees: $1,177,802 less than with hiring contractors.'
		);
		expect(recommendationText(resultWith({ mainReason: null }), 'USD', 'en-US').reason).toBe('');
	});
});

describe('recommendationText capacity', () => {
	it('lists months to full capacity per option, or not within the horizon', () => {
		const text = recommendationText(
			resultWith({}, { capacity: { buy: 5, build: 9, borrow: null } }),
			'USD',
			'en-US'
		);
		expect(text.capacity).toBe(
			'Full capacity (95 % of the need): Recruit month 5, Upskill month 9, Contract not within horizon.'
		);
	});
});

describe('recommendationText break-even', () => {
	it('gives the month from which the dearer option is cheaper', () => {
		const text = recommendationText(
			resultWith({}, { breakEven: { dearerAtFirst: 'build', other: 'buy', month: 14, at: 13.4 } }),
			'USD',
			'en-US'
		);
		expect(text.breakEven).toBe(
			'Upskilling costs more at first and is cheaper than recruiting from month 14 on (break-even).'
		);
	});

	it('says when there is no break-even within the horizon', () => {
		const text = recommendationText(
			resultWith(
				{},
				{ breakEven: { dearerAtFirst: 'build', other: 'buy', month: null, at: null } }
			),
			'USD',
			'en-US'
		);
		expect(text.breakEven).toBe(
			'No break-even within the horizon: upskilling costs more than recruiting throughout.'
		);
	});

	it('is empty when the two options never differ', () => {
		expect(recommendationText(resultWith({}, { breakEven: null }), 'USD', 'en-US').breakEven).toBe(
			''
		);
	});

	it('matches a real break-even of the engine', () => {
		const result = evaluateScenario(createScenario({ settings: { decisionMeasure: 'cash' } }));
		const be = result.breakEven;
		expect(be?.month).toBeTypeOf('number');
		const inSentence = { buy: 'recruiting', build: 'upskilling', borrow: 'hiring contractors' };
		const dearer = inSentence[be!.dearerAtFirst];
		expect(recommendationText(result, 'USD', 'en-US').breakEven).toBe(
			`${dearer[0].toUpperCase()}${dearer.slice(1)} costs more at first and is cheaper than ` +
				`${inSentence[be!.other]} from month ${be!.month} on (break-even).`
		);
	});
});

describe('recommendationText in a German locale', () => {
	it('formats amounts and shares the German way', () => {
		const text = recommendationText(resultWith({}, { npv }), 'EUR', 'de-DE');
		expect(text.headline).toContain(`is 100.000${NBSP}€, 12.346${NBSP}€ (12,3${NBSP}%) less than`);
		expect(text.reason).toContain(`: 5.000${NBSP}€ less than`);
		expect(text.headline).not.toMatch(/\$|NaN/);
	});

	it('formats Swiss amounts with apostrophes', () => {
		const text = recommendationText(resultWith({}, { npv }), 'CHF', 'de-CH');
		expect(text.headline).toMatch(/is CHF\s100['’]000, CHF\s12['’]346 \(12\.3\s?%\) less than/);
	});
});
