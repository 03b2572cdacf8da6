/** Storage fakes for unit tests: in memory, full, and blocked (every call throws). */
/** An in-memory Storage, like localStorage. */
export class MemoryStorage implements Storage {
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
export class FullStorage extends MemoryStorage {
	setItem(): void {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}
	/** Put data in despite being full (what was there before it filled up). */
	preload(key: string, value: string): void {
		super.setItem(key, value);
	}
}

/** Storage the browser blocks entirely: every call throws. */
export class BlockedStorage implements Storage {
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
