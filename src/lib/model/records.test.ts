import { describe, expect, it } from 'vitest';
import { isRecord, isUnsafeKey, UNSAFE_KEYS } from './records.ts';

describe('isRecord', () => {
	it('accepts plain objects, also without a prototype', () => {
		expect(isRecord({})).toBe(true);
		expect(isRecord({ a: 1 })).toBe(true);
		expect(isRecord(Object.create(null))).toBe(true);
	});

	it('refuses null, arrays and primitives', () => {
		for (const value of [null, undefined, [], [1], 0, 'x', true])
			expect(isRecord(value)).toBe(false);
	});
});

describe('isUnsafeKey', () => {
	it('names the prototype keys', () => {
		expect([...UNSAFE_KEYS].sort()).toEqual(['__proto__', 'constructor', 'prototype']);
		for (const key of UNSAFE_KEYS) expect(isUnsafeKey(key)).toBe(true);
	});

	it('lets other keys and array indices through', () => {
		for (const key of ['name', 'roles', 'proto', '0', 0, 3]) expect(isUnsafeKey(key)).toBe(false);
	});
});
