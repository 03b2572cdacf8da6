import { describe, expect, it } from 'vitest';
import { createScenario, PRESETS } from '../model/index.ts';
import { simulateScenario } from '../model/montecarlo.ts';
import {
	BATCH_MS,
	BatchedSimulation,
	FIRST_BATCH,
	MAX_BATCH,
	MIN_BATCH,
	nextBatchSize,
	runBatches,
	type RiskReply
} from './risk-batches.ts';

function scenario() {
	const role = PRESETS[0].role();
	role.ranges = {
		'buy.timeToFillDays': { low: role.buy.timeToFillDays * 0.7, high: role.buy.timeToFillDays * 2 }
	};
	return createScenario({ name: 'Batches', settings: { horizonMonths: 36 }, roles: [role] });
}

/** A clock that advances `msPerCall` on every reading. */
function fakeClock(msPerCall: number): () => number {
	let t = 0;
	return () => (t += msPerCall);
}

describe('nextBatchSize', () => {
	it('fills BATCH_MS at the measured pace, within the limits and what remains', () => {
		expect(nextBatchSize(0.02, 10_000)).toBe(Math.floor(BATCH_MS / 0.02));
		expect(nextBatchSize(1, 10_000)).toBe(MIN_BATCH);
		expect(nextBatchSize(0.0001, 100_000)).toBe(MAX_BATCH);
		expect(nextBatchSize(0.02, 300)).toBe(300);
		expect(nextBatchSize(0, 10_000)).toBe(MAX_BATCH);
		expect(nextBatchSize(NaN, 10_000)).toBe(MAX_BATCH);
		expect(nextBatchSize(0.02, 0)).toBe(0);
	});
});

describe('BatchedSimulation', () => {
	it('reports a small first batch, then growing progress up to all runs; only the last has the band', () => {
		const settings = { runs: 3_000, seed: 7, capacityMonth: 12 };
		// 0.5 ms between clock readings around a batch: the pace looks like 0.5 / 500 ms a run.
		const batched = new BatchedSimulation(scenario(), settings, fakeClock(0.5));
		const seen: number[] = [];
		let last;
		while (!batched.finished) {
			const p = batched.next();
			seen.push(p.result.runs);
			expect(p.result.totalRuns).toBe(3_000);
			expect(p.done).toBe(batched.finished);
			const band = p.result.perOption.buy!.band;
			expect(band.p10.length).toBe(p.done ? 36 : 0);
			last = p.result;
		}
		expect(seen[0]).toBe(FIRST_BATCH);
		expect(seen.at(-1)).toBe(3_000);
		for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
		// However the runs were split, the result equals the whole simulation at once.
		expect(last).toEqual(simulateScenario(scenario(), settings));
	});

	it('does one batch when the runs fit in the first', () => {
		const batched = new BatchedSimulation(scenario(), { runs: 200, seed: 1, capacityMonth: 6 });
		const p = batched.next();
		expect(p.done).toBe(true);
		expect(p.result.runs).toBe(200);
		expect(p.result.capacityMonth).toBe(6);
	});
});

describe('runBatches', () => {
	it('posts progress until done, yielding between batches', () => {
		const replies: RiskReply[] = [];
		const queue: (() => void)[] = [];
		runBatches(
			1,
			scenario(),
			{ runs: 2_000, seed: 1, capacityMonth: 12 },
			(r) => replies.push(r),
			() => true,
			(f) => queue.push(f)
		);
		expect(replies).toHaveLength(1);
		while (queue.length) queue.shift()!();
		const last = replies.at(-1)!;
		expect('done' in last && last.done).toBe(true);
		expect(replies.every((r) => r.id === 1 && 'result' in r)).toBe(true);
	});

	it('stops at the next batch when the run is no longer wanted (a newer edit)', () => {
		const replies: RiskReply[] = [];
		const queue: (() => void)[] = [];
		let wanted = true;
		runBatches(
			2,
			scenario(),
			{ runs: 10_000, seed: 1, capacityMonth: 12 },
			(r) => replies.push(r),
			() => wanted,
			(f) => queue.push(f)
		);
		wanted = false;
		while (queue.length) queue.shift()!();
		expect(replies).toHaveLength(1);
		expect('done' in replies[0] && replies[0].done).toBe(false);
	});

	it('reports an error instead of throwing', () => {
		const replies: RiskReply[] = [];
		runBatches(
			3,
			scenario(),
			{ runs: -1, seed: 1, capacityMonth: 12 },
			(r) => replies.push(r),
			() => true,
			() => {}
		);
		expect(replies).toHaveLength(1);
		expect('error' in replies[0]).toBe(true);
	});
});
