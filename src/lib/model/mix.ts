/**
 * A role's mix ("Your plan"): whole people in five groups — recruited, recruited with a bridging
 * contractor, upskilled, upskilled with a bridging contractor, contracted. Each group is the
 * existing simulation of its pure option run with the group's headcount (the engine is linear in
 * people), so a plan of all-recruit is the buy option exactly. Bridging adds a contractor per
 * bridged person who covers the seat until that person reaches the hand-over productivity (or for a
 * set number of months, within the agency limit); capacity is clamped to the need month by month.
 */
import type { OptionId, Role, Settings } from './schema.ts';
import {
	COMPONENT_IDS,
	externalRules,
	neededSeries,
	SIMULATORS,
	trainingPlan,
	valuePerFteMonth,
	type OptionSeries
} from './simulate.ts';
import { daysToMonths, weeksToMonths, zeros } from './units.ts';
import type { Plan } from './plan-schema.ts';
import { contractorSpell, timeToReach, type Spell } from './spell.ts';

export type PlanGroup = 'buy' | 'buyBridged' | 'build' | 'buildBridged' | 'borrow';
export const PLAN_GROUPS: readonly PlanGroup[] = [
	'buy',
	'buyBridged',
	'build',
	'buildBridged',
	'borrow'
];

/** The pure option a group's people follow. */
export const GROUP_OPTION: Record<PlanGroup, OptionId> = {
	buy: 'buy',
	buyBridged: 'buy',
	build: 'build',
	buildBridged: 'build',
	borrow: 'borrow'
};

/** People per group of a plan. */
export function groupCounts(plan: Plan): Record<PlanGroup, number> {
	return {
		buy: plan.buy - plan.bridgedBuy,
		buyBridged: plan.bridgedBuy,
		build: plan.build - plan.bridgedBuild,
		buildBridged: plan.bridgedBuild,
		borrow: plan.borrow
	};
}

/** The plan that puts every person of the role into one pure option. */
export function purePlan(option: OptionId, headcount: number): Plan {
	return {
		buy: option === 'buy' ? headcount : 0,
		build: option === 'build' ? headcount : 0,
		borrow: option === 'borrow' ? headcount : 0,
		bridgedBuy: 0,
		bridgedBuild: 0
	};
}

/** When a bridging contractor starts and leaves, for one covered recruit or trainee. */
export function bridgeWindow(
	role: Role,
	settings: Settings,
	covered: 'buy' | 'build'
): { start: number; end: number } {
	const { borrow, buy, build } = role;
	const start = Math.max(role.neededFromMonth, daysToMonths(borrow.leadTimeDays));
	let end: number;
	if (borrow.bridgeMonths !== null) end = start + borrow.bridgeMonths;
	else if (covered === 'buy') {
		const ttf = daysToMonths(buy.timeToFillDays);
		const arrival = Math.max(0, role.neededFromMonth - ttf) + ttf;
		end = arrival + timeToReach(externalRules(buy).ramp, borrow.bridgeUntilProductivity);
	} else {
		const ramp = {
			months: weeksToMonths(build.rampWeeks),
			start: build.rampStartProductivity,
			curve: build.rampCurve
		};
		end = trainingPlan(role).endMonth + timeToReach(ramp, borrow.bridgeUntilProductivity);
	}
	if (borrow.maxMonthsPerContractor !== null)
		end = Math.min(end, start + borrow.maxMonthsPerContractor);
	end = Math.min(end, settings.horizonMonths);
	return { start, end: Math.max(start, end) };
}

/** One bridging contractor's spell for a covered recruit or trainee. */
export function bridgeSpell(role: Role, settings: Settings, covered: 'buy' | 'build'): Spell {
	const { start, end } = bridgeWindow(role, settings, covered);
	const onboarding = {
		months: weeksToMonths(role.borrow.onboardingWeeks),
		start: 0,
		curve: 'linear' as const
	};
	return contractorSpell(
		settings.horizonMonths,
		start,
		end,
		onboarding,
		role.borrow.efficiency,
		null
	);
}

/** Add bridging contractors for `count` covered people to a group's series (in place). */
function addBridging(
	series: OptionSeries,
	role: Role,
	settings: Settings,
	spell: Spell,
	count: number
): void {
	const H = settings.horizonMonths;
	const monthly = role.borrow.billRatePerDay * role.borrow.daysPerMonth;
	const value = valuePerFteMonth(role);
	const c = series.components;
	for (let m = 0; m < H; m++) {
		if (spell.present[m] === 0) continue;
		c.contractors[m] += count * spell.present[m] * monthly;
		series.peopleInRole[m] += count * spell.present[m];
		const need = series.neededFte[m];
		const productive = Math.min(need, series.productiveFte[m] + count * spell.productive[m]);
		// Capacity never exceeds the need; the vacancy is what is still missing.
		series.productiveFte[m] = Math.max(series.productiveFte[m], productive);
		c.vacancy[m] = Math.max(0, need - series.productiveFte[m]) * value;
	}
}

/** The series of one group of `count` people. */
export function simulateGroup(
	role: Role,
	settings: Settings,
	group: PlanGroup,
	count: number
): OptionSeries {
	const option = GROUP_OPTION[group];
	const series = SIMULATORS[option]({ ...role, headcount: count }, settings);
	if (group === 'buyBridged' || group === 'buildBridged') {
		addBridging(
			series,
			role,
			settings,
			bridgeSpell(role, settings, option as 'buy' | 'build'),
			count
		);
	}
	return series;
}

/** Sum several series of one role or of several roles into one (cost-per-hire weighted by hires). */
export function sumSeries(
	parts: OptionSeries[],
	option: OptionSeries['option'],
	H: number
): OptionSeries {
	const components = {} as OptionSeries['components'];
	for (const id of COMPONENT_IDS) components[id] = zeros(H);
	const out: OptionSeries = {
		option,
		components,
		productiveFte: zeros(H),
		peopleInRole: zeros(H),
		neededFte: zeros(H),
		hires: zeros(H),
		costPerHire: 0
	};
	let recruitingCost = 0;
	let hires = 0;
	for (const p of parts) {
		for (const id of COMPONENT_IDS) add(components[id], p.components[id]);
		add(out.productiveFte, p.productiveFte);
		add(out.peopleInRole, p.peopleInRole);
		add(out.neededFte, p.neededFte);
		add(out.hires, p.hires);
		let h = 0;
		for (const x of p.hires) h += x;
		recruitingCost += p.costPerHire * h;
		hires += h;
	}
	out.costPerHire = hires > 1e-9 ? recruitingCost / hires : 0;
	return out;
}

function add(target: number[], more: number[]): void {
	for (let i = 0; i < target.length; i++) target[i] += more[i];
}

/**
 * A role's plan as one series. Groups without people are left out; a plan with one group is that
 * group's simulation unchanged (so all-recruit is the buy option to the last digit).
 */
export function simulatePlan(role: Role, settings: Settings, plan: Plan): OptionSeries {
	const counts = groupCounts(plan);
	const parts: OptionSeries[] = [];
	for (const g of PLAN_GROUPS) {
		if (counts[g] > 0) parts.push(simulateGroup(role, settings, g, counts[g]));
	}
	if (parts.length === 0) return { ...simulateGroup(role, settings, 'buy', 0), option: 'plan' };
	if (parts.length === 1) return { ...parts[0], option: 'plan' };
	return sumSeries(parts, 'plan', settings.horizonMonths);
}

/** Doing nothing: the value of the whole need left open, month by month (no cash). */
export function doNothingSeries(role: Role, settings: Settings): number[] {
	const H = settings.horizonMonths;
	const value = valuePerFteMonth(role);
	const need = neededSeries(role, H);
	const out = zeros(H);
	for (let m = 0; m < H; m++) out[m] = need[m] * value;
	return out;
}
