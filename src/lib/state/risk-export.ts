/**
 * The simulation behind an export's risk page (issue 11.4), never run on the main thread: the risk
 * panel's finished result when it was run with the scenario's own settings, else the last one an
 * export ran for the same inputs (a PDF, then an XLSX, simulate once), otherwise a run in a Web
 * Worker of its own, with progress and cancel (the export dialog shows both), kept for the next.
 */
import {
	isCurrentSimulation,
	simulationSettingsOf,
	type Scenario,
	type UncertaintyResult
} from '../model/index.ts';
import type { RiskReply, RiskRequest } from './risk-batches.ts';
import { numbersKey } from './risk-key.ts';
import { startRiskWorker } from './risk-worker-start.ts';

/**
 * The screen's simulation when an export may use it as it is (complete, the scenario's runs, seed,
 * capacity month and horizon), else null: the export then simulates (`simulateForExport`).
 * `finished` must belong to the scenario's inputs (see `finishedRiskFor`).
 */
export function reusableRisk(
	scenario: Scenario,
	finished: UncertaintyResult | null | undefined
): UncertaintyResult | null {
	return isCurrentSimulation(scenario, finished) ? finished : null;
}

/**
 * The last simulation an export ran, with the inputs it belongs to (`numbersKey`): one kept at a
 * time, used again while the inputs, runs, seed, capacity month and horizon are the same.
 */
export class KeptSimulation {
	#kept: { key: string; result: UncertaintyResult } | null = null;

	keep(scenario: Scenario, result: UncertaintyResult): void {
		this.#kept = { key: numbersKey(scenario), result };
	}

	/** The kept simulation when it belongs to `scenario` as it is now, else null. */
	for(scenario: Scenario): UncertaintyResult | null {
		const k = this.#kept;
		return k && k.key === numbersKey(scenario) ? reusableRisk(scenario, k.result) : null;
	}
}

/** The exports' kept simulation (one per page: the dialog comes and goes, it stays). */
const kept = new KeptSimulation();

/** The part of a Worker the export run uses (a fake one in unit tests). */
export interface RiskWorkerLike {
	postMessage(message: RiskRequest): void;
	onmessage: ((e: MessageEvent<RiskReply>) => void) | null;
	onerror: ((e: ErrorEvent) => void) | null;
	terminate(): void;
}

export interface ExportRunOptions {
	/** Futures done so far and in all, after each batch. */
	onProgress?: (done: number, total: number) => void;
	/** Aborting stops the run at once (its worker is ended) and rejects with an AbortError. */
	signal?: AbortSignal;
	/** Makes the worker (tests); by default the risk worker, or null where workers do not exist. */
	worker?: () => RiskWorkerLike | null;
}

const aborted = () => new DOMException('The simulation was cancelled.', 'AbortError');

/**
 * Simulate a scenario with its own settings for an export, off the main thread: in a worker of its
 * own (ended when done or cancelled); where there is no worker, in batches between which the page
 * stays responsive. Resolves with the complete summary (with the cumulative band).
 */
export function simulateForExport(
	scenario: Scenario,
	options: ExportRunOptions = {}
): Promise<UncertaintyResult> {
	const { onProgress, signal } = options;
	const settings = simulationSettingsOf(scenario);
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(aborted());
			return;
		}
		const worker = options.worker ? options.worker() : (startRiskWorker() as RiskWorkerLike | null);
		let finished = false;
		let stop = () => {};
		const settle = (f: () => void) => {
			if (finished) return;
			finished = true;
			signal?.removeEventListener('abort', onAbort);
			stop();
			f();
		};
		const onAbort = () => settle(() => reject(aborted()));
		signal?.addEventListener('abort', onAbort);
		const receive = (reply: RiskReply) => {
			if ('error' in reply) {
				settle(() => reject(new Error(reply.error)));
				return;
			}
			onProgress?.(reply.result.runs, reply.result.totalRuns);
			if (reply.done) settle(() => resolve(reply.result));
		};
		const request = { type: 'run', id: 1, scenario, settings } satisfies RiskRequest;
		if (worker) {
			stop = () => worker.terminate();
			worker.onmessage = (e) => receive(e.data);
			worker.onerror = () => settle(() => reject(new Error('risk worker failed')));
			worker.postMessage(request);
			return;
		}
		// No worker (very old browser): the same batches here, one per task.
		stop = () => (finished = true);
		import('./risk-batches.ts').then(
			({ runBatches }) =>
				runBatches(
					1,
					scenario,
					settings,
					receive,
					() => !finished,
					(f) => setTimeout(f, 0)
				),
			(error: unknown) => settle(() => reject(error))
		);
	});
}

/**
 * The simulation an export uses: the screen's finished one when it is current (`finished`, see
 * `finishedRiskFor`), else the last one an export ran for the same inputs, else a new run
 * (`simulateForExport`; `onProgress` hears of it from 0), kept for the next export.
 */
export async function riskForExport(
	scenario: Scenario,
	finished: UncertaintyResult | null | undefined,
	options: ExportRunOptions & { kept?: KeptSimulation } = {}
): Promise<UncertaintyResult> {
	const store = options.kept ?? kept;
	const ready = reusableRisk(scenario, finished) ?? store.for(scenario);
	if (ready) return ready;
	options.onProgress?.(0, scenario.settings.simulation.runs);
	const result = await simulateForExport(scenario, options);
	store.keep(scenario, result);
	return result;
}
