import { expect, test } from '@playwright/test';
import { waitForApp } from './helpers.ts';

test('once loaded, the app opens and computes without a network', async ({ page, context }) => {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByTestId('recommendation')).toBeVisible();
	// Wait until the service worker controls the page and has cached the app.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(async () => (await caches.keys()).length))
		.toBeGreaterThan(0);
	await context.setOffline(true);
	await page.reload();
	await waitForApp(page);
	const figures = page.getByTestId('key-figures');
	await expect(figures).toContainText('$');
	const before = await figures.textContent();
	await page.getByLabel('Time to fill', { exact: true }).fill('120');
	await expect(figures).not.toHaveText(before ?? '');
	await page.goto('/methodology/');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
