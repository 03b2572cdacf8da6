/**
 * The methodology document (docs/methodology.md, and its German translation methodology.de.md)
 * in the interface language. Each language is a separate chunk, fetched once when a page needs it
 * (prerendering reads the English one). Its table of defaults is derived from the model's field
 * table (methodology-defaults.ts), so it always shows the defaults the calculator uses.
 */
import type { Messages } from '../i18n/messages.ts';
import { loadLaterMessages, loadMessages, type Lang } from './language.svelte.ts';
import { withDefaultsTable } from './methodology-defaults.ts';

export interface MethodologyDoc {
	lang: Lang;
	/** The document's Markdown source. */
	markdown: string;
}

const SOURCES: Record<Lang, () => Promise<string>> = {
	en: () => import('../../../docs/methodology.md?raw').then((m) => m.default),
	de: () => import('../../../docs/methodology.de.md?raw').then((m) => m.default)
};

/** The messages the document's own tables are written in (the later part included). */
function messagesOf(lang: Lang): Promise<Messages> {
	return loadLaterMessages(lang).then(() => loadMessages(lang));
}

const docs: Partial<Record<Lang, Promise<MethodologyDoc>>> = {};

/** The document in `lang`, fetched once (a failed fetch may be retried). */
export function methodologyDoc(lang: Lang): Promise<MethodologyDoc> {
	docs[lang] ??= Promise.all([SOURCES[lang](), messagesOf(lang)]).then(
		([markdown, t]) => ({ lang, markdown: withDefaultsTable(markdown, t) }),
		(error: unknown) => {
			delete docs[lang];
			throw error;
		}
	);
	return docs[lang];
}
