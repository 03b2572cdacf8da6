/**
 * The compare page's state: which scenarios are compared, against which baseline, on which option
 * and cost basis; and, derived from those, each scenario's result, the figures against the
 * baseline and the inputs that differ. The page only shows what this holds.
 */
import {
	evaluateScenario,
	type CompareChoice,
	type FigureBasis,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';
import {
	compareChoices,
	comparedCumulative,
	compareFigures,
	defaultBaseline,
	defaultPicked,
	groupDifferences,
	optionsByScenario
} from '../model/compare.ts';

/** Most scenarios compared at once. */
export const MAX_COMPARED = 6;

/** What the comparison reads from the workspace. */
export interface CompareSource<E extends { id: string }> {
	readonly entries: readonly E[];
	/** The open scenario: the one the user came from. */
	readonly activeId: string;
	validScenarioOf(entry: E): Scenario | null;
}

export interface ComparedItem {
	id: string;
	name: string;
	scenario: Scenario;
	result: ScenarioResult;
}

export class Comparison<E extends { id: string }> {
	#source: CompareSource<E>;
	/** Ids of the chosen scenarios, in the order chosen. */
	picked = $state<string[]>([]);
	/** The baseline chosen by the user (null: the default one). */
	#baselineId = $state<string | null>(null);
	/** Compare each scenario's recommended option, or the same option in all. */
	choice = $state<CompareChoice>('recommended');
	/** Cost over time as paid (nominal) or discounted (NPV). */
	basis = $state<FigureBasis>('nominal');

	constructor(source: CompareSource<E>) {
		this.#source = source;
		this.picked = defaultPicked(
			source.entries.map((e) => e.id),
			source.activeId
		);
	}

	/** The picked scenarios that still exist and have a valid state, with their results. */
	readonly items: ComparedItem[] = $derived.by(() => {
		const out: ComparedItem[] = [];
		for (const id of this.picked) {
			const entry = this.#source.entries.find((e) => e.id === id);
			const scenario = entry ? this.#source.validScenarioOf(entry) : null;
			if (scenario)
				out.push({ id, name: scenario.name, scenario, result: evaluateScenario(scenario) });
		}
		return out;
	});

	/** Index in `items` of the scenario the others are compared with. */
	readonly baselineIndex: number = $derived.by(() => {
		const ids = this.items.map((i) => i.id);
		const chosen =
			this.#baselineId !== null && ids.includes(this.#baselineId) ? this.#baselineId : null;
		const id = chosen ?? defaultBaseline(ids, this.#source.activeId);
		return Math.max(0, ids.indexOf(id ?? ''));
	});

	/** The baseline item (undefined while fewer than one scenario is picked). */
	readonly baseline: ComparedItem | undefined = $derived(this.items[this.baselineIndex]);

	/** True when the compared scenarios use more than one currency. */
	readonly mixedCurrency = $derived(
		this.items.some((i) => i.scenario.currency !== this.items[0].scenario.currency)
	);

	/** The choices offered: "Your plan" only while a compared scenario has one. */
	readonly choices: CompareChoice[] = $derived(compareChoices(this.items.map((i) => i.result)));

	/** The choice in effect: the user's, or the recommended option when theirs is no longer offered. */
	readonly compared: CompareChoice = $derived(
		this.choices.includes(this.choice) ? this.choice : 'recommended'
	);

	/** The figures of each compared option against the baseline's. */
	readonly figures = $derived(
		compareFigures(
			this.items.map((i) => i.result),
			this.compared,
			this.baselineIndex
		)
	);

	/** Cumulative cost of each compared option (null where a scenario lacks the option). */
	readonly cumulative = $derived(
		this.items.map((i) => comparedCumulative(i.scenario, i.result, this.compared, this.basis))
	);

	/** Every option of every scenario on its decision measure, "Your plan" where a scenario has one. */
	readonly options = $derived(optionsByScenario(this.items.map((i) => i.result)));

	/** The inputs that differ, by role and section. */
	readonly differences = $derived(groupDifferences(this.items.map((i) => i.scenario)));

	get baselineId(): string | undefined {
		return this.baseline?.id;
	}

	setBaseline(id: string): void {
		this.#baselineId = id;
	}

	/** Add or remove a scenario (at most MAX_COMPARED). */
	toggle(id: string, on: boolean): void {
		if (on && !this.picked.includes(id) && this.picked.length < MAX_COMPARED) {
			this.picked = [...this.picked, id];
		}
		if (!on) this.picked = this.picked.filter((p) => p !== id);
	}
}
