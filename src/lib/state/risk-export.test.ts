/** The export's simulation: reuse the panel's when current, else run it off the main thread. */
import { describe, expect, it } from 'vitest';
import { createScenario, PRESETS, simulationSettingsOf, type Scenario } from '../model/index.ts';
import { simulateScenario } from '../model/montecarlo.ts';
import { runBatches, type RiskReply, type RiskRequest } from './risk-batches.ts';
import { reusableRisk, simulateForExport, type RiskWorkerLike } from './risk-export.ts';

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
