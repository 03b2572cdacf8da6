import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../i18n/messages-all.ts';
import { Persistence, SAVE_DELAY_MS } from './persistence.svelte.ts';
import { FullStorage, MemoryStorage } from './test-storage.ts';
import { sameIssues, Workspace } from './workspace.svelte.ts';
import type { InputIssue } from '../model/index.ts';
import { CORRUPT_PREFIX, STORAGE_KEY } from './workspace-storage.ts';

/** Several tabs of one browser: one storage, and every write announced to the other tabs. */
class Browser {
	storage = new MemoryStorage();
	#tabs: EventTarget[] = [];

	constructor() {
		const setItem = this.storage.setItem.bind(this.storage);
		this.storage.setItem = (key: string, value: string) => {
			setItem(key, value);
			const from = this.writer;
			// Browsers announce a write to the other tabs a moment later.
			for (const tab of this.#tabs) {
				if (tab !== from)
					setTimeout(() => tab.dispatchEvent(Object.assign(new Event('storage'), { key })), 0);
			}
		};
	}

	writer: EventTarget | null = null;

	/** Open a tab: its own events, its own session storage. */
	open(): Workspace {
		const events = new EventTarget();
		this.#tabs.push(events);
		const persistence = new Persistence(this.storage, { events, session: new MemoryStorage() });
		// Writes made by this tab's persistence are not announced to itself.
		const flushSync = persistence.flushSync.bind(persistence);
		persistence.flushSync = () => {
			this.writer = events;
			try {
				flushSync();
			} finally {
				this.writer = null;
			}
		};
		return new Workspace(persistence);
	}
}

const FILL = ['roles', 0, 'buy', 'timeToFillDays'];
const fillOf = (w: Workspace) => w.active.draft.roles[0].buy.timeToFillDays;
const names = (w: Workspace) => w.entries.map((e) => String(e.draft.name));

/** Let the autosave run and the other tabs hear of it. */
const settle = () => vi.advanceTimersByTime(SAVE_DELAY_MS + 10);

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('new scenarios in the interface language', () => {
	it('a German first scenario names its role and skills in German', () => {
		const w = new Workspace(new Persistence(null), () => de);
		const role = w.active.draft.roles[0];
		expect(w.active.draft.name).toBe(de.workspace.firstName);
		expect(role.name).toBe('Datenanalyst/in');
		expect(role.build.skills.map((s) => s.name)).toEqual(['SQL', 'Statistik', 'Python']);
		w.add();
		expect(w.active.draft.roles[0].name).toBe('Datenanalyst/in');
	});

	it('an English first scenario keeps the default names', () => {
		const w = new Workspace(new Persistence(null));
		expect(w.active.draft.roles[0].name).toBe('Data analyst');
		expect(w.active.draft.roles[0].build.skills.map((s) => s.name)).toEqual([
			'SQL',
			'Statistics',
			'Python'
		]);
	});
});

describe('autosave', () => {
	it('writes a moment after an edit, and keeps an invalid value as typed', () => {
		const browser = new Browser();
		const w = browser.open();
		w.setField(FILL, 'soon');
		expect(browser.storage.getItem(STORAGE_KEY)).not.toContain('"soon"');
		settle();
		expect(browser.storage.getItem(STORAGE_KEY)).toContain('"soon"');
		const again = browser.open();
		expect(fillOf(again)).toBe('soon');
		expect(again.current.stale).toBe(true);
		expect(again.current.scenario?.roles[0].buy.timeToFillDays).toBe(42);
	});
});

describe('while an input is invalid', () => {
	it('other views get the last valid scenario from before the edit began, not a half-typed one', () => {
		const w = new Workspace();
		const SALARY = ['roles', 0, 'salaryPerYear'];
		const before = w.current.scenario?.roles[0].salaryPerYear;
		// Typing "80k" keystroke by keystroke: "8" and "80" parse, "80k" does not.
		for (const typed of [8, 80, '80k']) w.setField(SALARY, typed);
		expect(w.current.stale).toBe(true);
		expect(w.current.scenario?.roles[0].salaryPerYear).toBe(before);
		expect(w.anyStale).toBe(true);
		expect(w.storedScenarios()[0].scenario.roles[0].salaryPerYear).toBe(before);
		w.setField(SALARY, 80000);
		expect(w.current.stale).toBe(false);
		expect(w.anyStale).toBe(false);
	});

	it('hands out plain data, never state proxies (a worker can receive it)', () => {
		const w = new Workspace();
		w.setField(FILL, 'soon');
		expect(() => structuredClone(w.current.scenario)).not.toThrow();
	});
});

describe('field messages', () => {
	it('stay the same map while the messages stay the same, so fields need not look again', () => {
		const w = new Workspace(new Persistence(null));
		const none = w.issuesByPath;
		expect(none.size).toBe(0);
		w.setField(FILL, 60);
		w.setField(FILL, 61);
		expect(w.issuesByPath).toBe(none);
		w.setField(FILL, 'soon');
		const one = w.issuesByPath;
		expect([...one.keys()]).toEqual(['roles.0.buy.timeToFillDays']);
		// Another word, the same message: the same map.
		w.setField(FILL, 'sooner');
		expect(w.issuesByPath).toBe(one);
		// Another message (a number out of range): a new map.
		w.setField(FILL, -5);
		expect(w.issuesByPath).not.toBe(one);
		expect(w.issuesByPath.get('roles.0.buy.timeToFillDays')?.code).not.toBe(
			one.get('roles.0.buy.timeToFillDays')?.code
		);
		w.setField(FILL, 60);
		expect(w.issuesByPath.size).toBe(0);
	});

	it('follow the open scenario: switching, undo and redo', () => {
		const w = new Workspace(new Persistence(null));
		const first = w.activeId;
		w.setField(FILL, 'soon');
		expect([...w.issuesByPath.keys()]).toEqual(['roles.0.buy.timeToFillDays']);
		w.add();
		expect(w.issuesByPath.size).toBe(0);
		w.open(first);
		expect([...w.issuesByPath.keys()]).toEqual(['roles.0.buy.timeToFillDays']);
		w.undo();
		expect(w.issuesByPath.size).toBe(0);
		w.redo();
		expect([...w.issuesByPath.keys()]).toEqual(['roles.0.buy.timeToFillDays']);
		w.remove(first);
		expect(w.issuesByPath.size).toBe(0);
		w.undoDelete();
		expect([...w.issuesByPath.keys()]).toEqual(['roles.0.buy.timeToFillDays']);
	});

	it('sameIssues compares paths and messages', () => {
		const issue: InputIssue = { path: ['roles', 0, 'headcount'], code: 'too-small', minimum: 1 };
		const a = new Map([['roles.0.headcount', { ...issue, path: [...issue.path] }]]);
		const b = new Map([['roles.0.headcount', { ...issue, path: [...issue.path] }]]);
		expect(sameIssues(a, b)).toBe(true);
		expect(sameIssues(a, new Map())).toBe(false);
		expect(sameIssues(a, new Map([['roles.0.headcount', { ...issue, minimum: 2 }]]))).toBe(false);
		expect(sameIssues(a, new Map([['roles.1.headcount', issue]]))).toBe(false);
	});
});

describe('undo', () => {
	it('undoing an edit in another role shows that role and says what was undone', () => {
		const w = new Workspace();
		w.addRole('Second');
		expect(w.roleIndex).toBe(1);
		vi.advanceTimersByTime(2000);
		w.setField(['roles', 1, 'salaryPerYear'], 99000);
		w.selectedRole = 0;
		w.undo();
		expect(w.roleIndex).toBe(1);
		expect(w.lastUndone).toMatchObject({ kind: 'undo', key: 'roles.1.salaryPerYear' });
		expect(w.active.draft.roles[1].salaryPerYear).not.toBe(99000);
	});

	it('role add and remove are one undo step each', () => {
		const w = new Workspace();
		w.addRole('Second');
		w.removeRole(0);
		expect(names(w)).toHaveLength(1);
		expect(w.active.draft.roles.map((r) => r.name)).toEqual(['Second']);
		w.undo();
		expect(w.active.draft.roles).toHaveLength(2);
		w.undo();
		expect(w.active.draft.roles).toHaveLength(1);
	});
});

describe('the plain copy of each draft (no deep copy per keystroke)', () => {
	/** Every entry's plain copy equals its reactive draft. */
	const inStep = (w: Workspace) => {
		for (const e of w.entries) expect(w.plainDraftOf(e)).toEqual($state.snapshot(e.draft));
	};

	it('follows every kind of change: fields, roles, presets, undo, redo, rename, copies, other tabs', () => {
		const browser = new Browser();
		const w = browser.open();
		const other = browser.open();
		settle();
		const steps: (() => void)[] = [
			() => w.setField(FILL, 42),
			() => w.setField(FILL, '4x'),
			() => w.setField(['roles', 0, 'build', 'skills', 1, 'hoursPerLevel'], 10),
			() => w.addRole('Second'),
			() => w.setField(['roles', 1, 'salaryPerYear'], 88000),
			() => w.applyPreset(1, 'data-engineer'),
			() => w.change((d) => d.roles[0].build.skills.pop()),
			() => w.removeRole(0),
			() => w.undo(),
			() => w.undo(),
			() => w.redo(),
			() => w.rename(w.entries[0].id, 'Renamed'),
			() => w.duplicate(w.entries[0].id),
			() => w.rename(w.entries[0].id, 'Not open'),
			() => w.setField(FILL, 7),
			() => {
				other.setField(FILL, 99);
				settle();
			}
		];
		for (const step of steps) {
			step();
			vi.advanceTimersByTime(1500);
			inStep(w);
			inStep(other);
		}
		// The other tab's edit arrived here (in the scenario it had open).
		const edited = w.entries.find((e) => e.id === other.active.id)!;
		expect(edited.draft.roles[0].buy.timeToFillDays).toBe(99);
		expect(w.plainDraftOf(edited).roles[0].buy.timeToFillDays).toBe(99);
	});

	it('an undo after a run of keystrokes restores the field as it was before them', () => {
		const w = new Workspace();
		const start = fillOf(w);
		for (const v of ['4', '45', '4', '']) w.setField(FILL, v);
		w.setField(FILL, 60);
		expect(w.current.scenario?.roles[0].buy.timeToFillDays).toBe(60);
		w.undo();
		expect(fillOf(w)).toBe(start);
		expect(w.current.scenario?.roles[0].buy.timeToFillDays).toBe(start);
		w.redo();
		expect(fillOf(w)).toBe(60);
	});
});

describe('new scenarios', () => {
	it('are built in one place: blank, from a preset, duplicated, with unique names', () => {
		const w = new Workspace();
		w.add();
		w.add();
		expect(names(w)).toEqual(['My first scenario', 'New scenario', 'New scenario (2)']);
		expect(w.addFromPreset('no-such-preset')).toBeNull();
		w.duplicate(w.entries[0].id);
		expect(names(w)[3]).toBe('My first scenario (copy)');
	});
});

describe('two tabs', () => {
	it('an untouched tab that saves (reload, close) never undoes another tab’s edit', () => {
		const browser = new Browser();
		const one = browser.open();
		settle();
		one.saveNow();
		const two = browser.open();
		one.setField(FILL, 77);
		settle();
		expect(fillOf(two)).toBe(77); // followed at once
		two.saveNow(); // closing tab 2
		expect(fillOf(browser.open())).toBe(77);
	});

	it('a scenario created in one tab stays when the other edits; a deleted one stays deleted', () => {
		const browser = new Browser();
		const one = browser.open();
		one.saveNow();
		const two = browser.open();
		one.add();
		settle();
		expect(names(two)).toEqual(['My first scenario', 'New scenario']);
		two.setField(FILL, 55);
		settle();
		expect(names(browser.open())).toEqual(['My first scenario', 'New scenario']);

		one.remove(one.entries[1].id);
		settle();
		expect(names(two)).toEqual(['My first scenario']);
		two.setField(FILL, 66);
		settle();
		const three = browser.open();
		expect(names(three)).toEqual(['My first scenario']);
		expect(fillOf(three)).toBe(66);
	});

	it('switching scenarios in one tab does not revert the other tab’s edit', () => {
		const browser = new Browser();
		const one = browser.open();
		one.add();
		one.saveNow();
		const two = browser.open();
		one.open(one.entries[0].id);
		one.setField(FILL, 123);
		settle();
		two.open(two.entries[0].id);
		two.open(two.entries[1].id);
		two.saveNow();
		const three = browser.open();
		three.open(three.entries[0].id);
		expect(fillOf(three)).toBe(123);
	});

	it('both tabs changing one scenario at once keep both, the later as a copy, and say so', () => {
		const browser = new Browser();
		const one = browser.open();
		one.saveNow();
		const two = browser.open();
		one.setField(FILL, 11);
		two.setField(FILL, 22);
		settle();
		expect(names(one)).toEqual(['My first scenario', 'My first scenario (2)']);
		expect(names(two)).toEqual(names(one));
		const conflicts = [...one.persistence.conflicts, ...two.persistence.conflicts];
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]).toMatchObject({ kind: 'copied', name: 'My first scenario' });
		const three = browser.open();
		const fills = three.entries.map((e) => e.draft.roles[0].buy.timeToFillDays).sort();
		expect(fills).toEqual([11, 22]);
	});

	it('undo of a deletion brings the scenario back in every tab', () => {
		const browser = new Browser();
		const one = browser.open();
		one.add();
		one.saveNow();
		const two = browser.open();
		one.remove(one.entries[1].id);
		settle();
		expect(names(two)).toHaveLength(1);
		one.undoDelete();
		settle();
		expect(names(two)).toHaveLength(2);
	});
});

describe('storage problems', () => {
	it('never overwrites unreadable data when no copy fits; saves again once the user decides', () => {
		const full = new FullStorage();
		full.preload(STORAGE_KEY, '{"broken');
		const w = new Workspace(new Persistence(full));
		expect(w.notice).toEqual({ kind: 'unreadable-kept', partial: false });
		expect(w.persistence.paused).toBe(true);
		expect(w.persistence.unreadableText).toBe('{"broken');
	});

	it('keeps unreadable data aside before saving over it, and says where', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{"broken');
		const w = new Workspace(new Persistence(storage));
		expect(w.notice?.kind).toBe('recovered');
		const kept = storage.keys().find((k) => k.startsWith(CORRUPT_PREFIX));
		expect(kept && storage.getItem(kept)).toBe('{"broken');
		w.setField(FILL, 50);
		settle();
		expect(storage.getItem(STORAGE_KEY)).toContain('"timeToFillDays":50');
	});

	it('no copy fits: the original stays untouched until the user chooses to replace it', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{"broken');
		// Room for nothing more than what is there: every new key fails.
		const setItem = storage.setItem.bind(storage);
		storage.setItem = (key: string, value: string) => {
			if (key !== STORAGE_KEY && key !== '__bob_probe__')
				throw new DOMException('full', 'QuotaExceededError');
			setItem(key, value);
		};
		const w = new Workspace(new Persistence(storage));
		expect(w.notice).toEqual({ kind: 'unreadable-kept', partial: false });
		w.setField(FILL, 50);
		settle();
		w.saveNow();
		expect(storage.getItem(STORAGE_KEY)).toBe('{"broken');
		w.dismissNotice();
		expect(w.notice?.kind).toBe('unreadable-kept');
		w.persistence.replaceUnreadable();
		settle();
		expect(storage.getItem(STORAGE_KEY)).toContain('"timeToFillDays":50');
	});

	it('full storage at load: what was saved is shown, the notice says full, work goes on in memory', () => {
		const browser = new Browser();
		const one = browser.open();
		one.setField(FILL, 88);
		one.saveNow();
		const full = new FullStorage();
		full.preload(STORAGE_KEY, browser.storage.getItem(STORAGE_KEY)!);
		const w = new Workspace(new Persistence(full));
		expect(fillOf(w)).toBe(88);
		expect(w.notice).toEqual({ kind: 'full' });
		w.setField(FILL, 99);
		w.saveNow();
		expect(fillOf(w)).toBe(99);
		expect(w.notice).toEqual({ kind: 'save-failed', reason: 'quota' });
	});

	it('no storage at all: unavailable, and the app still works', () => {
		const w = new Workspace(new Persistence(null));
		expect(w.notice).toEqual({ kind: 'unavailable' });
		w.setField(FILL, 10);
		w.saveNow();
		expect(fillOf(w)).toBe(10);
	});
});
