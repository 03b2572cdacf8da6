// Runs in the browser before any page code (and so before anything parses a scenario).
import type { ClientInit } from '@sveltejs/kit';
import { config } from 'zod/v4/core';

// zod's faster parsers compile code with `new Function`, which the app's content policy forbids
// (no 'unsafe-eval'): under the policy zod would fall back to its plain parsers anyway, but its
// probe for `new Function` is reported as a violation. So parse without trying.
config({ jitless: true });

/**
 * Start the app (hydration, one long task) only after the prerendered page has been painted: the
 * calculator shows as soon as its HTML and CSS are in, not after the scripts have run. A hidden tab
 * paints nothing (no animation frames): it starts at once.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		if (document.visibilityState === 'hidden') return resolve();
		requestAnimationFrame(() => setTimeout(resolve, 0));
	});
