/**
 * The browser's copy of the workspace (localStorage: small data, a synchronous read restores the
 * open scenario before the first paint). It is stored as a scenario file — the same format, version
 * and migrations as exported files — with what only the browser needs: each scenario's revision
 * and nonce (to merge what several tabs saved), what was typed while it was not valid (`draft`),
 * and tombstones of deleted scenarios (so a deletion is not undone by a tab that still had it).
 *
 * Reading never throws and never destroys: what cannot be read is reported with the raw text, so
 * the caller keeps it until a copy is safe.
 */
import type { Scenario } from '../model/index.ts';
import { isJsonObject, isWorkspaceV1, workspaceV1ToFile } from '../files/migrations.ts';
import {
	restoreScenarioFile,
	SCENARIO_FILE_FORMAT,
	SCENARIO_FILE_VERSION
} from '../files/scenario-file.ts';
import { normalizeDraft, type ScenarioDraft } from './draft.ts';

export const STORAGE_KEY = 'bob.workspace';
/** Prefix of the keys that keep unreadable saved data aside. */
export const CORRUPT_PREFIX = 'bob.workspace.unreadable.';
/** The scenario opened last in this browser (a new tab opens it). */
export const ACTIVE_KEY = 'bob.workspace.active';

/** One saved scenario as the browser keeps it. */
export interface SavedEntry {
	id: string;
	createdAt: string;
	updatedAt: string;
	/** The last valid state (null only when it never was valid). */
	scenario: Scenario | null;
	/** What was typed, kept only while it is not valid. */
	draft?: ScenarioDraft;
	/** Revision: raised by one on every save of a change. */
	rev: number;
	/** Random, new on every save: two saves of the same revision differ in it. */
	nonce: string;
}

/** A deleted scenario: its last revision, so stale copies elsewhere cannot bring it back. */
export interface Tombstone {
	id: string;
	rev: number;
	nonce: string;
	deletedAt: string;
}

export interface SavedWorkspace {
	entries: SavedEntry[];
	deleted: Tombstone[];
}

export type ReadResult =
	| { status: 'empty' }
	| { status: 'ok'; workspace: SavedWorkspace }
	/** Some scenarios could not be read: the rest is in `workspace`, everything in `raw`. */
	| { status: 'partial'; workspace: SavedWorkspace; raw: string }
	/** Nothing could be read (damaged, or written by a newer version of the app). */
	| { status: 'unreadable'; raw: string }
	| { status: 'unavailable' };

/** Tombstones are kept this long, then forgotten. */
const TOMBSTONE_DAYS = 60;

function str(v: unknown, fallback: string): string {
	return typeof v === 'string' ? v : fallback;
}

function revOf(v: unknown): number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** The workspace from its stored text (pure). */
export function parseWorkspace(raw: string, now = new Date()): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable', raw };
	}
	if (isWorkspaceV1(data)) data = workspaceV1ToFile(data, SCENARIO_FILE_FORMAT);
	const restored = restoreScenarioFile(data, { skipInvalid: true, now });
	if (!restored.ok) return { status: 'unreadable', raw };
	const stamp = now.toISOString();
	const entries: SavedEntry[] = restored.scenarios.map((s, i) => {
		const extra = restored.entries[i];
		return {
			id: s.id,
			createdAt: s.createdAt,
			updatedAt: s.updatedAt,
			scenario: s.scenario,
			...(isJsonObject(extra.draft) ? { draft: normalizeDraft(extra.draft) } : {}),
			rev: revOf(extra.rev),
			nonce: str(extra.nonce, '')
		};
	});
	// Entries whose scenario never was valid still keep what was typed.
	let lost = 0;
	for (const item of restored.skipped) {
		if (isJsonObject(item) && isJsonObject(item.draft) && typeof item.id === 'string') {
			entries.push({
				id: item.id,
				createdAt: str(item.createdAt, stamp),
				updatedAt: str(item.updatedAt, stamp),
				scenario: null,
				draft: normalizeDraft(item.draft),
				rev: revOf(item.rev),
				nonce: str(item.nonce, '')
			});
		} else lost++;
	}
	const deleted: Tombstone[] = [];
	const raws = Array.isArray(restored.wrapper.deleted) ? restored.wrapper.deleted : [];
	for (const t of raws) {
		if (isJsonObject(t) && typeof t.id === 'string') {
			deleted.push({
				id: t.id,
				rev: revOf(t.rev),
				nonce: str(t.nonce, ''),
				deletedAt: str(t.deletedAt, stamp)
			});
		}
	}
	const workspace = { entries, deleted };
	return lost > 0 ? { status: 'partial', workspace, raw } : { status: 'ok', workspace };
}

/** Read the saved workspace; never throws. */
export function readWorkspace(storage: Storage, now = new Date()): ReadResult {
	let raw: string | null;
	try {
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return { status: 'unavailable' };
	}
	if (raw === null) return { status: 'empty' };
	return parseWorkspace(raw, now);
}

/** The stored text of a workspace (pure): a scenario file plus revisions, drafts and tombstones. */
export function serializeWorkspace(
	workspace: SavedWorkspace,
	appVersion: string,
	now: Date
): string {
	const cutoff = now.getTime() - TOMBSTONE_DAYS * 86_400_000;
	return JSON.stringify({
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		appVersion,
		exportedAt: now.toISOString(),
		scenarios: workspace.entries.map((e) => ({
			id: e.id,
			name: e.scenario?.name ?? String(e.draft?.name ?? ''),
			createdAt: e.createdAt,
			updatedAt: e.updatedAt,
			// Never valid: the draft stands in (the restore step sets it apart and keeps the draft).
			scenario: e.scenario ?? e.draft,
			...(e.draft ? { draft: e.draft } : {}),
			rev: e.rev,
			nonce: e.nonce
		})),
		deleted: workspace.deleted.filter((t) => !(Date.parse(t.deletedAt) < cutoff))
	});
}

export type WriteFailure = 'quota' | 'other';

function isQuota(e: unknown): boolean {
	return (
		e instanceof DOMException &&
		(e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
	);
}

/** Write a value; returns why it failed, or null. Never throws. */
export function writeItem(storage: Storage, key: string, text: string): WriteFailure | null {
	try {
		storage.setItem(key, text);
		return null;
	} catch (e) {
		return isQuota(e) ? 'quota' : 'other';
	}
}

/** Keep unreadable data aside under its own key; the key, or null when it did not fit. */
export function backupRaw(storage: Storage, raw: string, now = new Date()): string | null {
	const key = CORRUPT_PREFIX + now.toISOString();
	if (writeItem(storage, key, raw) !== null) return null;
	// Confirmed only when it reads back whole.
	try {
		return storage.getItem(key) === raw ? key : null;
	} catch {
		return null;
	}
}

/** Whether storage can be written (false when full or blocked); reading may still work. */
export function probeWrite(storage: Storage): WriteFailure | null {
	const probe = '__bob_probe__';
	const failed = writeItem(storage, probe, '1');
	try {
		storage.removeItem(probe);
	} catch {
		// nothing to clean up
	}
	return failed;
}
