/**
 * Typing and clicking before the app has started are not lost. The page is prerendered, so a person
 * can type into its fields and press its buttons while the scripts still load; starting the app
 * (hydration) writes the fields' values afresh, and a button does nothing until its part has
 * started. The start-up script in app.html notes each field's last change and holds each button
 * click until the app starts; here the notes are applied, oldest first: a field's as edits, through
 * its own input and change events, so they are validated, saved and undoable like any other edit,
 * and the caret stays where it was; a click by clicking the same button again, once. Run it in the
 * same task as the start (no person's keystroke can come between).
 */
/** A field's last change before the app started, as app.html notes it. */
export interface EarlyInput {
	/** The field's id. */
	id: string;
	/** Its text (null for check boxes and radio buttons). */
	value: string | null;
	/** Whether it is checked (check boxes and radio buttons; null otherwise). */
	checked: boolean | null;
	/** Whether the browser reported a change (committed value), not only input. */
	changed: boolean;
	/** The caret or selection in the field (null where fields have none). */
	start: number | null;
	end: number | null;
}

/** A click on a button before the app started, held by app.html (the button itself). */
export interface EarlyClick {
	click: HTMLElement;
}

declare global {
	interface Window {
		/** Filled by app.html's start-up script until the app starts. */
		__bobEarlyInput?: (EarlyInput | EarlyClick)[];
	}
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(el: Element | null): el is Field {
	return (
		el instanceof HTMLInputElement ||
		el instanceof HTMLSelectElement ||
		el instanceof HTMLTextAreaElement
	);
}

/**
 * Apply the changes and clicks noted before start-up, oldest first, and stop noting. Returns how
 * many were applied (a field that already shows the noted value is left alone).
 */
export function applyEarlyInput(doc: Document = document, win: Window = window): number {
	const notes = win.__bobEarlyInput;
	win.__bobEarlyInput = undefined;
	if (!notes) return 0;
	let applied = 0;
	for (const note of notes.splice(0)) {
		if ('click' in note) {
			// The same element as before: starting the app brings the prerendered one to life.
			const button = note.click;
			if (!button.isConnected || (button as HTMLButtonElement).disabled) continue;
			button.click();
			applied++;
			continue;
		}
		const el = doc.getElementById(note.id);
		if (!isField(el)) continue;
		const box = note.checked !== null && el instanceof HTMLInputElement;
		if (box ? el.checked === note.checked : el.value === note.value) continue;
		const active = doc.activeElement === el;
		// The field had focus before the app listened: tell it, so it keeps the person's own text.
		if (active) el.dispatchEvent(new FocusEvent('focus'));
		if (box) el.checked = note.checked!;
		else el.value = note.value ?? '';
		el.dispatchEvent(new Event('input', { bubbles: true }));
		if (box || note.changed || el instanceof HTMLSelectElement) {
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		if (active && !box && note.start !== null && el instanceof HTMLInputElement) {
			try {
				el.setSelectionRange(note.start, note.end ?? note.start);
			} catch {
				// Fields without a caret (number, email) refuse a selection: nothing to restore.
			}
		}
		applied++;
	}
	return applied;
}
