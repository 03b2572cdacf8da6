/**
 * The best mix of the open scenario, searched in a Web Worker (the solver, yalps, loads only there)
 * so typing never waits for it. Debounced; a newer edit supersedes any search still running.
 * Without limits (pool, deadline, budget, contractor cap) the best mix needs no search: it is found
 * here at once for a small scenario, and the worker starts only for a limit or a large scenario.
 */
import { bestMixWithoutLimits, type OptimizeResult } from '../model/optimize-units.ts';
import type { Plan } from '../model/plan-schema.ts';
import type { Scenario } from '../model/schema.ts';
import { plainCopy } from './draft.ts';
import type { Workspace } from './workspace.svelte.ts';
import { BestMixScheduler, type BestMixRequest, type BestMixResponse } from './best-mix.ts';
import { seededBestMix } from './best-mix-seed.ts';

export class BestMixRunner {
	/** The newest answer (null before the first). */
	result = $state.raw<OptimizeResult | null>(null);
	/** The scenario the answer belongs to (to tell a current answer from an old one). */
	resultFor = $state.raw<Scenario | null>(null);
	/** A search is waiting or running for the newest scenario. */
	pending = $state(false);
	/** The search failed for the newest scenario. */
	failed = $state(false);

	#worker: Worker | null = null;
	#scheduler = new BestMixScheduler({
		post: (request) => this.#post(request),
		done: (scenario, result) => {
			this.result = result;
			this.resultFor = scenario;
			this.failed = false;
			this.pending = false;
		},
		failed: () => {
			this.failed = true;
			this.pending = false;
		}
	});

	/** Whether the worker has been started (on the first request with a limit, not at page load). */
	#started = false;

	#start(): void {
		this.#started = true;
		if (typeof Worker === 'undefined') return;
		try {
			// The Vite worker pattern: a module URL, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#worker = new Worker(new URL('./best-mix.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (e: MessageEvent<BestMixResponse>) => this.#receive(e.data);
			this.#worker.onerror = () => {
				this.#worker = null;
			};
		} catch {
			this.#worker = null;
		}
	}

	#receive(response: BestMixResponse): void {
		this.#scheduler.receive(response);
		this.pending = this.#scheduler.pending;
	}

	#post(request: BestMixRequest): void {
		// Only plain data crosses to the worker.
		// A plain copy (the scenario is plain already; `$state.snapshot` clones each value on its own).
		const message: BestMixRequest = { id: request.id, scenario: plainCopy(request.scenario) };
		let free: OptimizeResult | null;
		try {
			free = isSmall(message.scenario) ? bestMixWithoutLimits(message.scenario) : null;
		} catch (e) {
			this.#receive({ id: request.id, error: e instanceof Error ? e.message : String(e) });
			return;
		}
		if (free) {
			this.#receive({ id: request.id, result: free });
			return;
		}
		if (!this.#started) this.#start();
		if (this.#worker) {
			this.#worker.postMessage(message);
			return;
		}
		// No worker (very old browser): search here, with the solver loaded on demand.
		void import('../model/optimize.ts').then(
			({ optimizeScenario }) => {
				let response: BestMixResponse;
				try {
					response = { id: request.id, result: optimizeScenario(message.scenario) };
				} catch (e) {
					response = { id: request.id, error: e instanceof Error ? e.message : String(e) };
				}
				this.#receive(response);
			},
			(e: unknown) => this.#receive({ id: request.id, error: String(e) })
		);
	}

	/** Ask for the best mix of a scenario (debounced; supersedes older requests). */
	request(scenario: Scenario): void {
		if (this.resultFor === scenario) return;
		// The first answer, found at once (or carried by the prerendered page): no search.
		if (this.result === null && !this.#scheduler.pending) {
			const first = this.firstAnswer(scenario);
			if (first) {
				this.result = first;
				this.resultFor = scenario;
				return;
			}
		}
		this.#scheduler.request(scenario);
		this.pending = this.#scheduler.pending;
	}

	/** Stop: drop every request, and stop a search still running (the worker restarts). */
	cancel(): void {
		if (this.#scheduler.cancel() && this.#worker) {
			this.#worker.terminate();
			this.#start();
		}
		this.pending = false;
	}

	/** The last scenario `firstAnswer` computed, and its answer (one slot). */
	#first: { scenario: Scenario; result: OptimizeResult | null } | null = null;

	/**
	 * Before any answer has arrived (the first view, also when prerendered): the best mix of a small
	 * scenario without limits, found at once (about a millisecond), so the card shows its final
	 * content from the start instead of growing when the answer comes; null otherwise. Pure: reads
	 * no reactive state but `result`, writes none.
	 */
	firstAnswer(scenario: Scenario): OptimizeResult | null {
		if (this.result !== null || !isSmall(scenario)) return null;
		if (this.#first?.scenario !== scenario) {
			let result: OptimizeResult | null;
			try {
				// The prerendered page carries the first scenario's (state/best-mix-seed.ts).
				result = seededBestMix(scenario) ?? bestMixWithoutLimits(scenario);
			} catch {
				result = null;
			}
			this.#first = { scenario, result };
		}
		return this.#first.result;
	}

	/** The best mix of the scenario on screen, if the answer belongs to it. */
	plansFor(scenario: Scenario | null): Plan[] | null {
		if (!scenario) return null;
		if (this.resultFor === scenario) return this.result?.plans ?? null;
		return this.firstAnswer(scenario)?.plans ?? null;
	}

	/** Put the best mix into each role's plan of the open draft (one undo step). */
	use(workspace: Workspace, scenario: Scenario | null): void {
		const plans = this.plansFor(scenario);
		if (!plans) return;
		workspace.change((draft) => {
			draft.roles.forEach((role, i) => {
				if (plans[i]) role.plan = { ...plans[i] };
			});
		});
	}

	destroy(): void {
		this.#scheduler.cancel();
		this.#worker?.terminate();
		this.#worker = null;
	}
}

/**
 * Role-months up to which the best mix without limits is found here (a few milliseconds: the
 * default scenario has 36); larger scenarios go to the worker, where it would be a long task here.
 */
const SMALL_ROLE_MONTHS = 120;

function isSmall(scenario: Scenario): boolean {
	return scenario.roles.length * scenario.settings.horizonMonths <= SMALL_ROLE_MONTHS;
}
