import { describe, expect, it } from 'vitest';
import { parseScenario, type InputIssue } from '../model/index.ts';
import { issuePhrase, issueSentence, issueText, type IssueContext } from './issues.ts';
import { de, en } from './messages-all.ts';

function onlyIssue(data: unknown): InputIssue {
	const r = parseScenario(data);
	if (r.ok) throw new Error('expected the scenario to be invalid');
	expect(r.issues).toHaveLength(1);
	return r.issues[0];
}

const US: IssueContext = { t: en, currency: 'USD', locale: 'en-US' };
const GB: IssueContext = { t: en, currency: 'GBP', locale: 'en-GB' };
const DE: IssueContext = { t: de, currency: 'EUR', locale: 'de-DE' };

describe('typed issues from parseScenario', () => {
	it('carry a code, a path and the bound, never an English sentence', () => {
		const issue = onlyIssue({ roles: [{ headcount: 99999999 }] });
		expect(issue).toEqual({ path: ['roles', 0, 'headcount'], code: 'too-big', maximum: 1000 });
		expect(onlyIssue({ roles: [{ headcount: 2.5 }] }).code).toBe('not-whole');
		expect(onlyIssue({ roles: [{ headcount: 'abc' }] }).code).toBe('not-number');
		expect(onlyIssue({ roles: [{ buy: { rampCurve: 'wavy' } }] })).toMatchObject({
			code: 'not-a-choice',
			options: ['linear', 's-curve', 'stepped']
		});
		expect(onlyIssue({ settings: { includeBorrow: 'yes' } })).toMatchObject({
			code: 'wrong-type',
			expected: 'boolean',
			received: 'text'
		});
	});
});

describe('issueText: the message by the field', () => {
	it('asks for a name when the scenario, role or skill name is empty', () => {
		expect(issueText(onlyIssue({ name: '' }), US)).toBe('Enter a name.');
		expect(issueText(onlyIssue({ name: '   ' }), US)).toBe('Enter a name.');
		expect(issueText(onlyIssue({ roles: [{ name: '' }] }), US)).toBe('Enter a name.');
		expect(issueText(onlyIssue({ roles: [{ build: { skills: [{ name: '' }] } }] }), US)).toBe(
			'Enter a name.'
		);
	});

	it('says text is too long', () => {
		expect(issueText(onlyIssue({ name: 'x'.repeat(121) }), US)).toBe('This text is too long.');
	});

	it('gives the lower bound in the field unit: money in the currency, percent, counted units', () => {
		expect(issueText(onlyIssue({ roles: [{ salaryPerYear: -5 }] }), US)).toBe(
			'Must be at least $1 per year.'
		);
		expect(issueText(onlyIssue({ roles: [{ headcount: -1 }] }), US)).toBe(
			'Must be at least 0 people.'
		);
		expect(issueText(onlyIssue({ settings: { discountRatePerYear: -0.1 } }), US)).toBe(
			'Must be at least 0% per year.'
		);
		expect(issueText(onlyIssue({ roles: [{ borrow: { efficiency: 0.01 } }] }), US)).toBe(
			'Must be at least 5%.'
		);
	});

	it('writes one unit in the singular: "at least 1 day", "mindestens 1 Tag"', () => {
		const days = onlyIssue({ roles: [{ borrow: { daysPerMonth: 0 } }] });
		expect(issueText(days, US)).toBe('Must be at least 1 day per month.');
		expect(issueText(days, DE)).toBe('Muss mindestens 1 Tag pro Monat sein.');
		const hours = onlyIssue({ settings: { hoursPerWorkingDay: 0 } });
		expect(issueText(hours, US)).toBe('Must be at least 1 hour per day.');
	});

	it('gives the upper bound, money formatted in the scenario currency', () => {
		expect(issueText(onlyIssue({ settings: { discountRatePerYear: 0.9 } }), US)).toBe(
			'Must be at most 50% per year.'
		);
		expect(issueText(onlyIssue({ roles: [{ salaryPerYear: 2e7 }] }), GB)).toBe(
			'Must be at most £10,000,000 per year.'
		);
		expect(issueText(onlyIssue({ roles: [{ salaryPerYear: 2e7 }] }), DE)).toBe(
			'Darf höchstens 10.000.000\u00a0€ pro Jahr sein.'
		);
		expect(issueText(onlyIssue({ settings: { horizonMonths: 121 } }), US)).toBe(
			'Must be at most 120 months.'
		);
		expect(issueText(onlyIssue({ roles: [{ headcount: 99999999 }] }), US)).toBe(
			'Must be at most 1,000 people.'
		);
	});

	it('asks for a whole number for a fractional headcount or horizon', () => {
		expect(issueText(onlyIssue({ roles: [{ headcount: 2.5 }] }), US)).toBe('Enter a whole number.');
		expect(issueText(onlyIssue({ settings: { horizonMonths: 1.5 } }), US)).toBe(
			'Enter a whole number.'
		);
	});

	it('asks for a number for text in a number field', () => {
		expect(issueText(onlyIssue({ roles: [{ salaryPerYear: '80k?' }] }), US)).toBe(
			'Enter a number.'
		);
		expect(issueText(onlyIssue({ roles: [{ headcount: 'abc' }] }), US)).toBe('Enter a number.');
		expect(issueText(onlyIssue({ roles: [{ headcount: Number.NaN }] }), US)).toBe(
			'Enter a number.'
		);
	});

	it('explains the cross-field rules', () => {
		const level = onlyIssue({
			roles: [{ build: { skills: [{ name: 'SQL', currentLevel: 4, requiredLevel: 2 }] } }]
		});
		expect(level.path).toEqual(['roles', 0, 'build', 'skills', 0, 'requiredLevel']);
		expect(issueText(level, US)).toBe('The required level must be at least the current level.');
		const late = onlyIssue({ settings: { horizonMonths: 12 }, roles: [{ neededFromMonth: 12 }] });
		expect(issueText(late, US)).toBe(
			'Must fall within the horizon: lower it or lengthen the horizon.'
		);
	});

	it('asks for a three-letter currency code and a listed choice', () => {
		for (const currency of ['euro', 'eur', 'EU', '€']) {
			expect(issueText(onlyIssue({ currency }), US)).toBe(
				'Use a three-letter currency code such as EUR.'
			);
		}
		expect(issueText(onlyIssue({ roles: [{ buy: { rampCurve: 'wavy' } }] }), US)).toBe(
			'Choose one of the listed values.'
		);
	});

	it('has words for every code without a bound', () => {
		expect(issueText({ path: [], code: 'too-small' }, US)).toBe('Too small.');
		expect(issueText({ path: [], code: 'too-big' }, US)).toBe('Too large.');
		expect(issueText({ path: [], code: 'invalid' }, US)).toBe('Is not valid.');
	});

	it('speaks the language it is given', () => {
		expect(issueText(onlyIssue({ name: '' }), DE)).toBe('Geben Sie einen Namen ein.');
		expect(issueText(onlyIssue({ roles: [{ headcount: 99999999 }] }), DE)).toBe(
			'Darf höchstens 1.000 Personen sein.'
		);
	});
});

describe('issueSentence: where and what', () => {
	it('names the role, the section and the field with its screen label', () => {
		const issue = onlyIssue({ roles: [{ name: 'R', buy: { timeToFillDays: -1 } }] });
		expect(issueSentence(issue, { t: en, pathNames: { 'roles.0': 'R' } })).toBe(
			'Role 1 (\u201cR\u201d), Recruit: Time to fill must be at least 0 days.'
		);
		expect(issueSentence(issue, { t: de, pathNames: { 'roles.0': 'R' } })).toBe(
			'Rolle 1 (\u201eR\u201c), Einstellen: Besetzungsdauer muss mindestens 0 Tage betragen.'
		);
	});

	it('says what kind of value was expected', () => {
		const issue = onlyIssue({ settings: { includeBorrow: 'yes' } });
		expect(issuePhrase(issue, { t: en })).toBe('must be true or false, not text');
	});
});
