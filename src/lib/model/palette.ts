/**
 * The one palette: the colour of each option, cost layer and chart element, light and dark. The
 * screen's charts read it directly, the PDF and slides (printed on white) read the light palette,
 * and the option colours of `styles/app.css` (`--buy`, `--build`, `--borrow`, `--plan`) are checked against
 * it by a unit test, so the screen, exports and Present always show an option in one colour.
 * Pure data (no DOM): it lives beside the model so every layer may read it.
 */
import type { ColumnId } from './figures.ts';

/** A palette whose every colour is a `C`: a CSS colour, or a [light, dark] pair of them. */
interface PaletteOf<C> {
	text: C;
	muted: C;
	grid: C;
	background: C;
	/** The three options and "Your plan" (plan, issue 12). */
	options: Record<ColumnId, C>;
	layers: { cash: C; internal: C; shortfall: C };
	/** The needed-capacity line. */
	need: C;
	/** The break-even marker. */
	marker: C;
	/**
	 * Up to six compared scenarios, none an option's colour (a scenario drawn in Upskill's orange
	 * would read as Upskill), the most distinct first.
	 */
	scenarios: readonly C[];
}

/** Colours as CSS hex (#rrggbb) or rgba(). */
export type Palette = PaletteOf<string>;

/** One colour in both themes: [light, dark]. */
type Themed = readonly [light: string, dark: string];

/** Every colour once, its light and dark value side by side. */
const COLOURS: PaletteOf<Themed> = {
	text: ['#16202c', '#e6edf5'],
	muted: ['#556170', '#9aa8b8'],
	grid: ['rgba(22, 32, 44, 0.1)', 'rgba(230, 237, 245, 0.12)'],
	background: ['#ffffff', '#171e27'],
	options: {
		buy: ['#1f6fc5', '#5ea8ff'],
		build: ['#c2410c', '#ff9157'],
		borrow: ['#6d28d9', '#b794ff'],
		plan: ['#0f766e', '#4fd1c5']
	},
	layers: {
		cash: ['#1f6fc5', '#5ea8ff'],
		internal: ['#b8860b', '#f2c94c'],
		shortfall: ['#c2410c', '#ff9157']
	},
	need: ['#556170', '#9aa8b8'],
	marker: ['#17663a', '#6fdc9b'],
	scenarios: [
		['#334155', '#cbd5e1'],
		['#be185d', '#f472b6'],
		['#17803d', '#6fdc9b'],
		['#a16207', '#f2c94c'],
		['#7c2d12', '#d6a77a'],
		['#0891b2', '#67e8f9']
	]
};

/** The palette of one theme: each [light, dark] pair of `COLOURS` replaced by its value at `side`. */
function inTheme(side: 0 | 1): Palette {
	const pick = (node: unknown): unknown => {
		if (Array.isArray(node)) return typeof node[0] === 'string' ? node[side] : node.map(pick);
		return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, pick(v)]));
	};
	return pick(COLOURS) as Palette;
}

export const LIGHT: Palette = inTheme(0);
export const DARK: Palette = inTheme(1);

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
