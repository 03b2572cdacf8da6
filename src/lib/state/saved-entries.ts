/**
 * Between the workspace's entries and their saved form (workspace-storage.ts): an entry from a
 * saved copy, the saved copy of an entry, and taking in what reconciling with other tabs produced.
 * Pure apart from updating the entries it is given (so Svelte sees each change).
 */
import type { Scenario } from '../model/index.ts';
import { cloneDraft, normalizeDraft, type ScenarioDraft } from './draft.ts';
import type { Reconciled } from './reconcile.ts';
import type { SavedEntry } from './workspace-storage.ts';

/** One scenario of the workspace. */
export interface Entry {
	id: string;
	createdAt: string;
	updatedAt: string;
	draft: ScenarioDraft;
	/** Opened from a share link and not kept yet: shown, but not saved. */
	unsaved?: boolean;
	/** The revision and nonce of the saved copy this entry started from (see reconcile.ts). */
	rev: number;
	nonce: string;
}

/** An entry from its saved copy: the draft as typed when it was saved invalid, else the scenario. */
export function entryFromSaved(saved: SavedEntry): Entry {
	return {
		id: saved.id,
		createdAt: saved.createdAt,
		updatedAt: saved.updatedAt,
		draft: saved.draft ?? normalizeDraft(cloneDraft(saved.scenario)),
		rev: saved.rev,
		nonce: saved.nonce
	};
}

/**
 * The saved copy of an entry: its last valid scenario, and its draft too while that is invalid or
 * was never valid (so nothing typed is lost). `draft` is a plain snapshot of `entry.draft`.
 */
export function savedEntryOf(
	entry: Entry,
	draft: ScenarioDraft,
	checked: { scenario: Scenario | null; stale: boolean } | undefined
): SavedEntry {
	return {
		id: entry.id,
		createdAt: entry.createdAt,
		updatedAt: entry.updatedAt,
		scenario: checked?.scenario ?? null,
		...(checked?.stale || !checked?.scenario ? { draft } : {}),
		rev: entry.rev,
		nonce: entry.nonce
	};
}

/** The entries after reconciling, and what changed for the caller's bookkeeping. */
export interface Merged {
	entries: Entry[];
	/** Saved copies that replaced or added an entry: their drafts must be checked afresh. */
	refreshed: SavedEntry[];
	/** Ids of saved entries that are gone (deleted in another tab). */
	removed: string[];
}

/**
 * Take in the merged saved scenarios: others' changes and new ones, this tab's own writes (only the
 * revision changes), deletions; entries only this tab shows (shared, not kept) stay at the end.
 */
export function mergeSaved(entries: Entry[], result: Reconciled): Merged {
	const mine = new Map(entries.map((e) => [e.id, e]));
	const next: Entry[] = [];
	const refreshed: SavedEntry[] = [];
	for (const saved of result.entries) {
		const entry = mine.get(saved.id);
		if (entry && entry.rev === saved.rev && entry.nonce === saved.nonce) {
			next.push(entry);
		} else if (entry && result.written.has(saved.id)) {
			// This tab's own write: only the revision changes.
			entry.rev = saved.rev;
			entry.nonce = saved.nonce;
			next.push(entry);
		} else if (entry) {
			entry.draft = entryFromSaved(saved).draft;
			entry.updatedAt = saved.updatedAt;
			entry.rev = saved.rev;
			entry.nonce = saved.nonce;
			next.push(entry);
			refreshed.push(saved);
		} else {
			next.push(entryFromSaved(saved));
			refreshed.push(saved);
		}
	}
	const kept = new Set(next.map((e) => e.id));
	const removed: string[] = [];
	for (const e of entries) {
		if (e.unsaved) next.push(e);
		else if (!kept.has(e.id)) removed.push(e.id);
	}
	return { entries: next, refreshed, removed };
}
