/**
 * The interface language: the user's choice (or the browser's), saved in the browser. English is
 * part of the first load; every other language is loaded when it is chosen (its messages are a
 * separate chunk), and before the first render when it is saved or the browser's.
 *
 * Each language comes in two parts (i18n/messages.ts): the first view's texts, and the later part
 * (other views, dialogs, exports), which is fetched and attached to the same messages object when
 * a view or panel that shows it loads (`loadLaterMessages`), and from then on with every language.
 */
import { en, type FirstMessages, type Messages } from '../i18n/messages.ts';
import type { LaterMessages } from '../i18n/messages-later.ts';

export type Lang = 'en' | 'de';

const KEY = 'bob.lang';

/** How each language's first-view messages arrive: English is at hand, the others are fetched. */
const LOADERS: Record<Lang, () => Promise<FirstMessages>> = {
	en: () => Promise.resolve(en),
	de: () => import('../i18n/messages-de.ts').then((m) => m.de)
};

/** How each language's later part arrives (always fetched). */
const LATER_LOADERS: Record<Lang, () => Promise<LaterMessages>> = {
	en: () => import('../i18n/messages-later.ts').then((m) => m.enLater),
	de: () => import('../i18n/messages-later-de.ts').then((m) => m.deLater)
};

/**
 * A language's messages object as the interface holds it: its first-view part, to which the later
 * part is attached in place once loaded (until then its later keys are missing, which is why only
 * views and panels that load it first read them). A copy, so the imported parts stay unchanged.
 */
function held(first: FirstMessages): Messages {
	return { ...first } as Messages;
}

/** Messages loaded so far (English always). */
const loaded: Partial<Record<Lang, Messages>> = { en: held(en) };
const loading: Partial<Record<Lang, Promise<Messages>>> = {};
/** Languages whose later part is attached, or being fetched. */
const laterLoading: Partial<Record<Lang, Promise<void>>> = {};
/** Set once a view or panel asked for the later part: every language loaded from then brings it. */
let laterWanted = false;

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

/**
 * The messages of a language, fetched once (later calls share the first fetch); with the later
 * part once any view asked for it.
 */
export function loadMessages(lang: Lang): Promise<Messages> {
	const first = loadFirst(lang);
	return laterWanted ? first.then((m) => attachLater(lang).then(() => m)) : first;
}

function loadFirst(lang: Lang): Promise<Messages> {
	const ready = loaded[lang];
	if (ready) return Promise.resolve(ready);
	loading[lang] ??= LOADERS[lang]().then(
		(messages) => (loaded[lang] = held(messages)),
		(error: unknown) => {
			// A failed fetch (offline, a new deployment) may be retried by choosing again.
			delete loading[lang];
			throw error;
		}
	);
	return loading[lang];
}

/** Fetch the later part of a loaded language and attach it to its messages object. */
function attachLater(lang: Lang): Promise<void> {
	laterLoading[lang] ??= LATER_LOADERS[lang]().then(
		(later) => {
			const target = loaded[lang];
			if (target) Object.assign(target, later);
		},
		(error: unknown) => {
			delete laterLoading[lang];
			throw error;
		}
	);
	return laterLoading[lang];
}

/**
 * Make sure the later part of `lang` (a language, or the messages object in use) is attached:
 * views and panels that show later texts (other pages, the export and share dialogs, exports)
 * await this before they render or build. From then on, a language switch brings its later part
 * too. Resolves at once when it is attached already.
 */
export async function loadLaterMessages(lang: Lang | Messages): Promise<void> {
	const code = typeof lang === 'string' ? lang : isLang(lang.lang) ? lang.lang : 'en';
	laterWanted = true;
	await loadFirst(code);
	await attachLater(code);
}

/**
 * A module whose texts are in the later part of the messages (a dialog, a file reader, an export),
 * fetched together with that part: resolves with the module once both are in.
 */
export async function withLaterMessages<M>(
	load: () => Promise<M>,
	lang: Lang | Messages
): Promise<M> {
	const [module] = await Promise.all([load(), loadLaterMessages(lang)]);
	return module;
}

/** Whether the later part of a language is attached (for tests). */
export function hasLaterMessages(lang: Lang): boolean {
	return loaded[lang] !== undefined && 'exports' in loaded[lang];
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
	readonly t: Messages = $derived(loaded[this.lang] ?? (loaded.en as Messages));

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
