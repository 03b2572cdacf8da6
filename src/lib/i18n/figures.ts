/**
 * Figures in words: the label of a figure (with its basis, "Economic cost (NPV)") and its value
 * formatted for a currency and locale. Every view that shows a figure from `model/figures.ts`
 * uses these two functions.
 */
import { FIGURES, type FigureId, type FigureSpec } from '../model/figures.ts';
import { formatMoney, formatNumber } from './format.ts';
import type { Messages } from './messages.ts';

/** "Economic cost (NPV)", "Cash per productive FTE-month (not discounted)", "Expected hires". */
export function figureLabel(id: FigureId, t: Messages): string {
	const spec: FigureSpec = FIGURES[id];
	return spec.basis === null ? t.figures[id] : t.basis.label(t.figures[id], t.basis[spec.basis]);
}

export interface FigureFormatOptions {
	/** Money as "$1.2M" instead of "$1,201,349". */
	compact?: boolean;
	/** Show a sign ("+$12,000"), for differences. */
	signed?: boolean;
	/** Significant digits of compact money (default the format's own). */
	digits?: number;
}

/**
 * A figure's value in words: money in the currency, a month ("month 16"), or a number; a missing
 * month is "not within horizon". Differences (`signed`) of months are counted in months.
 */
export function formatFigure(
	id: FigureId,
	value: number | null,
	currency: string,
	locale: string,
	t: Messages,
	options: FigureFormatOptions = {}
): string {
	const spec: FigureSpec = FIGURES[id];
	if (spec.format === 'money') {
		return formatMoney(value, currency, locale, {
			compact: options.compact,
			signed: options.signed,
			digits: options.digits
		});
	}
	if (spec.format === 'month') {
		if (value === null) return t.results.notWithinHorizon;
		if (options.signed) return (value > 0 ? '+' : '') + t.results.months(value);
		return t.results.month(value);
	}
	const text = formatNumber(value, locale, 1);
	return options.signed && value !== null && value > 0 ? '+' + text : text;
}
