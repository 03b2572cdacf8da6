/** Scenarios written out by hand for unit tests. Test support only: never imported by the app. */
import type { ScenarioInput } from './schema.ts';

/**
 * Three analysts, recruiting slow and dear (60 % agency fee, 150 days to fill), upskilling certain
 * but bounded by a pool of 4 feeders of whom half can move: the best mix is bound by the pool.
 */
export const POOL_BOUND: ScenarioInput = {
	name: 'Pool',
	currency: 'GBP',
	locale: 'en-GB',
	settings: { includeBorrow: false },
	roles: [
		{
			name: 'Analyst',
			headcount: 3,
			pool: { feeders: 4, shareAbleToMove: 0.5 },
			buy: { agencyFeeRate: 0.6, timeToFillDays: 150 },
			build: { successProbability: 1, oldRole: 'not-needed' }
		}
	]
};
