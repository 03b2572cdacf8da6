/**
 * Importing scenario files (picker or drop): every scenario in the file becomes a new entry, names
 * made unique, nothing overwritten. A bad file changes nothing and says why. The file reader loads
 * on first import, keeping it out of the first page.
 *
 * The outcome is kept as data (the file's name, the typed error or warnings, the names added) and
 * put into words only when shown, so switching the language changes it too.
 */
import { decodeFileBytes } from '../files/file-text.ts';
import type { ImportError, ImportWarning } from '../files/scenario-file.ts';
import { plural } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { withLaterMessages } from './language.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** The outcome of the last import, shown where it was asked for. */
export type ImportOutcome =
	| { kind: 'error'; fileName: string | null; error: ImportError }
	| { kind: 'ok'; fileName: string | null; names: string[]; warnings: ImportWarning[] };

/** An outcome in words: the sentence and any details (one per warning). */
export interface ImportStatus {
	kind: 'ok' | 'error';
	text: string;
	details: string[];
}

type ImportMessages = typeof import('../files/import-messages.ts');

/** Names listed in the sentence before "and N more". */
const LISTED_NAMES = 5;

export class Importer {
	/** The outcome of the last import (file picker or drop). */
	outcome = $state.raw<ImportOutcome | null>(null);
	#workspace: Workspace;
	#text: () => Messages;
	/** The texts for import errors and warnings, loaded with the file reader on first import. */
	#messages = $state.raw<ImportMessages | null>(null);

	constructor(workspace: Workspace, text: () => Messages) {
		this.#workspace = workspace;
		this.#text = text;
	}

	/** The last outcome in the current language (null when there is none to show). */
	get status(): ImportStatus | null {
		const outcome = this.outcome;
		const messages = this.#messages;
		if (!outcome || !messages) return null;
		return describeImport(outcome, this.#text(), messages);
	}

	/** Import a file the user chose or dropped (UTF-8, or UTF-16 with a byte order mark). */
	async importFile(file: Blob & { name: string }): Promise<ImportOutcome> {
		const bytes = new Uint8Array(await file.arrayBuffer());
		return this.importText(decodeFileBytes(bytes), file.name);
	}

	/** Import a scenario file's text (`fileName` as the user knows it, if any). */
	async importText(text: string, fileName: string | null = null): Promise<ImportOutcome> {
		// Its messages (why a file was refused, notes on one taken) are in the later part.
		const [{ parseScenarioFile }, messages] = await withLaterMessages(
			() =>
				Promise.all([import('../files/scenario-file.ts'), import('../files/import-messages.ts')]),
			this.#text()
		);
		this.#messages = messages;
		const parsed = parseScenarioFile(text);
		if (!parsed.ok) {
			this.outcome = { kind: 'error', fileName, error: parsed.error };
			return this.outcome;
		}
		const ids = this.#workspace.addScenarios(parsed.scenarios);
		const names = ids.map((id) =>
			String(this.#workspace.entries.find((e) => e.id === id)?.draft.name ?? '')
		);
		this.outcome = { kind: 'ok', fileName, names, warnings: parsed.warnings };
		return this.outcome;
	}

	dismiss(): void {
		this.outcome = null;
	}
}

/** An import's outcome in the words of `t`. */
export function describeImport(
	outcome: ImportOutcome,
	t: Messages,
	messages: Pick<ImportMessages, 'messageForImportError' | 'messageForImportWarning'>
): ImportStatus {
	const file = outcome.fileName === null ? t.workspace.theFile : `\u201c${outcome.fileName}\u201d`;
	if (outcome.kind === 'error') {
		return {
			kind: 'error',
			text: t.workspace.notImported(file, messages.messageForImportError(outcome.error, t)),
			details: []
		};
	}
	const { names } = outcome;
	return {
		kind: 'ok',
		text: plural(names.length, t.workspace.imported, t)(
			names.length,
			file,
			names.slice(0, LISTED_NAMES).join(', '),
			names.length - LISTED_NAMES
		),
		details: outcome.warnings.map((w) => messages.messageForImportWarning(w, t))
	};
}
