/**
 * Loads the number-formatting data of the page's likely locales off the main thread. The first
 * number format a page makes loads that data (tens of milliseconds, and four times as long on a
 * slow phone: one long task at start-up); the data is kept for the whole browser process, so once
 * this worker has loaded it, the page's own first format is made at once.
 */
const locales = [...new Set(['en-US', self.navigator.language || 'en-US'])];
for (const locale of locales) {
	try {
		new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1234.5);
		new Intl.NumberFormat(locale, { style: 'percent' }).format(0.5);
		new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(1);
		new Intl.NumberFormat(locale, {
			style: 'currency',
			currency: 'EUR',
			notation: 'compact',
			maximumSignificantDigits: 3
		}).format(1234567);
		new Intl.PluralRules(locale).select(2);
		new Intl.DisplayNames([locale], { type: 'currency' }).of('EUR');
		new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(0);
	} catch {
		// An unknown locale: nothing to load for it.
	}
}
self.postMessage('warm');
