/** Range problems as words by the field, in the ranged field's units, English and German. */
import { describe, expect, it } from 'vitest';
import { createScenario, parseScenario } from '../model/index.ts';
import { fieldLabel } from './fields.ts';
import { issueSentence, issueText } from './issues.ts';
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

	it('name a field that cannot carry a range by its label, with its place (never its raw path)', () => {
		const s = createScenario();
		s.roles[0].name = 'Analyst';
		s.roles[0].ranges = { 'borrow.conversionFee': { low: 1, high: 2 } };
		const r = parseScenario(s);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.code)).toEqual(['range-unknown-field']);
		const pathNames = { 'roles.0': 'Analyst' };
		const en1 = issueSentence(r.issues[0], { t: en, locale: 'en-US', pathNames });
		const de1 = issueSentence(r.issues[0], { t: de, locale: 'de-DE', pathNames });
		expect(en1).toBe(
			`Role 1 (\u201cAnalyst\u201d), ${en.options.borrow}: ${fieldLabel('roles.borrow.conversionFee', en)} cannot carry a range.`
		);
		expect(de1).toBe(
			`Rolle 1 (\u201eAnalyst\u201c), ${de.options.borrow}: ${fieldLabel('roles.borrow.conversionFee', de)} kann keine Spanne haben.`
		);
		for (const text of [en1, de1]) expect(text).not.toContain('borrow.conversionFee');
	});

	it('refuse a range on a key the app does not know, quoting it as the file wrote it', () => {
		for (const key of ['foo', 'roles.0.foo', 'buy.timeToFillDays.x', 'build.skills.0.foo']) {
			const s = createScenario();
			s.roles[0].ranges = { [key]: { low: 1, high: 2 } };
			const r = parseScenario(s);
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.issues.map((i) => i.code)).toEqual(['range-unknown-field']);
			expect(issueSentence(r.issues[0], { t: en, locale: 'en-US' })).toBe(
				`Role 1 has a range for \u201c${key}\u201d, which is not an input of this calculator.`
			);
			expect(issueSentence(r.issues[0], { t: de, locale: 'de-DE' })).toBe(
				`Rolle 1 hat eine Spanne f\u00fcr \u201e${key}\u201c; das ist keine Eingabe dieses Rechners.`
			);
		}
	});
});
