/**
 * Opening a share link: the scenario in the address's fragment is shown as an unsaved copy (kept
 * only when the user says so). A damaged link says so before any passphrase is asked for. The link
 * reader loads only when there is a link.
 */
import type { ShareLinkError } from '../files/share-link.ts';
import type { Messages } from '../i18n/messages.ts';
import { withLaterMessages } from './language.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** A link being opened: its fragment, whether it needs a passphrase, and any error. */
export interface PendingLink {
	fragment: string;
	needsPassphrase: boolean;
	/** Why it did not open (typed; `errorText` words it in the current language). */
	error: ShareLinkError | null;
}

type Describe = (error: ShareLinkError, t: Messages) => string;

/** What the page's address offers: its fragment, and a way to take the fragment out of it. */
export interface AddressBar {
	hash: string;
	clearHash(): void;
}

export class ShareOpening {
	pending = $state<PendingLink | null>(null);
	passphrase = $state('');
	/** Id of a scenario opened from a link and not kept yet. */
	sharedId = $state<string | null>(null);
	#workspace: Workspace;
	#text: () => Messages;
	/** Words for link errors (loaded with the link reader). */
	#describe = $state.raw<Describe | null>(null);

	constructor(workspace: Workspace, text: () => Messages) {
		this.#workspace = workspace;
		this.#text = text;
	}

	/** The pending link's error in the interface language ('' when there is none). */
	get errorText(): string {
		const error = this.pending?.error;
		return error && this.#describe ? this.#describe(error, this.#text()) : '';
	}

	/** The opened scenario while it is still unsaved (the banner asks to keep or discard it). */
	get unsaved(): boolean {
		return (
			this.sharedId !== null &&
			this.#workspace.entries.some((e) => e.id === this.sharedId && e.unsaved)
		);
	}

	/** Look at the address: open a plain link, or ask for the passphrase of a protected one. */
	async openFromAddress(address: AddressBar): Promise<void> {
		const hash = address.hash.replace(/^#/, '');
		if (!hash) return;
		// A link's error messages are in the later part of the messages.
		const [{ isShareFragment, decodeShareFragment }, { messageForShareLinkError }] =
			await withLaterMessages(
				() =>
					Promise.all([import('../files/share-link.ts'), import('../files/import-messages.ts')]),
				this.#text()
			);
		this.#describe = messageForShareLinkError;
		if (!isShareFragment(hash)) return;
		// The data stays in memory only; take it out of the address bar and history.
		address.clearHash();
		const check = await decodeShareFragment(hash);
		if (check.ok) {
			this.sharedId = this.#workspace.openShared(check.scenario);
			return;
		}
		const needsPassphrase = check.error.code === 'needs-passphrase';
		this.pending = {
			fragment: hash,
			needsPassphrase,
			error: needsPassphrase ? null : check.error
		};
	}

	/** Try the passphrase typed for a protected link. */
	async submitPassphrase(): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		const { decodeShareFragment } = await import('../files/share-link.ts');
		const result = await decodeShareFragment(
			pending.fragment,
			pending.needsPassphrase ? this.passphrase : undefined
		);
		if (!result.ok) {
			const keepAsking =
				result.error.code === 'wrong-passphrase' || result.error.code === 'needs-passphrase';
			this.pending = {
				...pending,
				needsPassphrase: keepAsking && pending.needsPassphrase,
				error: result.error
			};
			return;
		}
		this.sharedId = this.#workspace.openShared(result.scenario);
		this.pending = null;
		this.passphrase = '';
	}

	cancel(): void {
		this.pending = null;
		this.passphrase = '';
	}

	/** Keep the opened scenario: from now on it is saved like any other. */
	keep(): void {
		if (this.sharedId) this.#workspace.keep(this.sharedId);
		this.sharedId = null;
	}

	discard(): void {
		if (this.sharedId) this.#workspace.remove(this.sharedId);
		this.sharedId = null;
	}
}
