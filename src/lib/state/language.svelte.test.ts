import { describe, expect, it, vi } from 'vitest';
import { de as deFirst } from '../i18n/messages-de.ts';
import { enLater } from '../i18n/messages-later.ts';
import { en as enFirst } from '../i18n/messages.ts';
import { de, en } from '../i18n/messages-all.ts';
import {
	Language,
	browserLang,
	hasLaterMessages,
	loadLaterMessages,
	loadMessages,
	loadedMessages,
	preferredLang
} from './language.svelte.ts';

describe('choosing the start language', () => {
	it('follows a saved choice, else the browser', () => {
		expect(preferredLang('de', 'en-US')).toBe('de');
		expect(preferredLang('en', 'de-DE')).toBe('en');
		expect(preferredLang(null, 'de-AT')).toBe('de');
		expect(preferredLang('fr', 'fr-FR')).toBe('en');
		expect(preferredLang(null, undefined)).toBe('en');
		expect(browserLang('DE')).toBe('de');
	});
});

describe('loading a language when it is chosen', () => {
	it('has English at hand and fetches German once, on demand', async () => {
		// The first view's English texts only: the later part is not loaded until asked for.
		expect(loadedMessages('en')).toEqual(enFirst);
		expect(hasLaterMessages('en')).toBe(false);
		// Nothing has asked for German yet: it is not part of what this module loads.
		expect(loadedMessages('de')).toBeNull();
		const first = loadMessages('de');
		const second = loadMessages('de');
		const [a, b] = await Promise.all([first, second]);
		expect(a).toEqual(deFirst);
		expect(a.lang).toBe('de');
		expect(b).toBe(a);
		expect(loadedMessages('de')).toBe(a);
	});

	it('switches only once the messages are in, and the last choice wins', async () => {
		const language = new Language();
		expect(language.lang).toBe('en');
		expect(language.t).toBe(loadedMessages('en'));
		const toGerman = language.set('de', false);
		const backToEnglish = language.set('en', false);
		await Promise.all([toGerman, backToEnglish]);
		expect(language.lang).toBe('en');
		expect(language.t.nav.calculator).toBe('Calculator');
		await language.set('de', false);
		expect(language.lang).toBe('de');
		expect(language.t.nav.calculator).toBe('Rechner');
		expect(language.pending).toBeNull();
	});
});

describe('the later part of the messages (other views, dialogs, exports)', () => {
	it('is attached to the messages in use when asked for, and comes with a language chosen later', async () => {
		const language = new Language();
		await language.set('en', false);
		const t = language.t;
		expect(t.exports).toBeUndefined();
		await loadLaterMessages(t);
		// The same object now holds every English text, the first view's unchanged.
		expect(language.t).toBe(t);
		expect(t).toEqual(en);
		expect(t.compare.title).toBe(enLater.compare.title);
		expect(enFirst).not.toHaveProperty('exports');
		// A language switched to afterwards arrives whole, so an open view keeps its texts.
		await language.set('de', false);
		expect(language.t).toEqual(de);
		expect(hasLaterMessages('de')).toBe(true);
	});

	it('comes with a module that shows its texts, fetched side by side', async () => {
		// A fresh copy of the module: nothing of the later part is attached yet.
		vi.resetModules();
		const fresh = await import('./language.svelte.ts');
		const language = new fresh.Language();
		await language.set('en', false);
		let attachedWhenLoading: boolean | null = null;
		const module = await fresh.withLaterMessages(async () => {
			attachedWhenLoading = fresh.hasLaterMessages('en');
			return { name: 'dialog' };
		}, language.t);
		expect(module).toEqual({ name: 'dialog' });
		// Fetched at the same time as the texts, not after them; both are in when it resolves.
		expect(attachedWhenLoading).toBe(false);
		expect(fresh.hasLaterMessages('en')).toBe(true);
		expect(language.t.compare.title).toBe(enLater.compare.title);
	});
});
