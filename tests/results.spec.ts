/**
 * What the results say (issue 8): break-even words that match the curves, full capacity that does
 * not hinge on noise, degenerate plans, both measures, the value of a productive month, glossary,
 * per-role results, and results kept in view while editing.
 */
import { expect, test } from '@playwright/test';
import { enter, field, figureCell, openCalculator, waitForApp } from './helpers.ts';

test.beforeEach(async ({ page }) => {
	await openCalculator(page);
});

test('break-even words describe every crossing of the curves (8.3)', async ({ page }) => {
	// The default scenario: upskilling is cheaper in months 2-10 only.
	await expect(page.getByTestId('recommendation-break-even')).toHaveText(
		/^Upskilling costs more than recruiting in month 1, less in months 2\u201310 and more from month 11 on\./
	);
	await expect(page.getByTestId('break-even')).toHaveText(
		'Upskill: dearer in month 1, cheaper in months 2\u201310, dearer from month 11'
	);
	await expect(page.getByTestId('chart-cumulative').locator('figcaption')).toContainText(
		'less in months 2\u201310 and more from month 11 on'
	);
	await expect(page.getByText(/No break-even/)).toHaveCount(0);
});

test('full capacity does not hinge on rounding noise: 4 ML engineers, recruit month 9 (8.4)', async ({
	page
}) => {
	await page.getByLabel('Start from a preset').selectOption({ label: 'Machine-learning engineer' });
	await enter(page, 'People needed', '4');
	await expect(figureCell(page, 'Months to full capacity', 'buy')).toHaveText(/^month 9\b/);
	await expect(page.getByTestId('recommendation')).toContainText('is cheaper overall');
	await expect(page.getByTestId('recommendation')).toContainText('in cash and takes');
	await expect(page.getByTestId('recommendation-other')).toContainText('On cash alone');
});

test('0 people: nothing to compare, no charts or BEST on zeros (8.9)', async ({ page }) => {
	await enter(page, 'People needed', '0');
	await expect(page.getByTestId('recommendation')).toHaveText(/^Nothing to compare/);
	await expect(page.getByTestId('key-figures')).toHaveCount(0);
	await expect(page.getByTestId('chart-cumulative')).toHaveCount(0);
	await expect(page.getByText('best', { exact: true })).toHaveCount(0);
});

test('an option that never reaches full capacity is marked when it wins on cost (8.9)', async ({
	page
}) => {
	await enter(page, 'Study time', '0.5');
	await expect(figureCell(page, 'Months to full capacity', 'build')).toHaveText(
		'not within horizon'
	);
	await expect(page.getByTestId('recommendation-warning')).toContainText(
		'Upskilling never reaches full capacity within the 36 months'
	);
	const cash = figureCell(page, 'Cash cost (NPV)', 'build');
	await expect(cash).toContainText('best');
	await expect(cash.getByTestId('never-full')).toBeVisible();
	// Its figure changes with the inputs: the same paragraph, its words renewed.
	const warning = page.getByTestId('recommendation-warning');
	await expect(warning).toContainText('covers only 0%');
	await warning.evaluate((p) => p.setAttribute('data-seen', ''));
	await enter(page, 'Study time', '2');
	await expect(warning).toContainText('covers only 7%');
	await expect(warning).toHaveAttribute('data-seen', '');
});

test('sentences name what differs on each side, not the same thing twice (8.7)', async ({
	page
}) => {
	const reason = page.getByTestId('recommendation-reason');
	await expect(reason).toHaveText(/^What differs most: with .+ more\); with .+ more\)\.$/);
	await expect(reason).not.toContainText('less than with');
});

test('the value of a productive month is shown with its source; glossary explains terms', async ({
	page
}) => {
	const value = page.getByTestId('productive-month-value');
	await expect(value).toContainText('Value of a productive month:');
	await expect(value).toContainText('2 × monthly salary');
	await expect(value).toContainText('salary-multiplier method');
	await page.getByRole('button', { name: '\u201cBreak-even\u201d', exact: false }).click();
	const pop = page.getByTestId('glossary-breakEven');
	await expect(pop).toBeVisible();
	await expect(pop).toContainText('cumulative cost curves');
	await page.keyboard.press('Escape');
	await expect(pop).toBeHidden();
});

test('per-role results: each option per role and the best per role', async ({ page }) => {
	await page.getByRole('button', { name: '+ Add role' }).click();
	const table = page.getByTestId('per-role');
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(2);
	await expect(table.getByTestId('per-role-best')).toHaveCount(2);
	await expect(table.getByTestId('per-role-best').first()).toHaveText(/Recruit|Upskill|Contract/);
});

test('desktop: the recommendation stays in view while editing far down the form', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const last = field(page, 'Study time');
	await last.scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 3000);
	await expect(page.getByTestId('recommendation')).toBeInViewport();
	await expect(page.getByTestId('key-figures')).toBeInViewport();
});

test('phone: a compact result bar stays in view, and skill names are not cut (8.14)', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const bar = page.getByTestId('result-bar');
	await expect(bar).toBeInViewport();
	await expect(bar).toContainText(/Best: (Recruit|Upskill|Contract)/);
	await field(page, 'People needed').scrollIntoViewIfNeeded();
	await expect(bar).toBeInViewport();
	const name = page.getByRole('textbox', { name: 'Skill 1', exact: true });
	await name.scrollIntoViewIfNeeded();
	const fits = await name.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth + 1);
	expect(fits).toBe(true);
	expect((await name.boundingBox())!.width).toBeGreaterThan(250);
});

test('reload with an invalid field: no error, the sensitivity finishes and the flip sentence stays (8.2)', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await expect(page.getByTestId('recommendation-flip')).toBeVisible();
	await enter(page, 'People needed', '-3');
	await expect(page.getByText('Checking which assumptions matter\u2026')).toHaveCount(0);
	// Saved as typed, so the reload opens with the field still invalid.
	await page.waitForTimeout(1200);
	await page.reload();
	await waitForApp(page);
	await expect(field(page, 'People needed')).toHaveValue('-3');
	// The sensitivity panel loads when it comes near the view.
	await page
		.getByRole('heading', { name: 'What would change the answer' })
		.scrollIntoViewIfNeeded();
	await expect(page.getByTestId('flip-sentence')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('Checking which assumptions matter\u2026')).toHaveCount(0);
	await expect(page.getByTestId('recommendation-flip')).toBeVisible();
	expect(errors).toEqual([]);
});
