/**
 * The plan's parts of the scenario: a mix per role (whole people recruited, upskilled, contracted,
 * and how many recruits and trainees a contractor bridges), the internal candidate pool, and the
 * scenario-wide constraints. Every field has a default, so files without them open unchanged.
 */
import { z } from 'zod';

/** Most people in one role (the role headcount's upper bound). */
export const MAX_PLAN_PEOPLE = 1000;
/** Largest cash budget per fiscal year (across all roles). */
export const MAX_BUDGET = 1_000_000_000;

const count = () => z.number().int().min(0).max(MAX_PLAN_PEOPLE).default(0);

/** One role's mix. The counts buy + build + borrow add up to the role's headcount. */
export const PlanSchema = z.object({
	buy: count(),
	build: count(),
	borrow: count(),
	/** Recruits covered by a contractor until they reach the hand-over productivity. */
	bridgedBuy: count(),
	/** Trainees covered by a contractor (during training and ramp) until the hand-over productivity. */
	bridgedBuild: count()
});

/** Who could be upskilled: a feeder headcount x the share able to make the move. */
export const PoolSchema = z.object({
	/** People in the feeder role(s); null = no limit. */
	feeders: z.number().int().min(0).max(100_000).nullable().default(null),
	shareAbleToMove: z.number().finite().min(0).max(1).default(1)
});

/** Contractor rules added to the borrow inputs (agency-worker limits, conversion, bridging). */
export const borrowPlanFields = {
	/** Longest a contractor may stay (e.g. 18 months in Germany); null = no limit. */
	maxMonthsPerContractor: z.number().finite().min(1).max(120).nullable().default(null),
	/** Fee to hire a contractor permanently when they reach the maximum months; null = replace them. */
	conversionFee: z.number().finite().min(0).max(10_000_000).nullable().default(null),
	/** A bridging contractor leaves when the covered person reaches this productivity... */
	bridgeUntilProductivity: z.number().finite().min(0).max(1).default(0.5),
	/** ...or after this many months, when set. */
	bridgeMonths: z.number().finite().min(0).max(120).nullable().default(null)
};

/** Scenario-wide plan settings: calendar, fiscal year and the optimiser's constraints. */
export const settingsPlanFields = {
	startMonth: z.number().int().min(1).max(12).default(1),
	startYear: z.number().int().min(2000).max(2100).default(2026),
	fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
	/** Cash budget per fiscal year for all roles together; null = none. */
	budgetPerFiscalYear: z.number().finite().min(0).max(MAX_BUDGET).nullable().default(null),
	/** Month (1-based) by which every role must reach 95 % of its need; null = none. */
	capacityDeadlineMonth: z.number().int().min(1).max(120).nullable().default(null),
	/** Most contractors in the plan (contracted people plus bridging contractors); null = no cap. */
	contractorCap: z.number().int().min(0).max(100_000).nullable().default(null)
};

export type Plan = z.infer<typeof PlanSchema>;
export type Pool = z.infer<typeof PoolSchema>;

/** How many people the pool allows to be upskilled (null = no limit). */
export function poolSize(pool: Pool): number | null {
	if (pool.feeders === null) return null;
	return Math.floor(pool.feeders * pool.shareAbleToMove + 1e-9);
}
