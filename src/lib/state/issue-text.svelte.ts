/**
 * Input problems in words (i18n/issues.ts, with their texts in the later part of the messages),
 * loaded when they may be needed rather than with the calculator: as soon as a person starts to
 * edit (the first focus on a control), and before saved work or a link with a problem is revealed
 * (state/app.svelte.ts). Until they are in, a problem has no text yet; it arrives with them
 * (reactively), so a message is never lost.
 */
import type { IssueContext } from '../i18n/issues.ts';
import type { Messages } from '../i18n/messages.ts';
import type { InputIssue } from '../model/index.ts';
import { withLaterMessages } from './language.svelte.ts';

type IssuesModule = typeof import('../i18n/issues.ts');

let module = $state.raw<IssuesModule | null>(null);
let loading: Promise<void> | null = null;

/**
 * Fetch the texts (once) in the language of `t` (a later switch brings its own); resolves when they
 * are in. Never rejects (a retry comes with the next call).
 */
export function loadIssueText(t: Messages): Promise<void> {
	loading ??= withLaterMessages(() => import('../i18n/issues.ts'), t).then(
		(m) => {
			module = m;
		},
		() => {
			loading = null;
		}
	);
	return loading;
}

/** Load the texts at the first focus on any control of the page (a person is about to edit). */
export function loadIssueTextOnFirstEdit(doc: Document, t: () => Messages): void {
	if (module) return;
	const first = () => {
		doc.removeEventListener('focusin', first, true);
		void loadIssueText(t());
	};
	doc.addEventListener('focusin', first, true);
}

/** The problem as a short sentence by its field ("Must be at least 1 day."), or '' until loaded. */
export function issueText(issue: InputIssue, ctx: IssueContext): string {
	if (!module) {
		void loadIssueText(ctx.t);
		return '';
	}
	return module.issueText(issue, ctx);
}
