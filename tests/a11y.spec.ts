/**
 * Accessibility (issue 8.15): axe-core finds no WCAG 2.2 A/AA violation on any route or dialog, in
 * light and dark, at desktop and phone width, in English and German.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { de, en } from '../src/lib/i18n/messages-all.ts';
import { enter, waitForApp, workerReplies } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const LANGUAGES = { en, de } as const;
const VIEWPORTS = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
] as const;
const THEMES = ['light', 'dark'] as const;

/** Violations as short lines ("color-contrast: .badge (2 nodes)") so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	// The rules really ran (a blank page would pass trivially).
	expect(results.passes.length).toBeGreaterThan(10);
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.slice(0, 4)
				.map((n) => n.target.join(' '))
				.join(' | ')} (${v.nodes.length} nodes)`
	);
}

async function setUp(page: Page, lang: 'en' | 'de'): Promise<void> {
	await page.addInitScript((l) => localStorage.setItem('bob.lang', l), lang);
}

/** Two scenarios, so Compare and Present's scenario switch have something to show. */
async function twoScenarios(page: Page, t: typeof en): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('recommendation')).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: t.scenarioBar.duplicate, exact: true }).click();
	await expect(
		page.getByLabel(t.scenarioBar.scenario, { exact: true }).locator('option')
	).toHaveCount(2);
}

const ROUTES = [
	{ path: '/', ready: 'recommendation' },
	{ path: '/scenarios/', ready: null },
	{ path: '/compare/', ready: null },
	{ path: '/present/', ready: 'presentation' },
	{ path: '/budget/', ready: null },
	{ path: '/methodology/', ready: null }
] as const;

for (const lang of ['en', 'de'] as const) {
	const t = LANGUAGES[lang];
	test.describe(`axe, ${lang}`, () => {
		for (const route of ROUTES) {
			test(`${route.path}: no WCAG 2.2 A/AA violations (light/dark, desktop/phone)`, async ({
				page
			}) => {
				test.setTimeout(300_000);
				await setUp(page, lang);
				await twoScenarios(page, t);
				const found: string[] = [];
				for (const vp of VIEWPORTS) {
					await page.setViewportSize({ width: vp.width, height: vp.height });
					for (const theme of THEMES) {
						await page.emulateMedia({ colorScheme: theme });
						await page.goto(route.path);
						await expect(page.locator('html')).toHaveAttribute('lang', lang);
						const shown = route.ready
							? page.getByTestId(route.ready)
							: page.locator('main h1, main h2').first();
						await expect(shown).toBeVisible({ timeout: 30_000 });
						for (const v of await violations(page)) found.push(`${vp.name} ${theme}: ${v}`);
					}
				}
				expect(found).toEqual([]);
			});
		}

		for (const vp of VIEWPORTS) {
			test(`dialogs and popovers, ${vp.name}: no WCAG 2.2 A/AA violations`, async ({ page }) => {
				test.setTimeout(300_000);
				await setUp(page, lang);
				await page.setViewportSize({ width: vp.width, height: vp.height });
				const found: string[] = [];
				for (const theme of THEMES) {
					await page.emulateMedia({ colorScheme: theme });
					await page.goto('/');
					await expect(page.getByTestId('recommendation')).toBeVisible({ timeout: 30_000 });
					await page.getByRole('button', { name: t.scenarioBar.export, exact: true }).click();
					await expect(page.getByRole('dialog')).toBeVisible();
					for (const v of await violations(page)) found.push(`${theme} export: ${v}`);
					await page.keyboard.press('Escape');
					await expect(page.getByRole('dialog')).toHaveCount(0);
					await page.getByRole('button', { name: t.scenarioBar.share, exact: true }).click();
					await expect(page.getByRole('dialog')).toBeVisible();
					for (const v of await violations(page)) found.push(`${theme} share: ${v}`);
					await page.keyboard.press('Escape');
					await expect(page.getByRole('dialog')).toHaveCount(0);
					// A glossary term's explanation (popover).
					await page
						.getByRole('button', { name: t.glossary.what(t.glossary.terms.breakEven.term) })
						.click();
					await expect(page.getByTestId('glossary-breakEven')).toBeVisible();
					for (const v of await violations(page)) found.push(`${theme} glossary: ${v}`);
					await page.keyboard.press('Escape');
				}
				expect(found).toEqual([]);
			});
		}
	});
}

test('figures kept in view while newer ones are computed keep their contrast (light/dark)', async ({
	page
}) => {
	const replies = await workerReplies(page);
	const found: string[] = [];
	for (const theme of THEMES) {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto('/');
		await waitForApp(page);
		// The panel loads when it comes near the view.
		await page.getByRole('heading', { name: en.risk.title }).scrollIntoViewIfNeeded();
		const panel = page.getByTestId('risk-panel');
		await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 30_000 });
		// An edit whose simulation is held back: the last run's figures stay, marked as behind.
		await replies.hold();
		await enter(page, 'People needed', theme === 'light' ? '6' : '7');
		await expect(panel.getByTestId('risk-progress')).toHaveText(en.risk.updating);
		await expect(panel).toHaveAttribute('aria-busy', 'true');
		// The fade has ended (axe reads the colours as they are now).
		await page.waitForFunction(() => document.getAnimations().length === 0);
		const results = await new AxeBuilder({ page })
			.include('[data-testid="risk-panel"]')
			.withTags(TAGS)
			.analyze();
		expect(results.passes.length).toBeGreaterThan(3);
		for (const v of results.violations) found.push(`${theme}: ${v.id} ${v.nodes.length} nodes`);
		// Still behind when axe read it (the check saw the state it is about).
		await expect(panel).toHaveAttribute('aria-busy', 'true');
		await replies.release();
		await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 30_000 });
	}
	expect(found).toEqual([]);
});
