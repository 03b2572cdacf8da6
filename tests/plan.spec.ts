/**
 * The plan (issue 12): a mix per role as "Your plan" beside the three options, the internal pool,
 * the best mix found in a worker with its binding constraint, doing nothing as a reference, and
 * the budget by fiscal year.
 */
import { expect, test, type Page } from '@playwright/test';
import { enter, expectMessageNear, field, openCalculator, parseMoney } from './helpers.ts';

// Each test types several inputs and waits for the worker's best mix: the slow budget on a busy machine.
test.beforeEach(async ({ page }) => {
	test.slow();
	await openCalculator(page);
});

const yourPlanHeader = (page: Page) =>
	page.getByTestId('key-figures').getByRole('columnheader', { name: 'Your plan' });

test('a mix entered per role shows as "Your plan"; counts must add up to the need', async ({
	page
}) => {
	await expect(yourPlanHeader(page)).toHaveCount(0);
	await page.getByLabel('Plan this role’s mix').check();
	// Switched on, all 3 people are recruited: the plan column appears at once.
	await expect(field(page, 'Recruited')).toHaveValue('3');
	await expect(yourPlanHeader(page)).toBeVisible();
	await enter(page, 'Upskilled', '1');
	await expectMessageNear(
		page,
		field(page, 'Recruited'),
		'Recruited, upskilled and contracted must add up to the people needed.'
	);
	await enter(page, 'Recruited', '2');
	await expect(
		page.getByText('Recruited, upskilled and contracted must add up to the people needed.')
	).toHaveCount(0);
	const cell = page.getByTestId('key-figures').locator('td[data-option="plan"]').first();
	await expect(cell).toHaveText(/\$\d/);
	// The plan of 2 recruits and 1 trainee costs between the pure options (linear in people).
	const value = parseMoney((await cell.textContent()) ?? '');
	const buy = parseMoney(
		(await page
			.getByTestId('key-figures')
			.locator('td[data-option="buy"]')
			.first()
			.textContent()) ?? ''
	);
	const build = parseMoney(
		(await page
			.getByTestId('key-figures')
			.locator('td[data-option="build"]')
			.first()
			.textContent()) ?? ''
	);
	expect(value).toBeGreaterThan(Math.min(buy, build));
	expect(value).toBeLessThan(Math.max(buy, build));
});

test('a pool smaller than the number upskilled gets a message at the pool', async ({ page }) => {
	await page.getByLabel('Plan this role’s mix').check();
	await enter(page, 'Recruited', '1');
	await enter(page, 'Upskilled', '2');
	await enter(page, 'Feeder headcount', '2');
	await enter(page, 'Share able to move', '50');
	await expectMessageNear(
		page,
		field(page, 'Feeder headcount'),
		'The pool is smaller than the number upskilled.'
	);
	await enter(page, 'Share able to move', '100');
	await expect(page.getByText('The pool is smaller than the number upskilled.')).toHaveCount(0);
});

test('the best mix names its binding constraint, and "Use best mix" makes it your plan', async ({
	page
}) => {
	const card = page.getByTestId('best-mix');
	await expect(card.getByTestId('best-mix-binding')).toHaveText(['No constraint holds it back.']);
	// A sentence that changes keeps its paragraph (kept by place, not by its words).
	await card.getByTestId('best-mix-binding').evaluate((p) => p.setAttribute('data-seen', ''));
	await enter(page, 'Capacity deadline', '5');
	await expect(card.getByTestId('best-mix-binding')).toHaveText([
		/^Limited by the capacity deadline in month 5: one more month saves \$[\d.]+[kKmM]\.$/
	]);
	await expect(card.getByTestId('best-mix-binding')).toHaveAttribute('data-seen', '');
	await expect(card).toContainText('Data analyst: 3 contracted');
	await card.getByRole('button', { name: 'Use best mix' }).click();
	await expect(yourPlanHeader(page)).toBeVisible();
	await expect(card.getByTestId('best-mix-value')).toContainText('Your plan is the best mix.');
	await expect(field(page, 'Contracted')).toHaveValue('3');
	await expect(page.getByTestId('recommendation-do-nothing')).toHaveText(
		/^Doing nothing costs \$[\d.]+[kKmM] in lost capacity over 36 months \(NPV\)\.$/
	);
	// A deadline that cannot be met: the conflict is named, the pure options are still shown.
	await enter(page, 'Capacity deadline', '1');
	await expect(card.getByTestId('best-mix-conflict')).toHaveText(
		/^These constraints cannot all be met: the capacity deadline\./
	);
	await expect(page.getByTestId('key-figures').locator('td[data-option="buy"]').first()).toHaveText(
		/\$\d/
	);
	// A deadline beyond the horizon is refused at the field.
	await enter(page, 'Capacity deadline', '40');
	await expectMessageNear(
		page,
		field(page, 'Capacity deadline'),
		'Must fall within the horizon: lower it or lengthen the horizon.'
	);
});

test('the budget view: each fiscal year’s cash adds up to the total', async ({ page }) => {
	await enter(page, 'Start month', '10');
	await enter(page, 'Fiscal year starts in month', '4');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Budget' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
	const table = page.getByTestId('budget-years');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Role',
		'Option',
		'FY2027',
		'FY2028',
		'FY2029',
		'FY2030',
		'Total'
	]);
	const row = table
		.locator('tr', { has: page.getByRole('rowheader', { name: 'All roles' }) })
		.first();
	const years = await row.locator('td[data-year]').allTextContents();
	const total = parseMoney((await row.locator('td[data-total]').textContent()) ?? '');
	const sum = years.map(parseMoney).reduce((a, b) => a + b, 0);
	// Whole units shown: each year may round by up to half a unit.
	expect(Math.abs(sum - total)).toBeLessThanOrEqual(years.length);
	expect(total).toBeGreaterThan(0);
	await expect(page.getByTestId('budget-quarters')).toContainText('FY2027 Q3');
	await expect(page.getByTestId('chart-budget').locator('canvas')).toBeVisible();
	await expect(page.getByTestId('chart-headcount').locator('canvas')).toBeVisible();
});

test('the pool shows as a sum beside its fields; a negative budget is refused at the field', async ({
	page
}) => {
	const pool = page.getByTestId('pool-size');
	await expect(pool).toHaveText('Pool: no limit (no feeder headcount given).');
	await enter(page, 'Feeder headcount', '12');
	await enter(page, 'Share able to move', '25');
	await expect(pool).toHaveText('Pool: 12 × 25% = 3 people can be upskilled.');
	await enter(page, 'Share able to move', '30');
	// Whole people: 12 × 30 % is 3.6, so 3 can move.
	await expect(pool).toHaveText('Pool: 12 × 30% = 3 people can be upskilled.');

	await enter(page, 'Cash budget per fiscal year', '-5000');
	await expectMessageNear(
		page,
		field(page, 'Cash budget per fiscal year'),
		/Must be at least \$0\b/
	);
	// The results stay from the last valid inputs: the pure options are still shown.
	await expect(page.getByTestId('key-figures').locator('td[data-option="buy"]').first()).toHaveText(
		/\$\d/
	);
	await enter(page, 'Cash budget per fiscal year', '2000000');
	await expect(field(page, 'Cash budget per fiscal year')).not.toHaveAttribute(
		'aria-invalid',
		'true'
	);
});

test('a bridging contractor hands over at a productivity level or after a set number of months', async ({
	page
}) => {
	const choice = page.getByTestId('bridge-choice');
	const atLevel = choice.getByRole('radio', {
		name: 'when the person reaches a productivity level'
	});
	const afterMonths = choice.getByRole('radio', { name: 'after a set number of months' });
	await expect(atLevel).toBeChecked();
	await expect(field(page, 'Hand over at productivity')).toHaveValue('50');
	await expect(field(page, 'Bridge for')).toHaveCount(0);

	await page.getByLabel('Plan this role’s mix').check();
	await enter(page, 'Recruits bridged', '2');
	const planCell = page.getByTestId('key-figures').locator('td[data-option="plan"]').first();
	await expect(planCell).toHaveText(/\$\d/);
	const atHalf = parseMoney((await planCell.textContent()) ?? '');

	// After a set number of months: the field takes the place of the productivity level.
	await afterMonths.check();
	await expect(field(page, 'Bridge for')).toHaveValue('6');
	await expect(field(page, 'Hand over at productivity')).toHaveCount(0);
	await enter(page, 'Bridge for', '200');
	await expectMessageNear(page, field(page, 'Bridge for'), /Must be at most 120\b/);
	// Cleared, the choice stays and asks for a number.
	await enter(page, 'Bridge for', '');
	await expect(afterMonths).toBeChecked();
	await expectMessageNear(page, field(page, 'Bridge for'), 'Enter a number.');
	await enter(page, 'Bridge for', '12');
	await expect(page.getByText('Enter a number.')).toHaveCount(0);
	await expect(planCell).not.toHaveText(`$${atHalf.toLocaleString('en-US')}`);

	// Back to a productivity level: the months are dropped, the level is validated too.
	await atLevel.check();
	await expect(field(page, 'Bridge for')).toHaveCount(0);
	await enter(page, 'Hand over at productivity', '150');
	await expectMessageNear(page, field(page, 'Hand over at productivity'), /Must be at most 100/);
	await enter(page, 'Hand over at productivity', '50');
	await expect(planCell).toHaveText(`$${atHalf.toLocaleString('en-US')}`);
});

test('the best mix is there from the first view and keeps its place on a key press', async ({
	page
}) => {
	// Prerendered with its answer: the card does not grow when the app starts (no layout shift).
	const html = await (await page.request.get('/')).text();
	expect(html).toContain('data-testid="best-mix-value"');
	expect(html).not.toContain('Searching for the best mix');
	const card = page.getByTestId('best-mix');
	await expect(card.getByTestId('best-mix-value')).toBeVisible();
	const height = (await card.boundingBox())!.height;
	const input = field(page, 'Time to fill');
	await input.click();
	await input.press('End');
	await input.press('5');
	// Read at once, not retried: never the "searching" line in place of the mix, never a jump.
	expect(await card.innerText()).not.toContain('Searching');
	expect((await card.boundingBox())!.height).toBe(height);
});

test('while a new best mix is searched, the last one stays, marked as updating and not usable', async ({
	page
}) => {
	// Two roles over 72 months are too large for the answer found at once: only the search answers.
	await page.getByRole('button', { name: '+ Add role' }).click();
	await enter(page, 'Horizon', '72');
	const card = page.getByTestId('best-mix');
	const use = card.getByRole('button', { name: 'Use best mix' });
	await expect(card).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
	await expect(card.getByTestId('best-mix-value')).toBeVisible();
	await expect(use).toBeEnabled();
	const input = field(page, 'Time to fill');
	await input.click();
	await input.press('End');
	// What the card shows from the key press on, recorded in the page at each change and each
	// frame: on a busy machine the new answer may arrive before a read from here would.
	await card.evaluate((el) => {
		const seen: { busy: string | null; searching: boolean; disabled: boolean; value: boolean }[] =
			[];
		(window as unknown as { bestMixSeen: typeof seen }).bestMixSeen = seen;
		const note = () => {
			const button = [...el.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Use best mix'
			);
			seen.push({
				busy: el.getAttribute('aria-busy'),
				searching: (el.textContent ?? '').includes('Searching'),
				disabled: button?.disabled ?? true,
				value: el.querySelector('[data-testid="best-mix-value"]') !== null
			});
		};
		new MutationObserver(note).observe(el, {
			attributes: true,
			childList: true,
			subtree: true,
			characterData: true
		});
		const frame = () => {
			note();
			if (seen.length < 2000) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await input.press('5');
	await expect(card).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
	await expect(use).toBeEnabled();
	const seen = await page.evaluate(
		() =>
			(
				window as unknown as {
					bestMixSeen: {
						busy: string | null;
						searching: boolean;
						disabled: boolean;
						value: boolean;
					}[];
				}
			).bestMixSeen
	);
	// The last answer stayed in place, marked as updating, while the new one was searched...
	const updating = seen.filter((s) => s.busy === 'true');
	expect(updating.length).toBeGreaterThan(0);
	// ...never the "searching" line in its place, the mix shown throughout...
	expect(seen.some((s) => s.searching)).toBe(false);
	expect(seen.every((s) => s.value)).toBe(true);
	// ...and it could not be used meanwhile: it may not fit the scenario any more.
	expect(updating.every((s) => s.disabled)).toBe(true);
	await expect(card.getByTestId('best-mix-value')).toBeVisible();
});
