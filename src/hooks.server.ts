// Runs only when the pages are prerendered (the build), never in the browser.
import type { Handle } from '@sveltejs/kit';
import { analyseSensitivity } from '$lib/model/sensitivity.ts';
import { bestMixWithoutLimits } from '$lib/model/optimize-units.ts';
import { startAfterPaint } from '$lib/server/start-after-paint.ts';
import {
	bestMixElement,
	bestMixWhenRendering,
	takeRenderedBestMix
} from '$lib/state/best-mix-seed.ts';
import {
	analyseWhenRendering,
	seedElement,
	takeRenderedSeed
} from '$lib/state/sensitivity-seed.ts';

// The calculator's sensitivity analysis and best mix are computed while its page is prerendered
// and written into it, so the first view needs no worker and does not find them again
// (state/sensitivity-seed.ts, state/best-mix-seed.ts). Every page paints before the app's scripts
// are requested (server/start-after-paint.ts).
analyseWhenRendering(analyseSensitivity);
bestMixWhenRendering(bestMixWithoutLimits);

export const handle: Handle = ({ event, resolve }) => {
	takeRenderedSeed();
	takeRenderedBestMix();
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!done) return html;
			const seed = takeRenderedSeed();
			const mix = takeRenderedBestMix();
			const blocks = [seed ? seedElement(seed) : '', mix?.result ? bestMixElement(mix) : ''].filter(
				Boolean
			);
			const page = startAfterPaint(html);
			return blocks.length ? page.replace('</body>', `${blocks.join('\n')}\n\t</body>`) : page;
		}
	});
};
