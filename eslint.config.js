import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The model is pure: no framework, DOM, charts or other app layers.
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'src/lib/model must stay pure (no Svelte).' },
						{
							group: ['$app/*', '@sveltejs/*'],
							message: 'src/lib/model must stay pure (no SvelteKit).'
						},
						{
							group: ['chart.js', 'chart.js/*'],
							message: 'src/lib/model must not import Chart.js.'
						},
						{
							group: ['$lib', '$lib/*', '../*'],
							message: 'src/lib/model must not import other app layers.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
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
