/** Range problems as words by the field, in the ranged field's units, English and German. */
import { describe, expect, it } from 'vitest';
import { createScenario, parseScenario } from '../model/index.ts';
import { issueText } from './issues.ts';
import { de, en } from './messages-all.ts';

describe('range issue texts', () => {
	it('name the likely value in the field units', () => {
		const s = createScenario();
		s.roles[0].ranges = { 'buy.timeToFillDays': { low: 50, high: 90 } };
		const r = parseScenario(s);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(issueText(r.issues[0], { t: en, locale: 'en-US' })).toBe(
			'The low value must not be above the likely value (42 days).'
		);
		expect(issueText(r.issues[0], { t: de, locale: 'de-DE' })).toBe(
			'Der untere Wert darf nicht über dem wahrscheinlichsten Wert (42 Tage) liegen.'
		);
	});

	it('name the bound of the field when a range end leaves it', () => {
		const s = createScenario();
		s.roles[0].ranges = { 'buy.timeToFillDays': { low: 10, high: 1000 } };
		const r = parseScenario(s);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(issueText(r.issues[0], { t: en, locale: 'en-US' })).toBe('Must be at most 730 days.');
	});
});
