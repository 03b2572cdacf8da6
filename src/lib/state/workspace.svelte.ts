/**
 * The user's work: named scenarios (drafts as typed), the open one, and the pieces that act on them
 * — undo history (history.svelte.ts), saving and following other tabs (persistence.svelte.ts and
 * saved-entries.ts), validation (checked-drafts.svelte.ts), new scenarios (scenario-factory.ts).
 * Every change goes through a method, which validates the draft,
 * records undo and marks the scenario for saving; derived values only read.
 */
import { untrack } from 'svelte';
import {
	createRole,
	DEFAULT_ROLE_PRESET,
	evaluateScenario,
	findPreset,
	MAX_ROLES,
	type InputIssue,
	type PresetId,
	type PresetNames,
	type Scenario,
	type ScenarioResult,
	type SkillId
} from '../model/index.ts';
import {
	cloneDraft,
	normalizeDraft,
	pathKey,
	plainCopy,
	setAtPath,
	withAtPath,
	type Path,
	type ScenarioDraft
} from './draft.ts';
import { CheckedDrafts, type Checked } from './checked-drafts.svelte.ts';
import { History } from './history.svelte.ts';
import { Persistence } from './persistence.svelte.ts';
import type { Reconciled } from './reconcile.ts';
import { newId, newScenarioDraft, uniqueName } from './scenario-factory.ts';
import { entryFromSaved, mergeSaved, savedEntryOf, type Entry } from './saved-entries.ts';
import type { SavedEntry } from './workspace-storage.ts';
import type { StoredScenario } from '../files/scenario-file.ts';
import { en, type FirstMessages } from '../i18n/messages.ts';

export { SAVE_DELAY_MS } from './persistence.svelte.ts';
export { newId } from './scenario-factory.ts';

export type { Checked } from './checked-drafts.svelte.ts';
export type { Entry } from './saved-entries.ts';

/** What an undo or redo changed, to show and announce it. */
export interface Undone {
	kind: 'undo' | 'redo';
	/** Path of the field ("roles.1.salaryPerYear"), '' for a structural change. */
	key: string;
	/** Counter, so the same step twice is still a change. */
	seq: number;
}

function now(): string {
	return new Date().toISOString();
}

/** Field messages keyed by path ("roles.0.salaryPerYear"), the first for each path. */
function issueMap(issues: readonly InputIssue[]): ReadonlyMap<string, InputIssue> {
	// A plain map, replaced as a whole: its reactivity comes from the state holding it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const map = new Map<string, InputIssue>();
	for (const issue of issues) {
		const key = pathKey(issue.path);
		if (!map.has(key)) map.set(key, issue);
	}
	return map;
}

/** Whether two maps of field messages say the same (same paths, same messages). */
export function sameIssues(
	a: ReadonlyMap<string, InputIssue>,
	b: ReadonlyMap<string, InputIssue>
): boolean {
	if (a.size !== b.size) return false;
	for (const [key, issue] of a) {
		const other = b.get(key);
		if (!other || JSON.stringify(issue) !== JSON.stringify(other)) return false;
	}
	return true;
}

export class Workspace {
	entries = $state<Entry[]>([]);
	#activeId = $state('');
	/** A deleted scenario that can still be restored. */
	lastDeleted = $state<{ entry: Entry; index: number } | null>(null);
	/** The last undo or redo (the calculator shows its role and announces it). */
	lastUndone = $state<Undone | null>(null);
	/** The role tab shown in the calculator (an undo in another role shows that role). */
	selectedRole = $state(0);

	readonly history: History;
	readonly persistence: Persistence;
	/** Each scenario validated, updated by the methods that change drafts (never while deriving). */
	#checks = new CheckedDrafts();
	/**
	 * Each entry's draft as a plain object, as last checked: never mutated (an edit makes a new one
	 * that shares all but the edited path), so undo, validation and saving need no deep copy of the
	 * reactive draft per keystroke. Every method that changes a draft checks it, which renews this.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, read by methods only
	#plain = new Map<string, ScenarioDraft>();
	/** Text in the interface language (names of new scenarios). */
	#text: () => FirstMessages;

	constructor(
		persistence: Persistence = new Persistence(null),
		text: () => FirstMessages = () => en,
		clock: () => number = Date.now
	) {
		this.persistence = persistence;
		this.history = new History(clock);
		this.#text = text;
		const loaded = persistence.load();
		this.entries = loaded.entries.map(entryFromSaved);
		for (const e of loaded.entries) this.#check(e.id, e.scenario);
		const first = this.entries.length === 0;
		if (first)
			this.add(newScenarioDraft(this.#text().workspace.firstName, undefined, this.#names()));
		this.activeId = this.entries.some((e) => e.id === loaded.activeId)
			? loaded.activeId
			: this.entries[0].id;
		persistence.connect({
			savedEntries: () => this.#savedEntries(),
			apply: (result) => this.#apply(result)
		});
		// Save the first scenario at once, so a second tab opened now starts with the same one.
		if (first) persistence.flushSync();
	}

	/** The open scenario's entry. */
	readonly active: Entry = $derived(
		this.entries.find((e) => e.id === this.activeId) ?? this.entries[0]
	);

	/** The open draft validated: the scenario to compute and the issues. */
	readonly current: Checked = $derived(this.#checks.of(this.active.id));

	/** Results of the open scenario (of its last valid state while inputs are invalid). */
	readonly result: ScenarioResult | null = $derived(
		this.current.scenario ? evaluateScenario(this.current.scenario) : null
	);

	/** The open scenario's id. */
	get activeId(): string {
		return this.#activeId;
	}

	set activeId(id: string) {
		this.#activeId = id;
		this.#syncIssues();
	}

	/** Field messages of the open draft (see `issuesByPath`). */
	#issues = $state.raw<ReadonlyMap<string, InputIssue>>(issueMap([]));

	/**
	 * Field messages of the open draft, keyed by path ("roles.0.salaryPerYear"). Written (by
	 * `#syncIssues`) only when the messages change, not derived from `current`: every field reads it,
	 * and a derived would make every field look again on each key press, although the messages stay
	 * the same on most (none before and none after).
	 */
	get issuesByPath(): ReadonlyMap<string, InputIssue> {
		return this.#issues;
	}

	/** Renew `issuesByPath` from the open draft's check, if its messages changed. */
	#syncIssues(): void {
		const map = untrack(() => issueMap(this.current.issues));
		if (
			!sameIssues(
				map,
				untrack(() => this.#issues)
			)
		)
			this.#issues = map;
	}

	/** The role shown, within the open scenario's roles. */
	readonly roleIndex = $derived(
		Math.max(0, Math.min(this.selectedRole, this.active.draft.roles.length - 1))
	);

	/** Whether any scenario has invalid inputs (other views then show its last valid state). */
	readonly anyStale = $derived(this.#checks.anyStale);

	get canUndo(): boolean {
		return this.history.canUndo;
	}

	get canRedo(): boolean {
		return this.history.canRedo;
	}

	/** The last valid scenario of an entry (for lists, comparison, exports), or null. */
	validScenarioOf(entry: Entry): Scenario | null {
		return this.#checks.of(entry.id).scenario;
	}

	/** Whether an entry's draft is invalid (its last valid state is shown elsewhere). */
	isStale(entry: Entry): boolean {
		return this.#checks.of(entry.id).stale;
	}

	#find(id: string): Entry | undefined {
		return this.entries.find((e) => e.id === id);
	}

	/**
	 * Validate an entry's draft (`plain`: its plain copy when the caller has it); while invalid keep
	 * the scenario from before the current edit.
	 */
	#check(id: string, fallback: Scenario | null = null, plain?: ScenarioDraft): void {
		const entry = this.#find(id);
		if (!entry) return;
		const draft = plain ?? plainCopy(entry.draft);
		this.#plain.set(id, draft);
		this.#checks.check(id, draft, fallback);
		this.#syncIssues();
	}

	/** An entry's draft as a plain object (shared, never to be mutated). */
	plainDraftOf(entry: Entry): ScenarioDraft {
		return this.#plain.get(entry.id) ?? plainCopy(entry.draft);
	}

	/** Before a change: record undo and remember the valid scenario from before this edit. */
	#beginEdit(entry: Entry, key: string, before: ScenarioDraft): void {
		// Serialised only when a new undo step begins, not for every keystroke of one edit.
		const began = this.history.record({ id: entry.id, draft: () => JSON.stringify(before), key });
		// A new undo step is a new edit: what was valid now is what other views keep showing.
		if (began) this.#checks.beginEdit(entry.id);
	}

	#changed(entry: Entry, plain?: ScenarioDraft): void {
		entry.updatedAt = now();
		this.#check(entry.id, null, plain);
		if (!entry.unsaved) this.persistence.changed(entry.id);
	}

	/** Set one field of the open draft. */
	setField(path: Path, value: unknown): void {
		const entry = this.active;
		const before = this.plainDraftOf(entry);
		this.#beginEdit(entry, pathKey(path), before);
		setAtPath(entry.draft, path, value);
		this.#changed(entry, withAtPath(before, path, value) ?? undefined);
	}

	/** Change the open draft with a function (one undo step). */
	change(fn: (draft: ScenarioDraft) => void): void {
		const entry = this.active;
		this.#beginEdit(entry, '', this.plainDraftOf(entry));
		fn(entry.draft);
		this.#changed(entry);
	}

	#step(kind: 'undo' | 'redo'): void {
		const current = (id: string) => {
			const e = this.#find(id);
			return e ? JSON.stringify(this.plainDraftOf(e)) : null;
		};
		const snap = kind === 'undo' ? this.history.undo(current) : this.history.redo(current);
		if (!snap) return;
		const entry = this.#find(snap.id);
		if (!entry) return;
		entry.draft = JSON.parse(snap.draft) as ScenarioDraft;
		this.#checks.endEdit(entry.id);
		this.#changed(entry);
		this.activeId = entry.id;
		// Show the role the step changed, so nothing changes out of sight.
		const role = /^roles\.(\d+)\./.exec(snap.key);
		if (role) this.selectedRole = Number(role[1]);
		this.lastUndone = { kind, key: snap.key, seq: (this.lastUndone?.seq ?? 0) + 1 };
	}

	undo(): void {
		this.#step('undo');
	}

	redo(): void {
		this.#step('redo');
	}

	/** Add a role to the open scenario (named "Role N", or `name`) and show it. */
	addRole(name?: string): void {
		if (this.active.draft.roles.length >= MAX_ROLES) return;
		this.change((d) => {
			const role = createRole({ name: name ?? `Role ${d.roles.length + 1}` });
			d.roles.push(normalizeDraft({ roles: [role] }).roles[0]);
		});
		this.selectedRole = this.active.draft.roles.length - 1;
	}

	/** Remove a role of the open scenario (never the last one). */
	removeRole(index: number): void {
		if (this.active.draft.roles.length <= 1) return;
		this.change((d) => {
			d.roles.splice(index, 1);
		});
		this.selectedRole = Math.max(
			0,
			Math.min(this.selectedRole, this.active.draft.roles.length - 1)
		);
	}

	/** Replace a role of the open scenario by a preset's role. */
	applyPreset(index: number, presetId: string): void {
		const preset = findPreset(presetId);
		if (!preset) return;
		const t = this.#text();
		const names = { role: t.presets[preset.id].name, skill: (id: SkillId) => t.skillNames[id] };
		const next = normalizeDraft({ roles: [preset.role(names)] }).roles[0];
		this.change((d) => {
			d.roles[index] = next;
		});
	}

	open(id: string): void {
		if (!this.#find(id)) return;
		if (id !== this.activeId) this.selectedRole = 0;
		this.activeId = id;
		this.history.breakCoalescing();
		this.persistence.rememberActive(id);
	}

	/** Add a scenario (blank, or given) and open it. Returns its id. */
	add(draft?: ScenarioDraft, open = true): string {
		const t = now();
		const entry: Entry = {
			id: newId(),
			createdAt: t,
			updatedAt: t,
			draft:
				draft ??
				newScenarioDraft(this.uniqueName(this.#text().workspace.newName), undefined, this.#names()),
			rev: 0,
			nonce: ''
		};
		this.entries.push(entry);
		this.#check(entry.id);
		this.persistence.changed(entry.id);
		if (open) this.open(entry.id);
		return entry.id;
	}

	addFromPreset(presetId: string): string | null {
		const preset = findPreset(presetId);
		if (!preset) return null;
		const names = this.#names(preset.id);
		return this.add(newScenarioDraft(this.uniqueName(names.role), presetId, names));
	}

	/** Role and skill names in the interface language (the default role is named like its preset). */
	#names(presetId: PresetId = DEFAULT_ROLE_PRESET): PresetNames {
		const t = this.#text();
		return { role: t.presets[presetId].name, skill: (id: SkillId) => t.skillNames[id] };
	}

	duplicate(id: string): string | null {
		const src = this.#find(id);
		if (!src) return null;
		const draft = plainCopy(this.plainDraftOf(src));
		draft.name = this.uniqueName(this.#text().workspace.copyOf(String(src.draft.name)));
		return this.add(draft);
	}

	rename(id: string, name: string): void {
		const entry = this.#find(id);
		if (!entry) return;
		if (entry.id === this.activeId) {
			this.setField(['name'], name);
			return;
		}
		entry.draft.name = name;
		this.#changed(entry);
	}

	/** Delete a scenario; it can be restored with `undoDelete` until the next delete. */
	remove(id: string): void {
		const index = this.entries.findIndex((e) => e.id === id);
		if (index < 0) return;
		const [entry] = this.entries.splice(index, 1);
		this.lastDeleted = { entry, index };
		if (!entry.unsaved) this.persistence.deleted(id, entry.rev);
		if (this.entries.length === 0)
			this.add(newScenarioDraft(this.#text().workspace.newName, undefined, this.#names()));
		if (this.activeId === id) this.open(this.entries[Math.min(index, this.entries.length - 1)].id);
	}

	undoDelete(): void {
		const d = this.lastDeleted;
		if (!d) return;
		// The deletion may be saved already (revision + 1): write over it.
		const entry = { ...d.entry, rev: d.entry.rev + 1 };
		this.entries.splice(Math.min(d.index, this.entries.length), 0, entry);
		this.#check(entry.id);
		if (!entry.unsaved) this.persistence.undeleted(entry.id);
		this.open(entry.id);
		this.lastDeleted = null;
	}

	/** A name not used by any scenario: "Name", "Name (2)", ... */
	uniqueName(name: string): string {
		return uniqueName(
			name,
			this.entries.map((e) => String(e.draft.name))
		);
	}

	/** Add scenarios (imported or shared) as new entries, names made unique. Returns ids. */
	addScenarios(
		scenarios: { name?: string; scenario: Scenario | ScenarioDraft }[],
		unsaved = false
	): string[] {
		const ids: string[] = [];
		for (const item of scenarios) {
			const draft = normalizeDraft(cloneDraft(item.scenario));
			draft.name = this.uniqueName(String(item.name ?? draft.name));
			const t = now();
			const entry: Entry = { id: newId(), createdAt: t, updatedAt: t, draft, rev: 0, nonce: '' };
			if (unsaved) entry.unsaved = true;
			this.entries.push(entry);
			this.#check(entry.id);
			if (!unsaved) this.persistence.changed(entry.id);
			ids.push(entry.id);
		}
		if (ids.length) this.open(ids[0]);
		return ids;
	}

	/** Add imported scenarios as new entries (never overwriting; names made unique). */
	importScenarios(scenarios: { name?: string; scenario: Scenario | ScenarioDraft }[]): string[] {
		return this.addScenarios(scenarios);
	}

	/** Stored form of entries (their last valid scenario), for export. Skips never-valid drafts. */
	storedScenarios(ids?: string[]): StoredScenario[] {
		const out: StoredScenario[] = [];
		for (const e of this.entries) {
			if (ids && !ids.includes(e.id)) continue;
			const scenario = this.validScenarioOf(e);
			if (!scenario) continue;
			out.push({
				id: e.id,
				name: scenario.name,
				createdAt: e.createdAt,
				updatedAt: e.updatedAt,
				scenario
			});
		}
		return out;
	}

	/** Show a scenario from a share link as a new, unsaved copy. */
	openShared(scenario: Scenario): string {
		return this.addScenarios([{ scenario }], true)[0];
	}

	/** Keep a shared scenario: from now on it is saved like any other. */
	keep(id: string): void {
		const entry = this.#find(id);
		if (!entry) return;
		entry.unsaved = false;
		this.persistence.changed(id);
		this.saveNow();
	}

	/** Write to storage now, without waiting (the page is being hidden or closed). */
	saveNow(): void {
		this.persistence.flushSync();
	}

	scheduleSave(): void {
		this.persistence.schedule();
	}

	/** This tab's saved scenarios as they are stored. */
	#savedEntries(): SavedEntry[] {
		return this.entries
			.filter((e) => !e.unsaved)
			.map((e) => savedEntryOf(e, this.plainDraftOf(e), this.#checks.of(e.id)));
	}

	/** Take in the merged scenarios: others' changes, new ones, deletions, copies of conflicts. */
	#apply(result: Reconciled): void {
		const merged = mergeSaved(this.entries, result);
		for (const id of merged.removed) {
			this.#checks.forget(id);
			this.#plain.delete(id);
		}
		this.entries = merged.entries;
		for (const saved of merged.refreshed) {
			this.#checks.forget(saved.id);
			this.#check(saved.id, saved.scenario);
		}
		const movedTo = result.moved.get(this.activeId);
		if (movedTo) this.activeId = movedTo;
		if (this.entries.length === 0)
			this.add(newScenarioDraft(this.#text().workspace.newName, undefined, this.#names()));
		if (!this.entries.some((e) => e.id === this.activeId)) this.activeId = this.entries[0].id;
		this.#syncIssues();
	}

	/** Storage notices and unreadable data (see Persistence). */
	get notice() {
		return this.persistence.notice;
	}

	dismissNotice(): void {
		this.persistence.dismissNotice();
	}
}
