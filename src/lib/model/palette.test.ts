import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, hexOf, LIGHT, paletteFor, scenarioColor } from './palette.ts';
import { OPTION_IDS } from './schema.ts';

/** The custom properties of one rule of the app's stylesheet (e.g. `:root`). */
function cssVariables(selector: string): Record<string, string> {
	const css = readFileSync(new URL('../styles/app.css', import.meta.url), 'utf8');
	const start = css.indexOf(`${selector} {`);
	expect(start, selector).toBeGreaterThanOrEqual(0);
	const body = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		Array.from(body.matchAll(/--([\w-]+):\s*([^;]+);/g), (m) => [m[1], m[2].trim()])
	);
}

describe('the palette', () => {
	it('gives the screen stylesheet the same option colours, light and dark', () => {
		const light = cssVariables(':root');
		const dark = cssVariables(":root[data-theme='dark']");
		for (const o of [...OPTION_IDS, 'plan' as const]) {
			expect(light[o], o).toBe(LIGHT.options[o]);
			expect(dark[o], o).toBe(DARK.options[o]);
		}
	});

	it('has distinct option colours and scenario colours in each theme', () => {
		for (const p of [LIGHT, DARK]) {
			expect(new Set(Object.values(p.options)).size).toBe(4);
			expect(new Set(p.scenarios).size).toBe(6);
			// A compared scenario never wears an option's colour.
			for (const c of p.scenarios) expect(Object.values(p.options)).not.toContain(c);
			expect(scenarioColor(p, 6)).toBe(p.scenarios[0]);
		}
		expect(paletteFor('dark')).toBe(DARK);
		expect(paletteFor('light')).toBe(LIGHT);
	});

	it('writes colours in the form PDF and PPTX take', () => {
		expect(hexOf('#1f6fc5')).toBe('1F6FC5');
		expect(() => hexOf('rgba(0, 0, 0, 0.1)')).toThrow();
	});
});
