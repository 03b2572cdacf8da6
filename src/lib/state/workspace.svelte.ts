/**
 * The user's work: named scenarios (drafts as typed), the open one, undo/redo, and autosave to
 * localStorage. Derived results are `$derived`; every change goes through a method, which records
 * undo history and schedules a save.
 */
import {
	createScenario,
	evaluateScenario,
	findPreset,
	parseScenario,
	type InputIssue,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';
import {
	cloneDraft,
	normalizeDraft,
	pathKey,
	setAtPath,
	type Path,
	type ScenarioDraft
} from './draft.ts';
import { loadWorkspace, saveWorkspace, type StorageNotice } from './persistence.ts';
import type { StoredScenario } from '../files/scenario-file.ts';
import { en, type Messages } from '../i18n/messages.ts';
import { regionalDefaults } from '../i18n/format.ts';

export interface Entry {
	id: string;
	createdAt: string;
	updatedAt: string;
	draft: ScenarioDraft;
	/** Opened from a share link and not kept yet: shown, but not saved. */
	unsaved?: boolean;
	/** The last valid state as saved, so results survive a reload while an input is invalid. */
	lastValid?: Scenario;
}

/** The outcome of the last import, shown where it was asked for. */
export type ImportStatus = { kind: 'ok' | 'error'; text: string; details: string[] };

/** Delay before an edit is written to storage (well within the promised second). */
export const SAVE_DELAY_MS = 300;
/** Edits to the same field within this time are one undo step. */
const COALESCE_MS = 1000;
const HISTORY_LIMIT = 200;

/** Starting locale and currency of new scenarios: the browser's. */
function regional(): { locale: string; currency: string } {
	return regionalDefaults(globalThis.navigator?.language);
}

export function newId(): string {
	const c = globalThis.crypto;
	if (c && 'randomUUID' in c) return c.randomUUID();
	return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function now(): string {
	return new Date().toISOString();
}

export function newEntry(draft: ScenarioDraft): Entry {
	const t = now();
	return { id: newId(), createdAt: t, updatedAt: t, draft };
}

interface Snapshot {
	id: string;
	draft: string;
}

export class Workspace {
	entries = $state<Entry[]>([]);
	activeId = $state('');
	/** A storage problem the user should know about (full, unavailable, unreadable data kept aside). */
	notice = $state<StorageNotice | null>(null);
	/** The outcome of the last import (file picker or drop). */
	importStatus = $state<ImportStatus | null>(null);
	/** A deleted scenario that can still be restored. */
	lastDeleted = $state<{ entry: Entry; index: number } | null>(null);

	#past = $state<Snapshot[]>([]);
	#future = $state<Snapshot[]>([]);
	#lastEdit = { key: '', at: 0 };
	#saveTimer: ReturnType<typeof setTimeout> | null = null;
	// Deliberately not reactive: a cache written while deriving, read only by the derivation.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#lastValid = new Map<string, Scenario>();
	#storage: Storage | null;

	/** Text in the interface language (names of new scenarios, import outcomes). */
	#text: () => Messages;

	constructor(storage: Storage | null, text: () => Messages = () => en) {
		this.#storage = storage;
		this.#text = text;
		const loaded = loadWorkspace(storage);
		this.notice = loaded.notice;
		if (loaded.entries.length) {
			this.entries = loaded.entries;
			this.activeId = loaded.entries.some((e) => e.id === loaded.activeId)
				? loaded.activeId
				: loaded.entries[0].id;
		} else {
			const first = newEntry(
				normalizeDraft(createScenario({ name: this.#text().workspace.firstName, ...regional() }))
			);
			this.entries = [first];
			this.activeId = first.id;
		}
	}

	/** The open scenario's entry. */
	readonly active: Entry = $derived(
		this.entries.find((e) => e.id === this.activeId) ?? this.entries[0]
	);

	/** The open draft validated: the scenario to compute (last valid one if the draft is invalid) and the issues. */
	readonly current = $derived.by(() => this.#validate(this.active));

	/** Results of the open scenario (of its last valid state while inputs are invalid). */
	readonly result: ScenarioResult | null = $derived(
		this.current.scenario ? evaluateScenario(this.current.scenario) : null
	);

	/** Field messages of the open draft, keyed by path ("roles.0.salaryPerYear"). */
	readonly issuesByPath = $derived.by(() => {
		// A fresh map per derivation: its reactivity comes from the derived.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const map = new Map<string, InputIssue>();
		for (const issue of this.current.issues) {
			const key = pathKey(issue.path);
			if (!map.has(key)) map.set(key, issue);
		}
		return map;
	});

	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);

	#validate(entry: Entry): { scenario: Scenario | null; issues: InputIssue[]; stale: boolean } {
		const parsed = parseScenario($state.snapshot(entry.draft));
		if (parsed.ok) {
			this.#lastValid.set(entry.id, parsed.scenario);
			return { scenario: parsed.scenario, issues: [], stale: false };
		}
		const last = this.#lastValid.get(entry.id) ?? entry.lastValid ?? null;
		return { scenario: last, issues: parsed.issues, stale: true };
	}

	/** The last valid scenario of any entry (for lists and comparison), or null if it never was valid. */
	validScenarioOf(entry: Entry): Scenario | null {
		const parsed = parseScenario($state.snapshot(entry.draft));
		if (parsed.ok) return parsed.scenario;
		return this.#lastValid.get(entry.id) ?? entry.lastValid ?? null;
	}

	#record(key: string): void {
		const t = Date.now();
		const coalesce =
			key !== '' && key === this.#lastEdit.key && t - this.#lastEdit.at < COALESCE_MS;
		this.#lastEdit = { key, at: t };
		if (coalesce) return;
		this.#past.push({ id: this.active.id, draft: JSON.stringify(this.active.draft) });
		if (this.#past.length > HISTORY_LIMIT) this.#past.shift();
		this.#future = [];
	}

	#touch(): void {
		this.active.updatedAt = now();
		this.scheduleSave();
	}

	/** Set one field of the open draft. */
	setField(path: Path, value: unknown): void {
		this.#record(pathKey(path));
		setAtPath(this.active.draft, path, value);
		this.#touch();
	}

	/** Change the open draft with a function (one undo step). */
	change(fn: (draft: ScenarioDraft) => void): void {
		this.#record('');
		fn(this.active.draft);
		this.#touch();
	}

	#restore(from: Snapshot[], to: Snapshot[]): void {
		const snap = from.pop();
		if (!snap) return;
		const entry = this.entries.find((e) => e.id === snap.id);
		if (!entry) return;
		to.push({ id: entry.id, draft: JSON.stringify(entry.draft) });
		entry.draft = JSON.parse(snap.draft) as ScenarioDraft;
		entry.updatedAt = now();
		this.activeId = entry.id;
		this.#lastEdit = { key: '', at: 0 };
		this.scheduleSave();
	}

	undo(): void {
		this.#restore(this.#past, this.#future);
	}

	redo(): void {
		this.#restore(this.#future, this.#past);
	}

	open(id: string): void {
		if (this.entries.some((e) => e.id === id)) {
			this.activeId = id;
			this.#lastEdit = { key: '', at: 0 };
			this.scheduleSave();
		}
	}

	/** Add a scenario (blank, from a preset, or given) and open it. Returns its id. */
	add(draft?: ScenarioDraft, open = true): string {
		const entry = newEntry(
			draft ??
				normalizeDraft(
					createScenario({ name: this.uniqueName(this.#text().workspace.newName), ...regional() })
				)
		);
		this.entries.push(entry);
		if (open) this.activeId = entry.id;
		this.scheduleSave();
		return entry.id;
	}

	addFromPreset(presetId: string): string | null {
		const preset = findPreset(presetId);
		if (!preset) return null;
		const t = this.#text();
		const name = t.presets[preset.id].name;
		const scenario = createScenario({ name: this.uniqueName(name), ...regional() });
		scenario.roles = [preset.role({ role: name, skill: (id) => t.skillNames[id] })];
		return this.add(normalizeDraft(scenario));
	}

	duplicate(id: string): string | null {
		const src = this.entries.find((e) => e.id === id);
		if (!src) return null;
		const draft = cloneDraft($state.snapshot(src.draft)) as ScenarioDraft;
		draft.name = this.uniqueName(this.#text().workspace.copyOf(String(src.draft.name)));
		return this.add(draft);
	}

	rename(id: string, name: string): void {
		const entry = this.entries.find((e) => e.id === id);
		if (!entry) return;
		if (entry.id === this.activeId) {
			this.setField(['name'], name);
			return;
		}
		entry.draft.name = name;
		entry.updatedAt = now();
		this.scheduleSave();
	}

	/** Delete a scenario; it can be restored with `undoDelete` until the next delete. */
	remove(id: string): void {
		const index = this.entries.findIndex((e) => e.id === id);
		if (index < 0) return;
		const [entry] = this.entries.splice(index, 1);
		this.lastDeleted = { entry, index };
		if (this.entries.length === 0) {
			this.entries.push(
				newEntry(
					normalizeDraft(createScenario({ name: this.#text().workspace.newName, ...regional() }))
				)
			);
		}
		if (this.activeId === id)
			this.activeId = this.entries[Math.min(index, this.entries.length - 1)].id;
		this.scheduleSave();
	}

	undoDelete(): void {
		const d = this.lastDeleted;
		if (!d) return;
		this.entries.splice(Math.min(d.index, this.entries.length), 0, d.entry);
		this.activeId = d.entry.id;
		this.lastDeleted = null;
		this.scheduleSave();
	}

	/** A name not used by any scenario: "Name", "Name (2)", ... */
	uniqueName(name: string): string {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local lookup only
		const names = new Set(this.entries.map((e) => String(e.draft.name)));
		if (!names.has(name)) return name;
		for (let i = 2; ; i++) {
			const candidate = `${name} (${i})`;
			if (!names.has(candidate)) return candidate;
		}
	}

	/** Add imported scenarios as new entries (never overwriting; names made unique). Returns ids. */
	importScenarios(scenarios: { name?: string; scenario: Scenario | ScenarioDraft }[]): string[] {
		const ids: string[] = [];
		for (const item of scenarios) {
			const draft = normalizeDraft(cloneDraft(item.scenario));
			draft.name = this.uniqueName(String(item.name ?? draft.name));
			ids.push(this.add(draft, false));
		}
		if (ids.length) this.activeId = ids[0];
		return ids;
	}

	scheduleSave(): void {
		if (this.#saveTimer) clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
	}

	/** Write to storage now (also called when the page is hidden or closed). */
	saveNow(): void {
		if (this.#saveTimer) clearTimeout(this.#saveTimer);
		this.#saveTimer = null;
		const kept = ($state.snapshot(this.entries) as Entry[])
			.filter((e) => !e.unsaved)
			.map((e) => {
				// Keep the last valid state only where the draft itself is not valid.
				const last = this.#lastValid.get(e.id) ?? e.lastValid;
				const { lastValid: _drop, ...rest } = e;
				void _drop;
				return parseScenario(e.draft).ok || !last ? rest : { ...rest, lastValid: last };
			});
		const notice = saveWorkspace(this.#storage, {
			activeId: kept.some((e) => e.id === this.activeId) ? this.activeId : (kept[0]?.id ?? ''),
			entries: kept
		});
		if (notice) this.notice = notice;
		else if (this.notice?.kind === 'save-failed') this.notice = null;
	}

	/**
	 * Import a scenario file's text: every scenario becomes a new entry (names made unique, nothing
	 * overwritten). A bad file changes nothing and says why.
	 */
	async importFileText(text: string, fileName = 'the file'): Promise<ImportStatus> {
		// The file reader loads on first import, keeping it out of the initial page.
		const [{ parseScenarioFile }, { messageForImportError, messageForImportWarning }] =
			await Promise.all([
				import('../files/scenario-file.ts'),
				import('../files/import-messages.ts')
			]);
		const parsed = parseScenarioFile(text);
		if (!parsed.ok) {
			this.importStatus = {
				kind: 'error',
				text: this.#text().workspace.notImported(
					fileName,
					messageForImportError(parsed.error, this.#text())
				),
				details: []
			};
			return this.importStatus;
		}
		const ids = this.importScenarios(parsed.scenarios);
		const names = ids.map((id) => String(this.entries.find((e) => e.id === id)?.draft.name ?? ''));
		this.importStatus = {
			kind: 'ok',
			text: this.#text().workspace.imported(
				ids.length,
				fileName,
				names.slice(0, 5).join(', '),
				names.length - 5
			),
			details: parsed.warnings.map((w) => messageForImportWarning(w, this.#text()))
		};
		return this.importStatus;
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
		const draft = normalizeDraft(cloneDraft(scenario));
		draft.name = this.uniqueName(String(draft.name));
		const entry = { ...newEntry(draft), unsaved: true };
		this.entries.push(entry);
		this.activeId = entry.id;
		return entry.id;
	}

	/** Keep a shared scenario: from now on it is saved like any other. */
	keep(id: string): void {
		const entry = this.entries.find((e) => e.id === id);
		if (!entry) return;
		entry.unsaved = false;
		this.saveNow();
	}

	dismissImportStatus(): void {
		this.importStatus = null;
	}

	dismissNotice(): void {
		this.notice = null;
	}
}
