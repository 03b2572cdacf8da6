import { browser } from '$app/environment';
import { loadLaterMessages, loadMessages, startLang } from '$lib/state/language.svelte.ts';
import type { LayoutLoad } from './$types';

// A static app: every page is prerendered with its default content (visible before any script
// runs), then hydrated in the browser, where saved work takes over.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * Before the first render in the browser: fetch the messages of a saved or the browser's language
 * (English is part of the first load; others are separate chunks), so the page starts in it. Every
 * view but the calculator also needs the later part of the messages (i18n/messages-later.ts): it
 * loads before that view renders, here and when prerendering.
 */
export const load: LayoutLoad = async ({ route }) => {
	const lang = browser ? startLang() : 'en';
	// Unreachable messages (offline without a cached copy) leave the page in English.
	if (browser) await loadMessages(lang).catch(() => undefined);
	if (route.id !== '/') await loadLaterMessages(lang).catch(() => loadLaterMessages('en'));
	return {};
};
