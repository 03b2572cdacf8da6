/**
 * The methodology document (docs/methodology.md, and its German translation methodology.de.md)
 * in the interface language. Each language is a separate chunk, fetched once when a page needs it
 * (prerendering reads the English one).
 */
import type { Lang } from './language.svelte.ts';

export interface MethodologyDoc {
	lang: Lang;
	/** The document's Markdown source. */
	markdown: string;
}

const SOURCES: Record<Lang, () => Promise<string>> = {
	en: () => import('../../../docs/methodology.md?raw').then((m) => m.default),
	de: () => import('../../../docs/methodology.de.md?raw').then((m) => m.default)
};

const docs: Partial<Record<Lang, Promise<MethodologyDoc>>> = {};

/** The document in `lang`, fetched once (a failed fetch may be retried). */
export function methodologyDoc(lang: Lang): Promise<MethodologyDoc> {
	docs[lang] ??= SOURCES[lang]().then(
		(markdown) => ({ lang, markdown }),
		(error: unknown) => {
			delete docs[lang];
			throw error;
		}
	);
	return docs[lang];
}
