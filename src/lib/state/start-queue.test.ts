import { describe, expect, it } from 'vitest';
import { holdUntil, inSteps, later, untilNextTask, whenStarted } from './start-queue.ts';

/** A promise and its resolve function. */
function deferred() {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

describe('start-up in small steps', () => {
	it('untilNextTask resolves in a later task, after the microtasks queued before it', async () => {
		const log: string[] = [];
		const waited = untilNextTask().then(() => log.push('next task'));
		// A chain of microtasks all runs before a new task does.
		void Promise.resolve()
			.then(() => log.push('microtask 1'))
			.then(() => log.push('microtask 2'))
			.then(() => log.push('microtask 3'));
		expect(log).toEqual([]);
		await waited;
		expect(log).toEqual(['microtask 1', 'microtask 2', 'microtask 3', 'next task']);
	});

	it('runs the steps in order, each in a task of its own, none at once', async () => {
		const log: string[] = [];
		later(() => {
			log.push('a');
			// Runs before the next step only if that step is in a later task.
			queueMicrotask(() => log.push('after a'));
		});
		later(() => log.push('b'));
		expect(log).toEqual([]);
		await whenStarted();
		expect(log).toEqual(['a', 'after a', 'b']);
	});

	it('counts steps queued by steps; a dropped step never runs; a failing one stops nothing', async () => {
		const log: string[] = [];
		later(() => {
			log.push('outer');
			later(() => log.push('inner'));
		});
		const drop = later(() => log.push('dropped'));
		later(() => {
			throw new Error('part failed');
		});
		later(() => log.push('last'));
		drop();
		const errors = console.error;
		console.error = () => {};
		try {
			await whenStarted();
		} finally {
			console.error = errors;
		}
		expect(log).toEqual(['outer', 'last', 'inner']);
	});

	it('is started at once with nothing to do', async () => {
		let started = false;
		void whenStarted().then(() => (started = true));
		await Promise.resolve();
		expect(started).toBe(true);
	});

	it('holds the steps until what they need is there', async () => {
		const log: string[] = [];
		const ready = deferred();
		holdUntil(ready.promise);
		later(() => log.push('step'));
		await new Promise((r) => setTimeout(r, 20));
		expect(log).toEqual([]);
		ready.resolve();
		await whenStarted();
		expect(log).toEqual(['step']);
		// Open again afterwards: a failed wait holds nothing either.
		holdUntil(Promise.reject(new Error('no data')));
		later(() => log.push('next'));
		await whenStarted();
		expect(log).toEqual(['step', 'next']);
	});

	it('works in steps until the work says it is done, or until stopped', async () => {
		let n = 0;
		await new Promise<void>((resolve) =>
			inSteps(() => {
				n++;
				if (n === 3) resolve();
				return n < 3;
			})
		);
		await new Promise((r) => setTimeout(r, 20));
		expect(n).toBe(3);
		let m = 0;
		const stop = inSteps(() => {
			m++;
			return true;
		});
		stop();
		await new Promise((r) => setTimeout(r, 20));
		expect(m).toBe(0);
	});
});
