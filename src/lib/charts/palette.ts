/** Chart colours per theme, kept apart from the data (series labels come from messages). */
import type { OptionId } from '../model/index.ts';

export interface Palette {
	text: string;
	muted: string;
	grid: string;
	background: string;
	options: Record<OptionId, string>;
	layers: { cash: string; internal: string; shortfall: string };
	need: string;
	marker: string;
}

export const LIGHT: Palette = {
	text: '#16202c',
	muted: '#556170',
	grid: 'rgba(22, 32, 44, 0.1)',
	background: '#ffffff',
	options: { buy: '#1f6fc5', build: '#c2410c', borrow: '#6d28d9' },
	layers: { cash: '#1f6fc5', internal: '#b8860b', shortfall: '#c2410c' },
	need: '#556170',
	marker: '#17663a'
};

export const DARK: Palette = {
	text: '#e6edf5',
	muted: '#9aa8b8',
	grid: 'rgba(230, 237, 245, 0.12)',
	background: '#171e27',
	options: { buy: '#5ea8ff', build: '#ff9157', borrow: '#b794ff' },
	layers: { cash: '#5ea8ff', internal: '#f2c94c', shortfall: '#ff9157' },
	need: '#9aa8b8',
	marker: '#6fdc9b'
};

export function paletteFor(theme: 'light' | 'dark'): Palette {
	return theme === 'dark' ? DARK : LIGHT;
}
