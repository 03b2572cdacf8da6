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
import { evaluateScenario, FULL_CAPACITY_SHARE } from './evaluate.ts';
import type { OptionId, Scenario } from './schema.ts';
import { cashPerFiscalYear, fiscalYears, type Calendar } from './budget.ts';
import { bridgeWindow, type PlanGroup } from './mix.ts';
import type { Plan } from './plan-schema.ts';
import {
	CONSTRAINT_KINDS,
	limitsOf,
	meets,
	planValue,
	toPlan,
	unitRoles,
	withPlans,
	zeroCounts,
	type BindingConstraint,
	type ConstraintKind,
	type Limits,
	type OptimizeResult,
	type UnitRole
} from './optimize-units.ts';

// The solver-free parts live in optimize-units.ts (the app finds a best mix without limits there).
export {
	bestMixWithoutLimits,
	CONSTRAINT_KINDS,
	limitsOf,
	planValue,
	purePlans,
	withPlans,
	type BindingConstraint,
	type ConstraintKind,
	type Limits,
	type OptimizeResult
} from './optimize-units.ts';

/** Relaxation steps: one more trainee, one more month, 10 % more budget, one more contractor. */
export const BUDGET_STEP_SHARE = 0.1;

/** Money is scaled to thousands inside the solver (keeps its tolerances meaningful). */
const SCALE = 1e-3;

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
