import { describe, expect, it } from 'vitest';
import { de, en } from './messages-all.ts';
import { deLater } from './messages-later-de.ts';
import { enLater } from './messages-later.ts';
import { de as deFirst } from './messages-de.ts';
import { en as enFirst } from './messages.ts';

type Leaf = { path: string; value: unknown };

/** Every leaf of a messages object (strings, functions, array items) with its dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
	if (typeof node === 'object' && node !== null) {
		return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	}
	return [{ path, value: node }];
}

/** The keys of every object, recursively, sorted ("a", "a.b", ...), so extra keys also show. */
function keys(node: unknown, path = ''): string[] {
	if (typeof node !== 'object' || node === null) return [];
	return Object.entries(node)
		.flatMap(([k, v]) => {
			const p = path ? `${path}.${k}` : k;
			return [p, ...keys(v, p)];
		})
		.sort();
}

describe('the two parts of each catalogue (first view, later)', () => {
	it('hold each section in one part only, in both languages alike', () => {
		const first = Object.keys(enFirst);
		const later = Object.keys(enLater);
		expect(later.filter((k) => first.includes(k))).toEqual([]);
		expect(Object.keys(deFirst).sort()).toEqual([...first].sort());
		expect(Object.keys(deLater).sort()).toEqual([...later].sort());
		expect(Object.keys(en).sort()).toEqual([...first, ...later].sort());
	});
});

describe('German messages', () => {
	it('have exactly the keys of the English ones', () => {
		expect(keys(de)).toEqual(keys(en));
	});

	it('have the same kind of value at every key', () => {
		const english = new Map(leaves(en).map((l) => [l.path, l.value]));
		for (const { path, value } of leaves(de)) {
			expect(typeof value, path).toBe(typeof english.get(path));
		}
	});

	it('have no empty text where the English has one', () => {
		const english = new Map(leaves(en).map((l) => [l.path, l.value]));
		for (const { path, value } of leaves(de)) {
			if (typeof value !== 'string' || english.get(path) === '') continue;
			expect(value.trim(), path).not.toBe('');
		}
	});

	it('return a non-empty text from every function, for sample arguments', () => {
		const fns = leaves(de).filter((l) => typeof l.value === 'function');
		expect(fns.length).toBeGreaterThan(20);
		for (const { path, value } of fns) {
			const fn = value as (...args: unknown[]) => unknown;
			// Strings work where numbers are expected in a template; numbers would not in string methods.
			for (const sample of ['3', 'above', 'quota']) {
				const out = fn(...Array.from({ length: fn.length }, () => sample));
				expect(typeof out, path).toBe('string');
				expect(String(out).trim(), path).not.toBe('');
				expect(String(out), path).not.toMatch(/undefined|NaN|\[object/);
			}
		}
	});

	it('say the same in English as before (texts the tests and users know)', () => {
		expect(en.fields.headcount.label).toBe('People needed');
		expect(en.issues.atLeast('1')).toBe('Must be at least 1.');
		expect(en.options).toEqual({
			buy: 'Recruit',
			build: 'Upskill',
			borrow: 'Contract',
			plan: 'Your plan'
		});
	});
});
