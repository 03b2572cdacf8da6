import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScenario } from '../model/index.ts';
import { normalizeDraft } from './draft.ts';
import {
	browserStorage,
	CORRUPT_PREFIX,
	loadWorkspace,
	saveWorkspace,
	STORAGE_KEY,
	STORAGE_VERSION,
	type StoredWorkspace
} from './persistence.ts';

/** An in-memory Storage, like localStorage. */
class MemoryStorage implements Storage {
	[name: string]: unknown;
	#items = new Map<string, string>();

	get length(): number {
		return this.#items.size;
	}
	clear(): void {
		this.#items.clear();
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
	}
	keys(): string[] {
		return [...this.#items.keys()];
	}
}

/** Storage that is full: every write fails the way browsers fail. */
class FullStorage extends MemoryStorage {
	setItem(): void {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}
	/** Put data in despite being full (what was there before it filled up). */
	preload(key: string, value: string): void {
		super.setItem(key, value);
	}
}

/** Storage the browser blocks entirely: every call throws. */
class BlockedStorage implements Storage {
	[name: string]: unknown;
	get length(): number {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
	clear(): void {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
	getItem(): string | null {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
	key(): string | null {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
	removeItem(): void {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
	setItem(): void {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	}
}

function entry(id: string, name: string, withLastValid = true) {
	const scenario = createScenario({ name });
	return {
		id,
		createdAt: '2025-01-02T03:04:05.000Z',
		updatedAt: '2025-02-03T04:05:06.000Z',
		draft: normalizeDraft(scenario),
		...(withLastValid ? { lastValid: scenario } : {})
	};
}

function backupKeys(storage: MemoryStorage): string[] {
	return storage.keys().filter((k) => k.startsWith(CORRUPT_PREFIX));
}

describe('the fake storage', () => {
	it('behaves like localStorage', () => {
		const s = new MemoryStorage();
		s.setItem('a', '1');
		s.setItem('b', '2');
		expect(s.length).toBe(2);
		expect(s.key(1)).toBe('b');
		expect(s.key(5)).toBeNull();
		s.removeItem('a');
		expect(s.getItem('a')).toBeNull();
		s.clear();
		expect(s.length).toBe(0);
	});
});

describe('saveWorkspace and loadWorkspace', () => {
	it('round-trips a workspace', () => {
		const storage = new MemoryStorage();
		const workspace: StoredWorkspace = {
			activeId: 'b',
			entries: [entry('a', 'First'), entry('b', 'Second')]
		};
		expect(saveWorkspace(storage, workspace)).toBeNull();
		const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown>;
		expect(stored.version).toBe(STORAGE_VERSION);
		expect(typeof stored.savedAt).toBe('string');

		const loaded = loadWorkspace(storage);
		expect(loaded.notice).toBeNull();
		expect(loaded.activeId).toBe('b');
		expect(loaded.entries).toEqual(workspace.entries);
	});

	it('keeps invalid values typed into a draft', () => {
		const storage = new MemoryStorage();
		const e = entry('a', 'Draft');
		e.draft.roles[0].headcount = '3x';
		e.draft.name = '';
		saveWorkspace(storage, { activeId: 'a', entries: [e] });
		const loaded = loadWorkspace(storage);
		expect(loaded.entries[0].draft.roles[0].headcount).toBe('3x');
		expect(loaded.entries[0].draft.name).toBe('');
	});

	it('finds nothing and says nothing in empty storage', () => {
		const loaded = loadWorkspace(new MemoryStorage());
		expect(loaded).toEqual({ activeId: '', entries: [], notice: null });
	});

	it('completes drafts that lack fields, and dates that are missing', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			STORAGE_KEY,
			JSON.stringify({
				version: STORAGE_VERSION,
				activeId: 'a',
				entries: [{ id: 'a', draft: { name: 'Old', settings: { horizonMonths: 24 } } }]
			})
		);
		const loaded = loadWorkspace(storage);
		expect(loaded.notice).toBeNull();
		const [e] = loaded.entries;
		expect(e.draft).toEqual(createScenario({ name: 'Old', settings: { horizonMonths: 24 } }));
		expect(Number.isNaN(Date.parse(e.createdAt))).toBe(false);
		expect(Number.isNaN(Date.parse(e.updatedAt))).toBe(false);
		expect(e).not.toHaveProperty('lastValid');
	});
});

describe('unreadable data', () => {
	it('keeps corrupted JSON under a side key and starts empty, saying it recovered', () => {
		const storage = new MemoryStorage();
		const raw = '{"version":1,"entries":[{"id":"a",';
		storage.setItem(STORAGE_KEY, raw);
		const loaded = loadWorkspace(storage);
		expect(loaded.entries).toEqual([]);
		expect(loaded.activeId).toBe('');
		expect(loaded.notice?.kind).toBe('recovered');
		const backupKey = loaded.notice?.kind === 'recovered' ? loaded.notice.backupKey : null;
		expect(backupKey).not.toBeNull();
		expect(backupKey?.startsWith(CORRUPT_PREFIX)).toBe(true);
		expect(storage.getItem(backupKey ?? '')).toBe(raw);
		expect(backupKeys(storage)).toEqual([backupKey]);
		// The original is not lost either.
		expect(storage.getItem(STORAGE_KEY)).toBe(raw);
	});

	it('treats an unknown version or shape as unreadable too', () => {
		for (const raw of [
			JSON.stringify({ version: 99, activeId: 'a', entries: [] }),
			JSON.stringify({ version: STORAGE_VERSION, entries: 'none' }),
			JSON.stringify([1, 2, 3]),
			'null',
			'42'
		]) {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEY, raw);
			const loaded = loadWorkspace(storage);
			expect(loaded.entries, raw).toEqual([]);
			expect(loaded.notice?.kind, raw).toBe('recovered');
			const [key] = backupKeys(storage);
			expect(storage.getItem(key), raw).toBe(raw);
		}
	});

	it('keeps the good entries when some are not objects, saying it recovered', () => {
		const storage = new MemoryStorage();
		const good = entry('good', 'Good');
		const raw = JSON.stringify({
			version: STORAGE_VERSION,
			activeId: 'good',
			entries: [
				42,
				good,
				null,
				'text',
				[good],
				{ id: 7, draft: good.draft },
				{ id: 'no-draft' },
				{ id: 'bad-draft', draft: 'text' }
			]
		});
		storage.setItem(STORAGE_KEY, raw);
		const loaded = loadWorkspace(storage);
		expect(loaded.activeId).toBe('good');
		expect(loaded.entries).toEqual([good]);
		expect(loaded.notice?.kind).toBe('recovered');
		const backupKey = loaded.notice?.kind === 'recovered' ? loaded.notice.backupKey : null;
		expect(backupKey?.startsWith(CORRUPT_PREFIX)).toBe(true);
		expect(storage.getItem(backupKey ?? '')).toBe(raw);
	});

	it('still recovers when the copy cannot be written (storage full); the original stays', () => {
		const storage = new FullStorage();
		storage.preload(STORAGE_KEY, 'not json');
		const loaded = loadWorkspace(storage);
		expect(loaded.entries).toEqual([]);
		expect(loaded.notice).toEqual({ kind: 'recovered', backupKey: null });
		expect(storage.getItem(STORAGE_KEY)).toBe('not json');
	});
});

describe('lastValid', () => {
	it('is kept only when it is a valid scenario', () => {
		const storage = new MemoryStorage();
		const valid = entry('valid', 'Valid');
		const invalid = { ...entry('invalid', 'Invalid'), lastValid: { name: '' } };
		const garbage = { ...entry('garbage', 'Garbage'), lastValid: 'text' };
		const none = entry('none', 'None', false);
		saveWorkspace(storage, {
			activeId: 'valid',
			entries: [valid, invalid, garbage, none] as StoredWorkspace['entries']
		});
		const loaded = loadWorkspace(storage);
		expect(loaded.notice).toBeNull();
		expect(loaded.entries.map((e) => e.id)).toEqual(['valid', 'invalid', 'garbage', 'none']);
		const [v, i, g, n] = loaded.entries;
		expect(v.lastValid).toEqual(createScenario({ name: 'Valid' }));
		expect(i).not.toHaveProperty('lastValid');
		expect(g).not.toHaveProperty('lastValid');
		expect(n).not.toHaveProperty('lastValid');
		// The drafts survive whatever happened to lastValid.
		expect(i.draft.name).toBe('Invalid');
	});
});

describe('storage that cannot be used', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('reports "unavailable" without storage', () => {
		expect(loadWorkspace(null)).toEqual({
			activeId: '',
			entries: [],
			notice: { kind: 'unavailable' }
		});
		expect(saveWorkspace(null, { activeId: '', entries: [] })).toEqual({ kind: 'unavailable' });
	});

	it('reports "unavailable" when every storage call throws, and never throws itself', () => {
		const storage = new BlockedStorage();
		expect(loadWorkspace(storage)).toEqual({
			activeId: '',
			entries: [],
			notice: { kind: 'unavailable' }
		});
		expect(saveWorkspace(storage, { activeId: 'a', entries: [entry('a', 'A')] })).toEqual({
			kind: 'save-failed',
			reason: 'other'
		});
	});

	it('reports a full storage as save-failed with reason quota', () => {
		const storage = new FullStorage();
		expect(saveWorkspace(storage, { activeId: 'a', entries: [entry('a', 'A')] })).toEqual({
			kind: 'save-failed',
			reason: 'quota'
		});
	});

	it("reports Firefox's quota error name as quota too", () => {
		const storage = new MemoryStorage();
		storage.setItem = () => {
			throw new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
		};
		expect(saveWorkspace(storage, { activeId: '', entries: [] })).toEqual({
			kind: 'save-failed',
			reason: 'quota'
		});
	});

	it('browserStorage returns localStorage when it works, and leaves no probe behind', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
		expect(browserStorage()).toBe(storage);
		expect(storage.length).toBe(0);
	});

	it('browserStorage returns null when localStorage is blocked or missing', () => {
		vi.stubGlobal('localStorage', new BlockedStorage());
		expect(browserStorage()).toBeNull();
		vi.stubGlobal('localStorage', undefined);
		expect(browserStorage()).toBeNull();
		vi.stubGlobal('localStorage', new FullStorage());
		expect(browserStorage()).toBeNull();
	});
});
