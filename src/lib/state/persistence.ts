/**
 * Saving the workspace in the browser (localStorage). Chosen over IndexedDB because the data is
 * small (a scenario is a few kilobytes), a synchronous read at start-up restores the open scenario
 * before the first paint, and every browser has it. Unreadable data is never thrown away: it is
 * copied to a side key and the user is told.
 */
import { parseScenario, type Scenario } from '../model/index.ts';
import { normalizeDraft, type ScenarioDraft } from './draft.ts';

export const STORAGE_KEY = 'bob.workspace';
export const CORRUPT_PREFIX = 'bob.workspace.unreadable.';
export const STORAGE_VERSION = 1;

export type StorageNotice =
	| { kind: 'unavailable' }
	| { kind: 'save-failed'; reason: 'quota' | 'other' }
	| { kind: 'recovered'; backupKey: string | null };

interface StoredEntry {
	id: string;
	createdAt: string;
	updatedAt: string;
	draft: ScenarioDraft;
	lastValid?: Scenario;
}

export interface StoredWorkspace {
	activeId: string;
	entries: StoredEntry[];
}

/** The browser's localStorage if it can be used, else null (private modes, blocked storage). */
export function browserStorage(): Storage | null {
	try {
		const s = globalThis.localStorage;
		const probe = '__bob_probe__';
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return null;
	}
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Read the saved workspace; never throws. */
export function loadWorkspace(storage: Storage | null): StoredWorkspace & {
	notice: StorageNotice | null;
} {
	const empty = { activeId: '', entries: [] as StoredEntry[] };
	if (!storage) return { ...empty, notice: { kind: 'unavailable' } };
	let raw: string | null;
	try {
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return { ...empty, notice: { kind: 'unavailable' } };
	}
	if (raw === null) return { ...empty, notice: null };
	try {
		const data: unknown = JSON.parse(raw);
		if (!isRecord(data) || data.version !== STORAGE_VERSION || !Array.isArray(data.entries)) {
			throw new Error('unexpected shape');
		}
		const entries: StoredEntry[] = [];
		let dropped = 0;
		for (const e of data.entries) {
			if (!isRecord(e) || typeof e.id !== 'string' || !isRecord(e.draft)) {
				dropped++;
				continue;
			}
			const last = e.lastValid === undefined ? null : parseScenario(e.lastValid);
			entries.push({
				id: e.id,
				createdAt: typeof e.createdAt === 'string' ? e.createdAt : new Date().toISOString(),
				updatedAt: typeof e.updatedAt === 'string' ? e.updatedAt : new Date().toISOString(),
				draft: normalizeDraft(e.draft),
				...(last?.ok ? { lastValid: last.scenario } : {})
			});
		}
		if (dropped > 0) {
			const backupKey = backup(storage, raw);
			return {
				activeId: String(data.activeId ?? ''),
				entries,
				notice: { kind: 'recovered', backupKey }
			};
		}
		return { activeId: String(data.activeId ?? ''), entries, notice: null };
	} catch {
		const backupKey = backup(storage, raw);
		return { ...empty, notice: { kind: 'recovered', backupKey } };
	}
}

function backup(storage: Storage, raw: string): string | null {
	const key = CORRUPT_PREFIX + new Date().toISOString();
	try {
		storage.setItem(key, raw);
		return key;
	} catch {
		return null;
	}
}

/** Write the workspace; returns a notice when it could not be saved. Never throws. */
export function saveWorkspace(
	storage: Storage | null,
	workspace: StoredWorkspace
): StorageNotice | null {
	if (!storage) return { kind: 'unavailable' };
	try {
		storage.setItem(
			STORAGE_KEY,
			JSON.stringify({ version: STORAGE_VERSION, savedAt: new Date().toISOString(), ...workspace })
		);
		return null;
	} catch (e) {
		const quota =
			e instanceof DOMException &&
			(e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
		return { kind: 'save-failed', reason: quota ? 'quota' : 'other' };
	}
}
