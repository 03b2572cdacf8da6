/**
 * Number, money, percent and month formatting through Intl. Pure functions (no DOM); used by the
 * interface, the exports and the command line. Non-finite values never reach the screen: they are
 * shown as an em dash.
 */

/**
 * Formatters made so far, by locale and then by a short signature of their options (each caller
 * names its options in a few characters): making a formatter takes far longer than using it, and
 * the interface formats a few hundred numbers per keystroke, so finding one must cost next to
 * nothing (no JSON key, no options object unless one is made). Signatures: "n4" (number, 4
 * decimals; "n4u" without grouping), "p1" (percent), "mc3s:USD" (money: compact, 3 significant
 * digits, signed; the currency after the colon), "sUSD" (money in a sentence), "cUSD" (currency
 * symbol), "" (the locale's defaults).
 */
const formats = new Map<string, Map<string, Intl.NumberFormat>>();

function numberFormat(
	locale: string,
	signature: string,
	options: () => Intl.NumberFormatOptions
): Intl.NumberFormat {
	let byOptions = formats.get(locale);
	if (!byOptions) formats.set(locale, (byOptions = new Map()));
	let f = byOptions.get(signature);
	if (!f) {
		const o = options();
		try {
			f = new Intl.NumberFormat(locale, o);
		} catch {
			f = new Intl.NumberFormat('en-US', o);
		}
		byOptions.set(signature, f);
	}
	return f;
}

/** Whether formatted parts hold the locale's short form ("K", "Mio."). */
function hasCompactPart(parts: Intl.NumberFormatPart[]): boolean {
	for (const p of parts) if (p.type === 'compact') return true;
	return false;
}

/** The text of formatted parts (the same as `format` gives). */
function joinParts(parts: Intl.NumberFormatPart[]): string {
	let text = '';
	for (const p of parts) text += p.value;
	return text;
}

/** Shown instead of a number that is missing or not finite. */
export const NO_VALUE = '\u2014';

/** Money in the scenario currency, whole units (e.g. "$1,234,567", "1.234.567 €"). */
export function formatMoney(
	value: number | null | undefined,
	currency: string,
	locale: string,
	options: { compact?: boolean; signed?: boolean; digits?: number } = {}
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
	const compact = options.compact === true;
	const digits = compact && options.digits ? options.digits : 0;
	const signed = options.signed === true;
	// Avoid "-0".
	const v = Math.abs(value) < 0.5 && !compact ? 0 : value;
	try {
		const f = numberFormat(
			locale,
			`m${compact ? 'c' : ''}${digits || ''}${signed ? 's' : ''}:${currency}`,
			() => {
				const opts: Intl.NumberFormatOptions = { style: 'currency', currency };
				if (digits) {
					// Fixed significant digits ("$1.20M"), so small changes stay visible on a big screen.
					opts.minimumSignificantDigits = digits;
					opts.maximumSignificantDigits = digits;
				} else {
					opts.maximumFractionDigits = compact ? 1 : 0;
					opts.minimumFractionDigits = 0;
				}
				if (compact) opts.notation = 'compact';
				if (signed) opts.signDisplay = 'exceptZero';
				return opts;
			}
		);
		if (compact && !digits) {
			// A locale without a short form for this size (German thousands) shows whole units.
			const parts = f.formatToParts(v);
			if (!hasCompactPart(parts)) return formatMoney(value, currency, locale, { signed });
			return joinParts(parts);
		}
		return f.format(v);
	} catch {
		return (
			numberFormat(locale, 'n0', () => ({ maximumFractionDigits: 0 })).format(v) + ' ' + currency
		);
	}
}

/** A histogram's money labels: each bin by the value at its middle, and the edges between bins. */
export interface HistogramLabels {
	bins: string[];
	edges: string[];
}

/**
 * The labels of a histogram over money (`edges` ascending, one more than the bins): the short form
 * as elsewhere ("$1.2M"), or 3 or 4 significant digits where that is what tells neighbours apart:
 * bins of a narrow spread read "$1.21M", "$1.23M", not "$1.2M" twice in a row.
 */
export function formatHistogramLabels(
	edges: readonly number[],
	currency: string,
	locale: string
): HistogramLabels {
	const apart = (values: readonly number[]) => {
		let labels: string[] = [];
		// 0: the short form's own rounding (at most one decimal).
		for (const digits of [0, 3, 4]) {
			labels = values.map((v) => formatMoney(v, currency, locale, { compact: true, digits }));
			if (labels.every((l, i) => i === 0 || l !== labels[i - 1])) break;
		}
		return labels;
	};
	const middles = edges.slice(0, -1).map((from, i) => (from + edges[i + 1]) / 2);
	return { bins: apart(middles), edges: apart(edges) };
}

/**
 * Money inside a sentence: the locale's short form to three significant digits ("$958K", "£1.18m",
 * "1,18 Mio. €"); where the locale has no short form for the size (German thousands), the whole
 * amount as elsewhere ("12.346 €"), never a rounded-looking "12.300 €".
 */
export function formatMoneyShort(
	value: number | null | undefined,
	currency: string,
	locale: string
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
	if (Math.abs(value) < 1000) return formatMoney(value, currency, locale);
	try {
		const parts = numberFormat(locale, `s${currency}`, () => ({
			style: 'currency',
			currency,
			notation: 'compact',
			maximumSignificantDigits: 3
		})).formatToParts(value);
		if (hasCompactPart(parts)) return joinParts(parts);
	} catch {
		// fall through to the whole amount
	}
	return formatMoney(value, currency, locale);
}

/** A plain number with up to `digits` decimals. */
export function formatNumber(
	value: number | null | undefined,
	locale: string,
	digits = 1,
	grouping = true
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
	return numberFormat(locale, grouping ? `n${digits}` : `n${digits}u`, () =>
		grouping
			? { maximumFractionDigits: digits }
			: { maximumFractionDigits: digits, useGrouping: false }
	).format(value);
}

/** A decimal rate as percent: 0.183 -> "18.3 %" (locale spacing). */
export function formatPercent(
	value: number | null | undefined,
	locale: string,
	digits = 1
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
	return numberFormat(locale, `p${digits}`, () => ({
		style: 'percent',
		maximumFractionDigits: digits
	})).format(value);
}

const decimals = new Map<string, string>();

/** The character a locale writes between whole and fraction ("." in en-US, "," in de-DE). */
export function decimalSeparator(locale: string): string {
	let sep = decimals.get(locale);
	if (sep === undefined) {
		sep =
			numberFormat(locale, '', () => ({}))
				.formatToParts(1.5)
				.find((p) => p.type === 'decimal')?.value ?? '.';
		decimals.set(locale, sep);
	}
	return sep;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of a word or sentence for a count, by the plural rules of the messages' language
 * ("1 day", "2 days"; "1 Szenario", "3 Szenarien").
 */
export function plural<T>(count: number, forms: { one: T; other: T }, t: { lang: string }): T {
	let rules = pluralRules.get(t.lang);
	if (!rules) {
		rules = new Intl.PluralRules(t.lang);
		pluralRules.set(t.lang, rules);
	}
	return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** The symbol of a currency in a locale ("$", "€", "CHF"). */
export function currencySymbol(currency: string, locale: string): string {
	try {
		const parts = numberFormat(locale, `c${currency}`, () => ({
			style: 'currency',
			currency
		})).formatToParts(0);
		return parts.find((p) => p.type === 'currency')?.value ?? currency;
	} catch {
		return currency;
	}
}

/**
 * Where a locale puts the currency symbol: before or after the amount, and whether a space
 * separates them ("$1" before/unspaced, "1 €" after/spaced). Falls back to after, spaced.
 */
export function currencyPlacement(
	currency: string,
	locale: string
): { symbol: string; before: boolean; spaced: boolean } {
	const symbol = currencySymbol(currency, locale);
	try {
		const parts = numberFormat(locale, `c${currency}`, () => ({
			style: 'currency',
			currency
		})).formatToParts(1);
		const ci = parts.findIndex((p) => p.type === 'currency');
		const ii = parts.findIndex((p) => p.type === 'integer');
		const before = ci < ii;
		const between = before ? parts[ci + 1] : parts[ci - 1];
		return { symbol, before, spaced: between?.type === 'literal' && /\s/.test(between.value) };
	} catch {
		return { symbol, before: false, spaced: true };
	}
}

/** ISO 4217 codes the runtime knows, sorted; a short fallback list where Intl lacks the API. */
export function currencyCodes(): string[] {
	const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
	if (typeof intl.supportedValuesOf === 'function') {
		try {
			return intl.supportedValuesOf('currency');
		} catch {
			// fall through
		}
	}
	return ['AUD', 'CAD', 'CHF', 'CNY', 'EUR', 'GBP', 'INR', 'JPY', 'SEK', 'USD'];
}

/** One currency-name formatter per locale: making one takes far longer than using it. */
const currencyNames = new Map<string, Intl.DisplayNames | null>();

/** The display name of a currency ("Euro"), or the code itself. */
export function currencyName(currency: string, locale: string): string {
	let names = currencyNames.get(locale);
	if (names === undefined) {
		try {
			names = new Intl.DisplayNames([locale], { type: 'currency' });
		} catch {
			names = null;
		}
		currencyNames.set(locale, names);
	}
	try {
		return names?.of(currency) ?? currency;
	} catch {
		return currency;
	}
}

/** Whether a string is a currency code Intl can format. */
export function isKnownCurrency(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	return currencyCodes().includes(code);
}

/** Currencies of common locales' regions, for a new scenario's starting currency. */
const REGION_CURRENCY: Record<string, string> = {
	US: 'USD',
	GB: 'GBP',
	CH: 'CHF',
	JP: 'JPY',
	IN: 'INR',
	CA: 'CAD',
	AU: 'AUD',
	SE: 'SEK',
	NO: 'NOK',
	DK: 'DKK',
	PL: 'PLN',
	CN: 'CNY'
};
const EURO_REGIONS = new Set(
	'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ')
);

/** The currency of a region ("GB" -> GBP), USD when unknown. */
function currencyOfRegion(region: string): string {
	return REGION_CURRENCY[region] ?? (EURO_REGIONS.has(region) ? 'EUR' : 'USD');
}

/**
 * A starting locale and currency for new scenarios from the browser's language ("de-AT" ->
 * de-AT/EUR, "en-GB" -> en-GB/GBP); en-US/USD when unknown. The user can change both.
 */
export function regionalDefaults(language: string | undefined): {
	locale: string;
	currency: string;
} {
	// A tag of the formats offered (most browsers' language) needs neither check nor lookup: both
	// load locale data that costs tens of milliseconds on a phone while the app starts.
	const offered = LOCALES.find((l) => l.value.toLowerCase() === language?.toLowerCase());
	if (offered) {
		const region = offered.value.slice(offered.value.indexOf('-') + 1);
		return { locale: offered.value, currency: currencyOfRegion(region) };
	}
	let locale = 'en-US';
	try {
		if (language && Intl.NumberFormat.supportedLocalesOf(language).length > 0) {
			locale = new Intl.Locale(language).toString();
		}
	} catch {
		locale = 'en-US';
	}
	let intl: Intl.Locale;
	try {
		intl = new Intl.Locale(locale).maximize();
	} catch {
		return { locale: 'en-US', currency: 'USD' };
	}
	const region = intl.region ?? '';
	const currency = currencyOfRegion(region);
	if (locale.length > 35 || !locale.includes('-')) locale = `${intl.language}-${region || 'US'}`;
	return { locale, currency };
}

/** Number formats offered (BCP 47 tags); any valid tag in a file is kept. */
export const LOCALES: { value: string; label: string }[] = [
	{ value: 'en-US', label: 'English (US) 1,234.5' },
	{ value: 'en-GB', label: 'English (UK) 1,234.5' },
	{ value: 'de-DE', label: 'Deutsch 1.234,5' },
	{ value: 'de-CH', label: 'Deutsch (Schweiz) 1\u2019234.5' },
	{ value: 'fr-FR', label: 'Fran\u00e7ais 1\u202f234,5' },
	{ value: 'es-ES', label: 'Espa\u00f1ol 1.234,5' },
	{ value: 'nl-NL', label: 'Nederlands 1.234,5' },
	{ value: 'sv-SE', label: 'Svenska 1\u00a0234,5' },
	{ value: 'ja-JP', label: '\u65e5\u672c\u8a9e 1,234.5' },
	{ value: 'en-IN', label: 'English (India) 1,23,456.5' }
];

/** A calendar date as YYYY-MM-DD in local time (1970-01-01 for an invalid date). */
export function isoDate(date: Date): string {
	const valid = Number.isFinite(date.getTime()) ? date : new Date(0);
	const y = String(valid.getFullYear()).padStart(4, '0');
	const m = String(valid.getMonth() + 1).padStart(2, '0');
	const d = String(valid.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/** A date in words in a locale ("25 November 2026", "25. November 2026"); ISO when invalid. */
export function formatLongDate(date: Date, locale: string): string {
	if (!Number.isFinite(date.getTime())) return isoDate(date);
	try {
		// One formatter per locale: the print header formats today's date on every edit.
		let f = longDates.get(locale);
		if (!f) longDates.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })));
		return f.format(date);
	} catch {
		return isoDate(date);
	}
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month in words (1 = January): "October 2026" with a year, "October" without one. */
export function formatMonth(month: number, locale: string, year?: number): string {
	// One formatter per locale and form: the budget view names months on every edit.
	const key = `${year === undefined ? 'm' : 'my'}:${locale}`;
	let f = monthFormats.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions =
			year === undefined ? { month: 'long' } : { month: 'long', year: 'numeric' };
		monthFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
	}
	return f.format(new Date(year ?? 2000, month - 1, 1));
}

/** A date and time ("25 Nov 2026, 14:05"), or '' when `iso` is not a time. */
export function formatDateTime(iso: string, locale: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '';
	try {
		return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
	} catch {
		return d.toISOString().slice(0, 16).replace('T', ' ');
	}
}
