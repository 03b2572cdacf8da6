import type { Workspace } from '../state/workspace.svelte.ts';

/** What a part of the form is given: the workspace it edits. */
export interface WorkspaceProps {
	workspace: Workspace;
}

/** What a part of the form that edits one role is given: the workspace, and which role. */
export interface RoleEditorProps extends WorkspaceProps {
	/** The role's index in the active scenario's draft. */
	roleIndex: number;
}
