/**
 * The interface language: the user's choice (or the browser's), saved in the browser. English is
 * part of the first load; every other language is loaded when it is chosen (its messages are a
 * separate chunk), and before the first render when it is saved or the browser's.
 */
import { en, type Messages } from '../i18n/messages.ts';

export type Lang = 'en' | 'de';

const KEY = 'bob.lang';

/** How each language's messages arrive: English is at hand, the others are fetched when chosen. */
const LOADERS: Record<Lang, () => Promise<Messages>> = {
	en: () => Promise.resolve(en),
	de: () => import('../i18n/messages-de.ts').then((m) => m.de)
};

/** Messages loaded so far (English always). */
const loaded: Partial<Record<Lang, Messages>> = { en };
const loading: Partial<Record<Lang, Promise<Messages>>> = {};

function isLang(v: unknown): v is Lang {
	return v === 'en' || v === 'de';
}

/** The browser's preferred language, reduced to one the app offers. */
export function browserLang(language: string | undefined): Lang {
	return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The language to start in: the saved choice, else the browser's. */
export function preferredLang(saved: string | null, browserLanguage: string | undefined): Lang {
	return isLang(saved) ? saved : browserLang(browserLanguage);
}

/** The messages of a language if they are loaded already, else null. */
export function loadedMessages(lang: Lang): Messages | null {
	return loaded[lang] ?? null;
}

/** The messages of a language, fetched once (later calls share the first fetch). */
export function loadMessages(lang: Lang): Promise<Messages> {
	const ready = loaded[lang];
	if (ready) return Promise.resolve(ready);
	loading[lang] ??= LOADERS[lang]().then(
		(messages) => (loaded[lang] = messages),
		(error: unknown) => {
			// A failed fetch (offline, a new deployment) may be retried by choosing again.
			delete loading[lang];
			throw error;
		}
	);
	return loading[lang];
}

/** The saved choice or the browser's language, read in the browser (English elsewhere). */
export function startLang(): Lang {
	if (typeof window === 'undefined') return 'en';
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(KEY);
	} catch {
		// storage unavailable: follow the browser
	}
	return preferredLang(saved, navigator.language);
}

export class Language {
	/** The language in effect: its messages are always loaded. */
	lang = $state<Lang>('en');
	/** The language being fetched after a switch (the interface stays in `lang` until it is in). */
	pending = $state<Lang | null>(null);
	/** Set when the chosen language could not be fetched (e.g. offline); the interface stays. */
	failed = $state<Lang | null>(null);

	/** The messages of the language in effect. */
	readonly t: Messages = $derived(loaded[this.lang] ?? en);

	constructor() {
		if (typeof window === 'undefined') return;
		// The start-up load (routes/+layout.ts) fetched the language before the first render;
		// should it not have, the page starts in English and switches as soon as it arrives.
		const want = startLang();
		if (loaded[want]) this.apply(want);
		else {
			document.documentElement.lang = 'en';
			void this.set(want, false);
		}
	}

	/**
	 * Switch to `lang` once its messages are loaded; nothing changes on screen before, so no text
	 * shows in a mix of languages. The last choice wins when several are pending.
	 */
	async set(lang: Lang, save = true): Promise<void> {
		if (save) {
			try {
				localStorage.setItem(KEY, lang);
			} catch {
				// not saved; still applied for this visit
			}
		}
		this.pending = lang;
		this.failed = null;
		try {
			await loadMessages(lang);
		} catch {
			if (this.pending === lang) {
				this.pending = null;
				this.failed = lang;
			}
			return;
		}
		if (this.pending !== lang) return;
		this.pending = null;
		this.apply(lang);
	}

	private apply(lang: Lang): void {
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}
