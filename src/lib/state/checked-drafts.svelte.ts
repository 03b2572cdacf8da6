/**
 * Each scenario's draft validated: the scenario to compute and the issues, and while a draft is
 * invalid, the last valid scenario from before the edit under way (other views keep showing it).
 * The workspace tells it when a draft changed and when an edit begins; nothing here runs while
 * deriving.
 */
import { SvelteMap } from 'svelte/reactivity';
import {
	parseScenarioAfter,
	type InputIssue,
	type Scenario,
	type ValidDraft
} from '../model/index.ts';

/** A validated draft: the scenario to compute (the last valid one while inputs are invalid). */
export interface Checked {
	scenario: Scenario | null;
	issues: InputIssue[];
	/** The draft is invalid: `scenario` is the last valid one from before the current edit. */
	stale: boolean;
}

const UNCHECKED: Checked = { scenario: null, issues: [], stale: false };

export class CheckedDrafts {
	/** Each scenario validated, keyed by entry id. */
	#checked = new SvelteMap<string, Checked>();
	/** The valid scenario of each entry from before the edit under way (see `beginEdit`). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, read by methods only
	#beforeEdit = new Map<string, Scenario | null>();
	/** The last valid draft of each entry and its scenario: a keystroke's check parses what changed. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, read by methods only
	#lastValid = new Map<string, ValidDraft>();

	/** An entry's validated draft (nothing to compute before its first check). */
	of(id: string): Checked {
		return this.#checked.get(id) ?? UNCHECKED;
	}

	/** Whether any scenario has invalid inputs (other views then show its last valid state). */
	get anyStale(): boolean {
		return [...this.#checked.values()].some((c) => c.stale);
	}

	/**
	 * Validate a draft (a plain snapshot); while invalid keep the scenario from before the current
	 * edit, else the last valid one, else `fallback` (the saved scenario of a draft loaded invalid).
	 */
	check(id: string, draft: unknown, fallback: Scenario | null = null): void {
		const parsed = parseScenarioAfter(draft, this.#lastValid.get(id) ?? null);
		if (parsed.ok) {
			this.#lastValid.set(id, { draft, scenario: parsed.scenario });
			this.#checked.set(id, { scenario: parsed.scenario, issues: [], stale: false });
			return;
		}
		const last = this.#beforeEdit.has(id)
			? (this.#beforeEdit.get(id) ?? null)
			: (this.#checked.get(id)?.scenario ?? fallback);
		this.#checked.set(id, { scenario: last, issues: parsed.issues, stale: true });
	}

	/** A new edit (a new undo step) begins: what is valid now is what other views keep showing. */
	beginEdit(id: string): void {
		this.#beforeEdit.set(id, this.#checked.get(id)?.scenario ?? null);
	}

	/** The draft was replaced as a whole (undo, another tab): no edit is under way. */
	endEdit(id: string): void {
		this.#beforeEdit.delete(id);
	}

	/** Forget an entry (gone, or about to be checked afresh from a saved copy). */
	forget(id: string): void {
		this.#beforeEdit.delete(id);
		this.#lastValid.delete(id);
		this.#checked.delete(id);
	}
}
