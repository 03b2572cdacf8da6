import { describe, expect, it } from 'vitest';
import { createScenario } from '../model/index.ts';
import { reconcile, type LocalScenario } from './reconcile.ts';
import { uniqueName } from './scenario-factory.ts';
import type { SavedEntry, SavedWorkspace } from './workspace-storage.ts';

function saved(id: string, name: string, rev: number, nonce = `n${rev}`, fill = 42): SavedEntry {
	const scenario = createScenario({ name });
	scenario.roles[0].buy.timeToFillDays = fill;
	return {
		id,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		scenario,
		rev,
		nonce
	};
}

function tools() {
	let n = 0;
	return {
		newId: () => `copy-${++n}`,
		newNonce: () => `w${++n}`,
		copyName: (name: string, taken: string[]) => uniqueName(name, taken),
		now: new Date('2026-06-01T00:00:00.000Z')
	};
}

const local = (entry: SavedEntry, dirty = false): LocalScenario => ({ entry, dirty });
const ws = (entries: SavedEntry[], deleted: SavedWorkspace['deleted'] = []): SavedWorkspace => ({
	entries,
	deleted
});
const fillOf = (e: SavedEntry) => e.scenario?.roles[0].buy.timeToFillDays;

describe('reconcile', () => {
	it('an untouched tab takes storage as it is and writes nothing', () => {
		const stored = ws([saved('a', 'A', 2, 'n2', 77), saved('b', 'B', 1)]);
		const r = reconcile([local(saved('a', 'A', 1))], new Map(), stored, tools());
		expect(r.write).toBeNull();
		expect(r.entries.map((e) => e.id)).toEqual(['a', 'b']);
		expect(fillOf(r.entries[0])).toBe(77);
	});

	it('writes a change over the revision it started from, leaving the others as stored', () => {
		const stored = ws([saved('a', 'A', 3), saved('b', 'B', 5, 'n5', 99)]);
		const mine = saved('a', 'A', 3, 'n3', 11);
		const r = reconcile([local(mine, true), local(saved('b', 'B', 4))], new Map(), stored, tools());
		expect(r.write?.entries.map((e) => [e.id, e.rev, fillOf(e)])).toEqual([
			['a', 4, 11],
			['b', 5, 99]
		]);
		expect(r.conflicts).toEqual([]);
	});

	it('keeps scenarios created elsewhere; new ones from here follow the one they follow here', () => {
		const stored = ws([saved('a', 'A', 1), saved('other', 'Other tab', 1)]);
		const r = reconcile(
			[local(saved('a', 'A', 1)), local(saved('new', 'New here', 0, ''), true)],
			new Map(),
			stored,
			tools()
		);
		expect(r.write?.entries.map((e) => e.id)).toEqual(['a', 'new', 'other']);
		const last = reconcile(
			[
				local(saved('a', 'A', 1)),
				local(saved('other', 'O', 1)),
				local(saved('z', 'Z', 0, ''), true)
			],
			new Map(),
			stored,
			tools()
		);
		expect(last.write?.entries.map((e) => e.id)).toEqual(['a', 'other', 'z']);
	});

	it('writes a deletion as a tombstone, and a stale copy elsewhere cannot bring it back', () => {
		const stored = ws([saved('a', 'A', 2), saved('b', 'B', 1)]);
		const r = reconcile([local(saved('b', 'B', 1))], new Map([['a', 2]]), stored, tools());
		expect(r.write?.entries.map((e) => e.id)).toEqual(['b']);
		expect(r.write?.deleted).toMatchObject([{ id: 'a', rev: 3 }]);
		// Another tab still holds "a" (unchanged) and saves something else.
		const later = reconcile(
			[local(saved('a', 'A', 2)), local(saved('b', 'B', 1, 'n1', 5), true)],
			new Map(),
			r.write!,
			tools()
		);
		expect(later.entries.map((e) => e.id)).toEqual(['b']);
		expect(later.write?.entries.map((e) => e.id)).toEqual(['b']);
	});

	it('keeps both versions when both tabs changed the same scenario: the later one as a copy', () => {
		const stored = ws([saved('a', 'Plan', 4, 'theirs', 11)]);
		const mine = saved('a', 'Plan', 3, 'n3', 22);
		const r = reconcile([local(mine, true)], new Map(), stored, tools());
		expect(r.entries.map((e) => [e.id, e.scenario?.name, fillOf(e)])).toEqual([
			['a', 'Plan', 11],
			['copy-1', 'Plan (2)', 22]
		]);
		expect(r.conflicts).toEqual([
			{ kind: 'copied', name: 'Plan', copyName: 'Plan (2)', copyId: 'copy-1' }
		]);
		expect(r.moved.get('a')).toBe('copy-1');
	});

	it('notices a save overwritten at the same moment (same revision, other nonce) and keeps it', () => {
		const stored = ws([saved('a', 'Plan', 4, 'theirs', 11)]);
		const mine = saved('a', 'Plan', 4, 'mine', 22);
		const r = reconcile([local(mine)], new Map(), stored, tools());
		expect(r.entries.map(fillOf)).toEqual([11, 22]);
		expect(r.conflicts[0].kind).toBe('copied');
	});

	it('keeps a scenario changed here that another tab deleted meanwhile, and says so', () => {
		const stored = ws([], [{ id: 'a', rev: 3, nonce: 'x', deletedAt: '2026-05-01T00:00:00.000Z' }]);
		const r = reconcile([local(saved('a', 'A', 2, 'n2', 9), true)], new Map(), stored, tools());
		expect(r.entries.map((e) => [e.id, e.rev])).toEqual([['a', 4]]);
		expect(r.write?.deleted).toEqual([]);
		expect(r.conflicts).toEqual([{ kind: 'restored', name: 'A' }]);
	});

	it('does not delete a scenario that another tab changed after this tab last saw it', () => {
		const stored = ws([saved('a', 'A', 5)]);
		const r = reconcile([], new Map([['a', 3]]), stored, tools());
		expect(r.entries.map((e) => e.id)).toEqual(['a']);
		expect(r.write).toBeNull();
	});

	it('drops locally a scenario deleted elsewhere that this tab did not change', () => {
		const stored = ws([], [{ id: 'a', rev: 3, nonce: 'x', deletedAt: '2026-05-01T00:00:00.000Z' }]);
		const r = reconcile([local(saved('a', 'A', 2))], new Map(), stored, tools());
		expect(r.entries).toEqual([]);
		expect(r.write).toBeNull();
	});
});
