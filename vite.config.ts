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
 * The first view's code in one file. The modules the calculator page needs before it is interactive
 * (statically reachable from SvelteKit's start-up entry, the layout and the calculator page:
 * client nodes 0 and 2) go into one chunk instead of ~24 small ones: one file compresses ~6 KB
 * smaller than the same code split in many (the compressor's dictionary starts empty in each file)
 * and the browser fetches fewer files. Everything loaded later (other pages, dialogs, charts,
 * exports) keeps its own chunks; other pages load this chunk too, as they load the layout.
 */
const firstView = new Set<string>();
const FIRST_VIEW_ENTRIES =
	/client-optimized[\\/](app\.js|nodes[\\/][02]\.js)$|runtime[\\/]client[\\/]entry\.js$/;
const firstViewChunk: Plugin = {
	name: 'first-view-chunk',
	apply: 'build',
	buildEnd() {
		const todo = [...this.getModuleIds()].filter((id) => FIRST_VIEW_ENTRIES.test(id));
		firstView.clear();
		while (todo.length > 0) {
			const id = todo.pop()!;
			if (firstView.has(id)) continue;
			firstView.add(id);
			todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
		}
	}
};

export default defineConfig({
	plugins: [sveltekit(), firstViewChunk],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: (id) => (firstView.has(id) ? 'first-view' : null) }]
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
