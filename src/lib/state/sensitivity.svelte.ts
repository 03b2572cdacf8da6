/**
 * Sensitivity of the open scenario, computed in a Web Worker (it evaluates the scenario a few
 * hundred times) so typing never waits for it. A new request supersedes any still running.
 */
import { untrack } from 'svelte';
import type { Scenario, SensitivityResult } from '../model/index.ts';
import { seededSensitivity } from './sensitivity-seed.ts';

/** Wait for typing to pause before recomputing. */
const DEBOUNCE_MS = 200;

export class SensitivityRunner {
	result = $state.raw<SensitivityResult | null>(null);
	/** The scenario the result belongs to (to tell a current result from an old one). */
	resultFor = $state.raw<Scenario | null>(null);
	pending = $state(false);

	#worker: Worker | null = null;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	// Bookkeeping only, never read reactively.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#requested = new Map<number, Scenario>();

	/** Whether the worker has been started (at the first request it must answer). */
	#started = false;

	/**
	 * `seed`: the scenario shown first, whose result the prerendered page may carry
	 * (state/sensitivity-seed.ts): then it is there from the first frame, and no worker starts
	 * until another scenario asks for one.
	 */
	constructor(seed?: () => Scenario) {
		const scenario = seed && untrack(seed);
		const result = scenario ? seededSensitivity(scenario) : null;
		if (scenario && result) {
			this.result = result;
			this.resultFor = scenario;
		}
	}

	#start(): void {
		this.#started = true;
		if (typeof Worker === 'undefined') return;
		try {
			// The Vite worker pattern: a module URL, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#worker = new Worker(new URL('./sensitivity.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (e: MessageEvent<{ id: number; result?: SensitivityResult }>) => {
				const scenario = this.#requested.get(e.data.id);
				this.#requested.delete(e.data.id);
				if (e.data.id !== this.#seq || !scenario) return;
				this.pending = false;
				if (e.data.result) {
					this.result = e.data.result;
					this.resultFor = scenario;
				}
			};
			this.#worker.onerror = () => {
				this.#worker = null;
			};
		} catch {
			this.#worker = null;
		}
	}

	/** Ask for the sensitivity of a scenario (debounced). */
	request(scenario: Scenario): void {
		if (this.resultFor === scenario) return;
		this.pending = true;
		// The worker loads while the edits pause (the debounce), not after it.
		if (!this.#started) this.#start();
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#run(scenario), DEBOUNCE_MS);
	}

	#run(scenario: Scenario): void {
		const id = ++this.#seq;
		if (!this.#started) this.#start();
		if (this.#worker) {
			this.#requested.set(id, scenario);
			this.#worker.postMessage({ id, scenario });
			return;
		}
		// No worker (very old browser): compute here, fetching the analysis only then.
		void import('../model/sensitivity.ts').then(({ analyseSensitivity }) => {
			if (id !== this.#seq) return;
			this.result = analyseSensitivity(scenario);
			this.resultFor = scenario;
			this.pending = false;
		});
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
