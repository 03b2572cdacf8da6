import { describe, expect, it } from 'vitest';
import { COALESCE_MS, History } from './history.svelte.ts';

function clock() {
	let t = 1000;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('History', () => {
	it('undoes and redoes steps in order, handing back what to restore', () => {
		const c = clock();
		const h = new History(c.now);
		const drafts: Record<string, string> = { a: 'v0' };
		const current = (id: string) => drafts[id] ?? null;
		expect(h.canUndo).toBe(false);
		h.record({ id: 'a', draft: 'v0', key: 'x' });
		drafts.a = 'v1';
		c.advance(COALESCE_MS + 1);
		h.record({ id: 'a', draft: 'v1', key: 'x' });
		drafts.a = 'v2';
		expect(h.canUndo).toBe(true);
		const back = h.undo(current)!;
		expect(back.draft).toBe('v1');
		drafts.a = back.draft;
		expect(h.canRedo).toBe(true);
		const forward = h.redo(current)!;
		expect(forward.draft).toBe('v2');
	});

	it('makes quick edits of one field one step, but not edits of two fields or slow ones', () => {
		const c = clock();
		const h = new History(c.now);
		expect(h.record({ id: 'a', draft: '1', key: 'salary' })).toBe(true);
		c.advance(200);
		expect(h.record({ id: 'a', draft: '2', key: 'salary' })).toBe(false);
		c.advance(200);
		expect(h.record({ id: 'a', draft: '3', key: 'fill' })).toBe(true);
		c.advance(COALESCE_MS);
		expect(h.record({ id: 'a', draft: '4', key: 'fill' })).toBe(true);
		// Structural changes ('' key) are always their own step.
		expect(h.record({ id: 'a', draft: '5', key: '' })).toBe(true);
		expect(h.record({ id: 'a', draft: '6', key: '' })).toBe(true);
		// The same field of another scenario is another step.
		expect(h.record({ id: 'b', draft: '7', key: 'fill' })).toBe(true);
	});

	it('starts a new step after undo or an explicit break', () => {
		const c = clock();
		const h = new History(c.now);
		h.record({ id: 'a', draft: '1', key: 'k' });
		h.breakCoalescing();
		expect(h.record({ id: 'a', draft: '2', key: 'k' })).toBe(true);
	});

	it('clears redo on a new change and keeps at most the limit', () => {
		const c = clock();
		const h = new History(c.now, 3);
		for (let i = 0; i < 5; i++) h.record({ id: 'a', draft: String(i), key: '' });
		const current = () => 'now';
		expect(h.undo(current)?.draft).toBe('4');
		expect(h.canRedo).toBe(true);
		h.record({ id: 'a', draft: 'new', key: '' });
		expect(h.canRedo).toBe(false);
		expect(h.undo(current)?.draft).toBe('new');
		expect(h.undo(current)?.draft).toBe('3');
		expect(h.undo(current)?.draft).toBe('2');
		expect(h.undo(current)).toBeNull();
	});

	it('skips steps of scenarios that no longer exist', () => {
		const h = new History(clock().now);
		h.record({ id: 'gone', draft: 'x', key: '' });
		h.record({ id: 'a', draft: 'y', key: '' });
		const current = (id: string) => (id === 'a' ? 'a-now' : null);
		expect(h.undo(current)?.id).toBe('a');
		expect(h.undo(current)).toBeNull();
		expect(h.canUndo).toBe(false);
	});
});
