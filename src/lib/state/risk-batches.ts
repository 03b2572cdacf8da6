/**
 * The simulation in batches, as the risk worker runs it: a small first batch so the first figures
 * appear quickly, then batches sized from the measured pace to take about BATCH_MS each, with a
 * summary after every batch (the cumulative-cost band only in the last one, as it is the slowest
 * part). The draws do not depend on the batch sizes (see `Simulation`), so the final summary equals
 * `simulateScenario` with the same runs and seed. Plain module: the worker, the no-worker fallback
 * and the unit tests share it.
 */
// Straight from the modules: the worker needs the kernel, not the schema (zod) or the presets.
import type { Scenario } from '../model/schema.ts';
import { Simulation, type UncertaintyResult } from '../model/montecarlo.ts';

/** Runs in the first batch: about 25-50 ms of work, so figures show well within 100 ms. */
export const FIRST_BATCH = 500;
/** Target duration of each later batch (ms): few enough progress updates for the page to redraw, short enough to notice a cancel quickly. */
export const BATCH_MS = 100;
/** Fewest and most runs in a later batch. */
export const MIN_BATCH = 250;
export const MAX_BATCH = 5_000;

/**
 * Runs in the next batch: as many as fit in BATCH_MS at the pace measured so far (ms per run),
 * within [MIN_BATCH, MAX_BATCH], never more than remain.
 */
export function nextBatchSize(msPerRun: number, remaining: number): number {
	const fit =
		msPerRun > 0 && Number.isFinite(msPerRun) ? Math.floor(BATCH_MS / msPerRun) : MAX_BATCH;
	return Math.max(0, Math.min(remaining, Math.max(MIN_BATCH, Math.min(MAX_BATCH, fit))));
}

/** What a batch reports: the summary so far, and whether it is the last one. */
export interface RiskProgress {
	result: UncertaintyResult;
	done: boolean;
}

/** The simulation settings a batched run needs (the scenario's `settings.simulation`). */
export interface BatchSettings {
	runs: number;
	seed: number;
	capacityMonth: number;
}

export class BatchedSimulation {
	readonly #sim: Simulation;
	readonly #capacityMonth: number;
	readonly #now: () => number;
	/** Time spent running futures so far (ms), for the pace. */
	#runMs = 0;

	constructor(
		scenario: Scenario,
		settings: BatchSettings,
		now: () => number = () => performance.now()
	) {
		this.#sim = new Simulation(scenario, settings.runs, settings.seed);
		this.#capacityMonth = settings.capacityMonth;
		this.#now = now;
	}

	get done(): number {
		return this.#sim.done;
	}

	get finished(): boolean {
		return this.#sim.finished;
	}

	/** Run the next batch and summarise every run so far. */
	next(): RiskProgress {
		const sim = this.#sim;
		const size =
			sim.done === 0
				? Math.min(FIRST_BATCH, sim.totalRuns)
				: nextBatchSize(this.#runMs / sim.done, sim.totalRuns - sim.done);
		const t0 = this.#now();
		sim.step(size);
		this.#runMs += this.#now() - t0;
		const done = sim.finished;
		return { result: sim.summary(this.#capacityMonth, { band: done }), done };
	}
}

/** Messages to the risk worker: run a scenario (superseding any run), or stop. */
export type RiskRequest =
	{ type: 'run'; id: number; scenario: Scenario; settings: BatchSettings } | { type: 'cancel' };

/** Messages from the risk worker: progress of run `id`, or why it failed. */
export type RiskReply =
	{ id: number; result: UncertaintyResult; done: boolean } | { id: number; error: string };

/**
 * Drive a batched simulation, yielding between batches (`later`) so a newer request or a cancel can
 * stop it: `current()` says whether this run is still wanted. Used by the worker and the fallback.
 */
export function runBatches(
	id: number,
	scenario: Scenario,
	settings: BatchSettings,
	post: (reply: RiskReply) => void,
	current: () => boolean,
	later: (f: () => void) => void
): void {
	let sim: BatchedSimulation;
	try {
		sim = new BatchedSimulation(scenario, settings);
	} catch (e) {
		post({ id, error: e instanceof Error ? e.message : String(e) });
		return;
	}
	const tick = () => {
		if (!current()) return;
		try {
			const { result, done } = sim.next();
			post({ id, result, done });
			if (!done) later(tick);
		} catch (e) {
			post({ id, error: e instanceof Error ? e.message : String(e) });
		}
	};
	tick();
}
