import { describe, expect, it } from 'vitest';
import { createScenario } from '../model/index.ts';
import { normalizeDraft, type ScenarioDraft } from './draft.ts';
import type { Reconciled } from './reconcile.ts';
import { entryFromSaved, mergeSaved, savedEntryOf, type Entry } from './saved-entries.ts';
import type { SavedEntry } from './workspace-storage.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';

function saved(id: string, rev: number, fill = 42, extra: Partial<SavedEntry> = {}): SavedEntry {
	const scenario = createScenario({ name: id.toUpperCase() });
	scenario.roles[0].buy.timeToFillDays = fill;
	return { id, createdAt: T0, updatedAt: T0, scenario, rev, nonce: `n${rev}`, ...extra };
}

const fillOf = (e: Entry) => e.draft.roles[0].buy.timeToFillDays;

function reconciled(entries: SavedEntry[], written: string[] = []): Reconciled {
	return { entries, write: null, conflicts: [], moved: new Map(), written: new Set(written) };
}

describe('entryFromSaved', () => {
	it('edits the saved scenario, or the draft saved while it was invalid', () => {
		const valid = entryFromSaved(saved('a', 3, 60));
		expect(valid).toMatchObject({ id: 'a', createdAt: T0, rev: 3, nonce: 'n3' });
		expect(fillOf(valid)).toBe(60);

		const draft = normalizeDraft(createScenario({ name: 'Typed' }));
		draft.roles[0].buy.timeToFillDays = '4x';
		expect(fillOf(entryFromSaved(saved('b', 1, 42, { draft })))).toBe('4x');
	});
});

describe('savedEntryOf', () => {
	const entry = entryFromSaved(saved('a', 2, 50));
	const draft = entry.draft as ScenarioDraft;
	const scenario = createScenario({ name: 'A' });

	it('keeps only the scenario while the draft is valid', () => {
		const out = savedEntryOf(entry, draft, { scenario, stale: false });
		expect(out).toEqual({
			id: 'a',
			createdAt: T0,
			updatedAt: T0,
			scenario,
			rev: 2,
			nonce: 'n2'
		});
	});

	it('keeps the draft too while it is invalid, or was never valid', () => {
		expect(savedEntryOf(entry, draft, { scenario, stale: true })).toMatchObject({
			scenario,
			draft
		});
		expect(savedEntryOf(entry, draft, { scenario: null, stale: false })).toMatchObject({
			scenario: null,
			draft
		});
		expect(savedEntryOf(entry, draft, undefined)).toMatchObject({ scenario: null, draft });
	});
});

describe('mergeSaved', () => {
	it('keeps an unchanged entry as the same object', () => {
		const a = entryFromSaved(saved('a', 1));
		const merged = mergeSaved([a], reconciled([saved('a', 1)]));
		expect(merged.entries[0]).toBe(a);
		expect(merged.refreshed).toEqual([]);
		expect(merged.removed).toEqual([]);
	});

	it("takes only the new revision of this tab's own write, keeping what is typed", () => {
		const a = entryFromSaved(saved('a', 1, 42));
		a.draft.roles[0].buy.timeToFillDays = '7';
		const merged = mergeSaved([a], reconciled([saved('a', 2, 99)], ['a']));
		expect(merged.entries[0]).toBe(a);
		expect(a).toMatchObject({ rev: 2, nonce: 'n2' });
		expect(fillOf(a)).toBe('7');
		expect(merged.refreshed).toEqual([]);
	});

	it("takes another tab's change into the same entry and asks for it to be checked", () => {
		const a = entryFromSaved(saved('a', 1, 42));
		const theirs = saved('a', 2, 99, { updatedAt: T1 });
		const merged = mergeSaved([a], reconciled([theirs]));
		expect(merged.entries[0]).toBe(a);
		expect(a).toMatchObject({ rev: 2, nonce: 'n2', updatedAt: T1 });
		expect(fillOf(a)).toBe(99);
		expect(merged.refreshed).toEqual([theirs]);
	});

	it("adds another tab's new scenarios, drops deleted ones, keeps unsaved ones last", () => {
		const a = entryFromSaved(saved('a', 1));
		const gone = entryFromSaved(saved('gone', 1));
		const shared: Entry = { ...entryFromSaved(saved('shared', 0)), unsaved: true };
		const added = saved('b', 1, 30);
		const merged = mergeSaved([shared, a, gone], reconciled([saved('a', 1), added]));
		expect(merged.entries.map((e) => e.id)).toEqual(['a', 'b', 'shared']);
		expect(fillOf(merged.entries[1])).toBe(30);
		expect(merged.entries[2]).toBe(shared);
		expect(merged.refreshed).toEqual([added]);
		expect(merged.removed).toEqual(['gone']);
	});
});
