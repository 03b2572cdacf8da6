/**
 * The plan (issue 12): the best mix found in a worker, "Your plan" beside the three options,
 * doing nothing as a reference.
 */
import { expect, test } from '@playwright/test';
import { openCalculator } from './helpers.ts';

test.beforeEach(async ({ page }) => {
	await openCalculator(page);
});

test('the best mix is found, and "Use best mix" adds "Your plan" to the results', async ({
	page
}) => {
	const card = page.getByTestId('best-mix');
	await expect(card.getByTestId('best-mix-value')).toContainText('of the best mix:');
	await expect(card.getByTestId('best-mix-binding')).toHaveText(['No constraint holds it back.']);
	const keyFigures = page.getByTestId('key-figures');
	await expect(keyFigures.getByRole('columnheader', { name: 'Your plan' })).toHaveCount(0);
	await card.getByRole('button', { name: 'Use best mix' }).click();
	await expect(keyFigures.getByRole('columnheader', { name: 'Your plan' })).toBeVisible();
	await expect(keyFigures.locator('td[data-option="plan"]').first()).toHaveText(/\d/);
	await expect(card.getByTestId('best-mix-value')).toContainText('Your plan is the best mix.');
	await expect(card.getByRole('button', { name: 'Use best mix' })).toHaveCount(0);
	await expect(page.getByTestId('recommendation-do-nothing')).toHaveText(
		/^Doing nothing costs \$[\d.]+[kKmM] in lost capacity over 36 months \(NPV\)\.$/
	);
});
