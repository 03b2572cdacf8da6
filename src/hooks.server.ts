// Runs only when the pages are prerendered (the build), never in the browser.
import type { Handle } from '@sveltejs/kit';
import { analyseSensitivity } from '$lib/model/sensitivity.ts';
import {
	analyseWhenRendering,
	seedElement,
	takeRenderedSeed
} from '$lib/state/sensitivity-seed.ts';

// The calculator's sensitivity analysis is computed while its page is prerendered and written
// into it, so the first view needs no worker (state/sensitivity-seed.ts).
analyseWhenRendering(analyseSensitivity);

export const handle: Handle = ({ event, resolve }) => {
	takeRenderedSeed();
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!done) return html;
			const seed = takeRenderedSeed();
			return seed ? html.replace('</body>', `${seedElement(seed)}\n\t</body>`) : html;
		}
	});
};
