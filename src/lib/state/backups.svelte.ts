/**
 * Backup files of saved scenarios: one click saves them all as a scenario file, and the scenarios
 * page shows when that was last done from this browser. Building the file is pure (files/); this
 * class only picks the scenarios, hands the text to the browser and remembers the time.
 */
import { APP_VERSION } from '../files/app-version.ts';
import { downloadFile } from '../files/download.ts';
import { exportFileName } from '../files/export/filename.ts';
import {
	buildScenarioFile,
	scenarioFileName,
	serializeScenarioFile
} from '../files/scenario-file.ts';
import type { Workspace } from './workspace.svelte.ts';

/** localStorage key of the time the last backup file of all scenarios was saved. */
export const LAST_BACKUP_KEY = 'bob.lastBackup';

/** A file handed to the browser (tests record these instead of downloading). */
export type Download = (text: string, fileName: string, type: string) => void;

export class Backups {
	/** ISO time of the last backup of all scenarios from this browser, or null. */
	lastBackupAt = $state<string | null>(null);
	#workspace: Workspace;
	#storage: Storage | null;
	#download: Download;
	#now: () => Date;

	constructor(
		workspace: Workspace,
		storage: Storage | null,
		download: Download = downloadFile,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock, not state
		now: () => Date = () => new Date()
	) {
		this.#workspace = workspace;
		this.#storage = storage;
		this.#download = download;
		this.#now = now;
		try {
			this.lastBackupAt = storage?.getItem(LAST_BACKUP_KEY) ?? null;
		} catch {
			this.lastBackupAt = null;
		}
	}

	/** Save scenarios as one file (all when `ids` is not given). Returns whether a file was made. */
	exportScenarios(ids?: string[]): boolean {
		const stored = this.#workspace.storedScenarios(ids);
		if (!stored.length) return false;
		const now = this.#now();
		const file = buildScenarioFile(stored, APP_VERSION, now);
		const name =
			stored.length === 1 && ids
				? exportFileName(stored[0].name, now, 'json')
				: scenarioFileName(now);
		this.#download(serializeScenarioFile(file), name, 'application/json');
		if (!ids) {
			this.lastBackupAt = now.toISOString();
			try {
				this.#storage?.setItem(LAST_BACKUP_KEY, this.lastBackupAt);
			} catch {
				// not remembered; the file was still saved
			}
		}
		return true;
	}

	/** One click: every saved scenario in one file. */
	backUpAll(): boolean {
		return this.exportScenarios();
	}

	/** Unreadable saved data kept aside for the user to download (see Persistence). */
	downloadUnreadable(): void {
		const text = this.#workspace.persistence.unreadableText;
		if (text === null) return;
		const day = this.#now().toISOString().slice(0, 10);
		this.#download(text, `build-or-buy-unreadable-${day}.json`, 'application/json');
	}
}
