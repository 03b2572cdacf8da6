import adapter from '@sveltejs/adapter-static';

/** Base path for hosting under a sub-path (e.g. a GitHub Pages project site): BASE_PATH=/build-or-buy */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
