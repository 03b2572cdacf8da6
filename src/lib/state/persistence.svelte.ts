/**
 * Saving the workspace and following other tabs. Storage, Web Locks and the window's events are
 * injected (tests pass in-memory ones). Every change is written a moment after it was made
 * (`SAVE_DELAY_MS`), at once when the page is hidden or closed, and always by merging with what
 * storage holds (see reconcile.ts) — so a tab never writes over a scenario it did not change, and a
 * write by another tab is taken in as soon as the browser reports it.
 *
 * Saved data that cannot be read is never overwritten before a copy of it is confirmed; when no
 * copy fits, saving waits until the user has downloaded it or chosen to replace it.
 */
import {
	ACTIVE_KEY,
	backupRaw,
	probeWrite,
	readWorkspace,
	serializeWorkspace,
	STORAGE_KEY,
	writeItem,
	type SavedEntry,
	type SavedWorkspace
} from './workspace-storage.ts';
import { reconcile, type Conflict, type LocalScenario, type Reconciled } from './reconcile.ts';
import { newId, newNonce, uniqueName } from './scenario-factory.ts';

/** Delay before an edit is written to storage (well within the promised second). */
export const SAVE_DELAY_MS = 300;
const LOCK_NAME = 'bob.workspace';

export type StorageNotice =
	/** No storage at all (private mode, blocked): work stays in this tab. */
	| { kind: 'unavailable' }
	/** Storage is full: what was saved is shown, new changes stay in this tab until space is freed. */
	| { kind: 'full' }
	| { kind: 'save-failed'; reason: 'quota' | 'other' }
	/** Saved data could not be read (completely); a copy was kept under `backupKey`. */
	| { kind: 'recovered'; backupKey: string }
	/** Saved data could not be read and no copy fits: it is left as it is until the user decides. */
	| { kind: 'unreadable-kept'; partial: boolean };

/** What the workspace gives to be saved and takes back after a merge. */
export interface PersistenceHost {
	/** This tab's saved scenarios (not the unsaved ones) as they would be stored. */
	savedEntries(): SavedEntry[];
	/** Show the merged scenarios (called after every sync). */
	apply(result: Reconciled): void;
}

export interface PersistenceOptions {
	appVersion?: string;
	/** Web Locks (navigator.locks) when the browser has them. */
	locks?: Pick<LockManager, 'request'> | null;
	/** Where `storage` events arrive (the window). */
	events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
	/** This tab's own storage (sessionStorage): which scenario it had open. */
	session?: Storage | null;
	now?: () => Date;
}

/** The first read: the scenarios to start with and the id to open. */
export interface Loaded {
	entries: SavedEntry[];
	activeId: string;
}

export class Persistence {
	notice = $state<StorageNotice | null>(null);
	/** Scenarios both this and another tab changed (kept twice) or brought back here. */
	conflicts = $state<Conflict[]>([]);

	#storage: Storage | null;
	#session: Storage | null;
	#options: PersistenceOptions;
	#host: PersistenceHost | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	// Plain bookkeeping, not shown: which scenarios changed here and which were deleted here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#dirty = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#deletions = new Map<string, number>();
	/** Unreadable saved data not yet copied anywhere: nothing is written while it is set. */
	#unreadable: string | null = null;
	/** Unreadable saved data whose copy is confirmed: it may be written over. */
	#backedUp: string | null = null;
	#onStorage = (e: Event) => {
		const key = (e as StorageEvent).key;
		if (key === STORAGE_KEY || key === null) void this.flush();
	};

	constructor(storage: Storage | null, options: PersistenceOptions = {}) {
		this.#storage = storage;
		this.#session = options.session ?? null;
		this.#options = options;
	}

	#now(): Date {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock, not state
		return this.#options.now?.() ?? new Date();
	}

	/** Read what is saved (never throws, never overwrites). */
	load(): Loaded {
		const storage = this.#storage;
		if (!storage) {
			this.notice = { kind: 'unavailable' };
			return { entries: [], activeId: '' };
		}
		const read = readWorkspace(storage, this.#now());
		if (read.status === 'unavailable') {
			this.notice = { kind: 'unavailable' };
			this.#storage = null;
			return { entries: [], activeId: '' };
		}
		const full = probeWrite(storage) === 'quota';
		if (full) this.notice = { kind: 'full' };
		let entries: SavedEntry[] = [];
		if (read.status === 'ok' || read.status === 'partial') entries = read.workspace.entries;
		if (read.status === 'partial' || read.status === 'unreadable') {
			const backupKey = full ? null : backupRaw(storage, read.raw, this.#now());
			if (backupKey) {
				this.notice = { kind: 'recovered', backupKey };
				this.#backedUp = read.raw;
			} else {
				this.#unreadable = read.raw;
				this.notice = { kind: 'unreadable-kept', partial: read.status === 'partial' };
			}
		}
		const activeId = this.#readActive();
		return { entries, activeId };
	}

	#readActive(): string {
		try {
			return this.#session?.getItem(ACTIVE_KEY) ?? this.#storage?.getItem(ACTIVE_KEY) ?? '';
		} catch {
			return '';
		}
	}

	/** Remember the open scenario (this tab, and for the next new tab). */
	rememberActive(id: string): void {
		if (this.#session) writeItem(this.#session, ACTIVE_KEY, id);
		if (this.#storage) writeItem(this.#storage, ACTIVE_KEY, id);
	}

	/** Start saving for `host` and following the other tabs. */
	connect(host: PersistenceHost): void {
		this.#host = host;
		this.#options.events?.addEventListener('storage', this.#onStorage);
	}

	disconnect(): void {
		this.#options.events?.removeEventListener('storage', this.#onStorage);
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#host = null;
	}

	/** A scenario changed here (or was added). */
	changed(id: string): void {
		this.#dirty.add(id);
		this.schedule();
	}

	/** A scenario was deleted here; `rev` is the revision this tab had. */
	deleted(id: string, rev: number): void {
		this.#dirty.delete(id);
		this.#deletions.set(id, rev);
		this.schedule();
	}

	/** A deletion was undone before or after it was saved. */
	undeleted(id: string): void {
		this.#deletions.delete(id);
		this.changed(id);
	}

	/** Whether saving waits for the user to decide about unreadable data. */
	get paused(): boolean {
		return this.#unreadable !== null;
	}

	schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Merge and write now, under the workspace's Web Lock where the browser has one. */
	async flush(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const locks = this.#options.locks;
		if (locks) {
			try {
				await locks.request(LOCK_NAME, () => this.flushSync());
				return;
			} catch {
				// Locks refused (e.g. an opaque origin): merge without.
			}
		}
		this.flushSync();
	}

	/** Merge and write at once, without waiting for a lock (the page is being hidden or closed). */
	flushSync(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const host = this.#host;
		const storage = this.#storage;
		if (!host || !storage || this.#unreadable !== null) return;
		const read = readWorkspace(storage, this.#now());
		let stored: SavedWorkspace = { entries: [], deleted: [] };
		if (read.status === 'ok') stored = read.workspace;
		else if (read.status === 'partial' || read.status === 'unreadable') {
			// Written over only once a copy of it is confirmed; else leave it and keep working here.
			if (read.raw !== this.#backedUp) return;
			if (read.status === 'partial') stored = read.workspace;
		}
		const local: LocalScenario[] = host
			.savedEntries()
			.map((entry) => ({ entry, dirty: this.#dirty.has(entry.id) }));
		const result = reconcile(local, this.#deletions, stored, {
			newId,
			newNonce,
			copyName: (name, taken) => uniqueName(name, taken),
			now: this.#now()
		});
		if (result.write) {
			const failed = writeItem(
				storage,
				STORAGE_KEY,
				serializeWorkspace(result.write, this.#options.appVersion ?? '', this.#now())
			);
			if (failed) {
				// Keep the changes marked: they are written on the next try.
				this.notice = { kind: 'save-failed', reason: failed };
				return;
			}
			if (this.notice?.kind === 'save-failed' || this.notice?.kind === 'full') this.notice = null;
		}
		this.#dirty.clear();
		this.#deletions.clear();
		if (result.conflicts.length) this.conflicts = [...this.conflicts, ...result.conflicts];
		host.apply(result);
	}

	/** The unreadable saved data, for the user to download (null when there is none). */
	get unreadableText(): string | null {
		return this.#unreadable;
	}

	/** The user chose to replace unreadable data (after downloading it, or not): save again. */
	replaceUnreadable(): void {
		if (this.#unreadable === null) return;
		this.#backedUp = this.#unreadable;
		this.#unreadable = null;
		this.notice = null;
		for (const e of this.#host?.savedEntries() ?? []) this.#dirty.add(e.id);
		this.schedule();
	}

	dismissNotice(): void {
		if (this.notice?.kind === 'unreadable-kept') return; // needs a decision
		this.notice = null;
	}

	dismissConflicts(): void {
		this.conflicts = [];
	}
}
