/**
 * The first number format a page makes loads the locale's formatting data, one long task on a slow
 * phone during start-up. A small worker loads it instead (state/intl-warm.worker.ts): the data is
 * shared by the whole browser process. Resolves when the worker is done, or after `limit` ms
 * (a slow or failing worker never holds the start-up back for long).
 */
export function warmIntl(limit = 1500): Promise<void> {
	if (typeof Worker === 'undefined') return Promise.resolve();
	return new Promise((resolve) => {
		let worker: Worker | null = null;
		const done = () => {
			clearTimeout(timer);
			worker?.terminate();
			worker = null;
			resolve();
		};
		const timer = setTimeout(done, limit);
		try {
			// The Vite worker pattern: a module URL.
			worker = new Worker(new URL('./intl-warm.worker.ts', import.meta.url), { type: 'module' });
			worker.onmessage = done;
			worker.onerror = done;
		} catch {
			done();
		}
	});
}
