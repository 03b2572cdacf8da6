/**
 * Input fields as a person types into them: scale words ("80k"), bounds named in units, percent
 * fields, and help text that follows an applied preset.
 */
import { expect, test } from '@playwright/test';
import { enter, field, figureCell, openCalculator } from './helpers.ts';

test.describe('fields', () => {
	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
	});

	test('"80k" in the salary is 80,000, not an error (issue 8.1)', async ({ page }) => {
		const salary = await enter(page, 'Salary in the role', '80k');
		await expect(salary).not.toHaveAttribute('aria-invalid', 'true');
		await expect(salary).toHaveValue('80,000');
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('99999999 people is refused with the bound in people, never clamped', async ({ page }) => {
		const people = await enter(page, 'People needed', '99999999');
		await expect(people).toHaveAttribute('aria-invalid', 'true');
		await expect(people).toHaveValue('99,999,999');
		await expect(page.getByText('Must be at most 1,000 people.')).toBeVisible();
	});

	test('contractor efficiency accepts "90 %" (issue 8.8)', async ({ page }) => {
		const efficiency = await enter(page, 'Contractor efficiency', '90 %');
		await expect(efficiency).not.toHaveAttribute('aria-invalid', 'true');
		await expect(efficiency).toHaveValue('90');
	});

	test("a preset's help shows the preset's value and its source (issue 8.10)", async ({ page }) => {
		await page.getByLabel('Start from a preset').selectOption('ml-engineer');
		await expect(field(page, 'Salary in the role')).toHaveValue('150,000');
		const help = page.locator('#f-roles-0-salaryPerYear-help');
		await expect(help).toContainText(
			'Preset \u201cMachine-learning engineer\u201d: $150,000 per year.'
		);
		await expect(help).toContainText('data scientists 112,590');
		await expect(help).not.toContainText('Default $80,000');
	});

	test('each field is a form of its own, and Enter in it submits nowhere', async ({ page }) => {
		// Chrome's autofill reads a changed field's whole form after each key press: one field each.
		const fill = field(page, 'Time to fill');
		expect(await fill.evaluate((i) => (i as HTMLInputElement).form?.elements.length)).toBe(1);
		const url = page.url();
		await fill.fill('50');
		await fill.press('Enter');
		await expect(fill).toBeFocused();
		await expect(fill).toHaveValue('50');
		expect(page.url()).toBe(url);
		await expect(figureCell(page, 'Months to full capacity', 'buy')).toBeVisible();
	});
});
