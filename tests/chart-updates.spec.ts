import { expect, test } from '@playwright/test';

/** How many times a chart's canvas was drawn (the chart attachment counts its updates). */
const draws = (page: import('@playwright/test').Page, id: string) =>
	page.locator(`[data-testid="${id}"] canvas`).getAttribute('data-draws').then(Number);

test('typing redraws the charts whose data changed, and not the tornado', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('canvas[data-ready]')).toHaveCount(4, { timeout: 20_000 });
	const field = page.getByLabel('Time to fill').first();
	const figures = page.getByTestId('key-figures');
	const tornadoBefore = await draws(page, 'chart-tornado');
	const cumulativeBefore = await draws(page, 'chart-cumulative');
	const before = await figures.textContent();
	await field.click();
	await field.press('End');
	for (const key of ['1', 'Backspace', '1', 'Backspace', '5']) await page.keyboard.press(key);
	await expect(figures).not.toHaveText(before!);
	await expect.poll(() => draws(page, 'chart-cumulative')).toBeGreaterThan(cumulativeBefore);
	// While typing, the sensitivity is not recomputed and the tornado is not drawn again.
	expect(await draws(page, 'chart-tornado')).toBe(tornadoBefore);
	// The result on screen is the one for the value typed: still one chart per canvas, no NaN.
	await expect(page.locator('canvas')).toHaveCount(4);
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('a language switch redraws every chart with the new words', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('canvas[data-ready]')).toHaveCount(4, { timeout: 20_000 });
	const tornadoBefore = await draws(page, 'chart-tornado');
	const capacityBefore = await draws(page, 'chart-capacity');
	await page.getByTestId('language-select').selectOption('de');
	await expect.poll(() => draws(page, 'chart-capacity')).toBeGreaterThan(capacityBefore);
	await expect.poll(() => draws(page, 'chart-tornado')).toBeGreaterThan(tornadoBefore);
});
