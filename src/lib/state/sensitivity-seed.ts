/**
 * The sensitivity analysis of the prerendered scenario, computed when the page is prerendered and
 * written into it (a JSON data block, not a script): the recommendation's "what would change the
 * answer" sentence is in the page before any script runs, and the app starts with the same result
 * instead of starting the sensitivity worker for the first view. The worker starts with the first
 * edit (or for any other scenario: saved work, a share link, another language).
 */
import type { Scenario, SensitivityResult } from '../model/index.ts';

/** The id of the data block in the prerendered page. */
export const SEED_ID = 'bob-sensitivity';

/** A result and the scenario it belongs to (as a short hash of the scenario's JSON). */
export interface SensitivitySeed {
	key: string;
	result: SensitivityResult;
}

/** A 53-bit hash of a text (cyrb53), as a short string. */
function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Which scenario a seed belongs to: every input (names and number format included). */
export function scenarioKey(scenario: Scenario): string {
	return hash(JSON.stringify(scenario));
}

/** Prerendering: the analysis (set by the server hook; never in the browser). */
let analyse: ((scenario: Scenario) => SensitivityResult) | null = null;
/** Prerendering: the seed the page being rendered used, to write into it. */
let rendered: SensitivitySeed | null = null;
/** In the browser: the page's seed, read once (undefined: not read yet). */
let fromPage: SensitivitySeed | null | undefined;

/** Prerendering: how to analyse a scenario (server only, so the analysis stays out of the app). */
export function analyseWhenRendering(fn: (scenario: Scenario) => SensitivityResult): void {
	analyse = fn;
}

/** Prerendering: the seed used by the page just rendered (and forget it). */
export function takeRenderedSeed(): SensitivitySeed | null {
	const seed = rendered;
	rendered = null;
	return seed;
}

/** The data block to write into a prerendered page (`<` escaped: it cannot end the element). */
export function seedElement(seed: SensitivitySeed): string {
	const json = JSON.stringify(seed).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${SEED_ID}">${json}</script>`;
}

function pageSeed(): SensitivitySeed | null {
	if (fromPage === undefined) {
		fromPage = null;
		const text = globalThis.document?.getElementById(SEED_ID)?.textContent;
		try {
			if (text) fromPage = JSON.parse(text) as SensitivitySeed;
		} catch {
			fromPage = null;
		}
	}
	return fromPage;
}

/**
 * The sensitivity of `scenario` without the worker, if known: computed while prerendering, or in
 * the browser the prerendered page's result when it belongs to this very scenario. Else null.
 */
export function seededSensitivity(scenario: Scenario): SensitivityResult | null {
	if (analyse) {
		rendered = { key: scenarioKey(scenario), result: analyse(scenario) };
		return rendered.result;
	}
	const seed = pageSeed();
	return seed && seed.key === scenarioKey(scenario) ? seed.result : null;
}
