// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	/** The app's version from package.json (set by vite.config.ts). */
	const __APP_VERSION__: string;
}

export {};
