/**
 * The best mix of the prerendered scenario (a small one without limits is found at once, on the
 * page's own thread), computed when the page is prerendered and written into it (state/page-seed.ts):
 * the app starts with the same answer instead of finding it again during start-up (about half a
 * second on a slow phone). Any other scenario (saved work, a link, an edit) finds its own.
 */
import type { OptimizeResult } from '../model/optimize-units.ts';
import type { Scenario } from '../model/schema.ts';
import { PageSeed, type Seed } from './page-seed.ts';

/** The id of the data block in the prerendered page. */
export const BEST_MIX_SEED_ID = 'bob-best-mix';

/** A best mix and the scenario it belongs to (null: that scenario's best mix needs a search). */
export type BestMixSeed = Seed<OptimizeResult | null>;

const seed = new PageSeed<OptimizeResult | null>(BEST_MIX_SEED_ID);

/** Prerendering: how to find a scenario's best mix at once (server only). */
export function bestMixWhenRendering(fn: (scenario: Scenario) => OptimizeResult | null): void {
	seed.whenRendering(fn);
}

/** Prerendering: the seed used by the page just rendered (and forget it). */
export function takeRenderedBestMix(): BestMixSeed | null {
	return seed.take();
}

/** The data block to write into a prerendered page. */
export function bestMixElement(s: BestMixSeed): string {
	return seed.element(s);
}

/**
 * The best mix of `scenario` found without a search, if the page knows it: found while
 * prerendering, or in the browser the prerendered page's for this very scenario. Else null (a
 * scenario with limits, whose best mix needs a search, is never seeded).
 */
export function seededBestMix(scenario: Scenario): OptimizeResult | null {
	return seed.seeded(scenario);
}
