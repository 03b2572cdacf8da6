/**
 * The one palette: the colour of each option, cost layer and chart element, light and dark. The
 * screen's charts read it directly, the PDF and slides (printed on white) read the light palette,
 * and the option colours of `styles/app.css` (`--buy`, `--build`, `--borrow`, `--plan`) are checked against
 * it by a unit test, so the screen, exports and Present always show an option in one colour.
 * Pure data (no DOM): it lives beside the model so every layer may read it.
 */
import type { ColumnId } from './figures.ts';

/** Colours as CSS hex (#rrggbb) or rgba(). */
export interface Palette {
	text: string;
	muted: string;
	grid: string;
	background: string;
	/** The three options and "Your plan" (plan, issue 12). */
	options: Record<ColumnId, string>;
	layers: { cash: string; internal: string; shortfall: string };
	/** The needed-capacity line. */
	need: string;
	/** The break-even marker. */
	marker: string;
	/**
	 * Up to six compared scenarios, none an option's colour (a scenario drawn in Upskill's orange
	 * would read as Upskill), the most distinct first.
	 */
	scenarios: readonly string[];
}

export const LIGHT: Palette = {
	text: '#16202c',
	muted: '#556170',
	grid: 'rgba(22, 32, 44, 0.1)',
	background: '#ffffff',
	options: { buy: '#1f6fc5', build: '#c2410c', borrow: '#6d28d9', plan: '#0f766e' },
	layers: { cash: '#1f6fc5', internal: '#b8860b', shortfall: '#c2410c' },
	need: '#556170',
	marker: '#17663a',
	scenarios: ['#334155', '#be185d', '#17803d', '#a16207', '#7c2d12', '#0891b2']
};

export const DARK: Palette = {
	text: '#e6edf5',
	muted: '#9aa8b8',
	grid: 'rgba(230, 237, 245, 0.12)',
	background: '#171e27',
	options: { buy: '#5ea8ff', build: '#ff9157', borrow: '#b794ff', plan: '#4fd1c5' },
	layers: { cash: '#5ea8ff', internal: '#f2c94c', shortfall: '#ff9157' },
	need: '#9aa8b8',
	marker: '#6fdc9b',
	scenarios: ['#cbd5e1', '#f472b6', '#6fdc9b', '#f2c94c', '#d6a77a', '#67e8f9']
};

export function paletteFor(theme: 'light' | 'dark'): Palette {
	return theme === 'dark' ? DARK : LIGHT;
}

/** A '#rrggbb' colour as 'RRGGBB' (the form PDF and PPTX writers take). */
export function hexOf(color: string): string {
	const m = /^#([0-9a-f]{6})$/i.exec(color);
	if (!m) throw new Error(`Not a #rrggbb colour: ${color}`);
	return m[1].toUpperCase();
}

/** The colour of a compared scenario by its position. */
export function scenarioColor(p: Palette, index: number): string {
	return p.scenarios[index % p.scenarios.length];
}
