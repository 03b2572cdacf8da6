import { browser } from '$app/environment';
import { startLang } from '$lib/state/language.svelte.ts';
import { methodologyDoc } from '$lib/state/methodology-doc.ts';

/** The document in the start language, before the first render (English when prerendering). */
export async function load() {
	return { doc: await methodologyDoc(browser ? startLang() : 'en') };
}
