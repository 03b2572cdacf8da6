/**
 * Two tabs of one browser (two pages of one context share localStorage): every tab follows the
 * others, nothing one tab did is lost because another tab saved, and when both change the same
 * scenario at once both versions are kept and the user is told.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { enter, field, openCalculator, openScenarios, scenarioNames } from './helpers.ts';

// Two tabs load the app several times per test: give the slow shared test machine room.
test.describe.configure({ timeout: 90_000 });

const SALARY = 'Salary in the role';
const FILL = 'Time to fill';

/** Open the calculator in a new tab of the same browser. */
async function secondTab(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await openCalculator(page);
	return page;
}

/** The names in the Scenario picker of the calculator. */
async function pickerNames(page: Page): Promise<string[]> {
	return page.getByLabel('Scenario', { exact: true }).locator('option').allInnerTexts();
}

/** Wait until the scenario written in one tab has been saved (autosave is debounced). */
async function saved(page: Page, text: string): Promise<void> {
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('bob.workspace') ?? ''))
		.toContain(text);
}

async function newBlank(page: Page): Promise<void> {
	await page.locator('#new-scenario').selectOption('blank');
}

test('reloading an untouched second tab keeps the first tab’s edit', async ({ page, context }) => {
	await openCalculator(page);
	const tab2 = await secondTab(context);
	await enter(page, SALARY, '123456');
	await saved(page, '123456');
	await tab2.reload();
	await expect(field(tab2, SALARY)).toHaveValue('123,456');
	await page.reload();
	await expect(field(page, SALARY)).toHaveValue('123,456');
});

test('closing an untouched second tab keeps the first tab’s edit', async ({ page, context }) => {
	await openCalculator(page);
	const tab2 = await secondTab(context);
	await enter(page, SALARY, '123456');
	await saved(page, '123456');
	// Closing a tab saves on pagehide; fire it for sure, then close.
	await tab2.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
	await tab2.close({ runBeforeUnload: true });
	await page.reload();
	await expect(field(page, SALARY)).toHaveValue('123,456');
});

test('the other tab follows an edit without a reload', async ({ page, context }) => {
	await openCalculator(page);
	const tab2 = await secondTab(context);
	await enter(page, FILL, '77');
	await expect(field(tab2, FILL)).toHaveValue('77');
	await field(page, 'Name').fill('Renamed in tab 1');
	await expect(field(tab2, 'Name')).toHaveValue('Renamed in tab 1');
});

test('a scenario created in one tab stays when the other tab edits', async ({ page, context }) => {
	await openCalculator(page);
	const tab2 = await secondTab(context);
	await newBlank(page);
	await field(page, 'Name').fill('Made in tab 1');
	await saved(page, 'Made in tab 1');
	await expect.poll(() => pickerNames(tab2)).toContain('Made in tab 1');
	await enter(tab2, FILL, '55');
	await saved(tab2, '"timeToFillDays":55');
	await tab2.reload();
	await expect.poll(() => pickerNames(tab2)).toContain('Made in tab 1');
	await openScenarios(page);
	expect(await scenarioNames(page)).toContain('Made in tab 1');
});

test('a scenario deleted in one tab stays deleted when the other tab edits', async ({
	page,
	context
}) => {
	await openCalculator(page);
	await newBlank(page);
	await field(page, 'Name').fill('Doomed');
	await saved(page, 'Doomed');
	const tab2 = await secondTab(context);
	await expect.poll(() => pickerNames(tab2)).toContain('Doomed');
	// Tab 2 looks at the other scenario.
	await tab2.getByLabel('Scenario', { exact: true }).selectOption({ label: 'My first scenario' });
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect.poll(() => pickerNames(page)).not.toContain('Doomed');
	await expect.poll(() => pickerNames(tab2)).not.toContain('Doomed');
	await enter(tab2, FILL, '66');
	await saved(tab2, '"timeToFillDays":66');
	await page.reload();
	await expect(field(page, FILL)).toHaveValue('66');
	expect(await pickerNames(page)).not.toContain('Doomed');
});

test('switching the open scenario in the second tab does not revert the first tab’s edit', async ({
	page,
	context
}) => {
	await openCalculator(page);
	await newBlank(page);
	await field(page, 'Name').fill('Second');
	await saved(page, 'Second');
	const tab2 = await secondTab(context);
	await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'My first scenario' });
	await enter(page, SALARY, '123456');
	await saved(page, '123456');
	await tab2.getByLabel('Scenario', { exact: true }).selectOption({ label: 'My first scenario' });
	await tab2.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Second' });
	await tab2.waitForTimeout(600);
	await page.reload();
	await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'My first scenario' });
	await expect(field(page, SALARY)).toHaveValue('123,456');
});

test('both tabs editing the same scenario at once keep both versions and say so', async ({
	page,
	context
}) => {
	// The tabs' clock (shared by the context) is paused while both edit, so both edits happen before
	// either tab saves, however slow the machine (autosave waits a moment after typing).
	await context.clock.install();
	await openCalculator(page);
	const tab2 = await secondTab(context);
	await context.clock.pauseAt(Date.now() + 1_000);
	await field(page, FILL).fill('11');
	await field(tab2, FILL).fill('22');
	await context.clock.resume();
	// The tab that saved later says what happened.
	const notices = async () =>
		(await page.getByTestId('tab-conflict').allInnerTexts()).concat(
			await tab2.getByTestId('tab-conflict').allInnerTexts()
		);
	await expect.poll(notices).toHaveLength(1);
	expect((await notices())[0]).toMatch(
		/“My first scenario” was changed in another tab at the same time\. Both versions are kept/
	);
	// Both versions are there, in both tabs, and after a reload.
	for (const p of [page, tab2]) {
		await expect.poll(() => pickerNames(p)).toHaveLength(2);
	}
	await page.reload();
	// The copy may still be on its way from the other tab (its autosave waits a moment after an
	// edit); it arrives by the storage event without a further reload.
	await expect.poll(() => pickerNames(page)).toHaveLength(2);
	const names = await pickerNames(page);
	const values: string[] = [];
	for (const name of names) {
		await page.getByLabel('Scenario', { exact: true }).selectOption({ label: name });
		values.push(await field(page, FILL).inputValue());
	}
	expect(values.sort()).toEqual(['11', '22']);
});
