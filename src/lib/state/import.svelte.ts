/**
 * Importing scenario files (picker or drop): every scenario in the file becomes a new entry, names
 * made unique, nothing overwritten. A bad file changes nothing and says why. The file reader loads
 * on first import, keeping it out of the first page.
 */
import { decodeFileBytes } from '../files/file-text.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Workspace } from './workspace.svelte.ts';

/** The outcome of the last import, shown where it was asked for. */
export type ImportStatus = { kind: 'ok' | 'error'; text: string; details: string[] };

export class Importer {
	/** The outcome of the last import (file picker or drop). */
	status = $state<ImportStatus | null>(null);
	#workspace: Workspace;
	#text: () => Messages;

	constructor(workspace: Workspace, text: () => Messages) {
		this.#workspace = workspace;
		this.#text = text;
	}

	/** Import a file the user chose or dropped (UTF-8, or UTF-16 with a byte order mark). */
	async importFile(file: Blob & { name: string }): Promise<ImportStatus> {
		const bytes = new Uint8Array(await file.arrayBuffer());
		return this.importText(decodeFileBytes(bytes), `“${file.name}”`);
	}

	/** Import a scenario file's text. */
	async importText(text: string, fileName = 'the file'): Promise<ImportStatus> {
		const [{ parseScenarioFile }, { messageForImportError, messageForImportWarning }] =
			await Promise.all([
				import('../files/scenario-file.ts'),
				import('../files/import-messages.ts')
			]);
		const t = this.#text();
		const parsed = parseScenarioFile(text);
		if (!parsed.ok) {
			this.status = {
				kind: 'error',
				text: t.workspace.notImported(fileName, messageForImportError(parsed.error, t)),
				details: []
			};
			return this.status;
		}
		const ids = this.#workspace.addScenarios(parsed.scenarios);
		const names = ids.map((id) =>
			String(this.#workspace.entries.find((e) => e.id === id)?.draft.name ?? '')
		);
		this.status = {
			kind: 'ok',
			text: t.workspace.imported(
				ids.length,
				fileName,
				names.slice(0, 5).join(', '),
				names.length - 5
			),
			details: parsed.warnings.map((w) => messageForImportWarning(w, t))
		};
		return this.status;
	}

	dismiss(): void {
		this.status = null;
	}
}
