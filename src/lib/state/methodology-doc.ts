/**
 * The methodology document (docs/methodology.md, and its German translation methodology.de.md)
 * as HTML, in the interface language. Each language is a separate chunk, fetched when the page
 * needs it (prerendering reads the English one), and rendered once.
 */
import { marked } from 'marked';
import type { Lang } from './language.svelte.ts';

export interface MethodologyDoc {
	lang: Lang;
	html: string;
}

const SOURCES: Record<Lang, () => Promise<string>> = {
	en: () => import('../../../docs/methodology.md?raw').then((m) => m.default),
	de: () => import('../../../docs/methodology.de.md?raw').then((m) => m.default)
};

const docs: Partial<Record<Lang, Promise<MethodologyDoc>>> = {};

/** Markdown to HTML; wide formulas and tables scroll sideways and are reachable by keyboard. */
export function renderMethodology(markdown: string): string {
	return (
		marked
			.parse(markdown, { async: false, gfm: true })
			// WCAG 2.1.1: a scrolling region must take focus to be scrolled with the keyboard.
			.replace(/<pre>/g, '<pre tabindex="0">')
			.replace(/<table>/g, '<table tabindex="0">')
	);
}

/** The document in `lang`, fetched and rendered once. */
export function methodologyDoc(lang: Lang): Promise<MethodologyDoc> {
	docs[lang] ??= SOURCES[lang]().then(
		(source) => ({ lang, html: renderMethodology(source) }),
		(error: unknown) => {
			delete docs[lang];
			throw error;
		}
	);
	return docs[lang];
}
