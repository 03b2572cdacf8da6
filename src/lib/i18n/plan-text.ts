/**
 * The plan in words (issue 12): a role's mix, the best mix with its binding constraints and what
 * relaxing each saves, conflicting constraints, and what doing nothing costs. Pure; used by the
 * results, the recommendation, the exports and the command line.
 */
import type { OptimizeResult } from '../model/optimize.ts';
import type { ColumnId, OptionId, Plan, ScenarioResult } from '../model/index.ts';
import { formatMoneyShort } from './format.ts';
import type { Messages } from './messages.ts';

/** "2 recruited, 1 upskilled (1 bridged)"; "no one" for an empty mix. */
export function mixText(plan: Plan, t: Messages): string {
	const p = t.plan;
	const parts: string[] = [];
	const bridged = (n: number) => (n > 0 ? ` (${p.bridged(n)})` : '');
	if (plan.buy > 0) parts.push(p.recruited(plan.buy) + bridged(plan.bridgedBuy));
	if (plan.build > 0) parts.push(p.upskilled(plan.build) + bridged(plan.bridgedBuild));
	if (plan.borrow > 0) parts.push(p.contracted(plan.borrow));
	return parts.length ? parts.join(', ') : p.noOne;
}

/** "a", "a and b", "a, b and c". */
function joinList(items: string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export interface BestMixText {
	/** Each role's best mix. */
	roles: { name: string; mix: string }[];
	/** "Economic cost (NPV) of the best mix: $1.2M." (empty when infeasible). */
	value: string;
	/** Against the user's plan, or else against the cheapest pure option. */
	comparison: string;
	/** One sentence per binding constraint, or "No constraint holds it back." */
	binding: string[];
	/** When the constraints conflict: which ones (else empty). */
	infeasible: string;
	/** Pure options that break the constraints (else empty). */
	pureBreaks: string;
}

/** The best mix in words, against the scenario's results (its plan and pure options). */
export function bestMixText(
	best: OptimizeResult,
	result: ScenarioResult,
	roleNames: string[],
	currency: string,
	locale: string,
	t: Messages
): BestMixText {
	const p = t.plan;
	const money = (v: number) => formatMoneyShort(v, currency, locale);
	const broken = result.options.filter((o) => !best.pureFeasible[o]);
	const pureBreaks = broken.length
		? p.pureBreaks(
				joinList(
					broken.map((o) => t.options[o]),
					p.and
				)
			)
		: '';
	if (best.status === 'infeasible' || !best.plans || best.value === null) {
		return {
			roles: [],
			value: '',
			comparison: '',
			binding: [],
			infeasible: p.infeasible(
				joinList(
					best.conflicts.map((k) => p.conflict[k]),
					p.and
				)
			),
			pureBreaks
		};
	}
	const layer = best.measure === 'cashNpv' ? 'cash' : 'economic';
	const value = best.value;
	const tolerance = 1e-6 * Math.max(1, Math.abs(value));
	let comparison: string;
	if (result.plan) {
		const mine = result.plan.totals.npv[layer];
		comparison = mine - value > tolerance ? p.versusPlan(money(mine - value)) : p.planIsBest;
	} else {
		let cheapest: OptionId | null = null;
		for (const o of result.options) {
			if (!best.pureFeasible[o]) continue;
			if (cheapest === null || result.totals[o]!.npv[layer] < result.totals[cheapest]!.npv[layer])
				cheapest = o;
		}
		if (cheapest === null) comparison = '';
		else {
			const gap = result.totals[cheapest]!.npv[layer] - value;
			comparison =
				gap > tolerance
					? p.versusPure(money(gap), t.options[cheapest])
					: p.sameAsPure(t.options[cheapest]);
		}
	}
	const binding = best.binding.map((b) => {
		const what =
			b.kind === 'pool'
				? p.binding.pool(b.limit, roleNames[b.role ?? 0] ?? '')
				: b.kind === 'deadline'
					? p.binding.deadline(b.limit)
					: b.kind === 'budget'
						? p.binding.budget(money(b.limit))
						: p.binding.cap(b.limit);
		const relax =
			b.saving > 0 ? p.relax[b.kind](money(b.saving)) : p.relax.onlyWithout(money(b.savingWithout));
		return p.limitedBy(what, relax);
	});
	return {
		roles: best.plans.map((plan, i) => ({ name: roleNames[i] ?? '', mix: mixText(plan, t) })),
		value: p.bestValue(money(value), t.measures[best.measure]),
		comparison,
		binding: binding.length ? binding : [p.unconstrained],
		infeasible: '',
		pureBreaks
	};
}

/** "Doing nothing costs $2.4M in lost capacity over 36 months (NPV)." (empty when no one is needed). */
export function doNothingSentence(
	result: ScenarioResult,
	currency: string,
	locale: string,
	t: Messages
): string {
	if (result.nothingNeeded) return '';
	return t.plan.doNothing(
		formatMoneyShort(result.doNothing.npv, currency, locale),
		result.horizonMonths
	);
}

/** A column's name (the three options and "Your plan"). */
export function columnName(id: ColumnId, t: Messages): string {
	return t.options[id];
}
