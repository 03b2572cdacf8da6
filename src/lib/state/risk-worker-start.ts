/**
 * The risk simulation's Web Worker, started in one place for the screen's runner
 * (`risk.svelte.ts`) and the exports (`risk-export.ts`), each of which starts its own.
 */

/** A new risk worker, or null where workers do not exist or cannot start (the caller falls back). */
export function startRiskWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}
