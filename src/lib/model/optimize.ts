/**
 * The best mix: whole people per role in five groups (recruit, recruit + bridge, upskill,
 * upskill + bridge, contract) that minimise the decision measure under the constraints — the
 * internal pool per role, a capacity deadline, a cash budget per fiscal year and a contractor cap.
 *
 * The engine is linear in people (every cost and every FTE of a group is its count times the
 * result for one person; bridging is clamped per group), so each role's groups are simulated once
 * for one person and the search is an integer linear programme, solved exactly by branch and bound
 * (YALPS). The chosen mix is then evaluated by the engine like any stored plan.
 */
import { solve, type Coefficients, type Constraint } from 'yalps';
import {
	discountFactors,
	evaluateScenario,
	FULL_CAPACITY_SHARE,
	measureOption,
	type ScenarioResult
} from './evaluate.ts';
import type { OptionId, Role, Scenario } from './schema.ts';
import { cashPerFiscalYear, fiscalYears, type Calendar } from './budget.ts';
import { bridgeWindow, PLAN_GROUPS, purePlan, simulateGroup, type PlanGroup } from './mix.ts';
import { poolSize, type Plan } from './plan-schema.ts';

export type ConstraintKind = 'pool' | 'deadline' | 'budget' | 'cap';
export const CONSTRAINT_KINDS: readonly ConstraintKind[] = ['pool', 'deadline', 'budget', 'cap'];

/** Relaxation steps: one more trainee, one more month, 10 % more budget, one more contractor. */
export const BUDGET_STEP_SHARE = 0.1;

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
interface UnitRole {
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

/** Money is scaled to thousands inside the solver (keeps its tolerances meaningful). */
const SCALE = 1e-3;

function unitRoles(scenario: Scenario, cal: Calendar): UnitRole[] {
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

interface Solved {
	feasible: boolean;
	objective: number;
	counts: Record<PlanGroup, number>[];
}

/** The integer programme for given limits; exact (zero optimality tolerance). */
function solveUnits(units: UnitRole[], limits: Limits, years: number): Solved {
	const constraints = new Map<string, Constraint>();
	const variables = new Map<string, Coefficients>();
	units.forEach((u, r) => {
		constraints.set(`n${r}`, { equal: u.headcount });
		const pool = limits.pool[r];
		if (pool !== null && pool !== undefined) constraints.set(`p${r}`, { max: pool });
		const d = limits.deadline;
		const need = d === null ? 0 : u.headcount * (u.needPerPerson[d - 1] ?? 0);
		const deadlineApplies = d !== null && need > 1e-12;
		if (deadlineApplies) constraints.set(`d${r}`, { min: FULL_CAPACITY_SHARE * need - 1e-9 });
		for (const g of u.groups) {
			const coef: [string, number][] = [
				['obj', u.value[g] * SCALE],
				[`n${r}`, 1]
			];
			if (g === 'build' || g === 'buildBridged') coef.push([`p${r}`, 1]);
			if (deadlineApplies) coef.push([`d${r}`, u.productive[g][d! - 1]]);
			if (limits.budget !== null) {
				for (let f = 0; f < years; f++) coef.push([`b${f}`, u.cashPerYear[g][f] * SCALE]);
			}
			if (limits.cap !== null && u.contractors[g] > 0) coef.push(['cap', u.contractors[g]]);
			variables.set(`${r}|${g}`, coef);
		}
	});
	if (limits.budget !== null) {
		for (let f = 0; f < years; f++) constraints.set(`b${f}`, { max: limits.budget * SCALE + 1e-9 });
	}
	if (limits.cap !== null) constraints.set('cap', { max: limits.cap });
	const solution = solve(
		{ direction: 'minimize', objective: 'obj', constraints, variables, integers: true },
		{ tolerance: 0, maxIterations: 100_000 }
	);
	const counts = units.map(() => zeroCounts());
	if (solution.status !== 'optimal') return { feasible: false, objective: NaN, counts };
	let objective = 0;
	for (const [key, x] of solution.variables) {
		const [r, g] = key.split('|') as [string, PlanGroup];
		const n = Math.round(x);
		counts[Number(r)][g] = n;
		objective += n * units[Number(r)].value[g];
	}
	return { feasible: true, objective, counts };
}

function zeroCounts(): Record<PlanGroup, number> {
	return { buy: 0, buyBridged: 0, build: 0, buildBridged: 0, borrow: 0 };
}

function toPlan(c: Record<PlanGroup, number>): Plan {
	return {
		buy: c.buy + c.buyBridged,
		build: c.build + c.buildBridged,
		borrow: c.borrow,
		bridgedBuy: c.buyBridged,
		bridgedBuild: c.buildBridged
	};
}

/** Whether given per-role counts meet the limits (the pure options' check). */
function meets(
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

function without(limits: Limits, kinds: ConstraintKind[], roles: number): Limits {
	return {
		pool: kinds.includes('pool') ? new Array<null>(roles).fill(null) : limits.pool,
		deadline: kinds.includes('deadline') ? null : limits.deadline,
		budget: kinds.includes('budget') ? null : limits.budget,
		cap: kinds.includes('cap') ? null : limits.cap
	};
}

function activeKinds(limits: Limits): ConstraintKind[] {
	const out: ConstraintKind[] = [];
	if (limits.pool.some((p) => p !== null)) out.push('pool');
	if (limits.deadline !== null) out.push('deadline');
	if (limits.budget !== null) out.push('budget');
	if (limits.cap !== null) out.push('cap');
	return out;
}

/** Smallest sets of constraints whose removal makes the problem solvable; their union. */
function conflictsOf(units: UnitRole[], limits: Limits, years: number): ConstraintKind[] {
	const active = activeKinds(limits);
	for (let size = 1; size <= active.length; size++) {
		const found = new Set<ConstraintKind>();
		for (const subset of subsets(active, size)) {
			if (solveUnits(units, without(limits, subset, units.length), years).feasible) {
				for (const k of subset) found.add(k);
			}
		}
		if (found.size > 0) return CONSTRAINT_KINDS.filter((k) => found.has(k));
	}
	return active;
}

function subsets<T>(items: T[], size: number): T[][] {
	if (size === 0) return [[]];
	const out: T[][] = [];
	items.forEach((item, i) => {
		for (const rest of subsets(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
	});
	return out;
}

/** Find the best mix for a valid scenario. */
export function optimizeScenario(scenario: Scenario): OptimizeResult {
	const { settings } = scenario;
	const cal: Calendar = settings;
	const years = fiscalYears(settings.horizonMonths, cal).length;
	const units = unitRoles(scenario, cal);
	const limits = limitsOf(scenario);
	const measure = settings.decisionMeasure === 'cash' ? 'cashNpv' : 'economicNpv';
	const pureFeasible = {} as Record<OptionId, boolean>;
	for (const o of ['buy', 'build', 'borrow'] as const) {
		const counts = units.map((u) => {
			const c = zeroCounts();
			c[o] = u.headcount;
			return c;
		});
		const usable = units.every((u) => u.headcount === 0 || u.groups.includes(o));
		pureFeasible[o] = usable && meets(units, limits, counts, years);
	}
	const best = solveUnits(units, limits, years);
	if (!best.feasible) {
		return {
			status: 'infeasible',
			measure,
			plans: null,
			value: null,
			binding: [],
			conflicts: conflictsOf(units, limits, years),
			pureFeasible
		};
	}
	const plans = best.counts.map(toPlan);
	const binding: BindingConstraint[] = [];
	const tolerance = 1e-7 * Math.max(1, Math.abs(best.objective));
	const tryRelax = (
		kind: ConstraintKind,
		role: number | null,
		limit: number,
		relaxed: Limits,
		relaxedTo: number | null
	) => {
		const dropped = { ...limits, pool: [...limits.pool] };
		if (role !== null) dropped.pool[role] = null;
		else if (kind === 'deadline') dropped.deadline = null;
		else if (kind === 'budget') dropped.budget = null;
		else if (kind === 'cap') dropped.cap = null;
		const free = solveUnits(units, dropped, years);
		if (!free.feasible || best.objective - free.objective <= tolerance) return;
		const step = solveUnits(units, relaxed, years);
		const saving = step.feasible ? Math.max(0, best.objective - step.objective) : 0;
		binding.push({
			kind,
			role,
			limit,
			relaxedTo,
			saving: saving > tolerance ? saving : 0,
			savingWithout: best.objective - free.objective
		});
	};
	limits.pool.forEach((p, r) => {
		if (p === null || plans[r].build < p) return;
		const pool = [...limits.pool];
		pool[r] = p + 1;
		tryRelax('pool', r, p, { ...limits, pool }, p + 1);
	});
	if (limits.deadline !== null) {
		const next = limits.deadline + 1 <= settings.horizonMonths ? limits.deadline + 1 : null;
		tryRelax('deadline', null, limits.deadline, { ...limits, deadline: next }, next);
	}
	if (limits.budget !== null) {
		const more = limits.budget * (1 + BUDGET_STEP_SHARE);
		tryRelax('budget', null, limits.budget, { ...limits, budget: more }, more);
	}
	if (limits.cap !== null) {
		tryRelax('cap', null, limits.cap, { ...limits, cap: limits.cap + 1 }, limits.cap + 1);
	}
	binding.sort((a, b) => b.savingWithout - a.savingWithout);
	const value = planValue(scenario, plans);
	return { status: 'optimal', measure, plans, value, binding, conflicts: [], pureFeasible };
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

/**
 * Which constraints a set of mixes breaks, measured on the engine's own results for those mixes
 * (not on the per-person figures the optimiser uses): the independent check the tests enumerate with.
 */
export function planViolations(scenario: Scenario, plans: Plan[]): ConstraintKind[] {
	const { settings } = scenario;
	const limits = limitsOf(scenario);
	const result = evaluateScenario(withPlans(scenario, plans));
	const out = new Set<ConstraintKind>();
	plans.forEach((p, r) => {
		const pool = limits.pool[r];
		if (pool !== null && p.build > pool) out.add('pool');
		if (limits.deadline !== null) {
			const s = result.plan!.roles[r].metrics.series;
			const need = s.neededFte[limits.deadline - 1];
			if (
				need > 1e-12 &&
				s.productiveFte[limits.deadline - 1] < FULL_CAPACITY_SHARE * need - 1e-6
			) {
				out.add('deadline');
			}
		}
	});
	if (limits.budget !== null) {
		const perYear = cashPerFiscalYear(result.plan!.totals.monthly.cash, settings);
		if (perYear.some((c) => c > limits.budget! * (1 + 1e-9) + 1e-6)) out.add('budget');
	}
	if (limits.cap !== null) {
		const contractors = plans.reduce((a, p, r) => {
			const role = scenario.roles[r];
			const bridges = (kind: 'buy' | 'build') => {
				const w = bridgeWindow(role, settings, kind);
				return w.end - w.start > 1e-9 ? 1 : 0;
			};
			return a + p.borrow + p.bridgedBuy * bridges('buy') + p.bridgedBuild * bridges('build');
		}, 0);
		if (contractors > limits.cap) out.add('cap');
	}
	return CONSTRAINT_KINDS.filter((k) => out.has(k));
}
