import { browser } from '$app/environment';
import { loadMessages, startLang } from '$lib/state/language.svelte.ts';

// A static app: every page is prerendered with its default content (visible before any script
// runs), then hydrated in the browser, where saved work takes over.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * Before the first render in the browser: fetch the messages of a saved or the browser's language
 * (English is part of the first load; others are separate chunks), so the page starts in it.
 */
export async function load(): Promise<Record<string, never>> {
	if (browser) {
		// Unreachable messages (offline without a cached copy) leave the page in English.
		await loadMessages(startLang()).catch(() => undefined);
	}
	return {};
}
