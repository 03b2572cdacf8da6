/**
 * The best mix's request/response logic, apart from the Web Worker and from Svelte so it can be
 * tested in Node: requests are debounced, only the newest one counts, and while the worker is busy
 * newer edits replace each other in a one-slot queue (a finished answer to a request that has been
 * superseded meanwhile is dropped, never shown).
 */
import type { OptimizeResult } from '../model/optimize.ts';
import type { Scenario } from '../model/schema.ts';

/** Wait for typing to pause before searching. */
export const BEST_MIX_DEBOUNCE_MS = 300;

export interface BestMixRequest {
	id: number;
	scenario: Scenario;
}

export type BestMixResponse =
	{ id: number; result: OptimizeResult } | { id: number; error: string };

export interface BestMixTimers {
	set: (fn: () => void, ms: number) => unknown;
	clear: (handle: unknown) => void;
}

export interface BestMixHandlers {
	/** Send a request to the worker (or compute it); the answer comes back through `receive`. */
	post: (request: BestMixRequest) => void;
	/** The answer for the newest scenario asked about. */
	done: (scenario: Scenario, result: OptimizeResult) => void;
	/** The newest request failed. */
	failed: (scenario: Scenario, error: string) => void;
}

const defaultTimers: BestMixTimers = {
	set: (fn, ms) => setTimeout(fn, ms),
	clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

export class BestMixScheduler {
	#seq = 0;
	#timer: unknown = null;
	/** The request the worker is computing now (null: idle). */
	#inFlight: BestMixRequest | null = null;
	/** The newest scenario waiting for the worker to become free. */
	#queued: Scenario | null = null;
	/** The newest scenario asked about (debounced or not). */
	#latest: Scenario | null = null;
	#handlers: BestMixHandlers;
	#timers: BestMixTimers;
	#delay: number;

	constructor(handlers: BestMixHandlers, delay = BEST_MIX_DEBOUNCE_MS, timers = defaultTimers) {
		this.#handlers = handlers;
		this.#delay = delay;
		this.#timers = timers;
	}

	/** Whether an answer is still to come for the newest scenario. */
	get pending(): boolean {
		return this.#timer !== null || this.#inFlight !== null || this.#queued !== null;
	}

	/** Ask about a scenario: after a pause in edits, and after any search still running. */
	request(scenario: Scenario): void {
		if (this.#latest === scenario && this.pending) return;
		this.#latest = scenario;
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = this.#timers.set(() => {
			this.#timer = null;
			this.#dispatch(scenario);
		}, this.#delay);
	}

	#dispatch(scenario: Scenario): void {
		if (this.#inFlight) {
			this.#queued = scenario;
			return;
		}
		this.#inFlight = { id: ++this.#seq, scenario };
		this.#handlers.post(this.#inFlight);
	}

	/** An answer from the worker. Answers to superseded or cancelled requests are dropped. */
	receive(response: BestMixResponse): void {
		const current = this.#inFlight;
		if (!current || response.id !== current.id) return;
		this.#inFlight = null;
		const next = this.#queued;
		this.#queued = null;
		if (next) {
			this.#dispatch(next);
			return;
		}
		if (current.scenario !== this.#latest || this.#timer !== null) return;
		if ('result' in response) this.#handlers.done(current.scenario, response.result);
		else this.#handlers.failed(current.scenario, response.error);
	}

	/**
	 * Forget every request: nothing asked so far will be reported. Returns whether a search was
	 * running (its worker may be terminated to stop it).
	 */
	cancel(): boolean {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
		this.#queued = null;
		this.#latest = null;
		const running = this.#inFlight !== null;
		this.#inFlight = null;
		return running;
	}
}
