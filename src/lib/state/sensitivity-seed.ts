/**
 * The sensitivity analysis of the prerendered scenario, computed when the page is prerendered and
 * written into it (state/page-seed.ts): the recommendation's "what would change the answer"
 * sentence is in the page before any script runs, and the app starts with the same result instead
 * of starting the sensitivity worker for the first view. The worker starts with the first edit (or
 * for any other scenario: saved work, a share link, another language). The analysis itself stays
 * out of the app: the server hook hands it over.
 */
import type { Scenario, SensitivityResult } from '../model/index.ts';
import { PageSeed, type Seed } from './page-seed.ts';

export { scenarioKey } from './page-seed.ts';

/** The id of the data block in the prerendered page. */
export const SEED_ID = 'bob-sensitivity';

/** A result and the scenario it belongs to. */
export type SensitivitySeed = Seed<SensitivityResult>;

const seed = new PageSeed<SensitivityResult>(SEED_ID);

/** Prerendering: how to analyse a scenario (server only, so the analysis stays out of the app). */
export function analyseWhenRendering(fn: (scenario: Scenario) => SensitivityResult): void {
	seed.whenRendering(fn);
}

/** Prerendering: the seed used by the page just rendered (and forget it). */
export function takeRenderedSeed(): SensitivitySeed | null {
	return seed.take();
}

/** The data block to write into a prerendered page. */
export function seedElement(s: SensitivitySeed): string {
	return seed.element(s);
}

/**
 * The sensitivity of `scenario` without the worker, if known: computed while prerendering, or in
 * the browser the prerendered page's result when it belongs to this very scenario. Else null.
 */
export function seededSensitivity(scenario: Scenario): SensitivityResult | null {
	return seed.seeded(scenario);
}
