import { expect, test, type Page } from '@playwright/test';
import { expectNoGarbage, field, openCalculator, tabTo, waitForApp } from './helpers.ts';

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => {
		const el = document.scrollingElement ?? document.documentElement;
		return el.scrollWidth - window.innerWidth;
	});
}

test.describe('keyboard and structure', () => {
	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
	});

	test('Tab reaches the skip link, the theme toggle and the inputs in order', async ({ page }) => {
		const skip = page.getByRole('link', { name: 'Skip to content' });
		const toggle = page.getByTestId('theme-toggle');
		const people = field(page, 'People needed');
		const timeToFill = field(page, 'Time to fill');

		await page.keyboard.press('Tab');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		const toToggle = await tabTo(page, toggle, 10);
		const toPeople = await tabTo(page, people, 40);
		const toTimeToFill = await tabTo(page, timeToFill, 40);
		expect(toToggle + toPeople + toTimeToFill).toBeGreaterThan(3);

		// Keyboard alone can edit a field and toggle the theme.
		await page.keyboard.type('90');
		await page.keyboard.press('Shift+Tab');
		await expect(timeToFill).toHaveValue('90');
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('the skip link moves keyboard focus to the main content', async ({ page }) => {
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const inMain = await page.evaluate(
			() => document.querySelector('main')?.contains(document.activeElement) ?? false
		);
		expect(inMain).toBe(true);
	});

	test('landmarks: banner, main navigation, main and footer', async ({ page }) => {
		await expect(page.getByRole('banner')).toHaveCount(1);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Calculator' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toContainText('Nothing is uploaded');
		// Input sections are labelled regions with headings.
		for (const name of ['The need', 'Recruit (buy)', 'Upskill (build)', 'Settings']) {
			await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
		}
	});

	test('the calculator page has one level-one heading', async ({ page }) => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	});

	test('every text field and select in the inputs has an accessible name', async ({ page }) => {
		const unnamed = await page.evaluate(() =>
			[...document.querySelectorAll('main input, main select')]
				.filter((el) => {
					const e = el as HTMLInputElement;
					if (e.labels && e.labels.length) return false;
					return !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby');
				})
				.map((el) => el.outerHTML.slice(0, 120))
		);
		expect(unnamed).toEqual([]);
	});
});

test.describe('methodology', () => {
	test('the nav link opens the methodology with headings and formulas', async ({ page }) => {
		await openCalculator(page);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'Methodology' }).click();
		await expect(page).toHaveURL(/\/methodology\/$/);
		await expect(page).toHaveTitle(/Methodology/);
		await expect(nav.getByRole('link', { name: 'Methodology' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await main.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(3);
		// Formulas: at least one equation such as "Economic cost = cash + internal time + ...".
		const text = await main.innerText();
		expect(text).toMatch(/\w[\w )]*\s=\s[\w(]/);
		expect(text).toMatch(/NPV|net present value/i);
		await expectNoGarbage(page);

		// And back to the calculator.
		await nav.getByRole('link', { name: 'Calculator' }).click();
		await expect(page.getByTestId('recommendation')).toBeVisible();
	});

	test('the methodology page opens directly by its address', async ({ page }) => {
		const response = await page.goto('/methodology/');
		await waitForApp(page);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
	});
});

test.describe('phone width', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the calculator does not scroll sideways, with all sections open', async ({ page }) => {
		await openCalculator(page);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
		// Open every "More assumptions" section and add a long-named skill.
		for (const summary of await page.locator('details > summary').all()) await summary.click();
		await page.getByRole('button', { name: 'Add skill' }).click();
		await page
			.getByRole('textbox', { name: 'Skill 4', exact: true })
			.fill('Infrastructure as code and continuous delivery');
		await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
		await page.getByLabel('Number format', { exact: true }).selectOption('fr-FR');
		await expect(page.getByTestId('recommendation')).toBeVisible();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
		await expectNoGarbage(page);
	});

	test('no page scrolls sideways, in English or German, with two scenarios to compare', async ({
		page
	}) => {
		test.slow();
		await openCalculator(page);
		await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
		await expect(field(page, 'Name')).toHaveValue(/\(copy\)$/);
		for (const language of ['en', 'de']) {
			await page.getByRole('combobox', { name: /^(Language|Sprache)$/ }).selectOption(language);
			for (const path of ['/', '/scenarios/', '/compare/', '/present/', '/budget/']) {
				await page.goto(path);
				await waitForApp(page);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				expect(await horizontalOverflow(page), `${language} ${path}`).toBeLessThanOrEqual(1);
			}
			await page.goto('/');
			await waitForApp(page);
		}
	});

	test('the methodology page does not scroll sideways', async ({ page }) => {
		await page.goto('/methodology/');
		await waitForApp(page);
		await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
	});
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to the calculator' }).click();
	await expect(page.getByTestId('recommendation')).toBeVisible();
});
