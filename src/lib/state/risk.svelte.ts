/**
 * The risk simulation of the open scenario (Monte Carlo, issue 11), run in a Web Worker in batches so
 * typing never waits for it: figures appear after the first batch and fill in. An edit cancels the
 * run at once; the new run starts when typing pauses.
 */
import { simulationSettingsOf, type Scenario, type UncertaintyResult } from '../model/index.ts';
import type { RiskReply, RiskRequest } from './risk-batches.ts';
import { RiskFrames } from './risk-frames.ts';
import { numbersKey } from './risk-key.ts';
import { startRiskWorker } from './risk-worker-start.ts';

/** Wait for typing to pause before simulating again (ms). */
const DEBOUNCE_MS = 300;

/** A batch of the run under way, with the scenario it belongs to. */
type Shown = { scenario: Scenario; result: UncertaintyResult; done: boolean };

export class RiskRunner {
	/** The latest summary (partial while `running`), or null before the first batch. */
	result = $state.raw<UncertaintyResult | null>(null);
	/**
	 * The summary the histogram shows: redrawn less often than the figures, one frame after them
	 * (see `RiskFrames`), so a batch never draws the table and a chart in the same task.
	 */
	chartResult = $state.raw<UncertaintyResult | null>(null);
	/** The scenario the result belongs to (to tell a current result from an old one). */
	resultFor = $state.raw<Scenario | null>(null);
	/** True from a request until its last batch has arrived. */
	pending = $state(false);
	/** Error text of a failed run (shown instead of figures), null otherwise. */
	error = $state<string | null>(null);

	#worker: Worker | null = null;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** The scenario of each run sent and not yet finished (bookkeeping only, never read reactively). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#requested = new Map<number, Scenario>();
	/** The scenario last asked for (to skip repeats). */
	#asked: Scenario | null = null;

	/** Whether the worker has been started (on the first run, not when the page loads). */
	#started = false;

	#start(): void {
		this.#started = true;
		this.#worker = startRiskWorker();
		if (!this.#worker) return;
		this.#worker.onmessage = (e: MessageEvent<RiskReply>) => this.#receive(e.data);
		this.#worker.onerror = () => {
			this.#worker = null;
			// Run what was asked here instead.
			if (this.#asked && this.pending) this.#run(this.#asked);
		};
	}

	/** Ask for the simulation of a scenario (debounced; any run in progress stops now). */
	request(scenario: Scenario): void {
		if (this.#asked === scenario) return;
		this.#asked = scenario;
		const key = numbersKey(scenario);
		if (key === this.#askedKey) {
			// The same numbers (a new name, say): the run under way or its result belongs to this one.
			for (const id of this.#requested.keys()) this.#requested.set(id, scenario);
			if (this.#timer) {
				clearTimeout(this.#timer);
				this.#timer = setTimeout(() => this.#run(scenario), DEBOUNCE_MS);
			}
			if (!this.pending && this.result) this.resultFor = scenario;
			return;
		}
		this.#askedKey = key;
		this.#cancel();
		this.pending = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#run(scenario), DEBOUNCE_MS);
	}

	/** Whether the result shown belongs to `scenario` (itself, or one with the same numbers). */
	isFor(scenario: Scenario): boolean {
		const of = this.resultFor;
		return of === scenario || (of !== null && numbersKey(of) === numbersKey(scenario));
	}

	/** What the last request simulates, without its name (see `numbersKey`). */
	#askedKey = '';

	#cancel(): void {
		this.#seq++;
		this.#requested.clear();
		this.#frames.reset();
		this.#worker?.postMessage({ type: 'cancel' } satisfies RiskRequest);
	}

	/** The finished simulation drawn as the cumulative chart's band, and what it belongs to. */
	#finished = $state.raw<{ scenario: Scenario; result: UncertaintyResult } | null>(null);

	/** The finished simulation of `scenario` (or one with the same numbers) for the band, else null. */
	bandFor(scenario: Scenario): UncertaintyResult | null {
		const f = this.#finished;
		return f && (f.scenario === scenario || numbersKey(f.scenario) === numbersKey(scenario))
			? f.result
			: null;
	}

	/** Batches reach the screen in stages, one per frame (figures, histogram, band). */
	#frames = new RiskFrames<Shown>(
		{
			figures: (x) => {
				this.error = null;
				this.result = x.result;
				this.resultFor = x.scenario;
				if (x.done) {
					this.pending = false;
					lastFinished = { key: numbersKey(x.scenario), result: x.result };
				}
			},
			chart: (x) => (this.chartResult = x.result),
			band: (x) => (this.#finished = { scenario: x.scenario, result: x.result })
		},
		{
			frame: (f) =>
				typeof requestAnimationFrame === 'undefined' ? setTimeout(f, 0) : requestAnimationFrame(f),
			later: (f, ms) => setTimeout(f, ms),
			now: () => performance.now()
		}
	);

	#receive(reply: RiskReply): void {
		const scenario = this.#requested.get(reply.id);
		if (reply.id !== this.#seq || !scenario) return;
		if ('error' in reply) {
			this.#requested.delete(reply.id);
			this.#frames.reset();
			this.error = reply.error;
			this.pending = false;
			return;
		}
		if (reply.done) this.#requested.delete(reply.id);
		this.#frames.push({ scenario, result: reply.result, done: reply.done });
	}

	#run(scenario: Scenario): void {
		this.#timer = null;
		const id = ++this.#seq;
		this.#requested.set(id, scenario);
		// The workspace's scenarios are plain objects, posted as they are; reactive state (a proxy)
		// cannot be posted and is copied first.
		let plain = scenario;
		// The scenario's own settings, as the exports use them (same futures, same numbers).
		const settings = simulationSettingsOf(scenario);
		if (!this.#started) this.#start();
		if (this.#worker) {
			const post = (s: Scenario) =>
				this.#worker!.postMessage({ type: 'run', id, scenario: s, settings } satisfies RiskRequest);
			try {
				post(plain);
			} catch {
				plain = $state.snapshot(scenario) as Scenario;
				post(plain);
			}
			return;
		}
		const copy = $state.snapshot(scenario) as Scenario;
		// No worker (very old browser): the same batches here, one per task (the simulation's code
		// loads on demand, as the worker would).
		void import('./risk-batches.ts').then(({ runBatches }) =>
			runBatches(
				id,
				copy,
				settings,
				(reply) => this.#receive(reply),
				() => this.#seq === id,
				(f) => setTimeout(f, 0)
			)
		);
	}

	destroy(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#seq++;
		this.#frames.reset();
		this.#worker?.terminate();
		this.#worker = null;
	}
}

/** The last finished simulation on screen and the numbers it belongs to (for the exports). */
let lastFinished: { key: string; result: UncertaintyResult } | null = null;

/**
 * The screen's finished simulation of a scenario (or of one with the same numbers), or null when
 * none is at hand: the exports then run the same seeded simulation themselves.
 */
export function finishedRiskFor(scenario: Scenario): UncertaintyResult | null {
	return lastFinished && lastFinished.key === numbersKey(scenario) ? lastFinished.result : null;
}
