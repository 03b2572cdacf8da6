import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The folders of src/ and what each may import (docs/architecture.md has the same table). `types`:
 * folders it may import types from only. `tables`: modules of those folders it may also import
 * values from (i18n reads the model's field, figure and default tables to word them).
 * `packages`: npm packages it may import ('*' = any except the ones another folder owns: Svelte and
 * SvelteKit for the interface, Chart.js for charts).
 */
const LAYERS = {
	model: { may: [], types: [], packages: ['zod', 'yalps'] },
	i18n: {
		may: [],
		types: ['model'],
		tables: ['model/fields.ts', 'model/figures.ts', 'model/defaults.ts'],
		packages: []
	},
	charts: { may: ['model', 'i18n'], types: [], packages: ['chart.js', 'svelte'] },
	files: { may: ['model', 'i18n'], types: [], packages: ['fflate', 'jspdf', 'pptxgenjs'] },
	state: { may: ['model', 'i18n', 'files'], types: [], packages: ['svelte', '$app'] },
	components: { may: ['state', 'charts', 'i18n'], types: ['model'], packages: ['svelte', '$app'] },
	routes: { may: ['components', 'state'], types: [], packages: ['svelte', '$app', 'marked'] },
	// Code for the prerendering only (SvelteKit never lets $lib/server reach the browser): Node's
	// own modules, nothing of the app.
	server: { may: [], types: [], packages: [] },
	// The server hooks run only while the pages are prerendered (src/hooks.server.ts).
	hooks: { may: ['model', 'state', 'server'], types: [], packages: ['@sveltejs/kit'] }
};
/** Where a folder's files are: src/lib/<folder>, except the routes and the hooks. */
const PLACES = { routes: 'src/routes', hooks: 'src/hooks.*' };
const placeOf = (folder) => PLACES[folder] ?? `src/lib/${folder}`;
const FOLDERS = Object.keys(LAYERS);

/**
 * An import of folder `name` from anywhere: "$lib/name/...", "../name/...", "../../lib/name/...",
 * except the modules in `tables` ("name/file.ts").
 */
function folderImport(name, tables = []) {
	const files = tables.filter((t) => t.startsWith(`${name}/`)).map((t) => t.slice(name.length + 1));
	if (files.length === 0) return `(^|/)${name}(/|$)`;
	const except = files.map((f) => f.replace(/\./g, '\\.')).join('|');
	return `(^|/)${name}(/(?!(${except})$)|$)`;
}

function importRules() {
	return Object.entries(LAYERS).map(([folder, layer]) => {
		const forbidden = FOLDERS.filter((f) => f !== folder && !layer.may.includes(f));
		const patterns = forbidden.map((f) => ({
			regex: folderImport(f, layer.tables),
			allowTypeImports: layer.types.includes(f),
			message: `${placeOf(folder)} may import ${
				[...layer.may, ...layer.types.map((t) => `${t} (types)`)].join(', ') || 'no other folder'
			} (docs/architecture.md).`
		}));
		const allowed = layer.packages.map((p) => p.replace(/[$.]/g, '\\$&')).join('|');
		// Any npm package not listed (relative imports, $lib and assets are not packages).
		patterns.push({
			regex: `^(?!\\.|\\$lib(/|$)|node:${allowed ? `|(${allowed})(/|$)` : ''})`,
			allowTypeImports: true,
			message: `${placeOf(folder)} may use the packages ${
				layer.packages.join(', ') || '(none)'
			} only (docs/architecture.md).`
		});
		return {
			files: [folder === 'hooks' ? 'src/hooks.*.ts' : `${placeOf(folder)}/**`],
			ignores: ['**/*.test.ts', '**/test-*.ts', 'src/lib/model/arbitraries.ts'],
			rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] }
		};
	});
}

/** TypeScript with type information, in .ts and .svelte files alike. */
const typedParsing = {
	parserOptions: {
		projectService: true,
		extraFileExtensions: ['.svelte'],
		parser: ts.parser,
		svelteConfig
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: typedParsing
	},
	// Which folder may import which: the table in docs/architecture.md, enforced line by line.
	...importRules(),
	{
		// The model is pure: no DOM either.
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
		}
	},
	{
		// Promises are awaited or handed off with `void`; none is passed where a function returning
		// nothing is expected. Needs type information.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['**/*.d.ts', 'src/service-worker.ts'],
		languageOptions: typedParsing,
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		ignores: [
			'build/',
			'build-*/**',
			'.svelte-kit/',
			'.svelte-kit-*/**',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/'
		]
	}
);
