import { browser } from '$app/environment';
import { loadLaterMessages, loadMessages, startLang } from '$lib/state/language.svelte.ts';
import { warmIntl } from '$lib/state/intl-warm.ts';
import { prepareAppState } from '$lib/state/app.svelte.ts';
import { roleShape, scenarioShape } from '$lib/state/draft.ts';
import { afterPaint, holdUntil, untilNextTask } from '$lib/state/start-queue.ts';
import type { LayoutLoad } from './$types';

// A static app: every page is prerendered with its default content (visible before any script
// runs), then hydrated in the browser, where saved work takes over.
export const prerender = true;
export const trailingSlash = 'always';

let painted = false;

/**
 * Before the first render in the browser: fetch the messages of a saved or the browser's language
 * (English is part of the first load; others are separate chunks), so the page starts in it. Every
 * view but the calculator also needs the later part of the messages (i18n/messages-later.ts): it
 * loads before that view renders, here and when prerendering.
 */
export const load: LayoutLoad = async ({ route }) => {
	// The page's parts start in small steps after it (state/start-queue.ts), once the number formats'
	// data has been loaded off the main thread (state/intl-warm.ts).
	if (browser && !painted) holdUntil(warmIntl());
	const lang = browser ? startLang() : 'en';
	// Unreachable messages (offline without a cached copy) leave the page in English.
	if (browser) await loadMessages(lang).catch(() => undefined);
	// The prerendered page is painted before the app starts on it (the start is long work on a
	// slow phone, and would otherwise hold back the first paint). Only the first time. Usually the
	// page's start script has already waited for the first paint before fetching the app
	// (server/start-after-paint.ts), and this costs one frame; it counts where that script could not
	// wait (a browser without paint timing, its fallback time).
	if (browser && !painted) {
		painted = true;
		await afterPaint();
		// The model's first run (the shapes every draft is filled into) in two tasks of its own, the
		// app's state (saved work read and checked) in the next, then the first render: four
		// shorter tasks instead of one long one.
		roleShape();
		await untilNextTask();
		scenarioShape();
		await untilNextTask();
		prepareAppState();
		await untilNextTask();
	}
	if (route.id !== '/') await loadLaterMessages(lang).catch(() => loadLaterMessages('en'));
	return {};
};
