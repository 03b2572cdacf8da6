import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The app's version as package.json states it (files and reports carry it). */
const { version } = JSON.parse(
	readFileSync(new URL('./package.json', import.meta.url), 'utf8')
) as {
	version: string;
};

/**
 * The first view's code in a few files: one per step of the start, and the small ones below
 * (FIRST_VIEW_SMALL). The modules the calculator page needs before it is interactive go into these
 * chunks instead of ~24 small ones, by what first reaches them statically: SvelteKit's start-up and
 * the layout (its client entry, app and node 0), then the calculator page (node 2). A few files
 * compress ~6 KB smaller than the same code split in many (the compressor's dictionary starts empty
 * in each file) and the browser fetches fewer. Everything loaded later (other pages, dialogs,
 * charts, exports) keeps its own chunks; other pages load the first, as they load the layout.
 */
const firstViewStep = new Map<string, string>();
const FIRST_VIEW_STEPS: [string, RegExp][] = [
	['start', /client-optimized[\\/](app\.js|nodes[\\/]0\.js)$|runtime[\\/]client[\\/]entry\.js$/],
	['page', /client-optimized[\\/]nodes[\\/]2\.js$/]
];
const firstViewChunks: Plugin = {
	name: 'first-view-chunks',
	apply: 'build',
	buildEnd() {
		const ids = [...this.getModuleIds()];
		firstViewStep.clear();
		for (const [step, entry] of FIRST_VIEW_STEPS) {
			const todo = ids.filter((id) => entry.test(id));
			while (todo.length > 0) {
				const id = todo.pop()!;
				if (firstViewStep.has(id)) continue;
				firstViewStep.set(id, `first-view-${step}`);
				todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	}
};

/**
 * Scripts that make an Error while they are evaluated stay small. Where a debugger or Lighthouse is
 * attached, V8 records where each Error was made, and for an Error made by a script's top level
 * that means parsing the whole script a second time: 30-45 ms on a fast machine (x4 under
 * Lighthouse's throttling) when the script is the first view's 320 KB chunk. Two modules do so on
 * every first visit: Svelte's constants (its STALE_REACTION) and SvelteKit's client, whose read of
 * a scroll position not yet in sessionStorage throws and catches (`JSON.parse(undefined)`). Each
 * gets a chunk of its own, in priority over the first view's, and the Svelte runtime one too, so
 * that SvelteKit's chunk does not take it in as a dependency.
 */
const FIRST_VIEW_SMALL: [string, RegExp][] = [
	[
		'svelte-constants',
		/node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]constants\.js$/
	],
	['first-view-svelte', /node_modules[\\/]svelte[\\/]/],
	['first-view-kit', /node_modules[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]/]
];

export default defineConfig({
	plugins: [sveltekit(), firstViewChunks],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						...FIRST_VIEW_SMALL.map(([name, re], i) => ({
							name,
							test: (id: string) => firstViewStep.has(id) && re.test(id),
							priority: FIRST_VIEW_SMALL.length + 1 - i
						})),
						{ name: (id: string) => firstViewStep.get(id) ?? null, priority: 1 }
					]
				}
			}
		}
	},
	define: { __APP_VERSION__: JSON.stringify(version) },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Generous: fuzz and process tests must not fail only because a shared machine is busy.
		testTimeout: 30_000
	}
});
