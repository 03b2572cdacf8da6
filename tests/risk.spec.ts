/**
 * Risk (issue 11): the simulation fills the "How sure is this?" panel with percentages and the
 * sentence; ranges are set beside a field; a low above the likely value gets a message there.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario, PRESETS } from '../src/lib/model/index.ts';
import { downloadOf, openCalculator, waitForApp } from './helpers.ts';

/** Add a range to the field labelled `label` and type its low and high ends, as a person would. */
async function addRange(page: Page, label: string, lowValue: string, highValue: string) {
	await page.getByRole('button', { name: `Add a range to ${label}`, exact: true }).click();
	const group = page.getByRole('group', { name: `Range of ${label}`, exact: true });
	const low = group.getByLabel('Low', { exact: true });
	const high = group.getByLabel('High', { exact: true });
	await low.fill(lowValue);
	await low.press('Tab');
	await high.fill(highValue);
	await high.press('Tab');
	return { group, low, high };
}

/** A shared scenario whose time to fill and training success carry ranges. */
async function rangedLink(): Promise<string> {
	const role = PRESETS[0].role();
	role.ranges = {
		'buy.timeToFillDays': { low: 30, high: 120 },
		'build.successProbability': { low: 0.5, high: 0.95 }
	};
	const scenario = createScenario({
		name: 'Risky',
		currency: 'GBP',
		locale: 'en-GB',
		roles: [role]
	});
	return `/#${await encodeShareFragment(scenario)}`;
}

test('the risk panel fills with percentages and the sentence', async ({ page }) => {
	await page.goto(await rangedLink());
	await waitForApp(page);
	const panel = page.getByTestId('risk-panel');
	await expect(panel.getByRole('heading', { name: 'How sure is this?' })).toBeVisible();
	const sentence = panel.getByTestId('risk-sentence');
	await expect(sentence).toHaveText(
		/^(Recruiting|Upskilling|Hiring contractors) is cheapest in \d{1,3}% of 10,000 simulated futures; (even )?in the worst 10 % it costs £[\d.,]+[km]? (more|less) than (recruiting|upskilling|hiring contractors)\.$/
	);
	// Finished: no progress line, every option has a share of futures, and they add up to 100 %.
	await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 20_000 });
	let total = 0;
	for (const o of ['buy', 'build', 'borrow']) {
		const text = await panel.getByTestId(`risk-best-${o}`).innerText();
		expect(text).toMatch(/^\d{1,3}%$/);
		total += Number(text.replace('%', ''));
	}
	expect(total).toBeGreaterThanOrEqual(98);
	expect(total).toBeLessThanOrEqual(102);
	await expect(panel.getByRole('table')).not.toContainText('NaN');
	await expect(panel.getByTestId('chart-risk').locator('canvas')).toBeVisible();
	// The band's note under the cumulative chart.
	await expect(page.getByText('Shaded: the middle 80 % of simulated futures')).toBeVisible();
});

test('a new capacity month re-runs the simulation and names the month', async ({ page }) => {
	await page.goto(await rangedLink());
	await waitForApp(page);
	const panel = page.getByTestId('risk-panel');
	await expect(panel.getByTestId('risk-sentence')).toBeVisible({ timeout: 20_000 });
	await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 20_000 });
	await panel.getByText('Simulation settings').click();
	const month = panel.getByLabel('Full capacity by month', { exact: true });
	await month.fill('24');
	await month.press('Tab');
	await expect(
		panel.getByRole('columnheader', { name: 'Full capacity by month 24' })
	).toBeVisible();
	await month.fill('0');
	await month.press('Tab');
	await expect(panel.locator('.field.invalid')).toContainText(/1/);
});

test('a range set beside a field shows compactly, feeds the simulation and is checked at the field', async ({
	page
}) => {
	await openCalculator(page);
	const { group, low, high } = await addRange(page, 'Time to fill', '30', '90');
	await expect(group.getByTestId('range-summary')).toHaveText(/30 – 42 – 90\s*days/);
	// The simulation now has a ranged input: no "no range yet" note, percentages filled in.
	const panel = page.getByTestId('risk-panel');
	await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 20_000 });
	await expect(panel).not.toContainText('No estimate has a range yet');
	await expect(panel.getByTestId('risk-best-buy')).toHaveText(/^\d{1,3}%$/);
	// A low above the likely value: a message at the low field, naming the likely value.
	await low.fill('50');
	await low.press('Tab');
	await expect(group.getByRole('alert')).toContainText('42');
	// A high beyond the field's bound is refused with the bound named.
	await low.fill('30');
	await high.fill('5000');
	await high.press('Tab');
	await expect(group.getByRole('alert')).toContainText('730');
	await high.fill('90');
	await high.press('Tab');
	await expect(group.getByRole('alert')).toHaveCount(0);
	// A likely value typed beyond the range: a message at the range, and one click widens it.
	await expect(group.getByTestId('range-widen')).toHaveCount(0);
	const likely = page.getByRole('textbox', { name: 'Time to fill', exact: true });
	await likely.fill('150');
	await likely.press('Tab');
	await expect(group.getByRole('alert')).toContainText('150');
	await group.getByRole('button', { name: 'Widen the range to include 150 days' }).click();
	await expect(group.getByRole('alert')).toHaveCount(0);
	await expect(group.getByTestId('range-summary')).toHaveText(/30 – 150 – 150\s*days/);
	// Removing the range brings the toggle back.
	await group.getByRole('button', { name: 'Remove the range of Time to fill' }).click();
	await expect(page.getByRole('button', { name: 'Add a range to Time to fill' })).toBeVisible();
});

test('a preset brings ranges with their sources; removing a skill keeps its neighbours’ ranges', async ({
	page
}) => {
	test.slow(); // a preset, a skill removed and a finished simulation on a shared machine
	await openCalculator(page);
	await page.getByLabel('Start from a preset').selectOption('ml-engineer');
	// Time to fill 60 days, the preset's range around it and where the spread comes from.
	const group = page.getByRole('group', { name: 'Range of Time to fill' });
	await expect(group.getByTestId('range-summary')).toHaveText(/51 – 60 – 110\s*days/);
	const help = page.locator('#f-roles-0-buy-timeToFillDays-help');
	await expect(help).toContainText('Preset range 51 days – 110 days. Derived: SHRM’s 36 days');
	await expect(page.locator('#f-roles-0-build-successProbability-help')).toContainText(
		'Preset range 60% – 90%. Assumption:'
	);
	// Study hours per skill: a range under each skill's hours, and the source under the table.
	const ranges = page.getByTestId('skill-range');
	await expect(ranges).toHaveCount(4);
	await expect(ranges.first()).toContainText(/60 – \d+ – 120\s*hours/);
	await expect(page.getByText('Assumption: 75 % to 150 % of the likely hours')).toBeVisible();
	// Removing the first skill: the next one's range moves up with it, and nothing is refused.
	await page.getByRole('button', { name: 'Remove skill Machine learning' }).click();
	await expect(ranges).toHaveCount(3);
	await expect(ranges.first()).toContainText(/38 – \d+ – 75\s*hours/);
	await expect(page.locator('.skills [role="alert"]')).toHaveCount(0);
	// The simulation uses them: no "no range yet" note.
	const panel = page.getByTestId('risk-panel');
	await expect(panel.getByTestId('risk-progress')).toHaveText('', { timeout: 20_000 });
	await expect(panel).not.toContainText('No estimate has a range yet');
});

test('a skill’s study hours take a range in the table, checked at the field, and saved with the file', async ({
	page
}) => {
	await openCalculator(page);
	const { group, low, high } = await addRange(page, 'Hours per level: SQL', '30', '90');
	await expect(group.getByTestId('range-summary')).toHaveText(/30 – 40 – 90\s*hours/);
	await expect(group.getByRole('alert')).toHaveCount(0);
	// A low above the likely value: a message at the low field, naming the likely value.
	await low.fill('50');
	await low.press('Tab');
	await expect(group.getByRole('alert')).toContainText('40');
	await expect(low).toHaveAttribute('aria-invalid', 'true');
	// A high beyond the field's bound is refused with the bound named.
	await low.fill('30');
	await low.press('Tab');
	await high.fill('5000');
	await high.press('Tab');
	await expect(group.getByRole('alert')).toContainText(/2,?000/);
	await high.fill('90');
	await high.press('Tab');
	await expect(group.getByRole('alert')).toHaveCount(0);
	// A likely value typed above the range: the message, and one click widens the range.
	const hours = page.getByRole('textbox', { name: 'Hours per level: SQL', exact: true });
	await hours.fill('120');
	await hours.press('Tab');
	await expect(group.getByRole('alert')).toContainText('120');
	await group.getByRole('button', { name: /^Widen the range to include 120/ }).click();
	await expect(group.getByRole('alert')).toHaveCount(0);
	await expect(group.getByTestId('range-summary')).toHaveText(/30 – 120 – 120\s*hours/);

	// The scenario file carries the range under the skill's path.
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog');
	const json = await downloadOf(page, () =>
		dialog.getByRole('button', { name: 'Scenario file (JSON)', exact: true }).click()
	);
	const file = JSON.parse(json.body.toString('utf8'));
	expect(file.scenarios[0].scenario.roles[0].ranges['build.skills.0.hoursPerLevel']).toEqual({
		low: 30,
		high: 120
	});
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();

	// Removing it brings the toggle back.
	await group.getByRole('button', { name: 'Remove the range of Hours per level: SQL' }).click();
	await expect(
		page.getByRole('button', { name: 'Add a range to Hours per level: SQL', exact: true })
	).toBeVisible();
});
