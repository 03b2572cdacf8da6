/**
 * A new version of the app: the service worker installs it in the background and waits; this tab
 * then offers "a new version is ready, reload". Reloading first saves every change (also invalid
 * inputs as typed), then lets the new worker take over and reloads once it controls the page.
 */

/** The parts of the browser's service worker API this uses (tests pass fakes). */
export interface WorkerContainer {
	controller: unknown;
	getRegistration(): Promise<WorkerRegistration | undefined>;
	addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface WorkerRegistration {
	waiting: { postMessage(message: unknown): void } | null;
	installing: WorkerLike | null;
	addEventListener(type: 'updatefound', listener: () => void): void;
	update(): Promise<unknown>;
}

interface WorkerLike {
	state: string;
	addEventListener(type: 'statechange', listener: () => void): void;
}

/** The message the service worker waits for before it takes over. */
export const SKIP_WAITING = 'skip-waiting';

export class Updates {
	/** A new version is installed and waiting. */
	ready = $state(false);
	#registration: WorkerRegistration | null = null;
	#save: () => void;
	#reload: () => void;

	constructor(save: () => void, reload: () => void) {
		this.#save = save;
		this.#reload = reload;
	}

	/** Start watching (no-op without service workers). */
	async watch(container: WorkerContainer | undefined): Promise<void> {
		if (!container) return;
		const registration = await container.getRegistration().catch(() => undefined);
		if (!registration) return;
		this.#registration = registration;
		// Only a tab that runs an older version has something to reload.
		const hasOld = () => container.controller !== null && container.controller !== undefined;
		if (registration.waiting && hasOld()) this.ready = true;
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && hasOld()) this.ready = true;
			});
		});
		let reloading = false;
		container.addEventListener('controllerchange', () => {
			if (reloading || !this.#wanted) return;
			reloading = true;
			this.#reload();
		});
	}

	#wanted = false;

	/** Look for a new version now (e.g. when the tab becomes visible again). */
	async check(): Promise<void> {
		await this.#registration?.update().catch(() => undefined);
	}

	/** Save everything, then switch to the new version and reload. */
	reload(): void {
		this.#save();
		this.#wanted = true;
		const waiting = this.#registration?.waiting;
		if (waiting) waiting.postMessage({ type: SKIP_WAITING });
		else this.#reload();
	}
}
