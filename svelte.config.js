import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Base path for hosting under a sub-path (e.g. a GitHub Pages project site): BASE_PATH=/build-or-buy */
const base = process.env.BASE_PATH ?? '';

/** Output folders (overridable so two builds can run side by side, e.g. tests and development). */
const buildDir = process.env.BUILD_DIR ?? 'build';
const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/**
 * Hashes of the inline scripts in src/app.html (the before-first-paint theme and first-view check):
 * the content policy allows exactly these, and SvelteKit adds the hash of its own start-up script.
 */
const appHtmlScriptHashes = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map((m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		outDir,
		// precompress: a .br and a .gz next to every file, which scripts/serve.js (npm start) serves.
		// 404.html: any unknown address shows the app's not-found page (routes/+error.svelte).
		adapter: adapter({
			pages: buildDir,
			assets: buildDir,
			fallback: '404.html',
			strict: true,
			precompress: true
		}),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail' },
		// A strict content policy, written as a <meta> tag into every page (README: the headers a
		// host should add, e.g. frame-ancestors, which only works as a header). Scripts: only the
		// app's own files and hashed inline scripts, never eval. Styles: the app's stylesheets;
		// style *attributes* stay allowed because Svelte writes them into the prerendered HTML and
		// its templates (CSS variables for option colours, chart heights) — they cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
