import adapter from '@sveltejs/adapter-static';

/** Base path for hosting under a sub-path (e.g. a GitHub Pages project site): BASE_PATH=/build-or-buy */
const base = process.env.BASE_PATH ?? '';

/** Output folders (overridable so two builds can run side by side, e.g. tests and development). */
const buildDir = process.env.BUILD_DIR ?? 'build';
const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		outDir,
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
