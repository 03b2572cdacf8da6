/** Light/dark theme: the user's choice (or the system's), saved in the browser. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'bob.theme';

export class Theme {
	choice = $state<ThemeChoice>('system');
	systemDark = $state(false);

	/** The theme in effect. */
	readonly resolved: 'light' | 'dark' = $derived(
		this.choice === 'system' ? (this.systemDark ? 'dark' : 'light') : this.choice
	);

	constructor() {
		if (typeof window === 'undefined') return;
		try {
			const saved = localStorage.getItem(KEY);
			if (saved === 'light' || saved === 'dark') this.choice = saved;
		} catch {
			// storage unavailable: follow the system
		}
		const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
		if (mq) {
			this.systemDark = mq.matches;
			mq.addEventListener('change', (e) => {
				this.systemDark = e.matches;
				if (this.choice === 'system') this.#apply();
			});
		}
	}

	/** Put the theme in effect on <html>, where the stylesheet reads it. */
	#apply(): void {
		document.documentElement.dataset.theme = this.resolved;
	}

	set(choice: ThemeChoice): void {
		this.choice = choice;
		this.#apply();
		try {
			if (choice === 'system') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, choice);
		} catch {
			// not saved; still applied for this visit
		}
	}

	toggle(): void {
		this.set(this.resolved === 'dark' ? 'light' : 'dark');
	}
}
