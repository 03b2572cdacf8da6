import { expect, test } from '@playwright/test';
import {
	enter,
	expectMessageNear,
	expectNoGarbage,
	field,
	openCalculator,
	waitForApp
} from './helpers.ts';

/** The language switch in the header, found by its accessible name in either language. */
const switchOf = (page: import('@playwright/test').Page) =>
	page.getByRole('combobox', { name: /^(Language|Sprache)$/ });

/** Every script the page fetches from now on, with its text (filled as responses arrive). */
function recordScripts(page: import('@playwright/test').Page): { url: string; text: string }[] {
	const scripts: { url: string; text: string }[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		scripts.push({ url: response.url(), text: await response.text().catch(() => '') });
	});
	return scripts;
}

test.describe('interface language', () => {
	test('English by default for an English browser', async ({ page }) => {
		await openCalculator(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
		await expect(page.getByRole('heading', { name: 'The need' })).toBeVisible();
	});

	test('switching to German shows German text, survives a reload, and switches back', async ({
		page
	}) => {
		await openCalculator(page);
		await switchOf(page).selectOption('de');

		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('combobox', { name: 'Sprache', exact: true })).toHaveValue('de');
		await expect(page.getByRole('heading', { name: 'Der Bedarf' })).toBeVisible();
		await expect(field(page, 'Benötigte Personen')).toBeVisible();
		await expect(field(page, 'Besetzungsdauer')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Duplizieren' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Vergleichen' })).toBeVisible();
		const figures = page.getByTestId('key-figures');
		await expect(figures.getByRole('columnheader', { name: 'Einstellen' })).toBeVisible();
		await expect(figures.getByRole('columnheader', { name: 'Weiterbilden' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The need' })).toHaveCount(0);
		await expectNoGarbage(page);

		await page.reload();
		await waitForApp(page);
		await expect(page.getByTestId('key-figures')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { name: 'Der Bedarf' })).toBeVisible();
		await expect(page).toHaveTitle(/· Build or Buy$/);

		await switchOf(page).selectOption('en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'The need' })).toBeVisible();
		await expect(field(page, 'People needed')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Duplicate' })).toBeVisible();
		await page.reload();
		await waitForApp(page);
		await expect(page.getByRole('heading', { name: 'The need' })).toBeVisible();
	});

	test('an English visitor loads no German; choosing German fetches it, with no English left', async ({
		page
	}) => {
		const scripts = recordScripts(page);
		const german = (s: { text: string }) => s.text.includes('Zu den Ergebnissen springen');
		await openCalculator(page);
		await page.waitForLoadState('networkidle');
		expect(scripts.length).toBeGreaterThan(3);
		expect(scripts.filter(german)).toHaveLength(0);

		await switchOf(page).selectOption('de');
		await expect(page.getByRole('heading', { name: 'Der Bedarf' })).toBeVisible();
		// A response's text arrives after the response: wait for it rather than race it.
		await expect.poll(() => scripts.filter(german).length).toBe(1);
		// Everything switched at once: the figures, the recommendation and the charts' texts.
		await expect(page.getByTestId('recommendation')).not.toContainText(/\b(cost|month|the)\b/);
		await expect(page.getByTestId('key-figures')).toContainText('Einstellen');
		await expect(page.getByRole('link', { name: 'Methodik' })).toBeVisible();
		await expectNoGarbage(page);
	});

	test('the calculator loads only its own texts; another view brings the rest, in the language in use', async ({
		page
	}) => {
		// Waits for the network to be quiet (everything the calculator loads on its own), which on a
		// busy machine took longer than the default 30 s once.
		test.setTimeout(90_000);
		const scripts = recordScripts(page);
		/** Scripts holding a text of the compare page (the later part of the messages). */
		const holding = (text: string) => scripts.filter((s) => s.text.includes(text));
		await openCalculator(page);
		await page.waitForLoadState('networkidle');
		expect(holding('Compare scenarios')).toHaveLength(0);

		await page.getByRole('link', { name: 'Compare', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Compare scenarios', level: 1 })).toBeVisible();
		await expect.poll(() => holding('Compare scenarios').length).toBe(1);
		expect(holding('Szenarien vergleichen')).toHaveLength(0);

		// A switch on a later view brings that language's later part before anything changes.
		await switchOf(page).selectOption('de');
		await expect(
			page.getByRole('heading', { name: 'Szenarien vergleichen', level: 1 })
		).toBeVisible();
		await expect.poll(() => holding('Szenarien vergleichen').length).toBe(1);
		await expectNoGarbage(page);
	});

	test('field errors are in German', async ({ page }) => {
		await openCalculator(page);
		await switchOf(page).selectOption('de');
		const input = await enter(page, 'Besetzungsdauer', 'abc');
		await expectMessageNear(page, input, 'Geben Sie eine Zahl ein.');
		const people = await enter(page, 'Benötigte Personen', '-2');
		await expectMessageNear(page, people, /Muss mindestens 0\b/);
		await expect(page.getByTestId('stale')).toBeVisible();
	});
});

test.describe('methodology in German', () => {
	test('the document follows the language, on a switch and after a reload', async ({ page }) => {
		await page.goto('/methodology/');
		await waitForApp(page);
		const doc = page.getByTestId('methodology-doc');
		await expect(doc.getByRole('heading', { level: 2, name: '1. Conventions' })).toBeVisible();
		await switchOf(page).selectOption('de');
		await expect(doc.getByRole('heading', { level: 1, name: 'Methodik' })).toBeVisible();
		await expect(doc).toHaveAttribute('lang', 'de');
		await expect(doc.getByRole('heading', { level: 2, name: '1. Konventionen' })).toBeVisible();
		await expect(doc.getByRole('heading', { name: '1. Conventions' })).toHaveCount(0);
		// The defaults table and the worked examples are there too.
		await expect(
			doc.getByRole('cell', { name: 'Einstellen: Besetzungsdauer', exact: true })
		).toBeVisible();
		await expect(doc.getByText('"totals.buy.costPerHire": 24310.43')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Glossar' })).toBeVisible();

		await page.reload();
		await waitForApp(page);
		await expect(doc).toHaveAttribute('lang', 'de');
		await expect(doc.getByRole('heading', { level: 2, name: '1. Konventionen' })).toBeVisible();
		const text = await page.locator('main').innerText();
		for (const english of [
			'Conventions',
			'Worked examples',
			'The options',
			'Known simplifications'
		])
			expect(text).not.toContain(english);
	});
});

test.describe('German browser', () => {
	test.use({ locale: 'de-DE' });

	test('starts in German', async ({ page }) => {
		await openCalculator(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { name: 'Der Bedarf' })).toBeVisible();
	});
});
