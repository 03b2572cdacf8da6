/**
 * Undo and redo for the workspace: snapshots of one scenario's draft taken before each change.
 * Edits of the same field that follow each other within `coalesceMs` are one step (typing "80000"
 * is one undo, not five). The clock is injected so tests can move time.
 */

/** A scenario's draft before a change (as JSON), and which field the change was to. */
export interface Snapshot {
	id: string;
	draft: string;
	/** Path key of the edited field ("roles.1.salaryPerYear"), '' for a structural change. */
	key: string;
}

export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export class History {
	#past = $state<Snapshot[]>([]);
	#future = $state<Snapshot[]>([]);
	#last = { key: '', id: '', at: 0 };
	#now: () => number;
	#limit: number;
	#coalesceMs: number;

	constructor(now: () => number = Date.now, limit = HISTORY_LIMIT, coalesceMs = COALESCE_MS) {
		this.#now = now;
		this.#limit = limit;
		this.#coalesceMs = coalesceMs;
	}

	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);

	/**
	 * Remember `before` ahead of a change to field `key` of scenario `before.id`, unless the change
	 * continues the previous edit of the same field. A new change clears redo. Returns whether a new
	 * step began. `draft` may be a function: it is called only when a new step begins (a keystroke
	 * that continues the edit under way serialises nothing).
	 */
	record(before: Omit<Snapshot, 'draft'> & { draft: string | (() => string) }): boolean {
		const t = this.#now();
		const last = this.#last;
		const coalesce =
			before.key !== '' &&
			before.key === last.key &&
			before.id === last.id &&
			t - last.at < this.#coalesceMs;
		this.#last = { key: before.key, id: before.id, at: t };
		if (coalesce) return false;
		const draft = typeof before.draft === 'function' ? before.draft() : before.draft;
		this.#past.push({ id: before.id, draft, key: before.key });
		if (this.#past.length > this.#limit) this.#past.shift();
		this.#future = [];
		return true;
	}

	/** End the current edit: the next change is a new step even to the same field. */
	breakCoalescing(): void {
		this.#last = { key: '', id: '', at: 0 };
	}

	/**
	 * Take the last step back: `current(id)` gives the scenario's draft now (to redo later); returns
	 * the snapshot to restore, or null when there is nothing to undo (or its scenario is gone).
	 */
	undo(current: (id: string) => string | null): Snapshot | null {
		return this.#step(this.#past, this.#future, current);
	}

	redo(current: (id: string) => string | null): Snapshot | null {
		return this.#step(this.#future, this.#past, current);
	}

	#step(from: Snapshot[], to: Snapshot[], current: (id: string) => string | null): Snapshot | null {
		this.breakCoalescing();
		while (from.length > 0) {
			const snap = from.pop()!;
			const now = current(snap.id);
			if (now === null) continue; // its scenario was deleted: skip the step
			to.push({ id: snap.id, draft: now, key: snap.key });
			return snap;
		}
		return null;
	}
}
