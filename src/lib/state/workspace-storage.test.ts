import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenario } from '../model/index.ts';
import { SCENARIO_FILE_VERSION } from '../files/scenario-file.ts';
import { normalizeDraft } from './draft.ts';
import { FullStorage, MemoryStorage } from './test-storage.ts';
import {
	backupRaw,
	CORRUPT_PREFIX,
	parseWorkspace,
	probeWrite,
	readWorkspace,
	serializeWorkspace,
	STORAGE_KEY,
	type SavedWorkspace
} from './workspace-storage.ts';

const NOW = new Date('2026-06-01T10:00:00.000Z');

function workspace(): SavedWorkspace {
	const a = createScenario({ name: 'Alpha' });
	const b = createScenario({ name: 'Beta' });
	return {
		entries: [
			{
				id: 'a',
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: '2026-01-02T00:00:00.000Z',
				scenario: a,
				rev: 3,
				nonce: 'x'
			},
			{
				id: 'b',
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: '2026-01-02T00:00:00.000Z',
				scenario: b,
				draft: {
					...normalizeDraft(b),
					name: 'Beta typed',
					settings: { ...normalizeDraft(b).settings, horizonMonths: 'soon' }
				},
				rev: 1,
				nonce: 'y'
			}
		],
		deleted: [{ id: 'gone', rev: 4, nonce: 'z', deletedAt: '2026-05-30T00:00:00.000Z' }]
	};
}

describe('the stored workspace', () => {
	it('is a scenario file of the current version that round-trips revisions, drafts and tombstones', () => {
		const text = serializeWorkspace(workspace(), '0.1.0', NOW);
		const json = JSON.parse(text);
		expect(json).toMatchObject({
			format: 'build-or-buy/scenarios',
			version: SCENARIO_FILE_VERSION,
			appVersion: '0.1.0'
		});
		const read = parseWorkspace(text, NOW);
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		expect(read.workspace).toEqual(workspace());
	});

	it('forgets tombstones after 60 days', () => {
		const ws = workspace();
		ws.deleted.push({ id: 'old', rev: 1, nonce: 'o', deletedAt: '2026-01-01T00:00:00.000Z' });
		const read = parseWorkspace(serializeWorkspace(ws, '0.1.0', NOW), NOW);
		expect(read.status === 'ok' && read.workspace.deleted.map((t) => t.id)).toEqual(['gone']);
	});

	it('keeps a scenario that never was valid by what was typed', () => {
		const ws = workspace();
		ws.entries[1].scenario = null;
		const read = parseWorkspace(serializeWorkspace(ws, '0.1.0', NOW), NOW);
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		const b = read.workspace.entries.find((e) => e.id === 'b');
		expect(b?.scenario).toBeNull();
		expect(b?.draft?.name).toBe('Beta typed');
	});
});

describe('every stored version opens through the one restore path', () => {
	it('storage version 1 (app 0.1.0: entries with draft and lastValid)', () => {
		const valid = createScenario({ name: 'Saved before' });
		const v1 = {
			version: 1,
			savedAt: '2026-01-01T00:00:00.000Z',
			activeId: 'b',
			entries: [
				{
					id: 'a',
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					draft: normalizeDraft(valid)
				},
				{
					id: 'b',
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					draft: { ...normalizeDraft(valid), name: 'Typed', currency: 'nope' },
					lastValid: { ...valid, name: 'Last valid' }
				}
			]
		};
		const read = parseWorkspace(JSON.stringify(v1), NOW);
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		const [a, b] = read.workspace.entries;
		expect(a.scenario?.name).toBe('Saved before');
		expect(a.draft).toBeUndefined();
		expect(b.scenario?.name).toBe('Last valid');
		expect(b.draft?.currency).toBe('nope');
		expect([a.rev, b.rev]).toEqual([0, 0]);
	});

	it('file version 0 and 1 fixtures stored as the workspace', () => {
		for (const v of [0, 1]) {
			const text = readFileSync(
				new URL(`../../../tests/fixtures/scenarios-v${v}.json`, import.meta.url),
				'utf8'
			);
			const read = parseWorkspace(text, NOW);
			expect(read.status, `v${v}`).toBe('ok');
			if (read.status === 'ok') expect(read.workspace.entries.length).toBeGreaterThan(0);
		}
	});

	it('a newer version than this app knows is unreadable (kept, never overwritten)', () => {
		const text = JSON.stringify({ format: 'build-or-buy/scenarios', version: 99, scenarios: [] });
		expect(parseWorkspace(text, NOW)).toEqual({ status: 'unreadable', raw: text });
	});

	it('damaged JSON is unreadable; a damaged entry makes it partial, the rest is read', () => {
		expect(parseWorkspace('{"format": "build-or', NOW).status).toBe('unreadable');
		const json = JSON.parse(serializeWorkspace(workspace(), '0.1.0', NOW));
		json.scenarios.push(42, { id: 'c', scenario: { roles: 'no' } });
		const read = parseWorkspace(JSON.stringify(json), NOW);
		expect(read.status).toBe('partial');
		if (read.status === 'partial')
			expect(read.workspace.entries.map((e) => e.id)).toEqual(['a', 'b']);
	});
});

describe('reading and writing storage', () => {
	it('reads empty storage as empty', () => {
		expect(readWorkspace(new MemoryStorage(), NOW)).toEqual({ status: 'empty' });
	});

	it('reads a full storage all the same', () => {
		const full = new FullStorage();
		full.preload(STORAGE_KEY, serializeWorkspace(workspace(), '0.1.0', NOW));
		expect(readWorkspace(full, NOW).status).toBe('ok');
		expect(probeWrite(full)).toBe('quota');
		expect(probeWrite(new MemoryStorage())).toBeNull();
	});

	it('confirms a backup only when it was written whole', () => {
		const storage = new MemoryStorage();
		const key = backupRaw(storage, 'raw text', NOW);
		expect(key).toBe(CORRUPT_PREFIX + NOW.toISOString());
		expect(storage.getItem(key!)).toBe('raw text');
		expect(backupRaw(new FullStorage(), 'raw text', NOW)).toBeNull();
	});
});
