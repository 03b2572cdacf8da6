/**
 * Merging what this tab holds with what storage holds, per scenario (the excalidraw way): every
 * saved scenario carries a revision and a nonce; a change made here is written only over the
 * revision it started from; a scenario this tab did not change always takes storage's copy; a
 * deletion is a tombstone that wins by revision. When another tab saved the same scenario since
 * this tab last saw it, both are kept: storage's under its id, this tab's as a copy. Pure.
 */
import type { SavedEntry, SavedWorkspace, Tombstone } from './workspace-storage.ts';

/** A scenario as this tab holds it: its content, the revision it started from, changed or not. */
export interface LocalScenario {
	entry: SavedEntry;
	/** Changed here since the last sync. */
	dirty: boolean;
}

export type Conflict =
	/** Both tabs changed it: storage's version kept as is, this tab's as a copy. */
	| { kind: 'copied'; name: string; copyName: string; copyId: string }
	/** Deleted in another tab while it was changed here: kept. */
	| { kind: 'restored'; name: string };

export interface Reconciled {
	/** What this tab shows from now on (storage's order, then scenarios new here). */
	entries: SavedEntry[];
	/** The workspace to store, or null when storage already holds it. */
	write: SavedWorkspace | null;
	conflicts: Conflict[];
	/** Ids of this tab's scenarios that became copies (old id -> copy id). */
	moved: Map<string, string>;
	/** Ids whose stored content is now this tab's own (written from here). */
	written: Set<string>;
}

export interface ReconcileTools {
	newId: () => string;
	newNonce: () => string;
	/** The copy's name, not taken by any name in `taken`. */
	copyName: (name: string, taken: string[]) => string;
	now: Date;
}

function nameOf(e: SavedEntry): string {
	return String(e.scenario?.name ?? e.draft?.name ?? '');
}

function renamed(e: SavedEntry, name: string): SavedEntry {
	return {
		...e,
		scenario: e.scenario ? { ...e.scenario, name } : null,
		...(e.draft ? { draft: { ...e.draft, name } } : {})
	};
}

/**
 * Merge this tab's scenarios (`local`, in its order) and deletions (id -> revision it deleted) into
 * what storage holds.
 */
export function reconcile(
	local: LocalScenario[],
	deletions: ReadonlyMap<string, number>,
	stored: SavedWorkspace,
	tools: ReconcileTools
): Reconciled {
	const out = new Map(stored.entries.map((e) => [e.id, e]));
	const tombs = new Map(stored.deleted.map((t) => [t.id, t]));
	const order = stored.entries.map((e) => e.id);
	const conflicts: Conflict[] = [];
	const moved = new Map<string, string>();
	let changed = false;
	const stamp = tools.now.toISOString();

	const written = new Set<string>();
	const localOrder = local.map((l) => l.entry.id);
	/** A scenario new to storage goes after the one it follows here (else at the end). */
	const place = (id: string, after = id) => {
		const at = localOrder.indexOf(after);
		for (let i = at - 1; i >= 0; i--) {
			const j = order.indexOf(localOrder[i]);
			if (j >= 0) {
				order.splice(j + 1, 0, id);
				return;
			}
		}
		if (at >= 0) order.unshift(id);
		else order.push(id);
	};
	const put = (entry: SavedEntry, rev: number, after = entry.id) => {
		if (!out.has(entry.id)) place(entry.id, after);
		written.add(entry.id);
		out.set(entry.id, { ...entry, rev, nonce: tools.newNonce() });
		tombs.delete(entry.id);
		changed = true;
	};

	for (const { entry: mine, dirty } of local) {
		const theirs = out.get(mine.id);
		const tomb = tombs.get(mine.id);
		// Two saves of one revision with different nonces: this tab's save was overwritten by a
		// tab that saved at the same moment (no Web Locks), so it counts as changed here.
		const overwritten =
			!!theirs && theirs.rev === mine.rev && mine.nonce !== '' && theirs.nonce !== mine.nonce;
		if (!dirty && !overwritten) {
			if (!theirs && !tomb) put(mine, mine.rev + 1); // storage lost it: keep it
			continue;
		}
		const otherRev = Math.max(theirs?.rev ?? -1, tomb?.rev ?? -1);
		if (!overwritten && otherRev <= mine.rev) {
			put(mine, Math.max(mine.rev, otherRev) + 1);
		} else if (!theirs) {
			put(mine, otherRev + 1);
			conflicts.push({ kind: 'restored', name: nameOf(mine) });
		} else {
			const taken = [...out.values()].map(nameOf);
			const copyName = tools.copyName(nameOf(mine), taken);
			const copy = renamed({ ...mine, id: tools.newId() }, copyName);
			// The copy goes right after the original.
			out.set(copy.id, copy);
			order.splice(order.indexOf(mine.id) + 1, 0, copy.id);
			put(copy, 1);
			moved.set(mine.id, copy.id);
			conflicts.push({ kind: 'copied', name: nameOf(mine), copyName, copyId: copy.id });
		}
	}

	for (const [id, rev] of deletions) {
		const theirs = out.get(id);
		// Never saved, already deleted, or changed elsewhere since this tab saw it (then it stays).
		if (!theirs || theirs.rev > rev) continue;
		out.delete(id);
		const tomb: Tombstone = { id, rev: theirs.rev + 1, nonce: tools.newNonce(), deletedAt: stamp };
		tombs.set(id, tomb);
		changed = true;
	}

	const entries = order.filter((id) => out.has(id)).map((id) => out.get(id)!);
	return {
		entries,
		write: changed ? { entries, deleted: [...tombs.values()] } : null,
		conflicts,
		moved,
		written
	};
}
