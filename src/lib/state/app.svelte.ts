/** The app's shared state, created once in the browser and handed to pages through context. */
// First: what follows is evaluated in a task of its own (the model's schemas are the costly part).
import './evaluation-break.ts';
import { getContext, setContext } from 'svelte';
import { APP_VERSION } from '../files/app-version.ts';
import { Backups } from './backups.svelte.ts';
import { BestMixRunner } from './best-mix.svelte.ts';
import { FileDrop } from './file-drop.svelte.ts';
import { Importer } from './import.svelte.ts';
import { Language } from './language.svelte.ts';
import { Persistence } from './persistence.svelte.ts';
import { ShareOpening } from './share-opening.svelte.ts';
import { Theme } from './theme.svelte.ts';
import { Updates } from './updates.svelte.ts';
import { Workspace } from './workspace.svelte.ts';
import { applyEarlyInput } from './early-input.ts';
import { loadIssueText, loadIssueTextOnFirstEdit } from './issue-text.svelte.ts';

export interface AppState {
	workspace: Workspace;
	theme: Theme;
	language: Language;
	importer: Importer;
	share: ShareOpening;
	drop: FileDrop;
	updates: Updates;
	backups: Backups;
	/** Plan (issue 12): the best mix of the open scenario, searched in a worker. */
	bestMix: BestMixRunner;
}

const KEY = Symbol('app-state');

/** A storage area if it can be read at all (a full one still can), else null. Never throws. */
function storageArea(name: 'localStorage' | 'sessionStorage'): Storage | null {
	try {
		const s = globalThis[name];
		s.getItem('bob.probe');
		return s;
	} catch {
		return null;
	}
}

/** The state made ahead of the first render (`prepareAppState`), for `createAppState` to take. */
let prepared: AppState | null = null;

/**
 * In the browser, before the first render: make the app's state (reading saved work, checking each
 * scenario) in a task of its own, so that it is not part of the long task that brings the page to
 * life. The layout's `createAppState` then takes it.
 */
export function prepareAppState(): void {
	prepared ??= buildAppState();
}

/** The app's state for the layout to hand to every page (the prepared one if there is one). */
export function createAppState(): AppState {
	const state = prepared ?? buildAppState();
	prepared = null;
	return setContext(KEY, state);
}

function buildAppState(): AppState {
	const language = new Language();
	const browser = typeof window !== 'undefined';
	const local = browser ? storageArea('localStorage') : null;
	const persistence = new Persistence(local, {
		appVersion: APP_VERSION,
		locks: browser ? (navigator.locks ?? null) : null,
		events: browser ? window : null,
		session: browser ? storageArea('sessionStorage') : null
	});
	const workspace = new Workspace(persistence, () => language.t);
	// Prerendering on the server: there is no storage there, and nothing to tell anyone about.
	if (!browser) persistence.notice = null;
	const importer = new Importer(workspace, () => language.t);
	const state: AppState = {
		workspace,
		theme: new Theme(),
		language,
		importer,
		share: new ShareOpening(workspace, () => language.t),
		drop: new FileDrop(importer),
		backups: new Backups(workspace, local),
		bestMix: new BestMixRunner(),
		updates: new Updates(
			() => workspace.saveNow(),
			() => location.reload()
		)
	};
	return state;
}

/**
 * Start what needs the browser once the page is up: open a share link in the address, watch for a
 * new version, ask the browser to keep this site's data. Returns a function that stops it.
 */
export function startBrowser(app: AppState): () => void {
	const root = document.documentElement;
	// The prerendered page is interactive from here on (tests wait for this mark); what the person
	// typed into it before is applied now.
	root.dataset.started = '';
	// Problems' texts come when a person starts editing (or has, before the start).
	const t = () => app.language.t;
	const editing = document.activeElement !== null && document.activeElement !== document.body;
	if (applyEarlyInput() > 0 || editing) void loadIssueText(t());
	else loadIssueTextOnFirstEdit(document, t);
	// Show what app.html kept hidden while the prerendered page could be wrong (a share link in the
	// address): once the link has been checked, or at once without one; saved work or a link with
	// a problem once the problem's text is in (it appears with the page, nothing moves).
	const reveal = () => delete root.dataset.wait;
	void app.share
		.openFromAddress({
			hash: location.hash,
			clearHash: () => history.replaceState(history.state, '', location.pathname + location.search)
		})
		.then(() => (app.workspace.issuesByPath.size > 0 ? loadIssueText(t()) : undefined))
		.finally(reveal);
	void app.updates.watch(navigator.serviceWorker);
	// Ask the browser not to clear saved scenarios under storage pressure (it may decide alone).
	void navigator.storage?.persist?.().catch(() => false);
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') app.workspace.saveNow();
		else void app.updates.check();
	};
	const onHide = () => app.workspace.saveNow();
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pagehide', onHide);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pagehide', onHide);
		app.workspace.persistence.disconnect();
	};
}

export function appState(): AppState {
	return getContext<AppState>(KEY);
}
