import { describe, expect, it } from 'vitest';
import { createScenario } from '../model/index.ts';
import { CheckedDrafts } from './checked-drafts.svelte.ts';
import { normalizeDraft } from './draft.ts';

function draftWith(fill: number | string) {
	const draft = normalizeDraft(createScenario({ name: 'A' }));
	draft.roles[0].buy.timeToFillDays = fill;
	return draft;
}

describe('CheckedDrafts', () => {
	it('has nothing to compute for a draft never checked', () => {
		const checks = new CheckedDrafts();
		expect(checks.of('a')).toEqual({ scenario: null, issues: [], stale: false });
		expect(checks.anyStale).toBe(false);
	});

	it('keeps the scenario of a valid draft', () => {
		const checks = new CheckedDrafts();
		checks.check('a', draftWith(60));
		expect(checks.of('a').scenario?.roles[0].buy.timeToFillDays).toBe(60);
		expect(checks.of('a')).toMatchObject({ issues: [], stale: false });
	});

	it('while invalid, keeps the last valid scenario and says which input is wrong', () => {
		const checks = new CheckedDrafts();
		checks.check('a', draftWith(60));
		checks.check('a', draftWith('abc'));
		const c = checks.of('a');
		expect(c.stale).toBe(true);
		expect(c.scenario?.roles[0].buy.timeToFillDays).toBe(60);
		expect(c.issues[0]?.path).toEqual(['roles', 0, 'buy', 'timeToFillDays']);
		expect(checks.anyStale).toBe(true);
	});

	it('within an edit, keeps the scenario from before the edit, not a valid state typed on the way', () => {
		const checks = new CheckedDrafts();
		checks.check('a', draftWith(60));
		checks.beginEdit('a');
		checks.check('a', draftWith(7)); // "7" on the way to "70x"
		checks.check('a', draftWith('70x'));
		expect(checks.of('a').scenario?.roles[0].buy.timeToFillDays).toBe(60);
		// Once the edit ends (an undo replaced the draft), the last valid state counts again.
		checks.endEdit('a');
		checks.check('a', draftWith(8));
		checks.check('a', draftWith('8x'));
		expect(checks.of('a').scenario?.roles[0].buy.timeToFillDays).toBe(8);
	});

	it('an invalid draft loaded from storage shows its saved scenario', () => {
		const checks = new CheckedDrafts();
		const saved = createScenario({ name: 'Saved' });
		checks.check('a', draftWith(''), saved);
		expect(checks.of('a')).toMatchObject({ scenario: saved, stale: true });
	});

	it('forgets an entry', () => {
		const checks = new CheckedDrafts();
		checks.check('a', draftWith('bad'));
		checks.forget('a');
		expect(checks.of('a').scenario).toBeNull();
		expect(checks.anyStale).toBe(false);
	});
});
