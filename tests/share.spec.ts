import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
	createLink,
	enter,
	field,
	keyFiguresText,
	openCalculator,
	openScenarios,
	savedWorkspace,
	scenarioNames,
	scenarioRow,
	waitForApp
} from './helpers.ts';

// Links with PBKDF2 (600,000 iterations), two browsers and several page loads per test: alone they
// take about 30 s on a busy 2-core machine, so each gets the slow budget (3 x 30 s).
test.beforeEach(() => {
	test.slow();
});

const DAMAGED =
	'This link is damaged or is not a Build or Buy link: it does not contain a readable scenario.';
const INCOMPLETE = 'This link is incomplete: it was probably cut off when it was copied or sent.';

/** Set up a scenario worth sharing: a name and values that differ from the defaults. */
async function makeScenario(page: Page, name: string): Promise<string> {
	await openCalculator(page);
	await field(page, 'Name').fill(name);
	await enter(page, 'Time to fill', '120');
	await enter(page, 'People needed', '3');
	await expect(field(page, 'People needed')).toHaveValue('3');
	return keyFiguresText(page);
}

/** A new, empty browser (no saved scenarios), as the person the link was sent to. */
async function freshPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
	const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
	return context.newPage();
}

/** The saved scenarios (without the time of the last save, which any page close updates). */
async function savedEntries(page: Page): Promise<unknown> {
	const saved = await savedWorkspace(page);
	return saved === null ? null : JSON.parse(saved).scenarios;
}

/** One character of the link's data replaced by another. */
function alterOneCharacter(link: string): string {
	const hash = link.indexOf('#');
	const at = hash + Math.floor((link.length - hash) / 2);
	const replacement = link[at] === 'A' ? 'B' : 'A';
	return link.slice(0, at) + replacement + link.slice(at + 1);
}

test('a plain link opens the scenario elsewhere, unsaved until kept', async ({
	page,
	browser
}, testInfo) => {
	const figures = await makeScenario(page, 'Shared plan');
	const link = await createLink(page);
	expect(link.startsWith(`${testInfo.project.use.baseURL}/#s1.`)).toBe(true);

	const other = await freshPage(browser, testInfo);
	try {
		await other.goto(link);
		await waitForApp(other);
		await expect(field(other, 'Name')).toHaveValue('Shared plan');
		await expect(field(other, 'Time to fill')).toHaveValue('120');
		await expect.poll(() => keyFiguresText(other)).toBe(figures);
		const unsaved = other.getByTestId('shared-unsaved');
		await expect(unsaved).toContainText('It is not saved in this browser until you keep it.');
		// The scenario data is taken out of the address bar.
		expect(new URL(other.url()).hash).toBe('');

		await other.getByRole('link', { name: 'Scenarios', exact: true }).click();
		await expect(scenarioRow(other, 'Shared plan')).toContainText('not saved');
		await expect(scenarioRow(other, 'My first scenario')).not.toContainText('not saved');

		await unsaved.getByRole('button', { name: 'Keep it' }).click();
		await expect(unsaved).toHaveCount(0);
		await expect(scenarioRow(other, 'Shared plan')).not.toContainText('not saved');
		await other.reload();
		await waitForApp(other);
		await expect.poll(() => scenarioNames(other)).toEqual(['My first scenario', 'Shared plan']);
		await other.getByRole('button', { name: 'Shared plan', exact: true }).click();
		await expect.poll(() => keyFiguresText(other)).toBe(figures);
	} finally {
		await other.context().close();
	}
});

test('Discard removes a scenario opened from a link', async ({ page, browser }, testInfo) => {
	await makeScenario(page, 'Not wanted');
	const link = await createLink(page);

	const other = await freshPage(browser, testInfo);
	try {
		await other.goto(link);
		await waitForApp(other);
		await expect(field(other, 'Name')).toHaveValue('Not wanted');
		const unsaved = other.getByTestId('shared-unsaved');
		await unsaved.getByRole('button', { name: 'Discard' }).click();
		await expect(unsaved).toHaveCount(0);
		await expect(field(other, 'Name')).toHaveValue('My first scenario');
		await expect(other.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText([
			'My first scenario'
		]);
		await other.reload();
		await waitForApp(other);
		await expect(other.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText([
			'My first scenario'
		]);
	} finally {
		await other.context().close();
	}
});

test('a link with a passphrase asks for it, refuses a wrong one and opens with the right one', async ({
	page,
	browser
}, testInfo) => {
	const figures = await makeScenario(page, 'Secret plan');
	const link = await createLink(page, 'correct horse battery');
	expect(link).toContain('#e1.');
	// Nothing readable in the link itself.
	expect(link).not.toContain('Secret');

	const other = await freshPage(browser, testInfo);
	try {
		await other.goto(link);
		await waitForApp(other);
		const banner = other.getByTestId('share-banner');
		const input = banner.getByLabel('This shared scenario is protected. Passphrase:');
		await expect(input).toBeVisible();
		await expect(field(other, 'Name')).toHaveValue('My first scenario');

		await input.fill('wrong horse battery');
		await banner.getByRole('button', { name: 'Open' }).click();
		await expect(banner).toContainText(
			'The passphrase is wrong. Check it with the person who sent the link.'
		);
		await expect(input).toBeVisible();
		await expect(field(other, 'Name')).toHaveValue('My first scenario');

		await input.fill('correct horse battery');
		await input.press('Enter');
		await expect(banner).toHaveCount(0);
		await expect(field(other, 'Name')).toHaveValue('Secret plan');
		await expect.poll(() => keyFiguresText(other)).toBe(figures);
		await expect(other.getByTestId('shared-unsaved')).toBeVisible();
	} finally {
		await other.context().close();
	}
});

test('an altered or cut-off link says so and leaves saved scenarios alone', async ({ page }) => {
	await makeScenario(page, 'Mine');
	const link = await createLink(page);
	const encrypted = await createLink(page, 'pass phrase');
	await openScenarios(page);
	const names = await scenarioNames(page);
	await expect.poll(() => savedWorkspace(page)).toContain('"Mine"');
	const stored = await savedEntries(page);

	async function expectUntouched(): Promise<void> {
		await expect(page.getByTestId('shared-unsaved')).toHaveCount(0);
		await expect(field(page, 'Name')).toHaveValue('Mine');
		await expect(field(page, 'Time to fill')).toHaveValue('120');
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(names);
		expect(await savedEntries(page)).toEqual(stored);
	}

	const banner = page.getByTestId('share-banner');
	await test.step('one character changed', async () => {
		await page.goto(alterOneCharacter(link));
		await waitForApp(page);
		await expect(banner).toContainText(DAMAGED);
		await expectUntouched();
		await banner.getByRole('button', { name: 'Dismiss' }).click();
		await expect(banner).toHaveCount(0);
	});

	await test.step('cut off', async () => {
		await openScenarios(page);
		await page.goto(link.slice(0, Math.floor(link.length * 0.6)));
		await waitForApp(page);
		await expect(banner).toContainText(INCOMPLETE);
		await expectUntouched();
	});

	await test.step('protected link with one character changed', async () => {
		await openScenarios(page);
		await page.goto(alterOneCharacter(encrypted));
		await waitForApp(page);
		// The link is checked before any passphrase is asked for: the person should ask for the
		// link again, not try passphrases.
		await expect(banner).toContainText(DAMAGED);
		await expect(banner.getByLabel('This shared scenario is protected. Passphrase:')).toHaveCount(
			0
		);
		await expectUntouched();
	});

	await test.step('protected link cut off', async () => {
		await openScenarios(page);
		await page.goto(encrypted.slice(0, Math.floor(encrypted.length * 0.6)));
		await waitForApp(page);
		await expect(banner).toContainText(INCOMPLETE);
		await expect(banner.getByLabel('This shared scenario is protected. Passphrase:')).toHaveCount(
			0
		);
		await expectUntouched();
	});
});
