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
import { findPreset } from '../model/index.ts';
import { de, en } from './messages-all.ts';
import {
	breakEvenSentence,
	breakEvenShort,
	productiveMonthValue,
	recommendationText
} from './recommendation.ts';

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
			offset: null,
			close: false,
			...recommendation
		}
	};
}

const npv = { build: { economic: 100000, cash: 60000 }, buy: { economic: 112345.6, cash: 70000 } };

/** The recommendation's text for `resultWith(...)`, in US English. */
function textOf(...args: Parameters<typeof resultWith>) {
	return recommendationText(resultWith(...args), 'USD', 'en-US', en);
}

describe('recommendationText headline', () => {
	it('names the winner, the measure, the amount, the margin and the runner-up', () => {
		const text = textOf({}, { npv });
		expect(text.headline).toBe(
			'Upskilling is the better choice: its economic cost over 36 months (NPV) is $100K, ' +
				'$12.3K (12.3%) less than recruiting.'
		);
	});

	it('uses the cash figure when the decision is on cash', () => {
		const text = textOf({ measure: 'cashNpv', margin: 10000, marginShare: 0.142857 }, { npv });
		expect(text.headline).toBe(
			'Upskilling is the better choice: its cash cost over 36 months (NPV) is $60K, ' +
				'$10K (14.3%) less than recruiting.'
		);
	});

	it('says "about the same" when the options are close', () => {
		const text = textOf({
			winner: 'buy',
			runnerUp: 'borrow',
			close: true,
			margin: 50,
			marginShare: 0.004
		});
		expect(text.headline).toBe(
			'Recruiting and hiring contractors cost about the same (within 1 %): ' +
				'decide on time to capacity and risk.'
		);
	});

	it('names the one option when there is no runner-up, with no reason', () => {
		const text = textOf({ runnerUp: null, margin: 0, marginShare: null }, { npv });
		expect(text.headline).toBe('Upskilling: economic cost $100K over 36 months (NPV).');
		expect(text.reason).toBe('');
	});

	it('states both measures when they disagree (ML engineers, 4 people)', () => {
		const role = findPreset('ml-engineer')!.role();
		role.headcount = 4;
		const result = evaluateScenario(createScenario({ roles: [role] }));
		const eco = result.recommendation.winner;
		const cash = result.winners.cashNpv!;
		expect(cash).not.toBe(eco);
		const saving = result.totals[eco]!.npv.cash - result.totals[cash]!.npv.cash;
		const longer =
			result.totals[cash]!.monthsToFullCapacity! - result.totals[eco]!.monthsToFullCapacity!;
		expect(longer).toBeGreaterThan(0);
		const text = recommendationText(result, 'GBP', 'en-GB', en);
		const inSentence = { buy: 'recruiting', build: 'upskilling', borrow: 'hiring contractors' };
		const short = (v: number) =>
			new Intl.NumberFormat('en-GB', {
				style: 'currency',
				currency: 'GBP',
				notation: 'compact',
				maximumSignificantDigits: 3
			}).format(v);
		expect(text.headline).toBe(
			`${inSentence[eco][0].toUpperCase()}${inSentence[eco].slice(1)} is cheaper overall ` +
				`(${short(result.totals[eco]!.npv.economic)} economic cost), but ${inSentence[cash]} saves ` +
				`${short(saving)} in cash and takes ${longer} months longer to reach full capacity.`
		);
		expect(text.otherMeasure).toContain(`On cash alone the answer would be ${inSentence[cash]}`);
	});

	it('says the same for the default scenario as its structured recommendation', () => {
		const rec = base.recommendation;
		const text = recommendationText(base, 'USD', 'en-US', en);
		const inSentence = { buy: 'recruiting', build: 'upskilling', borrow: 'hiring contractors' };
		expect(text.headline.toLowerCase().startsWith(inSentence[rec.winner])).toBe(true);
		if (rec.runnerUp) expect(text.headline).toContain(inSentence[rec.runnerUp]);
		expect(text.headline).toContain(rec.close ? 'about the same' : 'better choice');
	});
});

describe('recommendationText reason', () => {
	it('names what differs most on each side, not the same thing twice (issue 8.7)', () => {
		const text = textOf({ offset: { component: 'training', amount: 1500 } }, { npv });
		expect(text.reason).toBe(
			'What differs most: with recruiting, salaries of new hires ($5K more); ' +
				'with upskilling, training fees ($1.5K more).'
		);
	});

	it('in the default scenario names a cost on each side', () => {
		const text = recommendationText(base, 'GBP', 'en-GB', en);
		expect(text.reason).not.toMatch(/less than with/);
		expect(text.reason).toMatch(/^What differs most: with .+; with .+\.$/);
		expect(textOf({ mainReason: null }).reason).toBe('');
	});

	it('is grammatical German, with amounts in the interface format', () => {
		const text = recommendationText(base, 'EUR', 'de-DE', de);
		expect(text.reason).not.toMatch(/liegt bei/);
		expect(text.reason).toMatch(
			/^Die größten Unterschiede: (beim|bei der) .+ mehr für „.+“; (beim|bei der) .+ mehr für „.+“\.$/
		);
		expect(text.reason).toMatch(/Mio\.\s€|\d\.\d{3}\s€/);
		expect(text.reason).not.toMatch(/\$|£/);
	});
});

describe('recommendationText capacity', () => {
	it('lists months to full capacity per option, or not within the horizon', () => {
		const text = textOf({}, { capacity: { buy: 5, build: 9, borrow: null } });
		expect(text.capacity).toBe(
			'Full capacity (95 % of the need): Recruit month 5, Upskill month 9, Contract not within horizon.'
		);
	});
});

describe('break-even in words (issue 8.3)', () => {
	it('describes every crossing of the default scenario’s curves', () => {
		// build - buy on cumulative economic cost: + in month 1, - in months 2-10, + from 11 on
		expect(breakEvenSentence(base, en)).toBe(
			'Upskilling costs more than recruiting in month 1, less in months 2\u201310 and more from month 11 on.'
		);
		expect(breakEvenShort(base, en)).toBe(
			'Upskill: dearer in month 1, cheaper in months 2\u201310, dearer from month 11'
		);
		expect(recommendationText(base, 'USD', 'en-US', en).breakEven).toBe(
			breakEvenSentence(base, en)
		);
		expect(breakEvenSentence(base, de)).toBe(
			'Weiterbildung kostet in Monat 1 mehr als Neueinstellung, in den Monaten 2\u201310 weniger und ab Monat 11 mehr.'
		);
	});

	it('names a lasting break-even and a one-sided result', () => {
		const result = evaluateScenario(createScenario({ settings: { decisionMeasure: 'cash' } }));
		const be = result.breakEven!;
		expect(be.month).toBeTypeOf('number');
		expect(breakEvenSentence(result, en)).toMatch(
			new RegExp(`from month ${be.month} on \\(break-even: month ${be.month}\\)\\.$`)
		);
		const oneSided = resultWith(
			{},
			{
				breakEven: {
					a: 'buy',
					b: 'build',
					spans: [{ from: 1, to: 36, sign: 1 }],
					crossings: [],
					dearerAtFirst: 'build',
					other: 'buy',
					month: null,
					at: null
				}
			}
		);
		expect(breakEvenSentence(oneSided, en)).toBe(
			'Upskilling costs more than recruiting throughout the 36 months.'
		);
	});

	it('is empty when the two options never differ', () => {
		expect(textOf({}, { breakEven: null }).breakEven).toBe('');
	});
});

describe('degenerate plans (issue 8.9)', () => {
	it('says there is nothing to compare when no one is needed, with no winner', () => {
		const result = evaluateScenario(createScenario({ roles: [{ headcount: 0 }] }));
		expect(result.nothingNeeded).toBe(true);
		expect(Object.values(result.winners).every((w) => w === null)).toBe(true);
		const text = recommendationText(result, 'USD', 'en-US', en);
		expect(text.headline).toMatch(/^Nothing to compare/);
		expect(text.breakEven).toBe('');
		expect(text.capacity).toBe('');
	});

	it('marks an option that wins on cost without ever reaching full capacity', () => {
		const result = evaluateScenario(
			createScenario({ roles: [{ build: { trainingHoursPerWeek: 0.5 } }] })
		);
		expect(result.totals.build!.monthsToFullCapacity).toBeNull();
		expect(result.neverFull).toContain('build');
		expect(result.winners.cashNpv).toBe('build');
		const text = recommendationText(result, 'USD', 'en-US', en);
		expect(text.warnings).toHaveLength(1);
		expect(text.warnings[0]).toMatch(
			/^Upskilling never reaches full capacity within the 36 months: its lead on Cash cost \(NPV\)/
		);
		expect(text.warnings[0]).toMatch(/covers only \d+% of the capacity needed\.$/);
		expect(recommendationText(result, 'EUR', 'de-DE', de).warnings[0]).toMatch(
			/^Weiterbildung erreicht die volle Kapazität nicht innerhalb der 36 Monate/
		);
	});
});

describe('value of a productive month', () => {
	it('is 2 x monthly salary by default, with a range across roles', () => {
		const one = productiveMonthValue(
			[{ salaryPerYear: 120_000, valueMultiplier: 2, headcount: 3 }],
			'GBP',
			'en-GB',
			en
		);
		expect(one).toEqual({ text: '£20k per person (2 × monthly salary)', isDefault: true });
		const two = productiveMonthValue(
			[
				{ salaryPerYear: 120_000, valueMultiplier: 2, headcount: 3 },
				{ salaryPerYear: 60_000, valueMultiplier: 1.5, headcount: 1 }
			],
			'GBP',
			'en-GB',
			en
		);
		expect(two).toEqual({ text: '£7.5k to £20k per person, by role', isDefault: false });
	});
});

describe('recommendationText in a German locale', () => {
	it('formats amounts and shares the German way', () => {
		const text = recommendationText(resultWith({}, { npv }), 'EUR', 'de-DE', en);
		expect(text.headline).toContain(`is 100.000${NBSP}€, 12.346${NBSP}€ (12,3${NBSP}%) less than`);
		expect(text.headline).not.toMatch(/\$|NaN/);
	});

	it('formats Swiss amounts with apostrophes', () => {
		const text = recommendationText(resultWith({}, { npv }), 'CHF', 'de-CH', en);
		expect(text.headline).toMatch(/is CHF\s100['’]000, CHF\s12['’]346 \(12\.3\s?%\) less than/);
	});
});
