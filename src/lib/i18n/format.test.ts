import { describe, expect, it } from 'vitest';
import {
	formatHistogramLabels,
	currencyCodes,
	currencyName,
	currencySymbol,
	decimalSeparator,
	formatLongDate,
	formatMoney,
	formatNumber,
	formatPercent,
	isKnownCurrency,
	NO_VALUE,
	plural,
	formatMonth
} from './format.ts';
import { de, en } from './messages-all.ts';

const NBSP = '\u00a0';

describe('formatMoney', () => {
	it('formats whole dollars in en-US', () => {
		expect(formatMoney(1234567, 'USD', 'en-US')).toBe('$1,234,567');
		expect(formatMoney(1234567.89, 'USD', 'en-US')).toBe('$1,234,568');
		expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
		expect(formatMoney(-2500, 'USD', 'en-US')).toBe('-$2,500');
	});

	it('formats euros in de-DE with dot groups and the sign after the amount', () => {
		expect(formatMoney(1234567, 'EUR', 'de-DE')).toBe(`1.234.567${NBSP}€`);
		expect(formatMoney(999.6, 'EUR', 'de-DE')).toBe(`1.000${NBSP}€`);
	});

	it('formats yen in ja-JP without decimals', () => {
		// ICU prints the full-width yen sign; older data the half-width one.
		expect(formatMoney(1234567, 'JPY', 'ja-JP')).toMatch(/^[¥￥]1,234,567$/);
	});

	it('formats Swiss francs in de-CH with apostrophe groups', () => {
		expect(formatMoney(1234567, 'CHF', 'de-CH')).toMatch(/^CHF\s1['’]234['’]567$/);
	});

	it('formats compact amounts with at most one decimal', () => {
		expect(formatMoney(1234567, 'USD', 'en-US', { compact: true })).toBe('$1.2M');
		expect(formatMoney(45000, 'USD', 'en-US', { compact: true })).toBe('$45K');
		expect(formatMoney(950, 'USD', 'en-US', { compact: true })).toBe('$950');
		expect(formatMoney(1234567, 'EUR', 'de-DE', { compact: true })).toBe(`1,2${NBSP}Mio.${NBSP}€`);
		// German has no short form for thousands: whole units, never "762.997,7 €".
		expect(formatMoney(762997.7, 'EUR', 'de-DE', { compact: true })).toBe(`762.998${NBSP}€`);
	});

	it('shows the sign when asked, but not on zero', () => {
		expect(formatMoney(1500, 'USD', 'en-US', { signed: true })).toBe('+$1,500');
		expect(formatMoney(-1500, 'USD', 'en-US', { signed: true })).toBe('-$1,500');
		expect(formatMoney(0, 'USD', 'en-US', { signed: true })).toBe('$0');
		expect(formatMoney(0.3, 'USD', 'en-US', { signed: true })).toBe('$0');
		expect(formatMoney(1500, 'EUR', 'de-DE', { signed: true })).toBe(`+1.500${NBSP}€`);
	});

	it('never shows "-0" for tiny negative amounts', () => {
		expect(formatMoney(-0.4, 'USD', 'en-US')).toBe('$0');
		expect(formatMoney(-0, 'USD', 'en-US')).toBe('$0');
		expect(formatMoney(-0.4, 'EUR', 'de-DE')).toBe(`0${NBSP}€`);
		expect(formatMoney(-0.4, 'USD', 'en-US', { signed: true })).toBe('$0');
	});

	it('shows the em dash, never "NaN" or "∞", for missing and non-finite values', () => {
		expect(NO_VALUE).toBe('\u2014');
		for (const v of [Number.NaN, Infinity, -Infinity, null, undefined]) {
			for (const options of [{}, { compact: true }, { signed: true }]) {
				const text = formatMoney(v, 'USD', 'en-US', options);
				expect(text).toBe(NO_VALUE);
			}
		}
	});

	it('does not throw for an unknown or malformed currency code, and still shows the amount', () => {
		expect(() => formatMoney(1234, 'XYZ', 'en-US')).not.toThrow();
		expect(formatMoney(1234, 'XYZ', 'en-US')).toContain('1,234');
		expect(formatMoney(1234, 'XYZ', 'en-US')).toContain('XYZ');
		for (const code of ['EURO', '', '€', '12']) {
			expect(() => formatMoney(1234, code, 'en-US'), code).not.toThrow();
			expect(formatMoney(1234, code, 'en-US'), code).toBe(`1,234 ${code}`);
		}
		expect(formatMoney(1234, 'EURO', 'de-DE')).toBe('1.234 EURO');
		expect(formatMoney(1234, 'EURO', 'en-US', { compact: true })).not.toContain('NaN');
	});

	it('falls back to en-US for an invalid locale instead of throwing', () => {
		expect(formatMoney(1000, 'USD', 'not a locale!')).toBe('$1,000');
	});
});

describe('formatHistogramLabels', () => {
	it('labels each bin by its middle, short, with one decimal where that tells neighbours apart', () => {
		expect(formatHistogramLabels([1e6, 2e6, 3e6], 'USD', 'en-US')).toEqual({
			bins: ['$1.5M', '$2.5M'],
			edges: ['$1M', '$2M', '$3M']
		});
	});

	it('takes more significant digits for a narrow spread, never the same label twice in a row', () => {
		const edges = Array.from({ length: 21 }, (_, i) => 1_150_000 + i * 12_000);
		for (const locale of ['en-US', 'de-DE']) {
			const { bins, edges: at } = formatHistogramLabels(edges, 'EUR', locale);
			expect(bins).toHaveLength(20);
			expect(at).toHaveLength(21);
			for (const labels of [bins, at])
				for (let i = 1; i < labels.length; i++) expect(labels[i]).not.toBe(labels[i - 1]);
		}
		expect(formatHistogramLabels(edges, 'USD', 'en-US').bins[0]).toBe('$1.16M');
	});
});

describe('formatNumber', () => {
	it('rounds to the given decimals in the locale', () => {
		expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
		expect(formatNumber(1234.56, 'de-DE', 2)).toBe('1.234,56');
		expect(formatNumber(2, 'en-US', 2)).toBe('2');
		expect(formatNumber(Number.NaN, 'en-US')).toBe(NO_VALUE);
		expect(formatNumber(null, 'en-US')).toBe(NO_VALUE);
	});
});

describe('formatPercent', () => {
	it('shows a rate as percent with locale spacing', () => {
		expect(formatPercent(0.183, 'en-US')).toBe('18.3%');
		expect(formatPercent(0.183, 'de-DE')).toBe(`18,3${NBSP}%`);
		// fr-FR puts a no-break space (narrow in some ICU versions) before the sign.
		expect(formatPercent(0.183, 'fr-FR')).toMatch(/^18,3[\u00a0\u202f]%$/);
		expect(formatPercent(0.2, 'en-US')).toBe('20%');
		expect(formatPercent(0.1234, 'en-US', 2)).toBe('12.34%');
		expect(formatPercent(0.1234, 'en-US', 0)).toBe('12%');
		expect(formatPercent(1.5, 'en-US')).toBe('150%');
		expect(formatPercent(-0.05, 'en-US')).toBe('-5%');
	});

	it('shows the em dash for missing and non-finite rates', () => {
		for (const v of [Number.NaN, Infinity, -Infinity, null, undefined]) {
			expect(formatPercent(v, 'en-US')).toBe(NO_VALUE);
		}
	});
});

describe('currencies', () => {
	it('lists the ISO codes, including EUR and USD, sorted', () => {
		const codes = currencyCodes();
		expect(codes).toContain('EUR');
		expect(codes).toContain('USD');
		expect(codes).toContain('CHF');
		expect([...codes].sort()).toEqual(codes);
		for (const c of codes) expect(c).toMatch(/^[A-Z]{3}$/);
	});

	it('names currencies in the locale, and falls back to the code', () => {
		expect(currencyName('EUR', 'en-US')).toBe('Euro');
		expect(currencyName('USD', 'en-US')).toBe('US Dollar');
		expect(currencyName('USD', 'de-DE')).toBe('US-Dollar');
		expect(currencyName('CHF', 'fr-FR')).toBe('franc suisse');
		expect(currencyName('not a code', 'en-US')).toBe('not a code');
		expect(currencyName('XYZ', 'en-US')).toBe('XYZ');
	});

	it('gives the symbol, or the code', () => {
		expect(currencySymbol('USD', 'en-US')).toBe('$');
		expect(currencySymbol('EUR', 'de-DE')).toBe('€');
		expect(currencySymbol('CHF', 'de-CH')).toBe('CHF');
		expect(currencySymbol('EURO', 'en-US')).toBe('EURO');
	});

	it('knows real codes and rejects made-up or badly written ones', () => {
		expect(isKnownCurrency('EUR')).toBe(true);
		expect(isKnownCurrency('JPY')).toBe(true);
		expect(isKnownCurrency('eur')).toBe(false);
		expect(isKnownCurrency('XYZ')).toBe(false);
		expect(isKnownCurrency('EURO')).toBe(false);
	});
});

describe('regionalDefaults', () => {
	it('starts new scenarios in the browser language\u2019s number format and currency', async () => {
		const { regionalDefaults } = await import('./format.ts');
		expect(regionalDefaults('de-DE')).toEqual({ locale: 'de-DE', currency: 'EUR' });
		expect(regionalDefaults('de')).toEqual({ locale: 'de-DE', currency: 'EUR' });
		expect(regionalDefaults('de-CH')).toEqual({ locale: 'de-CH', currency: 'CHF' });
		expect(regionalDefaults('en-GB')).toEqual({ locale: 'en-GB', currency: 'GBP' });
		expect(regionalDefaults('en-US')).toEqual({ locale: 'en-US', currency: 'USD' });
		// Spanish in Latin America is not in euros.
		expect(regionalDefaults('es-419').currency).toBe('USD');
	});

	it('gives the offered formats (found without locale data) what the lookup would give', async () => {
		const { regionalDefaults, LOCALES } = await import('./format.ts');
		for (const { value } of LOCALES) {
			// The same tag with an extension is not offered as such: it goes through Intl's lookup.
			const looked = regionalDefaults(`${value}-u-nu-latn`);
			expect(regionalDefaults(value)).toEqual({ locale: value, currency: looked.currency });
			expect(regionalDefaults(value.toLowerCase())).toEqual(regionalDefaults(value));
		}
	});

	it('falls back to en-US and USD for unknown or missing languages', async () => {
		const { regionalDefaults } = await import('./format.ts');
		expect(regionalDefaults(undefined)).toEqual({ locale: 'en-US', currency: 'USD' });
		expect(regionalDefaults('not a tag!')).toEqual({ locale: 'en-US', currency: 'USD' });
	});
});

describe('plural', () => {
	const forms = { one: 'one', other: 'other' };

	it('picks "one" for 1 only, in English and German', () => {
		for (const lang of ['en', 'de']) {
			expect(plural(1, forms, { lang })).toBe('one');
			for (const n of [0, 2, 7, 1.5]) expect(plural(n, forms, { lang })).toBe('other');
		}
	});

	it("words the catalogues' counted phrases in both languages", () => {
		const longer = (n: number, t: typeof en) => plural(n, t.recommendation.timing.longer, t)(n);
		expect(longer(1, en)).toBe('takes 1 month longer to reach full capacity');
		expect(longer(3, en)).toBe('takes 3 months longer to reach full capacity');
		expect(longer(1, de)).toBe('braucht einen Monat länger bis zur vollen Kapazität');
		expect(plural(2, de.recommendation.timing.sooner, de)(2)).toBe(
			'erreicht die volle Kapazität 2 Monate früher'
		);
		expect(plural(1, en.perRole.people, en)('1')).toBe('1 person');
		expect(plural(4, de.perRole.people, de)('4')).toBe('4 Personen');
	});
});

describe('formatMonth', () => {
	it('writes a month with or without its year, in the locale', () => {
		expect(formatMonth(10, 'en-US', 2026)).toBe('October 2026');
		expect(formatMonth(4, 'en-US')).toBe('April');
		expect(formatMonth(3, 'de-DE', 2027)).toBe('März 2027');
		expect(formatMonth(1, 'de-DE')).toBe('Januar');
		// Formatters are kept per locale and form: asking again in another order changes nothing.
		expect(formatMonth(4, 'en-US', 2026)).toBe('April 2026');
		expect(formatMonth(10, 'en-US')).toBe('October');
		expect(formatMonth(3, 'de-DE')).toBe('März');
	});
});

describe('decimalSeparator', () => {
	it('is the point in English and the comma in German', () => {
		expect(decimalSeparator('en-US')).toBe('.');
		expect(decimalSeparator('de-DE')).toBe(',');
		expect(decimalSeparator('de-CH')).toBe('.');
	});
});

describe('formatLongDate', () => {
	const date = new Date(2026, 11, 2, 12);

	it('writes the date out in the locale', () => {
		expect(formatLongDate(date, 'en-US')).toBe('December 2, 2026');
		expect(formatLongDate(date, 'de-DE')).toBe('2. Dezember 2026');
	});

	it('falls back to the ISO date for a locale Intl refuses', () => {
		expect(formatLongDate(date, 'not a locale!')).toBe('2026-12-02');
	});
});

describe('formatters found by signature', () => {
	/** The former lookup: a new formatter from the full options every time (the reference). */
	function reference(
		value: number,
		currency: string,
		locale: string,
		options: { compact?: boolean; signed?: boolean; digits?: number }
	): string {
		const opts: Intl.NumberFormatOptions = {
			style: 'currency',
			currency,
			maximumFractionDigits: options.compact ? 1 : 0,
			minimumFractionDigits: 0
		};
		if (options.compact) opts.notation = 'compact';
		if (options.compact && options.digits) {
			opts.minimumSignificantDigits = options.digits;
			opts.maximumSignificantDigits = options.digits;
			delete opts.maximumFractionDigits;
			delete opts.minimumFractionDigits;
		}
		if (options.signed) opts.signDisplay = 'exceptZero';
		const v = Math.abs(value) < 0.5 && !options.compact ? 0 : value;
		const f = new Intl.NumberFormat(locale, opts);
		if (options.compact && !options.digits && !f.formatToParts(v).some((p) => p.type === 'compact'))
			return reference(value, currency, locale, { signed: options.signed });
		return f.format(v);
	}

	it('formats money exactly as a formatter made from the full options, in any order of calls', () => {
		const values = [0, 0.3, -0.4, 12.5, 999.6, 999.96, 1234.5, -45000, 762997.7, 1.2e6, -9.87e9];
		const variants = [
			{},
			{ compact: true },
			{ compact: true, digits: 3 },
			{ signed: true },
			{ compact: true, signed: true },
			{ compact: true, digits: 2, signed: true }
		];
		for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'en-IN'])
			for (const currency of ['USD', 'EUR', 'JPY'])
				for (const options of variants)
					for (const v of values)
						expect(formatMoney(v, currency, locale, options), `${v} ${currency} ${locale}`).toBe(
							reference(v, currency, locale, options)
						);
	});

	it('keeps numbers, percent and money formatters apart for the same locale', () => {
		expect(formatNumber(1234.56789, 'en-US', 4)).toBe('1,234.5679');
		expect(formatNumber(1234.56789, 'en-US', 4, false)).toBe('1234.5679');
		expect(formatNumber(1234.56789, 'en-US', 1)).toBe('1,234.6');
		expect(formatPercent(0.1834, 'en-US', 1)).toBe('18.3%');
		expect(formatPercent(0.1834, 'en-US', 0)).toBe('18%');
		expect(formatMoney(1234, 'USD', 'en-US')).toBe('$1,234');
		expect(formatMoney(1234, 'EUR', 'en-US')).toBe('€1,234');
		expect(formatNumber(1234.5, 'de-DE', 1)).toBe('1.234,5');
	});
});
