import { describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../model/index.ts';
import { optimizeScenario, type OptimizeResult } from '../model/optimize.ts';
import { BestMixScheduler, type BestMixRequest, type BestMixTimers } from './best-mix.ts';

/** Timers run by hand: `tick()` fires whatever is due. */
function manualTimers() {
	let due: (() => void) | null = null;
	const timers: BestMixTimers = {
		set: (fn) => {
			due = fn;
			return fn;
		},
		clear: (h) => {
			if (due === h) due = null;
		}
	};
	return {
		timers,
		tick() {
			const fn = due;
			due = null;
			fn?.();
		},
		get waiting() {
			return due !== null;
		}
	};
}

function setup() {
	const clock = manualTimers();
	const posted: BestMixRequest[] = [];
	const done: { scenario: Scenario; result: OptimizeResult }[] = [];
	const failed: string[] = [];
	const scheduler = new BestMixScheduler(
		{
			post: (r) => posted.push(r),
			done: (scenario, result) => done.push({ scenario, result }),
			failed: (_s, e) => failed.push(e)
		},
		300,
		clock.timers
	);
	/** What the worker would answer. */
	const answer = (r: BestMixRequest) => ({ id: r.id, result: optimizeScenario(r.scenario) });
	return { clock, posted, done, failed, scheduler, answer };
}

const scenario = (headcount: number) => createScenario({ roles: [{ name: 'Analyst', headcount }] });

describe('BestMixScheduler', () => {
	it('waits for a pause in edits and asks only about the last scenario', () => {
		const { clock, posted, scheduler } = setup();
		const a = scenario(1);
		const b = scenario(2);
		scheduler.request(a);
		scheduler.request(b);
		expect(posted).toHaveLength(0);
		expect(scheduler.pending).toBe(true);
		clock.tick();
		expect(posted.map((p) => p.scenario)).toEqual([b]);
	});

	it('reports the answer for the newest scenario, with the optimiser result', () => {
		const { clock, posted, done, scheduler, answer } = setup();
		const a = scenario(2);
		scheduler.request(a);
		clock.tick();
		scheduler.receive(answer(posted[0]));
		expect(done).toHaveLength(1);
		expect(done[0].scenario).toBe(a);
		expect(done[0].result.status).toBe('optimal');
		expect(done[0].result.plans![0].buy + done[0].result.plans![0].build).toBeGreaterThan(0);
		expect(scheduler.pending).toBe(false);
	});

	it('queues one newer edit while the worker is busy and drops the superseded answer', () => {
		const { clock, posted, done, scheduler, answer } = setup();
		const a = scenario(1);
		const b = scenario(2);
		const c = scenario(3);
		scheduler.request(a);
		clock.tick();
		scheduler.request(b);
		clock.tick();
		scheduler.request(c);
		clock.tick();
		// Still computing a: b and c wait in a one-slot queue, so only c will be sent.
		expect(posted).toHaveLength(1);
		scheduler.receive(answer(posted[0]));
		expect(done).toHaveLength(0);
		expect(posted.map((p) => p.scenario)).toEqual([a, c]);
		scheduler.receive(answer(posted[1]));
		expect(done.map((d) => d.scenario)).toEqual([c]);
	});

	it('drops an answer that arrives while a newer edit is still being debounced', () => {
		const { clock, posted, done, scheduler, answer } = setup();
		scheduler.request(scenario(1));
		clock.tick();
		const b = scenario(2);
		scheduler.request(b);
		scheduler.receive(answer(posted[0]));
		expect(done).toHaveLength(0);
		expect(scheduler.pending).toBe(true);
		clock.tick();
		scheduler.receive(answer(posted[1]));
		expect(done.map((d) => d.scenario)).toEqual([b]);
	});

	it('ignores answers with unknown ids and reports a failure of the newest request', () => {
		const { clock, posted, done, failed, scheduler } = setup();
		scheduler.request(scenario(1));
		clock.tick();
		scheduler.receive({ id: 999, error: 'stray' });
		expect(failed).toHaveLength(0);
		scheduler.receive({ id: posted[0].id, error: 'solver broke' });
		expect(failed).toEqual(['solver broke']);
		expect(done).toHaveLength(0);
	});

	it('cancel forgets everything: a late answer is not reported', () => {
		const { clock, posted, done, scheduler, answer } = setup();
		scheduler.request(scenario(1));
		clock.tick();
		expect(scheduler.cancel()).toBe(true);
		scheduler.receive(answer(posted[0]));
		expect(done).toHaveLength(0);
		scheduler.request(scenario(2));
		expect(scheduler.cancel()).toBe(false);
		expect(clock.waiting).toBe(false);
		expect(scheduler.pending).toBe(false);
	});

	it('asking again about the scenario already pending sends nothing new', () => {
		const { clock, posted, scheduler } = setup();
		const a = scenario(1);
		scheduler.request(a);
		clock.tick();
		scheduler.request(a);
		expect(clock.waiting).toBe(false);
		expect(posted).toHaveLength(1);
	});

	it('the request and the answer survive structured cloning (worker messages)', () => {
		const { clock, posted, scheduler, answer } = setup();
		scheduler.request(scenario(2));
		clock.tick();
		expect(structuredClone(posted[0])).toEqual(posted[0]);
		const reply = answer(posted[0]);
		expect(structuredClone(reply)).toEqual(reply);
	});
});
