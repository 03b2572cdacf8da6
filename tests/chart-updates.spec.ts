import { expect, test } from '@playwright/test';
import { expectNoGarbage } from './helpers.ts';

/** How many times a chart's canvas was drawn (the chart attachment counts its updates). */
const draws = (page: import('@playwright/test').Page, id: string) =>
	page.locator(`[data-testid="${id}"] canvas`).getAttribute('data-draws').then(Number);

/**
 * Open the calculator and scroll down the results as a person would (each chart is drawn when it
 * comes near the view; the sensitivity and risk panels load then, and the risk simulation starts),
 * then wait for all five charts.
 */
async function openWithRisk(page: import('@playwright/test').Page) {
	await page.goto('/');
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
	for (const id of ['chart-cumulative', 'chart-capacity', 'chart-layers']) {
		await page.getByTestId(id).scrollIntoViewIfNeeded();
		await expect(page.locator(`[data-testid="${id}"] canvas[data-ready]`)).toHaveCount(1, {
			timeout: 20_000
		});
	}
	await page.getByTestId('chart-tornado').scrollIntoViewIfNeeded({ timeout: 20_000 });
	await page.getByTestId('risk-panel').scrollIntoViewIfNeeded({ timeout: 20_000 });
	await expect(page.locator('canvas[data-ready]')).toHaveCount(5, { timeout: 20_000 });
}

/** Wait until the risk simulation has drawn all its futures (it redraws as batches arrive). */
async function simulated(page: import('@playwright/test').Page) {
	await expect(page.getByTestId('risk-table')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('risk-progress')).toHaveText('', { timeout: 30_000 });
}

test('typing redraws the charts whose data changed, and no other', async ({ page }) => {
	// Waits for the whole simulation twice: the slow budget on a busy machine.
	test.slow();
	await openWithRisk(page);
	await simulated(page);
	const ids = ['chart-cumulative', 'chart-capacity', 'chart-layers', 'chart-tornado', 'chart-risk'];
	const count = () => Promise.all(ids.map((id) => draws(page, id)));
	const start = await count();
	// A new name makes a new scenario with the same numbers: nothing is drawn again, not even once
	// the sensitivity analysis of the renamed scenario has come back (same rows).
	const name = page.getByLabel('Name', { exact: true });
	await name.click();
	await name.press('End');
	await page.keyboard.type(' renamed');
	await expect(page.getByTestId('flip-sentence')).toBeVisible();
	await page.waitForTimeout(1500);
	await simulated(page);
	expect(await count()).toEqual(start);
	// A longer time to fill changes the cost and capacity over time: those charts are drawn again.
	const figures = page.getByTestId('key-figures');
	const before = await figures.textContent();
	const field = page.getByLabel('Time to fill').first();
	await field.click();
	await field.press('End');
	await page.keyboard.press('5');
	await expect(figures).not.toHaveText(before!);
	// The results column still shows the risk panel: the cost chart above it is out of view and not
	// drawn while typing (a keystroke pays only for what can be seen)...
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
	);
	expect((await count())[0]).toBe(start[0]);
	// ...and it is drawn, with the new data, once it comes into view; so is the capacity chart.
	await page.getByTestId('chart-cumulative').scrollIntoViewIfNeeded();
	await expect.poll(async () => (await count())[0]).toBeGreaterThan(start[0]);
	await page.getByTestId('chart-capacity').scrollIntoViewIfNeeded();
	await expect.poll(async () => (await count())[1]).toBeGreaterThan(start[1]);
	// Still one chart per canvas, no NaN.
	await expect(page.locator('canvas')).toHaveCount(5);
	await expectNoGarbage(page);
});

test('a language switch redraws every chart with the new words', async ({ page }) => {
	await openWithRisk(page);
	const tornadoBefore = await draws(page, 'chart-tornado');
	const capacityBefore = await draws(page, 'chart-capacity');
	await page.getByTestId('language-select').selectOption('de');
	await page.getByTestId('chart-tornado').scrollIntoViewIfNeeded();
	await expect.poll(() => draws(page, 'chart-tornado')).toBeGreaterThan(tornadoBefore);
	// A chart out of view is drawn in the new language when it comes into view.
	await page.getByTestId('chart-capacity').scrollIntoViewIfNeeded();
	await expect.poll(() => draws(page, 'chart-capacity')).toBeGreaterThan(capacityBefore);
});
