/**
 * The best mix's parts that need no solver: the per-person results of each group of a role, the
 * scenario's limits, and the plans' value. Without any limit (no pool, deadline, budget or
 * contractor cap) the best mix needs no solver either: each role puts everyone into its cheapest
 * group (`bestMixWithoutLimits`), so the app finds it at once and loads the solver (YALPS, in a
 * worker) only when a limit is set. `optimize.ts` holds the search under limits.
 */
import {
	discountFactors,
	evaluateScenario,
	FULL_CAPACITY_SHARE,
	measureOption,
	type ScenarioResult
} from './evaluate.ts';
import type { OptionId, Role, Scenario } from './schema.ts';
import { cashPerFiscalYear, type Calendar } from './budget.ts';
import { bridgeWindow, PLAN_GROUPS, purePlan, simulateGroup, type PlanGroup } from './mix.ts';
import { poolSize, type Plan } from './plan-schema.ts';

export type ConstraintKind = 'pool' | 'deadline' | 'budget' | 'cap';

export const CONSTRAINT_KINDS: readonly ConstraintKind[] = ['pool', 'deadline', 'budget', 'cap'];

export interface BindingConstraint {
	kind: ConstraintKind;
	/** The role (index) of a pool constraint; null for scenario-wide constraints. */
	role: number | null;
	/** The constraint's current limit (people, month, money per fiscal year, contractors). */
	limit: number;
	/** The limit after one relaxation step (null: the constraint is dropped, e.g. a deadline at the horizon). */
	relaxedTo: number | null;
	/** What that step saves on the decision measure (0 when one step is not enough to change the mix). */
	saving: number;
	/** What dropping the constraint altogether would save (> 0: that is what makes it binding). */
	savingWithout: number;
}

export interface OptimizeResult {
	status: 'optimal' | 'infeasible';
	measure: 'economicNpv' | 'cashNpv';
	/** The best mix per role (null when infeasible). */
	plans: Plan[] | null;
	/** The best mix's value on the decision measure, from the engine (null when infeasible). */
	value: number | null;
	/** Constraints that hold the best mix back (dropping them would save), the costliest first. */
	binding: BindingConstraint[];
	/** When infeasible: the constraints that cannot all hold together (dropping any one of them helps). */
	conflicts: ConstraintKind[];
	/** Whether each pure option (all roles) meets the constraints. */
	pureFeasible: Record<OptionId, boolean>;
}

/** One role's results for one person in each group. */
export interface UnitRole {
	headcount: number;
	groups: PlanGroup[];
	value: Record<PlanGroup, number>;
	cashPerYear: Record<PlanGroup, number[]>;
	productive: Record<PlanGroup, number[]>;
	needPerPerson: number[];
	contractors: Record<PlanGroup, number>;
}

export interface Limits {
	pool: (number | null)[];
	deadline: number | null;
	budget: number | null;
	cap: number | null;
}

export function unitRoles(scenario: Scenario, cal: Calendar): UnitRole[] {
	const { settings } = scenario;
	const factors = discountFactors(settings.horizonMonths, settings.discountRatePerYear);
	const cash = settings.decisionMeasure === 'cash';
	return scenario.roles.map((role) => {
		const groups = availableGroups(role, scenario);
		const u = {
			headcount: role.headcount,
			groups,
			value: {},
			cashPerYear: {},
			productive: {},
			needPerPerson: [],
			contractors: {}
		} as unknown as UnitRole;
		for (const g of groups) {
			const series = simulateGroup(role, settings, g, 1);
			const m = measureOption(series, settings, 1, factors);
			u.value[g] = cash ? m.npv.cash : m.npv.economic;
			u.cashPerYear[g] = cashPerFiscalYear(m.monthly.cash, cal);
			u.productive[g] = series.productiveFte;
			u.needPerPerson = series.neededFte;
			u.contractors[g] = g === 'borrow' ? 1 : g.endsWith('Bridged') ? 1 : 0;
		}
		return u;
	});
}

function availableGroups(role: Role, scenario: Scenario): PlanGroup[] {
	if (!scenario.settings.includeBorrow) return ['buy', 'build'];
	const out: PlanGroup[] = [];
	for (const g of PLAN_GROUPS) {
		if (g === 'buyBridged' || g === 'buildBridged') {
			// A bridge that never starts is the same as no bridge.
			const w = bridgeWindow(role, scenario.settings, g === 'buyBridged' ? 'buy' : 'build');
			if (w.end - w.start <= 1e-9) continue;
		}
		out.push(g);
	}
	return out;
}

export function limitsOf(scenario: Scenario): Limits {
	const s = scenario.settings;
	return {
		pool: scenario.roles.map((r) => poolSize(r.pool)),
		deadline: s.capacityDeadlineMonth,
		budget: s.budgetPerFiscalYear,
		cap: s.contractorCap
	};
}

export function zeroCounts(): Record<PlanGroup, number> {
	return { buy: 0, buyBridged: 0, build: 0, buildBridged: 0, borrow: 0 };
}

export function toPlan(c: Record<PlanGroup, number>): Plan {
	return {
		buy: c.buy + c.buyBridged,
		build: c.build + c.buildBridged,
		borrow: c.borrow,
		bridgedBuy: c.buyBridged,
		bridgedBuild: c.buildBridged
	};
}

/** Whether given per-role counts meet the limits (the pure options' check). */
export function meets(
	units: UnitRole[],
	limits: Limits,
	counts: Record<PlanGroup, number>[],
	years: number
): boolean {
	const budget = new Array<number>(years).fill(0);
	let contractors = 0;
	for (let r = 0; r < units.length; r++) {
		const u = units[r];
		const c = counts[r];
		const pool = limits.pool[r];
		if (pool !== null && pool !== undefined && c.build + c.buildBridged > pool) return false;
		if (limits.deadline !== null) {
			const need = u.headcount * (u.needPerPerson[limits.deadline - 1] ?? 0);
			let productive = 0;
			for (const g of u.groups) productive += c[g] * u.productive[g][limits.deadline - 1];
			if (need > 1e-12 && productive < FULL_CAPACITY_SHARE * need - 1e-9) return false;
		}
		for (const g of u.groups) {
			contractors += c[g] * u.contractors[g];
			for (let f = 0; f < years; f++) budget[f] += c[g] * u.cashPerYear[g][f];
		}
	}
	if (limits.cap !== null && contractors > limits.cap) return false;
	if (limits.budget !== null && budget.some((b) => b > limits.budget! * (1 + 1e-12) + 1e-6))
		return false;
	return true;
}

/** The scenario with the given mixes stored in its roles. */
export function withPlans(scenario: Scenario, plans: Plan[]): Scenario {
	return { ...scenario, roles: scenario.roles.map((r, i) => ({ ...r, plan: { ...plans[i] } })) };
}

/** The engine's value of a set of mixes on the decision measure. */
export function planValue(scenario: Scenario, plans: Plan[]): number {
	const result: ScenarioResult = evaluateScenario(withPlans(scenario, plans));
	const t = result.plan!.totals;
	return scenario.settings.decisionMeasure === 'cash' ? t.npv.cash : t.npv.economic;
}

/** The plan that puts every role into one pure option. */
export function purePlans(scenario: Scenario, option: OptionId): Plan[] {
	return scenario.roles.map((r) => purePlan(option, r.headcount));
}

/** Whether the scenario sets any limit (a pool, deadline, budget or contractor cap). */
export function hasLimits(limits: Limits): boolean {
	return (
		limits.pool.some((p) => p !== null) ||
		limits.deadline !== null ||
		limits.budget !== null ||
		limits.cap !== null
	);
}

/**
 * The best mix of a scenario without limits, or null when it sets one. With only "everyone placed"
 * to meet, the integer programme falls apart per role and its optimum puts each role's people into
 * the group with the lowest value per person (the first such group on a tie); nothing binds.
 */
export function bestMixWithoutLimits(scenario: Scenario): OptimizeResult | null {
	const limits = limitsOf(scenario);
	if (hasLimits(limits)) return null;
	const { settings } = scenario;
	const units = unitRoles(scenario, settings);
	const pureFeasible = {} as Record<OptionId, boolean>;
	for (const o of ['buy', 'build', 'borrow'] as const) {
		pureFeasible[o] = units.every((u) => u.headcount === 0 || u.groups.includes(o));
	}
	const plans = units.map((u) => {
		const counts = zeroCounts();
		let best: PlanGroup | null = null;
		for (const g of u.groups) if (best === null || u.value[g] < u.value[best]) best = g;
		if (best !== null) counts[best] = u.headcount;
		return toPlan(counts);
	});
	return {
		status: 'optimal',
		measure: settings.decisionMeasure === 'cash' ? 'cashNpv' : 'economicNpv',
		plans,
		value: planValue(scenario, plans),
		binding: [],
		conflicts: [],
		pureFeasible
	};
}
