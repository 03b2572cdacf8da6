import { describe, expect, it } from 'vitest';
import { de } from '../i18n/messages-de.ts';
import { en } from '../i18n/messages.ts';
import {
	Language,
	browserLang,
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
		expect(loadedMessages('en')).toBe(en);
		// Nothing has asked for German yet: it is not part of what this module loads.
		expect(loadedMessages('de')).toBeNull();
		const first = loadMessages('de');
		const second = loadMessages('de');
		const [a, b] = await Promise.all([first, second]);
		expect(a).toEqual(de);
		expect(a.lang).toBe('de');
		expect(b).toBe(a);
		expect(loadedMessages('de')).toBe(a);
	});

	it('switches only once the messages are in, and the last choice wins', async () => {
		const language = new Language();
		expect(language.lang).toBe('en');
		expect(language.t).toBe(en);
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
