/**
 * Results computed while a page is prerendered and written into it (a JSON data block, not a
 * script), so the app starts with them instead of computing them again on the phone: the
 * sensitivity analysis (state/sensitivity-seed.ts) and the best mix (state/best-mix-seed.ts). Each
 * belongs to one scenario, named by a hash of all its inputs; the browser uses a seed only for
 * that very scenario (saved work, a share link or another locale computes its own).
 */
import type { Scenario } from '../model/index.ts';

/** A result and the scenario it belongs to (as a short hash of the scenario's JSON). */
export interface Seed<T> {
	key: string;
	result: T;
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

/** One kind of seed: its data block's id, how it is computed when prerendering, how it is read. */
export class PageSeed<T> {
	readonly id: string;
	/** Prerendering: how to compute the result (set by the server hook; never in the browser). */
	#compute: ((scenario: Scenario) => T) | null = null;
	/** Prerendering: the seed the page being rendered used, to write into it. */
	#rendered: Seed<T> | null = null;
	/** In the browser: the page's seed, read once (undefined: not read yet). */
	#fromPage: Seed<T> | null | undefined;

	constructor(id: string) {
		this.id = id;
	}

	/** Prerendering: how to compute a scenario's result (server only). */
	whenRendering(fn: (scenario: Scenario) => T): void {
		this.#compute = fn;
	}

	/** Prerendering: the seed used by the page just rendered (and forget it). */
	take(): Seed<T> | null {
		const seed = this.#rendered;
		this.#rendered = null;
		return seed;
	}

	/** The data block to write into a prerendered page (`<` escaped: it cannot end the element). */
	element(seed: Seed<T>): string {
		const json = JSON.stringify(seed).replace(/</g, '\\u003c');
		return `<script type="application/json" id="${this.id}">${json}</script>`;
	}

	#pageSeed(): Seed<T> | null {
		if (this.#fromPage === undefined) {
			this.#fromPage = null;
			const text = globalThis.document?.getElementById(this.id)?.textContent;
			try {
				if (text) this.#fromPage = JSON.parse(text) as Seed<T>;
			} catch {
				this.#fromPage = null;
			}
		}
		return this.#fromPage;
	}

	/**
	 * The result for `scenario` without computing it here, if known: computed while prerendering,
	 * or in the browser the prerendered page's result when it belongs to this very scenario. Else
	 * null.
	 */
	seeded(scenario: Scenario): T | null {
		if (this.#compute) {
			this.#rendered = { key: scenarioKey(scenario), result: this.#compute(scenario) };
			return this.#rendered.result;
		}
		const seed = this.#pageSeed();
		return seed && seed.key === scenarioKey(scenario) ? seed.result : null;
	}
}
