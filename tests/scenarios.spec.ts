import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	chooseFile,
	downloadOf,
	dropFile,
	enter,
	field,
	keyFiguresText,
	openCalculator,
	openScenarios,
	paintedPixels,
	parseMoney,
	savedWorkspace,
	scenarioListSummary,
	scenarioNames,
	scenarioRow,
	waitForApp
} from './helpers.ts';

const ECONOMIC = 'Economic cost (NPV)';
const FIXTURE_V0 = new URL('./fixtures/scenarios-v0.json', import.meta.url);
const FIXTURE_V1 = new URL('./fixtures/scenarios-v1.json', import.meta.url);

/** Give the open scenario a new name through the Name field. */
async function rename(page: Page, name: string): Promise<void> {
	const input = field(page, 'Name');
	await input.fill(name);
	await expect(page.getByLabel('Scenario', { exact: true })).toContainText(name);
}

/** Duplicate the open scenario from the calculator and give the copy a name. */
async function duplicateAs(page: Page, name: string): Promise<void> {
	const before = await field(page, 'Name').inputValue();
	await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
	await expect(field(page, 'Name')).toHaveValue(`${before} (copy)`);
	await rename(page, name);
}

/** Import a file through the Scenarios page's "Import file…" button. */
async function importThroughPicker(page: Page, name: string, text: string): Promise<void> {
	await chooseFile(page, () => page.getByRole('button', { name: 'Import file…' }).click(), {
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

test('an edited scenario is still there after a reload, in the calculator and the list', async ({
	page
}) => {
	await openCalculator(page);
	await rename(page, 'Reload check');
	await enter(page, 'Time to fill', '77');
	const figures = await keyFiguresText(page);
	await page.reload();
	await waitForApp(page);
	await expect(field(page, 'Name')).toHaveValue('Reload check');
	await expect(field(page, 'Time to fill')).toHaveValue('77');
	await expect.poll(() => keyFiguresText(page)).toBe(figures);
	await openScenarios(page);
	expect(await scenarioNames(page)).toEqual(['Reload check']);
});

test('new from a preset, duplicate, delete and undo delete', async ({ page }) => {
	const listed = (names: string[]) => expect.poll(() => scenarioNames(page)).toEqual(names);
	const first = ['My first scenario', 'Data analyst'];
	const all = [...first, 'Data analyst (copy)', 'Data analyst (copy) (2)'];
	const withoutCopy = [...first, 'Data analyst (copy) (2)'];
	const deleteCopy = page.getByRole('button', { name: 'Delete Data analyst (copy)', exact: true });
	const undoDelete = page.getByRole('button', { name: 'Undo delete' });

	await openScenarios(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('(1)');
	await page
		.getByLabel('New scenario', { exact: true })
		.selectOption({ label: 'From preset: Data analyst' });
	await listed(first);
	// The new scenario has a result in the list.
	await expect(scenarioRow(page, 'Data analyst').locator('td').nth(1)).toHaveText(
		/^(Recruit|Upskill|Contract\w*) · \$\d/
	);

	await scenarioRow(page, 'Data analyst').getByRole('button', { name: 'Duplicate' }).click();
	await listed([...first, 'Data analyst (copy)']);
	await expect(scenarioRow(page, 'Data analyst (copy)').locator('td').nth(1)).toHaveText(
		await scenarioRow(page, 'Data analyst').locator('td').nth(1).innerText()
	);
	// A second copy of the same scenario gets a name of its own.
	await scenarioRow(page, 'Data analyst').getByRole('button', { name: 'Duplicate' }).click();
	await listed(all);

	await deleteCopy.click();
	await listed(withoutCopy);
	await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
		/Deleted “Data analyst \(copy\)”\./
	);
	await undoDelete.click();
	await listed(all);
	await expect(undoDelete).toHaveCount(0);

	// Delete from the keyboard: focus moves to Undo, so a second Enter cannot delete the next one.
	await deleteCopy.focus();
	await page.keyboard.press('Enter');
	await expect(undoDelete).toBeFocused();
	await listed(withoutCopy);
	await page.keyboard.press('Enter');
	await listed(all);

	// Restored for good: it survives a reload.
	await page.reload();
	await waitForApp(page);
	await listed(all);
});

test('renaming in the Name field updates the list and the scenario picker', async ({ page }) => {
	await openCalculator(page);
	await rename(page, 'Hiring plan 2026');
	await expect(page).toHaveTitle(/Hiring plan 2026/);
	await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
	await expect.poll(() => scenarioNames(page)).toEqual(['Hiring plan 2026']);
	// Opening it from the list shows the new name in the calculator.
	await page.getByRole('button', { name: 'Hiring plan 2026', exact: true }).click();
	await expect(field(page, 'Name')).toHaveValue('Hiring plan 2026');
});

test.describe('compare', () => {
	/** Three scenarios: a base, slower hiring, and slower hiring of more people. */
	async function threeScenarios(page: Page): Promise<void> {
		await openCalculator(page);
		await rename(page, 'Base');
		await duplicateAs(page, 'Slow hiring');
		await enter(page, 'Time to fill', '150');
		await duplicateAs(page, 'Bigger team');
		await enter(page, 'People needed', '5');
		await expect(field(page, 'People needed')).toHaveValue('5');
	}

	function figureRow(page: Page, label: string) {
		return page
			.getByTestId('compare-table')
			.locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) });
	}

	test('shows each scenario, differences to the baseline and the inputs that differ', async ({
		page
	}) => {
		await threeScenarios(page);
		// What the list says each scenario costs (its recommended option).
		await openScenarios(page);
		const listed = new Map<string, number>();
		for (const name of ['Base', 'Slow hiring', 'Bigger team']) {
			listed.set(name, parseMoney(await scenarioRow(page, name).locator('td').nth(1).innerText()));
		}
		expect(listed.get('Slow hiring')).toBeGreaterThan(listed.get('Base')!);
		expect(listed.get('Bigger team')).toBeGreaterThan(listed.get('Slow hiring')!);

		await page.getByRole('link', { name: 'Compare', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare scenarios');
		for (const name of ['Base', 'Slow hiring', 'Bigger team']) {
			await expect(page.getByRole('checkbox', { name })).toBeChecked();
		}
		const table = page.getByTestId('compare-table');
		// The baseline is the scenario the user came from (the open one), not the first in the list.
		await expect(table.getByRole('columnheader')).toHaveText([
			'Measure',
			'Base',
			'Slow hiring',
			/Bigger team\s+baseline/
		]);
		await expect(page.getByTestId('baseline').locator('option:checked')).toHaveText('Bigger team');
		await page.getByTestId('baseline').selectOption({ label: 'Base' });
		await expect(page.getByTestId('baseline').locator('option:checked')).toHaveText('Base');

		const economic = figureRow(page, ECONOMIC).locator('td');
		await expect(economic).toHaveCount(3);
		const shown = [0, 1, 2].map(async (i) => parseMoney(await economic.nth(i).innerText()));
		const [base, slow, bigger] = await Promise.all(shown);
		const diffOf = async (i: number) =>
			parseMoney(await economic.nth(i).locator('.diff').innerText());
		// The same figures as the list shows for each scenario.
		expect([base, slow, bigger]).toEqual([
			listed.get('Base'),
			listed.get('Slow hiring'),
			listed.get('Bigger team')
		]);
		// Differences to the baseline: none for the baseline itself, signed for the others.
		await expect(economic.nth(0).locator('.diff')).toHaveCount(0);
		await expect(economic.nth(1).locator('.diff')).toHaveText(/^\+/);
		// Each difference is of the unrounded amounts, so it may be one unit off the shown ones.
		expect(Math.abs((await diffOf(1)) - (slow - base))).toBeLessThanOrEqual(1);
		expect(Math.abs((await diffOf(2)) - (bigger - base))).toBeLessThanOrEqual(1);

		const chart = page.getByTestId('chart-compare');
		// Drawn when it comes near the view.
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).toBeVisible();
		await expect.poll(() => paintedPixels(chart.locator('canvas'))).toBeGreaterThan(500);
		await expect(chart.locator('figcaption')).toContainText('Slow hiring: $');

		// Inputs that differ, grouped by role and section: time to fill (Base vs the others) and
		// people needed (Bigger team).
		const inputs = page.getByTestId('input-differences');
		const inputNames = ['Scenario name', 'People needed', 'Time to fill'];
		await expect(inputs.locator('th[scope="row"]')).toHaveText(inputNames);
		await expect(inputs.locator('th[scope="rowgroup"]')).toHaveText([
			'Scenario',
			'Data analyst',
			'The need',
			'Recruit (buy)'
		]);
		const inputRow = (name: string) =>
			inputs.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
		const timeRow = inputRow(inputNames[2]);
		const peopleRow = inputRow(inputNames[1]);
		await expect(timeRow.locator('td')).toHaveText(['42', '150', '150']);
		await expect(peopleRow.locator('td')).toHaveText(['3', '3', '5']);
		await expect(inputRow('Scenario name').locator('td')).toHaveText([
			'Base',
			'Slow hiring',
			'Bigger team'
		]);
		// Highlighted where a value differs from the baseline.
		await expect(timeRow.locator('td').nth(0)).not.toHaveClass(/differs/);
		await expect(timeRow.locator('td').nth(1)).toHaveClass(/differs/);
		await expect(timeRow.locator('td').nth(2)).toHaveClass(/differs/);
		await expect(peopleRow.locator('td').nth(1)).not.toHaveClass(/differs/);
		await expect(peopleRow.locator('td').nth(2)).toHaveClass(/differs/);
		const background = (i: number) =>
			timeRow
				.locator('td')
				.nth(i)
				.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(await background(1)).not.toBe(await background(0));

		// Another baseline: the differences are now measured from "Slow hiring".
		await page.getByTestId('baseline').selectOption({ label: 'Slow hiring' });
		await expect(table.getByRole('columnheader')).toHaveText([
			'Measure',
			'Base',
			/Slow hiring\s+baseline/,
			'Bigger team'
		]);
		await expect(economic.nth(1).locator('.diff')).toHaveCount(0);
		await expect(economic.nth(0).locator('.diff')).toHaveText(/^[-\u2212]/);
		expect(Math.abs((await diffOf(0)) - (base - slow))).toBeLessThanOrEqual(1);
		expect(Math.abs((await diffOf(2)) - (bigger - slow))).toBeLessThanOrEqual(1);
		await expect(timeRow.locator('td').nth(0)).toHaveClass(/differs/);
		await expect(timeRow.locator('td').nth(1)).not.toHaveClass(/differs/);
		await expect(timeRow.locator('td').nth(2)).not.toHaveClass(/differs/);

		// Unticking one leaves two to compare.
		await page.getByRole('checkbox', { name: 'Bigger team' }).uncheck();
		await expect(economic).toHaveCount(2);
		await expect(inputs.locator('th[scope="row"]')).toHaveText([inputNames[0], inputNames[2]]);
	});

	test('compares the same option across scenarios, and a role only one scenario has as one row', async ({
		page
	}) => {
		await threeScenarios(page);
		// A second role in "Bigger team" only.
		await page.getByRole('button', { name: '+ Add role', exact: true }).click();
		await page.getByRole('link', { name: 'Compare', exact: true }).click();
		const option = page.getByTestId('compare-option');
		await expect(option.locator('option:checked')).toHaveText("Each scenario's recommended option");
		await option.selectOption({ label: 'Contractors (borrow) in every scenario' });
		await expect(figureRow(page, 'Option compared').locator('td')).toHaveText([
			'Contract',
			'Contract',
			'Contract'
		]);
		await expect(page.getByTestId('compare-table').locator('caption')).toContainText(
			'Contractors (borrow) in every scenario'
		);
		// The chart says which basis it shows and can switch to discounted cost.
		const chart = page.getByTestId('chart-compare');
		await expect(chart.getByRole('heading')).toHaveText(
			'Cumulative cost of the compared option (not discounted)'
		);
		const before = await chart.locator('figcaption').innerText();
		await chart.getByLabel('Discounted (NPV)').check();
		await expect(chart.getByRole('heading')).toHaveText(
			'Cumulative cost of the compared option (NPV)'
		);
		await expect(chart.locator('figcaption')).not.toHaveText(before);

		// The extra role is one "Only in" row, not a row for each of its inputs.
		const inputs = page.getByTestId('input-differences');
		await expect(inputs.locator('th[scope="row"]', { hasText: 'Only in Bigger team' })).toHaveCount(
			1
		);
		expect(await inputs.locator('th[scope="row"]').count()).toBeLessThan(10);
	});
	test('shows "Your plan" as a fourth option and compares a range with a single value', async ({
		page
	}) => {
		test.slow();
		await openCalculator(page);
		await rename(page, 'Base');
		await duplicateAs(page, 'Planned');
		await page.getByLabel('Plan this role’s mix').check();
		await enter(page, 'Recruited', '2');
		await enter(page, 'Upskilled', '1');
		await page.getByRole('button', { name: 'Add a range to Time to fill' }).click();
		const range = page.getByRole('group', { name: 'Range of Time to fill' });
		for (const [end, value] of [
			['Low', '30'],
			['High', '90']
		]) {
			const input = range.getByLabel(end, { exact: true });
			await input.fill(value);
			await input.press('Tab');
		}
		await expect(range.getByTestId('range-summary')).toHaveText(/30 – 42 – 90\s*days/);
		await page.getByRole('link', { name: 'Compare', exact: true }).click();

		// Every option of each scenario, "Your plan" only where the scenario has one.
		const options = page.getByTestId('compare-options');
		await expect(options.locator('tbody th[scope="row"]')).toHaveText([
			'Decided on',
			'Recruit',
			'Upskill',
			'Contract',
			'Your plan'
		]);
		const planRow = options.locator('tr[data-option="plan"] td');
		await expect(planRow.nth(0)).toHaveText('no plan');
		await expect(planRow.nth(1)).toHaveText(/^\$\d/);
		// The plan of 2 recruits and 1 trainee costs between recruiting and upskilling alone.
		const cell = async (option: string, i: number) =>
			parseMoney(await options.locator(`tr[data-option="${option}"] td`).nth(i).innerText());
		const [plan, buy, build] = [
			await cell('plan', 1),
			await cell('buy', 1),
			await cell('build', 1)
		];
		expect(plan).toBeGreaterThan(Math.min(buy, build));
		expect(plan).toBeLessThan(Math.max(buy, build));
		await expect(options.locator('td.best')).toHaveCount(2);

		// Comparing each scenario's plan: the one without says so.
		await page
			.getByTestId('compare-option')
			.selectOption({ label: "Each scenario's own plan (mix)" });
		await expect(figureRow(page, 'Option compared').locator('td')).toHaveText([
			'not included',
			'Your plan'
		]);
		// The same figure as the options table shows for that plan.
		expect(parseMoney(await figureRow(page, ECONOMIC).locator('td').nth(1).innerText())).toBe(plan);
		await expect(page.getByTestId('chart-compare').locator('figcaption')).toContainText(
			'Base: not included'
		);

		// The inputs that differ: the range beside the single value, and the mix in words.
		const inputs = page.getByTestId('input-differences');
		const inputRow = (name: string) =>
			inputs.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
		await expect(inputRow('Time to fill').locator('td')).toHaveText([
			'42 days',
			'30 – 42 – 90 days'
		]);
		await expect(inputRow('Mix (your plan)').locator('td')).toHaveText([
			'none: each role’s cheapest option',
			'2 recruited, 1 upskilled'
		]);
	});
});

test.describe('scenario files', () => {
	test('export all, then import in a fresh browser: same names and results', async ({
		page,
		browser
	}, testInfo) => {
		// Two browsers, a backup download and an import: more than the default time on a busy machine.
		test.slow();
		await openCalculator(page);
		await rename(page, 'Alpha plan');
		await enter(page, 'Time to fill', '90');
		const alphaFigures = await keyFiguresText(page);
		await page
			.getByLabel('New scenario', { exact: true })
			.selectOption({ label: 'From preset: Machine-learning engineer' });
		await expect(field(page, 'Name')).toHaveValue('Machine-learning engineer');
		const mlFigures = await keyFiguresText(page);
		expect(mlFigures).not.toBe(alphaFigures);

		await openScenarios(page);
		const summary = await scenarioListSummary(page);
		expect(summary).toHaveLength(2);
		await expect(page.getByTestId('last-backup')).toHaveText(
			'No backup file saved from this browser yet.'
		);
		const file = await downloadOf(page, () =>
			page.getByRole('button', { name: 'Back up all' }).click()
		);
		expect(file.name).toMatch(/^build-or-buy-\d{4}-\d{2}-\d{2}\.json$/);
		const json = JSON.parse(file.body.toString('utf8'));
		expect(json.format).toBe('build-or-buy/scenarios');
		expect(json.version).toBe(2);
		// The app's version as package.json states it, not a build timestamp.
		expect(json.appVersion).toBe('0.1.0');
		await expect(page.getByTestId('last-backup')).toContainText('Last backup file saved');
		await page.reload();
		await waitForApp(page);
		await expect(page.getByTestId('last-backup')).toContainText('Last backup file saved');
		expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual([
			'Alpha plan',
			'Machine-learning engineer'
		]);
		expect(json.scenarios[0].scenario.roles[0].buy.timeToFillDays).toBe(90);

		const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
		try {
			const other = await context.newPage();
			await openScenarios(other);
			expect(await scenarioNames(other)).toEqual(['My first scenario']);
			await importThroughPicker(other, file.name, file.body.toString('utf8'));
			await expect(other.getByTestId('import-status')).toContainText(
				`Imported 2 scenarios from “${file.name}”: Alpha plan, Machine-learning engineer.`
			);
			await expect
				.poll(() => scenarioNames(other))
				.toEqual(['My first scenario', 'Alpha plan', 'Machine-learning engineer']);
			expect((await scenarioListSummary(other)).slice(1)).toEqual(summary);

			await other.getByRole('button', { name: 'Alpha plan', exact: true }).click();
			await expect(field(other, 'Time to fill')).toHaveValue('90');
			await expect.poll(() => keyFiguresText(other)).toBe(alphaFigures);
			await other.getByLabel('Scenario', { exact: true }).selectOption({
				label: 'Machine-learning engineer'
			});
			await expect.poll(() => keyFiguresText(other)).toBe(mlFigures);
		} finally {
			await context.close();
		}
	});

	test('importing a scenario whose name exists adds a renamed copy, never overwriting', async ({
		page
	}) => {
		await openCalculator(page);
		await rename(page, 'Team A');
		await enter(page, 'Time to fill', '100');
		await openScenarios(page);
		const file = await downloadOf(page, () =>
			scenarioRow(page, 'Team A').getByRole('button', { name: 'Export', exact: true }).click()
		);
		expect(file.name).toMatch(/^build-or-buy_Team-A_\d{4}-\d{2}-\d{2}\.json$/);

		// Change the original after exporting it.
		await page.getByRole('button', { name: 'Team A', exact: true }).click();
		await enter(page, 'Time to fill', '60');
		await openScenarios(page);
		const before = await scenarioListSummary(page);

		await importThroughPicker(page, file.name, file.body.toString('utf8'));
		await expect(page.getByTestId('import-status')).toContainText(
			'Imported 1 scenario from “build-or-buy_Team-A_'
		);
		await expect(page.getByTestId('import-status')).toContainText(': Team A (2).');
		await expect.poll(() => scenarioNames(page)).toEqual(['Team A', 'Team A (2)']);
		expect((await scenarioListSummary(page))[0]).toBe(before[0]);

		await page.getByRole('button', { name: 'Team A', exact: true }).click();
		await expect(field(page, 'Time to fill')).toHaveValue('60');
		await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Team A (2)' });
		await expect(field(page, 'Time to fill')).toHaveValue('100');
	});

	const validFile = JSON.parse(readFileSync(FIXTURE_V1, 'utf8'));
	const outOfRange = structuredClone(validFile);
	outOfRange.scenarios[0].scenario.roles[0].salaryPerYear = -5;
	const badFiles: { what: string; name: string; text: string; message: string | RegExp }[] = [
		{
			what: 'not JSON',
			name: 'notes.json',
			text: 'Recruit three analysts, { not json',
			message: /“notes\.json” was not imported\. This file is not valid JSON/
		},
		{
			what: 'JSON of another format',
			name: 'other.json',
			text: JSON.stringify({ format: 'someone-else/budget', version: 1, rows: [] }),
			message:
				'“other.json” was not imported. This file is not a Build or Buy scenario file (its format is "someone-else/budget").'
		},
		{
			what: 'a future version',
			name: 'future.json',
			text: JSON.stringify({ ...validFile, version: 7 }),
			message:
				'This file was saved by a newer version of Build or Buy (file version 7; this version reads up to 2).'
		},
		{
			what: 'a field out of range',
			name: 'negative-salary.json',
			text: JSON.stringify(outOfRange),
			message:
				/“negative-salary\.json” was not imported\. Scenario 1 \(“Analytics team: base case”\), role 1 \(“Data analyst”\): Salary in the role must be at least/
		}
	];

	test('dropping bad files says what is wrong and changes nothing', async ({ page }) => {
		await openCalculator(page);
		await rename(page, 'Keep me');
		await enter(page, 'Time to fill', '55');
		await openScenarios(page);
		const before = await scenarioListSummary(page);
		await expect.poll(() => savedWorkspace(page)).toContain('Keep me');
		const stored = await savedWorkspace(page);

		for (const bad of badFiles) {
			await test.step(bad.what, async () => {
				await dropFile(page, bad.name, bad.text);
				const status = page.getByTestId('import-status');
				await expect(status).toHaveAttribute('role', 'alert');
				await expect(status).toContainText(bad.message);
				expect(await scenarioListSummary(page)).toEqual(before);
				expect(await savedWorkspace(page)).toBe(stored);
				await status.getByRole('button', { name: 'Dismiss' }).click();
				await expect(status).toHaveCount(0);
			});
		}

		// On the calculator the same message appears in a banner, and the inputs are unchanged.
		await page.getByRole('button', { name: 'Keep me', exact: true }).click();
		await dropFile(page, 'notes.json', 'not json at all');
		await expect(page.getByTestId('import-banner')).toContainText(
			'“notes.json” was not imported. This file is not valid JSON'
		);
		await expect(field(page, 'Time to fill')).toHaveValue('55');
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText([
			'Keep me'
		]);
	});

	test('a good file dropped anywhere is imported', async ({ page }) => {
		await openCalculator(page);
		await dropFile(page, 'scenarios-v1.json', readFileSync(FIXTURE_V1, 'utf8'));
		await expect(page.getByTestId('import-banner')).toContainText(
			'Imported 2 scenarios from “scenarios-v1.json”: Analytics team: base case, Analytics team: pessimistic.'
		);
		await expect(field(page, 'Name')).toHaveValue('Analytics team: base case');
		await expect(field(page, 'People needed')).toHaveValue('3');
	});

	test('a name with HTML in it is shown as text and runs nothing', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		const evil = '<img src=x onerror=alert(1)>';
		await openCalculator(page);
		await rename(page, evil);
		await openScenarios(page);
		await expect(page.getByRole('button', { name: evil, exact: true })).toBeVisible();

		// The same name arriving in a file.
		const file = structuredClone(validFile);
		file.scenarios = [file.scenarios[0]];
		file.scenarios[0].name = `${evil} 2`;
		file.scenarios[0].scenario.name = `${evil} 2`;
		await dropFile(page, `${evil}.json`, JSON.stringify(file));
		await expect(page.getByTestId('import-status')).toContainText(
			`Imported 1 scenario from “${evil}.json”: ${evil} 2.`
		);
		await expect.poll(() => scenarioNames(page)).toEqual([evil, `${evil} 2`]);

		await page.getByRole('link', { name: 'Compare', exact: true }).click();
		await expect(page.getByTestId('compare-table')).toContainText(evil);
		await page.getByRole('link', { name: 'Calculator', exact: true }).click();
		await expect(field(page, 'Name')).toHaveValue(`${evil} 2`);
		await expect(page).toHaveTitle(`${evil} 2 · Build or Buy`);

		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});

	test('a version 0 file is updated to the current format on import', async ({ page }) => {
		await openScenarios(page);
		await importThroughPicker(page, 'scenarios-v0.json', readFileSync(FIXTURE_V0, 'utf8'));
		const status = page.getByTestId('import-status');
		await expect(status).toContainText(
			'Imported 2 scenarios from “scenarios-v0.json”: Prototype: analysts, Prototype: engineers.'
		);
		await expect(status).toContainText(
			'This file was saved in an older format (version 0) and was updated'
		);
		await expect
			.poll(() => scenarioNames(page))
			.toEqual(['My first scenario', 'Prototype: analysts', 'Prototype: engineers']);
		for (const name of ['Prototype: analysts', 'Prototype: engineers']) {
			await expect(scenarioRow(page, name).locator('td').nth(1)).toHaveText(/ · \$\d/);
		}

		await page.getByRole('button', { name: 'Prototype: analysts', exact: true }).click();
		await expect(field(page, 'People needed')).toHaveValue('2');
		await expect(field(page, 'Salary in the role')).toHaveValue('91,290');
		await expect(field(page, 'Horizon')).toHaveValue('24');
		// "discountRate" of version 0 became the discount rate per year.
		await expect(field(page, 'Discount rate')).toHaveValue('5');
		await expect(page.getByTestId('key-figures')).toBeVisible();
	});
});

test('while a field is invalid, other views use the scenario from before that edit and say so', async ({
	page
}) => {
	await openCalculator(page);
	await openScenarios(page);
	const before = await scenarioListSummary(page);
	await expect(page.getByTestId('stale-note')).toHaveCount(0);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Calculator' })
		.click();
	const salary = field(page, 'Salary in the role');
	await salary.clear();
	// Typed key by key: "9" and "99" parse, "99x" does not.
	await salary.pressSequentially('99x');
	await expect(salary).toHaveAttribute('aria-invalid', 'true');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Scenarios' })
		.click();
	await expect(page.getByTestId('stale-note')).toContainText(
		'Some inputs of “My first scenario” are not valid'
	);
	expect(await scenarioListSummary(page)).toEqual(before);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Present' })
		.click();
	await expect(page.getByTestId('stale-note')).toBeVisible();
});
