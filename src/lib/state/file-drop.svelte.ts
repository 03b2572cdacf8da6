/** Dropping a scenario file anywhere on the page imports it; `dragging` shows the drop hint. */
import type { Importer } from './import.svelte.ts';

/** The part of a drag event this needs (tests pass plain objects). */
export interface DragLike {
	dataTransfer: { types: readonly string[] | DOMStringList; files?: FileList | null } | null;
	relatedTarget?: EventTarget | null;
	preventDefault(): void;
}

function carriesFiles(e: DragLike): boolean {
	return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export class FileDrop {
	dragging = $state(false);
	#importer: Importer;

	constructor(importer: Importer) {
		this.#importer = importer;
	}

	over(e: DragLike): void {
		if (!carriesFiles(e)) return;
		e.preventDefault();
		this.dragging = true;
	}

	leave(e: DragLike): void {
		if (e.relatedTarget === null) this.dragging = false;
	}

	/** Import the first dropped file; resolves when it was read (or nothing was dropped). */
	async drop(e: DragLike): Promise<void> {
		if (!carriesFiles(e)) return;
		e.preventDefault();
		this.dragging = false;
		const file = e.dataTransfer?.files?.[0];
		if (file) await this.#importer.importFile(file);
	}
}
