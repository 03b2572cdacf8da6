/** The app's shared state, created once in the browser and handed to pages through context. */
import { getContext, setContext } from 'svelte';
import { Language } from './language.svelte.ts';
import { browserStorage } from './persistence.ts';
import { Theme } from './theme.svelte.ts';
import { Workspace } from './workspace.svelte.ts';

export interface AppState {
	workspace: Workspace;
	theme: Theme;
	language: Language;
}

const KEY = Symbol('app-state');

export function createAppState(): AppState {
	const language = new Language();
	const workspace = new Workspace(browserStorage(), () => language.t);
	// Prerendering on the server: there is no storage there, and nothing to tell anyone about.
	if (typeof window === 'undefined') workspace.notice = null;
	const state: AppState = {
		workspace,
		theme: new Theme(),
		language
	};
	return setContext(KEY, state);
}

export function appState(): AppState {
	return getContext<AppState>(KEY);
}
