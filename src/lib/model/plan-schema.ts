/**
 * The plan's parts of the scenario: a mix per role (whole people recruited, upskilled, contracted,
 * and how many recruits and trainees a contractor bridges), the internal candidate pool, and the
 * scenario-wide constraints. Every field has a default, so files without them open unchanged.
 */
import { z } from 'zod/mini';
import { numberIn, wholeNumber } from './schema-parts.ts';

/** Most people in one role (the role headcount's upper bound). */
export const MAX_PLAN_PEOPLE = 1000;
/** Largest cash budget per fiscal year (across all roles). */
export const MAX_BUDGET = 1_000_000_000;

const count = () => z._default(wholeNumber(0, MAX_PLAN_PEOPLE), 0);

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
	feeders: z._default(z.nullable(wholeNumber(0, 100_000)), null),
	shareAbleToMove: z._default(numberIn(0, 1), 1)
});

/** Contractor rules added to the borrow inputs (agency-worker limits, conversion, bridging). */
export const borrowPlanFields = {
	/** Longest a contractor may stay (e.g. 18 months in Germany); null = no limit. */
	maxMonthsPerContractor: z._default(z.nullable(numberIn(1, 120)), null),
	/** Fee to hire a contractor permanently when they reach the maximum months; null = replace them. */
	conversionFee: z._default(z.nullable(numberIn(0, 10_000_000)), null),
	/** A bridging contractor leaves when the covered person reaches this productivity... */
	bridgeUntilProductivity: z._default(numberIn(0, 1), 0.5),
	/** ...or after this many months, when set. */
	bridgeMonths: z._default(z.nullable(numberIn(0, 120)), null)
};

/** Scenario-wide plan settings: calendar, fiscal year and the optimiser's constraints. */
export const settingsPlanFields = {
	startMonth: z._default(wholeNumber(1, 12), 1),
	startYear: z._default(wholeNumber(2000, 2100), 2026),
	fiscalYearStartMonth: z._default(wholeNumber(1, 12), 1),
	/** Cash budget per fiscal year for all roles together; null = none. */
	budgetPerFiscalYear: z._default(z.nullable(numberIn(0, MAX_BUDGET)), null),
	/** Month (1-based) by which every role must reach 95 % of its need; null = none. */
	capacityDeadlineMonth: z._default(z.nullable(wholeNumber(1, 120)), null),
	/** Most contractors in the plan (contracted people plus bridging contractors); null = no cap. */
	contractorCap: z._default(z.nullable(wholeNumber(0, 100_000)), null)
};

export type Plan = z.infer<typeof PlanSchema>;
export type Pool = z.infer<typeof PoolSchema>;

/** How many people the pool allows to be upskilled (null = no limit). */
export function poolSize(pool: Pool): number | null {
	if (pool.feeders === null) return null;
	return Math.floor(pool.feeders * pool.shareAbleToMove + 1e-9);
}
