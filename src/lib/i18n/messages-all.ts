/**
 * The full catalogues (first view and later part) of every language, for code that runs outside
 * the browser's first view: the command line, exports built in Node, the methodology defaults
 * script and the tests. The browser loads the two parts separately (state/language.svelte.ts).
 */
import { deLater } from './messages-later-de.ts';
import { enLater, type LaterMessages } from './messages-later.ts';
import { de as deFirst } from './messages-de.ts';
import { en as enFirst, type FirstMessages, type Messages } from './messages.ts';

/** One language's catalogue from its two parts (a new object; the parts are not changed). */
export function joinMessages(first: FirstMessages, later: LaterMessages): Messages {
	return { ...first, ...later };
}

/** Every English text. */
export const en: Messages = joinMessages(enFirst, enLater);

/** Every German text. */
export const de: Messages = joinMessages(deFirst, deLater);
