/**
 * Plain records as they arrive from files, links and browser storage: the one type guard and the
 * one list of keys that must never be copied (they would reach an object's prototype).
 */

/** Keys dropped wherever a stored or imported value is copied: `__proto__` and friends. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key is one of `UNSAFE_KEYS` (numbers, as array indices, are always safe). */
export function isUnsafeKey(key: string | number): boolean {
	return typeof key === 'string' && UNSAFE_KEYS.has(key);
}

/** A plain object (not null, not an array): a group of fields in JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
