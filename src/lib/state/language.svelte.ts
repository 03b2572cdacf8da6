/** The interface language: the user's choice (or the browser's), saved in the browser. */
import { de } from '../i18n/messages-de.ts';
import { en, type Messages } from '../i18n/messages.ts';

export type Lang = 'en' | 'de';

export const LANGUAGES: Record<Lang, Messages> = { en, de };

const KEY = 'bob.lang';

function isLang(v: unknown): v is Lang {
	return v === 'en' || v === 'de';
}

/** The browser's preferred language, reduced to one the app offers. */
export function browserLang(language: string | undefined): Lang {
	return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export class Language {
	lang = $state<Lang>('en');

	/** The messages of the language in effect. */
	readonly t: Messages = $derived(LANGUAGES[this.lang]);

	constructor() {
		if (typeof window === 'undefined') return;
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(KEY);
		} catch {
			// storage unavailable: follow the browser
		}
		this.lang = isLang(saved) ? saved : browserLang(navigator.language);
		document.documentElement.lang = this.lang;
	}

	set(lang: Lang): void {
		this.lang = lang;
		document.documentElement.lang = lang;
		try {
			localStorage.setItem(KEY, lang);
		} catch {
			// not saved; still applied for this visit
		}
	}
}
