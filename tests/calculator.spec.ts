import { expect, test } from '@playwright/test';
import {
	amountAfter,
	canvasImage,
	chartCaptions,
	downloadOf,
	enter,
	expectMessageNear,
	expectNoGarbage,
	field,
	figureCell,
	keyFiguresText,
	openCalculator,
	paintedPixels,
	parseMoney,
	readMoney
} from './helpers.ts';

const ECONOMIC = 'Economic cost (NPV)';
const CHARTS = ['chart-cumulative', 'chart-capacity', 'chart-layers'] as const;

test('parseMoney reads the formats the app shows', () => {
	expect(parseMoney('$1,201,349')).toBe(1_201_349);
	expect(parseMoney('$12,075 best')).toBe(12_075);
	expect(parseMoney('1.201.349\u00a0€')).toBe(1_201_349);
	expect(parseMoney('-$1,200')).toBe(-1_200);
	expect(parseMoney('-1.200\u00a0€')).toBe(-1_200);
	expect(amountAfter('after 36 months: Recruit $1,324,887, Upskill $9', 'Upskill')).toBe(9);
});

test('loads with a recommendation, key figures in money and three drawn charts', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await openCalculator(page);

	await expect(page).toHaveTitle(/Build or Buy/);
	const rec = page.getByTestId('recommendation');
	await expect(rec).toBeVisible();
	expect((await rec.innerText()).trim().length).toBeGreaterThan(20);
	await expect(rec).toContainText(/Recruit|recruit|Upskill|upskill|contract/);

	const table = page.getByTestId('key-figures');
	for (const option of ['Recruit', 'Upskill', 'Contract']) {
		await expect(table.getByRole('columnheader', { name: option })).toBeVisible();
	}
	for (const option of ['buy', 'build', 'borrow'] as const) {
		const cell = figureCell(page, ECONOMIC, option);
		await expect(cell).toHaveText(/^\$\d{1,3}(,\d{3})*/);
		expect(await readMoney(cell)).toBeGreaterThan(0);
	}
	// Exactly one option is marked best on the economic cost.
	await expect(
		table
			.locator('tr', { has: page.getByRole('rowheader', { name: ECONOMIC, exact: true }) })
			.getByText('best')
	).toHaveCount(1);

	for (const id of CHARTS) {
		const figure = page.getByTestId(id);
		// Each chart is drawn when it comes near the view: scroll to it as a person would.
		await figure.scrollIntoViewIfNeeded();
		await expect(figure).toBeVisible();
		await expect(figure.getByRole('heading')).toBeVisible();
		const canvas = figure.locator('canvas');
		const box = await canvas.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(100);
		expect(box?.height ?? 0).toBeGreaterThan(100);
		await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
		await expect(figure.locator('figcaption')).toHaveText(/\d/);
	}
	const [cumulative, capacity, layers] = await chartCaptions(page);
	expect(amountAfter(cumulative, 'Recruit')).toBeGreaterThan(0);
	expect(capacity).toMatch(/Recruit month \d+/);
	expect(amountAfter(layers, 'Upskill: Cash')).toBeGreaterThan(0);

	await expectNoGarbage(page);
	expect(errors).toEqual([]);
});

test.describe('calculator', () => {
	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
	});

	test('a longer time to fill raises the cost of recruiting in figures and chart text', async ({
		page
	}) => {
		const recruit = figureCell(page, ECONOMIC, 'buy');
		const upskill = figureCell(page, ECONOMIC, 'build');
		const before = await readMoney(recruit);
		const upskillBefore = await readMoney(upskill);
		const captionBefore = (await chartCaptions(page))[0];
		const canvas = page.getByTestId('chart-cumulative').locator('canvas');
		// Drawn once it comes near the view.
		await canvas.scrollIntoViewIfNeeded();
		await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
		const imageBefore = await canvasImage(canvas);

		const input = field(page, 'Time to fill');
		await expect(input).toHaveValue('42');
		await enter(page, 'Time to fill', '200');
		await expect(input).toHaveValue('200');

		await expect.poll(() => readMoney(recruit)).toBeGreaterThan(before);
		// Upskilling does not depend on how long recruiting takes... except for the seats
		// recruited after failed training, so it may rise a little but never fall.
		expect(await readMoney(upskill)).toBeGreaterThanOrEqual(upskillBefore);

		const captionAfter = (await chartCaptions(page))[0];
		expect(amountAfter(captionAfter, 'Recruit')).toBeGreaterThan(
			amountAfter(captionBefore, 'Recruit')
		);
		// A chart is drawn while it is in view (out of view, once it comes into view).
		await canvas.scrollIntoViewIfNeeded();
		await expect.poll(() => canvasImage(canvas)).not.toBe(imageBefore);
		await expect(page.getByTestId('stale')).toHaveCount(0);
		await expectNoGarbage(page);
	});

	test('more people needed costs more for every option', async ({ page }) => {
		const before = {
			buy: await readMoney(figureCell(page, ECONOMIC, 'buy')),
			build: await readMoney(figureCell(page, ECONOMIC, 'build')),
			borrow: await readMoney(figureCell(page, ECONOMIC, 'borrow'))
		};
		await enter(page, 'People needed', '6');
		for (const option of ['buy', 'build', 'borrow'] as const) {
			await expect
				.poll(() => readMoney(figureCell(page, ECONOMIC, option)))
				.toBeGreaterThan(before[option]);
		}
		await expect(page.getByTestId('chart-capacity').locator('figcaption')).toContainText(
			'against 6 needed'
		);
	});

	const invalid: {
		label: string;
		text: string;
		shown?: string;
		message: string | RegExp;
		fix: string;
	}[] = [
		{ label: 'Time to fill', text: '', message: 'Enter a number.', fix: '90' },
		{ label: 'People needed', text: '-2', message: /Must be at least 0\b/, fix: '4' },
		{ label: 'Agency fee', text: 'abc', message: 'Enter a number.', fix: '10' },
		{
			label: 'Salary in the role',
			text: '1000000000000',
			shown: '1,000,000,000,000',
			message: /Must be at most/,
			fix: '95000'
		},
		{ label: 'Training success', text: '150', message: /Must be at most 100\b/, fix: '60' },
		{ label: 'People needed', text: '2.5', message: 'Enter a whole number.', fix: '2' }
	];
	// One test per case (each on a fresh page): six cases in one test ran past its time on a
	// loaded machine.
	for (const c of invalid) {
		test(`invalid input shows a message by the field and keeps the last valid results: ${c.label} "${c.text}"`, async ({
			page
		}) => {
			const figures = await keyFiguresText(page);
			const captions = await chartCaptions(page);
			const recommendation = await page.getByTestId('recommendation').innerText();
			await expect(page.getByTestId('stale')).toHaveCount(0);

			const input = await enter(page, c.label, c.text);
			await expect(input).toHaveValue(c.shown ?? c.text);
			await expectMessageNear(page, input, c.message);
			await expect(page.getByTestId('stale')).toBeVisible();
			await expect(page.getByTestId('stale')).toContainText('last valid result');
			expect(await keyFiguresText(page)).toBe(figures);
			expect(await chartCaptions(page)).toEqual(captions);
			await expect(page.getByTestId('recommendation')).toHaveText(recommendation);
			await expectNoGarbage(page);

			await enter(page, c.label, c.fix);
			await expect(input).not.toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(page.getByTestId('stale')).toHaveCount(0);
			await expect.poll(() => keyFiguresText(page)).not.toBe(figures);
			expect(await chartCaptions(page)).not.toEqual(captions);
			await expectNoGarbage(page);
		});
	}

	test('results update only when every invalid field is fixed', async ({ page }) => {
		const figures = await keyFiguresText(page);
		const fill = await enter(page, 'Time to fill', 'x');
		const fee = await enter(page, 'Agency fee', '-1');
		await expectMessageNear(page, fill, 'Enter a number.');
		await expectMessageNear(page, fee, /Must be at least 0/);
		await expect(page.getByRole('alert')).toHaveCount(2);

		await enter(page, 'Time to fill', '120');
		await expect(page.getByRole('alert')).toHaveCount(1);
		await expect(page.getByTestId('stale')).toBeVisible();
		expect(await keyFiguresText(page)).toBe(figures);

		await enter(page, 'Agency fee', '0');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByTestId('stale')).toHaveCount(0);
		await expect.poll(() => keyFiguresText(page)).not.toBe(figures);
		await expectNoGarbage(page);
	});

	test('skill gap: add, rename, change levels and remove a skill', async ({ page }) => {
		const summary = page.getByTestId('training-summary');
		const hours = async () => parseMoney(await summary.innerText());
		await expect(summary).toHaveText(/^280 study hours per trainee, about [\d.]+ months$/);
		const upskill = figureCell(page, ECONOMIC, 'build');
		const upskillBefore = await readMoney(upskill);
		const skillNames = page.getByRole('textbox', { name: /^Skill \d+$/ });
		await expect(skillNames).toHaveCount(3);

		await page.getByRole('button', { name: 'Add skill' }).click();
		await expect(skillNames).toHaveCount(4);
		const name = page.getByRole('textbox', { name: 'Skill 4', exact: true });
		await expect(name).toHaveValue('Skill 4');
		// A new skill goes from level 1 to 3 at 40 hours per level: 80 more hours.
		await expect.poll(hours).toBe(360);

		await name.fill('Kotlin');
		await expect(name).toHaveValue('Kotlin');
		const now = page.getByRole('combobox', { name: 'Now: Kotlin' });
		const needed = page.getByRole('combobox', { name: 'Needed: Kotlin' });
		const perLevel = page.getByRole('textbox', { name: 'Hours per level: Kotlin' });
		await expect(now).toHaveValue('1');
		await expect(needed).toHaveValue('3');

		await now.selectOption('0');
		await needed.selectOption('5');
		await expect.poll(hours).toBe(280 + 5 * 40);
		await perLevel.fill('10');
		await perLevel.press('Tab');
		await expect.poll(hours).toBe(280 + 5 * 10);
		await expect(summary).toContainText('330 study hours per trainee');
		await expect.poll(() => readMoney(upskill)).not.toBe(upskillBefore);

		// Needed below now is refused next to the skill.
		await now.selectOption('4');
		await needed.selectOption('2');
		const message = page
			.getByRole('alert')
			.filter({ hasText: 'The required level must be at least the current level.' });
		await expect(message).toBeVisible();
		await expect(needed).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByTestId('stale')).toBeVisible();
		const nb = await needed.boundingBox();
		const mb = await message.boundingBox();
		expect(mb!.y - (nb!.y + nb!.height)).toBeLessThan(60);
		await expectNoGarbage(page);
		await needed.selectOption('5');
		await expect(message).toHaveCount(0);
		await expect(page.getByTestId('stale')).toHaveCount(0);
		await expect.poll(hours).toBe(280 + 1 * 10);

		await page.getByRole('button', { name: 'Remove skill Kotlin' }).click();
		await expect(skillNames).toHaveCount(3);
		await expect(page.getByRole('textbox', { name: 'Skill 4', exact: true })).toHaveCount(0);
		await expect.poll(hours).toBe(280);
		await expect.poll(() => readMoney(upskill)).toBe(upskillBefore);

		// Removing an original skill lowers the hours by its gap (SQL: 2 levels x 40 h).
		await page.getByRole('button', { name: 'Remove skill SQL' }).click();
		await expect.poll(hours).toBe(200);
		await expectNoGarbage(page);
	});

	test('choosing a preset role changes the role, salary and results', async ({ page }) => {
		const role = page.getByLabel('Role', { exact: true });
		const salary = field(page, 'Salary in the role');
		const oldRole = await role.inputValue();
		const oldSalary = await salary.inputValue();
		const figures = await keyFiguresText(page);
		const summary = await page.getByTestId('training-summary').innerText();

		await page
			.getByLabel('Start from a preset')
			.selectOption({ label: 'Machine-learning engineer' });

		await expect(role).toHaveValue('Machine-learning engineer');
		expect(oldRole).not.toBe('Machine-learning engineer');
		await expect(salary).toHaveValue('150,000');
		expect(oldSalary).not.toBe('150,000');
		await expect(field(page, 'People needed')).toHaveValue('2');
		await expect(field(page, 'Agency fee')).toHaveValue('25');
		await expect(page.getByRole('textbox', { name: 'Skill 1', exact: true })).toHaveValue(
			'Machine learning'
		);
		await expect(page.getByRole('button', { name: 'Machine-learning engineer' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect.poll(() => keyFiguresText(page)).not.toBe(figures);
		await expect(page.getByTestId('training-summary')).not.toHaveText(summary);
		await expect(page.getByTestId('chart-capacity').locator('figcaption')).toContainText(
			'against 2 needed'
		);
		await expectNoGarbage(page);
	});

	test('euro and German number format show as "1.234.567 €"', async ({ page }) => {
		const cell = figureCell(page, ECONOMIC, 'buy');
		const dollars = await readMoney(cell);
		await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
		await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');

		const german = /^-?\d{1,3}(\.\d{3})*\s€/;
		for (const option of ['buy', 'build', 'borrow'] as const) {
			await expect(figureCell(page, ECONOMIC, option)).toHaveText(german);
		}
		// Only the unit changes: the amount stays the same.
		expect(await readMoney(cell)).toBe(dollars);
		await expect(page.getByTestId('key-figures')).not.toContainText('$');
		const [cumulative] = await chartCaptions(page);
		expect(cumulative).toMatch(/Recruit \d{1,3}(\.\d{3})*\s€/);
		await expect(field(page, 'Salary in the role')).toHaveValue('80.000');
		await expect(page.getByText('€ per year').first()).toBeVisible();

		// Typing in the German format is understood: 95.000 is ninety-five thousand.
		await enter(page, 'Salary in the role', '95.000');
		await expect(field(page, 'Salary in the role')).toHaveValue('95.000');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect.poll(() => readMoney(cell)).not.toBe(dollars);
		await expect(figureCell(page, ECONOMIC, 'buy')).toHaveText(german);
		// A decimal comma: 2,5 people is not a whole number.
		const people = await enter(page, 'People needed', '2,5');
		await expectMessageNear(page, people, 'Enter a whole number.');
		await expectNoGarbage(page);
	});
});

test('a "More assumptions" section builds its fields when opened, keeps their values, and opens itself for a message', async ({
	page
}) => {
	await openCalculator(page);
	const more = page.locator('section[aria-labelledby="sec-buy"] details');
	const onboarding = field(page, 'Onboarding and equipment');
	// Closed, its fields are not built at all (a lean page to update on every keystroke).
	await expect(onboarding).toHaveCount(0);
	await more.locator('summary').click();
	await expect(onboarding).toBeVisible();
	const before = await readMoney(figureCell(page, ECONOMIC, 'buy'));
	await enter(page, 'Onboarding and equipment', '20000');
	await expect.poll(() => readMoney(figureCell(page, ECONOMIC, 'buy'))).toBeGreaterThan(before);
	// Closed and opened again: the value is the one entered.
	await more.locator('summary').click();
	await expect(onboarding).toHaveCount(0);
	await more.locator('summary').click();
	await expect(onboarding).toHaveValue('20,000');
	// Text that is not a number: the message shows under the field, and after a reload (the draft
	// keeps the text) the section opens by itself to show it.
	await enter(page, 'Onboarding and equipment', 'lots');
	await expectMessageNear(page, onboarding, /number/i);
	await page.waitForTimeout(1500);
	await page.reload();
	await expect(more).toHaveAttribute('open', '');
	await expect(onboarding).toHaveValue('lots');
	await expectMessageNear(page, onboarding, /number/i);
});

test('the cumulative chart names its basis and switches to discounted cost (NPV)', async ({
	page
}) => {
	await openCalculator(page);
	const chart = page.getByTestId('chart-cumulative');
	await expect(chart.getByRole('heading')).toHaveText('Cumulative economic cost (not discounted)');
	await chart.getByLabel('Discounted (NPV)').check();
	await expect(chart.getByRole('heading')).toHaveText('Cumulative economic cost (NPV)');
	// Discounted, the curves end at the NPV key figures shown beside them.
	const caption = await chart.locator('figcaption').innerText();
	for (const option of ['buy', 'build', 'borrow'] as const) {
		const name = { buy: 'Recruit', build: 'Upskill', borrow: 'Contract' }[option];
		const figure = await readMoney(figureCell(page, ECONOMIC, option));
		expect(Math.abs(amountAfter(caption, `${name} `) - figure)).toBeLessThanOrEqual(1);
	}
});

test('the cumulative chart’s CSV follows the basis the chart shows (issue 8.6)', async ({
	page
}) => {
	await openCalculator(page);
	const chart = page.getByTestId('chart-cumulative');
	const csvOf = async () => {
		const file = await downloadOf(page, () => chart.getByRole('button', { name: 'CSV' }).click());
		return file.body
			.toString('utf8')
			.trimEnd()
			.split('\r\n')
			.map((l) => l.split(','));
	};
	const nominal = await csvOf();
	expect(nominal[0]).toEqual([
		'Month',
		'Recruit (not discounted)',
		'Upskill (not discounted)',
		'Contract (not discounted)'
	]);
	await chart.getByLabel('Discounted (NPV)').check();
	const npv = await csvOf();
	expect(npv[0]).toEqual(['Month', 'Recruit (NPV)', 'Upskill (NPV)', 'Contract (NPV)']);
	// The discounted data ends at the NPV key figures, as the chart does.
	const last = npv[npv.length - 1];
	for (const [i, option] of (['buy', 'build', 'borrow'] as const).entries()) {
		const figure = await readMoney(figureCell(page, ECONOMIC, option));
		expect(Math.abs(Number(last[i + 1]) - figure)).toBeLessThanOrEqual(1);
		expect(Number(nominal[nominal.length - 1][i + 1])).toBeGreaterThan(Number(last[i + 1]));
	}
});
