import { expect, test } from '@playwright/test';
import {
	enter,
	expectMessageNear,
	field,
	figureCell,
	keyFiguresText,
	openCalculator,
	readMoney,
	savedWorkspace,
	waitForApp
} from './helpers.ts';

const ECONOMIC = 'Economic cost (NPV)';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('theme', () => {
	test.use({ colorScheme: 'light' });

	test('the toggle switches to dark, changes the background and survives a reload', async ({
		page
	}) => {
		await openCalculator(page);
		const html = page.locator('html');
		const toggle = page.getByTestId('theme-toggle');
		const light = await background(page);
		await expect(html).not.toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAccessibleName('Switch to dark theme');

		await toggle.click();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAccessibleName('Switch to light theme');
		await expect.poll(() => background(page)).not.toBe(light);
		const dark = await background(page);

		await page.reload();
		await waitForApp(page);
		await expect(page.getByTestId('recommendation')).toBeVisible();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAccessibleName('Switch to light theme');
		expect(await background(page)).toBe(dark);

		await toggle.click();
		await expect(html).toHaveAttribute('data-theme', 'light');
		await expect.poll(() => background(page)).toBe(light);
	});

	test('the dark theme is kept on the methodology page', async ({ page }) => {
		await openCalculator(page);
		await page.getByTestId('theme-toggle').click();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Methodology' })
			.click();
		await expect(page).toHaveURL(/\/methodology\/$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await waitForApp(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('autosave', () => {
	test('an edited value and scenario name are still there after a reload', async ({ page }) => {
		await openCalculator(page);
		await enter(page, 'Salary in the role', '123456');
		await page.getByLabel('Name', { exact: true }).fill('Hiring plan 2026');
		await expect(field(page, 'Salary in the role')).toHaveValue('123,456');
		await expect(page).toHaveTitle(/Hiring plan 2026/);
		const figures = await keyFiguresText(page);

		await expect.poll(() => savedWorkspace(page)).toContain('Hiring plan 2026');
		expect(await savedWorkspace(page)).toContain('123456');

		await page.reload();
		await waitForApp(page);
		await expect(page.getByTestId('recommendation')).toBeVisible();
		await expect(field(page, 'Salary in the role')).toHaveValue('123,456');
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Hiring plan 2026');
		await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue(/.+/);
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText(
			'Hiring plan 2026'
		);
		expect(await keyFiguresText(page)).toBe(figures);
	});

	test('text that is not a number is kept with its message after a reload', async ({ page }) => {
		await openCalculator(page);
		await enter(page, 'Time to fill', 'soon');
		await expect.poll(() => savedWorkspace(page)).toContain('"soon"');

		await page.reload();
		await waitForApp(page);
		const input = field(page, 'Time to fill');
		await expect(input).toHaveValue('soon');
		await expectMessageNear(page, input, 'Enter a number.');

		await enter(page, 'Time to fill', '30');
		await expect(page.getByTestId('recommendation')).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect.poll(() => savedWorkspace(page)).not.toContain('"soon"');
	});
});

test.describe('undo and redo', () => {
	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
	});

	test('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit', async ({ page }) => {
		const recruit = figureCell(page, ECONOMIC, 'buy');
		const before = await readMoney(recruit);
		const input = await enter(page, 'Time to fill', '200');
		await expect.poll(() => readMoney(recruit)).toBeGreaterThan(before);
		const after = await readMoney(recruit);

		// Focus is on the next field (Tab), as after any edit.
		await page.keyboard.press('Control+z');
		await expect(input).toHaveValue('42');
		await expect.poll(() => readMoney(recruit)).toBe(before);

		await page.keyboard.press('Control+Shift+z');
		await expect(input).toHaveValue('200');
		await expect.poll(() => readMoney(recruit)).toBe(after);
	});

	test('Ctrl+Z pressed inside the field being edited reverts what the field shows', async ({
		page
	}) => {
		const recruit = figureCell(page, ECONOMIC, 'buy');
		const before = await readMoney(recruit);
		const input = field(page, 'Time to fill');
		await input.fill('200');
		await expect.poll(() => readMoney(recruit)).toBeGreaterThan(before);

		await input.press('Control+z');
		await expect.poll(() => readMoney(recruit)).toBe(before);
		// The field must not keep showing 200 while the results are for 42.
		await expect(input).toHaveValue('42');
	});

	test('the Undo and Redo buttons step through separate edits', async ({ page }) => {
		const undo = page.getByRole('button', { name: /Undo/ });
		const redo = page.getByRole('button', { name: /Redo/ });
		await expect(undo).toBeDisabled();
		await expect(redo).toBeDisabled();

		const fill = await enter(page, 'Time to fill', '90');
		const people = await enter(page, 'People needed', '5');
		await expect(undo).toBeEnabled();
		await expect(redo).toBeDisabled();
		const figuresAfter = await keyFiguresText(page);

		await undo.click();
		await expect(people).toHaveValue('3');
		await expect(fill).toHaveValue('90');
		await expect(redo).toBeEnabled();

		await undo.click();
		await expect(fill).toHaveValue('42');
		await expect(undo).toBeDisabled();

		await redo.click();
		await redo.click();
		await expect(fill).toHaveValue('90');
		await expect(people).toHaveValue('5');
		await expect(redo).toBeDisabled();
		await expect.poll(() => keyFiguresText(page)).toBe(figuresAfter);

		// A new edit after undo clears the redo history.
		await undo.click();
		await enter(page, 'Agency fee', '10');
		await expect(redo).toBeDisabled();
	});

	test('undo brings back a removed skill', async ({ page }) => {
		const summary = page.getByTestId('training-summary');
		await page.getByRole('button', { name: 'Remove skill SQL' }).click();
		await expect(page.getByRole('button', { name: 'Remove skill SQL' })).toHaveCount(0);
		await expect(summary).toContainText('200 study hours');
		await page.getByRole('button', { name: /Undo/ }).click();
		await expect(page.getByRole('textbox', { name: 'Skill 1', exact: true })).toHaveValue('SQL');
		await expect(summary).toContainText('280 study hours');
	});

	test('undo of an edit in a role out of sight shows that role and says what was undone (8.11)', async ({
		page
	}) => {
		await page.getByRole('button', { name: '+ Add role' }).click();
		const second = page.getByRole('button', { name: 'Role 2', exact: true });
		await expect(second).toHaveAttribute('aria-pressed', 'true');
		await enter(page, 'People needed', '7');
		const first = page.getByRole('button', { name: /^Data analyst$|^Role 1$/ });
		await first.click();
		await expect(field(page, 'People needed')).not.toHaveValue('7');
		await page.getByRole('button', { name: /Undo/ }).click();
		await expect(second).toHaveAttribute('aria-pressed', 'true');
		await expect(field(page, 'People needed')).toHaveValue('3');
		await expect(page.getByTestId('undone')).toHaveText('Undone: Role 2 \u203a People needed');
		await page.getByRole('button', { name: /Redo/ }).click();
		await expect(field(page, 'People needed')).toHaveValue('7');
		await expect(page.getByTestId('undone')).toHaveText('Redone: Role 2 \u203a People needed');
	});
});
