/** The export's simulation: reuse the panel's when current, else run it off the main thread. */
import { describe, expect, it } from 'vitest';
import { createScenario, PRESETS, simulationSettingsOf, type Scenario } from '../model/index.ts';
import { simulateScenario } from '../model/montecarlo.ts';
import { runBatches, type RiskReply, type RiskRequest } from './risk-batches.ts';
import {
	KeptSimulation,
	reusableRisk,
	riskForExport,
	simulateForExport,
	type RiskWorkerLike
} from './risk-export.ts';

function scenario(runs = 2_000, seed = 11): Scenario {
	const role = PRESETS[0].role();
	role.ranges = {
		'buy.timeToFillDays': { low: role.buy.timeToFillDays * 0.7, high: role.buy.timeToFillDays * 2 }
	};
	return createScenario({
		name: 'Export risk',
		settings: { horizonMonths: 36, simulation: { runs, seed, capacityMonth: 12 } },
		roles: [role]
	});
}

/** A worker that runs the batches on timers, as the real one does; records what it was told. */
function fakeWorker(log: string[]): () => RiskWorkerLike {
	return () => {
		let live = true;
		const w: RiskWorkerLike = {
			onmessage: null,
			onerror: null,
			postMessage(m: RiskRequest) {
				log.push(m.type);
				if (m.type !== 'run') return;
				runBatches(
					m.id,
					m.scenario,
					m.settings,
					(reply: RiskReply) => live && w.onmessage?.({ data: reply } as MessageEvent<RiskReply>),
					() => live,
					(f) => setTimeout(f, 0)
				);
			},
			terminate() {
				live = false;
				log.push('terminate');
			}
		};
		return w;
	};
}

describe('reusableRisk (which simulation an export uses)', () => {
	const s = scenario();
	const done = simulateScenario(s, simulationSettingsOf(s));

	it("uses the panel's finished simulation run with the scenario's settings", () => {
		expect(reusableRisk(s, done)).toBe(done);
	});

	it('simulates again when there is none, or it is partial, or its settings differ', () => {
		expect(reusableRisk(s, null)).toBeNull();
		expect(reusableRisk(s, undefined)).toBeNull();
		expect(reusableRisk(s, { ...done, runs: 500 })).toBeNull();
		expect(reusableRisk(scenario(2_000, 12), done)).toBeNull();
		expect(reusableRisk(scenario(3_000, 11), done)).toBeNull();
		const longer = scenario();
		longer.settings.horizonMonths = 48;
		expect(reusableRisk(longer, done)).toBeNull();
		const otherMonth = scenario();
		otherMonth.settings.simulation.capacityMonth = 24;
		expect(reusableRisk(otherMonth, done)).toBeNull();
	});
});

describe('simulateForExport', () => {
	it('runs in the worker, reports progress, ends the worker, and equals the whole simulation', async () => {
		const s = scenario();
		const log: string[] = [];
		const progress: number[] = [];
		const u = await simulateForExport(s, {
			worker: fakeWorker(log),
			onProgress: (done, total) => {
				expect(total).toBe(2_000);
				progress.push(done);
			}
		});
		expect(u).toEqual(simulateScenario(s, simulationSettingsOf(s)));
		expect(u.perOption.buy!.band.p10).toHaveLength(36);
		expect(progress.length).toBeGreaterThan(1);
		expect(progress.at(-1)).toBe(2_000);
		expect(log).toEqual(['run', 'terminate']);
	});

	it('stops at once when cancelled: rejects with an AbortError and ends the worker', async () => {
		const log: string[] = [];
		const controller = new AbortController();
		const run = simulateForExport(scenario(100_000), {
			worker: fakeWorker(log),
			signal: controller.signal,
			onProgress: () => controller.abort()
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(log).toEqual(['run', 'terminate']);
	});

	it('rejects with the error of a failed run', async () => {
		const s = scenario();
		s.roles = [];
		const failing: () => RiskWorkerLike = () => {
			const w: RiskWorkerLike = {
				onmessage: null,
				onerror: null,
				postMessage: () =>
					setTimeout(() => w.onmessage?.({ data: { id: 1, error: 'no roles' } } as MessageEvent)),
				terminate: () => undefined
			};
			return w;
		};
		await expect(simulateForExport(s, { worker: failing })).rejects.toThrow('no roles');
	});

	it('without workers, runs the batches here and gives the same result', async () => {
		const s = scenario(1_000);
		const u = await simulateForExport(s, { worker: () => null });
		expect(u).toEqual(simulateScenario(s, simulationSettingsOf(s)));
	});
});

describe('riskForExport (a PDF, then an XLSX: one simulation)', () => {
	it('keeps the simulation an export ran: the next export of the same inputs does not simulate', async () => {
		const log: string[] = [];
		const kept = new KeptSimulation();
		const worker = fakeWorker(log);
		const first = await riskForExport(scenario(), null, { worker, kept });
		expect(log).toEqual(['run', 'terminate']);
		// The next export: the same inputs in a new object (another snapshot), renamed.
		const again = scenario();
		again.name = 'Renamed';
		const progress: number[] = [];
		const second = await riskForExport(again, null, {
			worker,
			kept,
			onProgress: (done) => progress.push(done)
		});
		expect(second).toBe(first);
		expect(log).toEqual(['run', 'terminate']);
		expect(progress).toEqual([]);
	});

	it('simulates again when an input, the runs, the seed, the capacity month or the horizon changed', async () => {
		const log: string[] = [];
		const kept = new KeptSimulation();
		const worker = fakeWorker(log);
		const runs = () => log.filter((m) => m === 'run').length;
		await riskForExport(scenario(1_000), null, { worker, kept });
		const edited = scenario(1_000);
		edited.roles[0].buy.timeToFillDays += 1;
		const seed = scenario(1_000, 12);
		const month = scenario(1_000);
		month.settings.simulation.capacityMonth = 24;
		const horizon = scenario(1_000);
		horizon.settings.horizonMonths = 48;
		let expected = 1;
		for (const s of [edited, seed, month, horizon, scenario(1_500)]) {
			const u = await riskForExport(s, null, { worker, kept });
			expect(runs()).toBe(++expected);
			expect(u).toEqual(simulateScenario(s, simulationSettingsOf(s)));
		}
		// The last one is kept: asked again, no run.
		await riskForExport(scenario(1_500), null, { worker, kept });
		expect(runs()).toBe(expected);
	});

	it("uses the screen's finished simulation first, and says nothing of progress then", async () => {
		const log: string[] = [];
		const s = scenario(1_000);
		const done = simulateScenario(s, simulationSettingsOf(s));
		const progress: number[] = [];
		const u = await riskForExport(s, done, {
			worker: fakeWorker(log),
			kept: new KeptSimulation(),
			onProgress: (n) => progress.push(n)
		});
		expect(u).toBe(done);
		expect(log).toEqual([]);
		expect(progress).toEqual([]);
	});

	it('keeps nothing from a cancelled run: the next export simulates', async () => {
		const log: string[] = [];
		const kept = new KeptSimulation();
		const controller = new AbortController();
		const cancelled = riskForExport(scenario(100_000), null, {
			worker: fakeWorker(log),
			kept,
			signal: controller.signal,
			onProgress: (done) => done > 0 && controller.abort()
		});
		await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
		expect(kept.for(scenario(100_000))).toBeNull();
	});
});
