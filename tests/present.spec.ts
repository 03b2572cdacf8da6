import { expect, test, type Page } from '@playwright/test';
import { enter, field, openCalculator, paintedPixels } from './helpers.ts';

const VIEWS = ['Decision', 'Cost over time', 'Capacity', 'Cost by layer', 'Risk'];

/** A compact amount as shown on the slides ("$1.2M", "$950K", "1,2 Mio. €") as a number. */
function parseCompact(text: string): number {
	const m = /(\d+(?:[.,]\d+)?)\s*(K|M|B|Mio\.|Mrd\.|Tsd\.)?/.exec(text);
	if (!m) throw new Error(`No amount in "${text}"`);
	const value = Number(m[1].replace(',', '.'));
	const scale: Record<string, number> = { K: 1e3, 'Tsd.': 1e3, M: 1e6, 'Mio.': 1e6, B: 1e9 };
	return value * (scale[m[2] ?? ''] ?? 1);
}

/** Open the presentation the way a person does: from the main navigation. */
async function openPresentation(page: Page): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Present' })
		.click();
	await expect(page.getByTestId('presentation')).toBeVisible();
}

function currentView(page: Page) {
	return page.getByRole('navigation', { name: 'Views' }).locator('button[aria-pressed="true"]');
}

test.describe('presentation', () => {
	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
		await field(page, 'Name').fill('Board meeting');
		await expect(page.getByLabel('Scenario', { exact: true })).toContainText('Board meeting');
	});

	test('shows the headline and the three options, and the sliders change them', async ({
		page
	}) => {
		// Ten people, so that a change in recruiting shows in the rounded slide figures.
		await enter(page, 'People needed', '10');
		await openPresentation(page);
		await expect(page).toHaveURL(/\/present\/?$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Board meeting');
		await expect(page.getByTestId('present-headline')).toHaveText(/\w{4,}.*\w{4,}/);
		for (const option of ['buy', 'build', 'borrow']) {
			await expect(page.getByTestId(`present-${option}`)).toHaveText(/^\$\d+(\.\d+)?[KMB]?$/);
		}
		await expect(currentView(page)).toHaveText('Decision');

		// The tornado's top driver, the contractor day rate, has a slider (issue 8 Present).
		const contract = page.getByTestId('present-borrow');
		const before = parseCompact(await contract.innerText());
		const headline = await page.getByTestId('present-headline').innerText();
		const slider = page.getByRole('slider', { name: /^Contractor day rate/ });
		await expect(slider).toHaveAttribute('aria-valuetext', /^\$\d/);
		await slider.focus();
		await page.keyboard.press('End');
		await expect(page.getByText(/^Contractor day rate: \$2,\d{3}$/)).toBeVisible();
		await expect.poll(async () => parseCompact(await contract.innerText())).toBeGreaterThan(before);
		await expect(page.getByTestId('present-headline')).not.toHaveText(headline);
		// The arrow keys move the slider, not the slides, while it has focus.
		const top = await slider.getAttribute('aria-valuetext');
		await page.keyboard.press('ArrowLeft');
		await expect(slider).not.toHaveAttribute('aria-valuetext', top!);
		await expect(currentView(page)).toHaveText('Decision');
		const dayRate = Number((await slider.inputValue()).replace(/\D/g, ''));

		// Fewer people needed: every option costs less.
		const people = page.getByRole('slider', { name: /^People needed/ });
		const build = parseCompact(await page.getByTestId('present-build').innerText());
		await people.focus();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await expect(people).toHaveAttribute('aria-valuetext', '1');
		await expect
			.poll(async () => parseCompact(await page.getByTestId('present-build').innerText()))
			.toBeLessThan(build);

		// The change belongs to the scenario: the calculator shows it after leaving.
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/$/);
		await expect(field(page, 'Contractor day rate')).toHaveValue(
			new Intl.NumberFormat('en-US').format(dayRate)
		);
		await expect(field(page, 'People needed')).toHaveValue('1');
	});

	test('arrow keys switch views, a chart appears, and Esc returns to the calculator', async ({
		page
	}) => {
		test.slow(); // the risk view runs a simulation of 10,000 futures
		await openPresentation(page);
		await expect(currentView(page)).toHaveText('Decision');
		await page.getByRole('heading', { level: 1 }).click();

		const charts = [
			'present-cumulative',
			'present-capacity',
			'present-layers',
			'present-risk-histogram'
		];
		for (let i = 1; i < VIEWS.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect(currentView(page)).toHaveText(VIEWS[i]);
			const chart = page.getByTestId(charts[i - 1]);
			await expect(chart).toBeVisible({ timeout: 20_000 });
			await expect(page.getByTestId('present-headline')).toHaveCount(0);
			await expect.poll(() => paintedPixels(chart.locator('canvas'))).toBeGreaterThan(1000);
		}
		// Past the last view it wraps round to the first; ArrowLeft goes back.
		await page.keyboard.press('ArrowRight');
		await expect(currentView(page)).toHaveText('Decision');
		await expect(page.getByTestId('present-headline')).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(currentView(page)).toHaveText('Risk');
		await page.keyboard.press('ArrowLeft');
		await expect(currentView(page)).toHaveText('Cost by layer');
		await page.keyboard.press('ArrowLeft');
		await expect(currentView(page)).toHaveText('Capacity');
		await expect(page.getByTestId('present-capacity').locator('figcaption')).toContainText(
			'Full capacity'
		);
		// The view buttons work too.
		await page.getByRole('button', { name: 'Cost over time' }).click();
		await expect(page.getByTestId('present-cumulative')).toBeVisible();

		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByTestId('presentation')).toHaveCount(0);
		await expect(page.getByTestId('key-figures')).toBeVisible();
		await expect(field(page, 'Name')).toHaveValue('Board meeting');
	});

	test('at 1280×720 nothing scrolls sideways, in any view', async ({ page }) => {
		test.slow(); // the risk view runs a simulation of 10,000 futures
		await page.setViewportSize({ width: 1280, height: 720 });
		await openPresentation(page);
		const present = page.getByTestId('presentation');
		const overflow = () =>
			present.evaluate((el) => {
				const doc = document.scrollingElement!;
				return Math.max(el.scrollWidth - el.clientWidth, doc.scrollWidth - doc.clientWidth);
			});
		for (const view of VIEWS) {
			await page.getByRole('button', { name: view, exact: true }).click();
			await expect(currentView(page)).toHaveText(view);
			expect(await overflow(), view).toBeLessThanOrEqual(0);
		}
		// The three option figures sit side by side, fully on screen.
		await page.getByRole('button', { name: 'Decision', exact: true }).click();
		for (const option of ['buy', 'build', 'borrow']) {
			const box = await page.getByTestId(`present-${option}`).boundingBox();
			expect(box).not.toBeNull();
			expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
			expect(box!.y + box!.height).toBeLessThanOrEqual(720);
		}
	});

	test('sliders for the tornado’s top five inputs, and the flip sentence stays on Decision', async ({
		page
	}) => {
		await openPresentation(page);
		// People needed plus five tornado inputs, once the sensitivity analysis is in.
		await expect(page.getByTestId('present-flip')).toBeVisible();
		await expect(page.getByTestId('present-flip')).toHaveText(/answer|robust|changes/i);
		await expect(page.getByRole('slider')).toHaveCount(6);
		await expect(page.getByRole('slider', { name: /^Contractor day rate/ })).toBeVisible();
		await expect(page.getByRole('slider', { name: /^Salary in the role/ })).toBeVisible();
	});

	test('the hidden app header has no keyboard stops; focus stays visible (8.5)', async ({
		page
	}) => {
		await openPresentation(page);
		const present = page.getByTestId('presentation');
		await page.locator('body').focus();
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() => {
				const el = document.activeElement;
				const root = document.querySelector('[data-testid="presentation"]');
				if (!el || !root || !root.contains(el)) return { inside: false, outline: '' };
				const style = getComputedStyle(el);
				return { inside: true, outline: style.outlineStyle };
			});
			expect(inside.inside, `Tab ${i + 1}`).toBe(true);
			expect(inside.outline, `Tab ${i + 1}`).not.toBe('none');
		}
		await expect(present).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	});

	test('switch scenario inside Present', async ({ page }) => {
		await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
		await field(page, 'Name').fill('Second plan');
		await openPresentation(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second plan');
		await page.getByTestId('present-scenario').selectOption({ label: 'Board meeting' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Board meeting');
		await expect(page.getByTestId('present-headline')).toBeVisible();
	});

	test('risk view: the sentence, each option’s share of futures where it is cheapest, the histogram; English and German', async ({
		page
	}) => {
		test.slow(); // two simulations of 10,000 futures on a shared machine
		await page.getByLabel('Start from a preset').selectOption('cloud-engineer');
		await openPresentation(page);
		await page.getByRole('button', { name: 'Risk', exact: true }).click();
		const sentence = page.getByTestId('present-risk-sentence');
		await expect(sentence).toHaveText(
			/^(Recruiting|Upskilling|Hiring contractors) is cheapest in \d{1,3}% of [\d,]+ simulated futures; (even )?in the worst 10 % it costs \$[\d.,]+[KMB]? (more|less) than (recruiting|upskilling|hiring contractors)\.$/,
			{ timeout: 20_000 }
		);
		await expect(page.getByTestId('present-risk-progress')).toHaveText('', { timeout: 30_000 });
		await expect(sentence).toContainText('10,000 simulated futures');
		let total = 0;
		for (const o of ['buy', 'build', 'borrow']) {
			const text = await page.getByTestId(`present-risk-${o}`).innerText();
			expect(text).toMatch(/^\d{1,3}%$/);
			total += Number(text.replace('%', ''));
		}
		expect(total).toBeGreaterThanOrEqual(98);
		expect(total).toBeLessThanOrEqual(102);
		await expect(page.getByTestId('present-risk')).toContainText('of simulated futures cheapest');
		await expect(page.getByTestId('present-risk')).toContainText(/P10–P90: \$[\d.]+[KM]? – \$/);
		const chart = page.getByTestId('present-risk-histogram');
		await expect.poll(() => paintedPixels(chart.locator('canvas'))).toBeGreaterThan(1000);
		await expect(chart.locator('figcaption')).toContainText('P10');
		// A slider moves within the estimate's range and re-runs the simulation.
		await expect(
			page.getByText('Where an estimate has a range, its slider moves within it.')
		).toBeVisible();
		// German: the same view, in German words.
		await page.keyboard.press('Escape');
		await page.getByLabel('Language').selectOption('de');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Präsentieren' })
			.click();
		await page.getByRole('button', { name: 'Risiko', exact: true }).click();
		await expect(page.getByTestId('present-risk-sentence')).toHaveText(
			/ist in \d{1,3}\s?% von [\d.,]+ simulierten Zukünften am günstigsten/,
			{ timeout: 30_000 }
		);
		await expect(page.getByTestId('present-risk')).toContainText(
			'der simulierten Zukünfte am günstigsten'
		);
	});

	test('risk view on a phone: the shares fit their cards, nothing scrolls sideways', async ({
		page
	}) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		await openPresentation(page);
		await page.getByRole('button', { name: 'Risk', exact: true }).click();
		await expect(page.getByTestId('present-risk-sentence')).toBeVisible({ timeout: 20_000 });
		for (const option of ['buy', 'build', 'borrow']) {
			const big = page.getByTestId(`present-risk-${option}`);
			const fits = await big.evaluate((el) => {
				const card = el.parentElement!;
				return el.scrollWidth <= el.clientWidth + 1 && card.scrollWidth <= card.clientWidth + 1;
			});
			expect(fits, option).toBe(true);
		}
		const overflow = await page.getByTestId('presentation').evaluate((el) => {
			const doc = document.scrollingElement!;
			return Math.max(el.scrollWidth - el.clientWidth, doc.scrollWidth - doc.clientWidth);
		});
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('phone: the figures fit their cards; captions scale with the type (8.14)', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openPresentation(page);
		for (const option of ['buy', 'build', 'borrow']) {
			const big = page.getByTestId(`present-${option}`);
			const fits = await big.evaluate((el) => {
				const card = el.parentElement!;
				return el.scrollWidth <= el.clientWidth + 1 && card.scrollWidth <= card.clientWidth + 1;
			});
			expect(fits, option).toBe(true);
		}
		await page.setViewportSize({ width: 2560, height: 1440 });
		await page.getByRole('button', { name: 'Capacity', exact: true }).click();
		const sizes = await page.evaluate(() => {
			const root = document.querySelector('[data-testid="presentation"]')!;
			const cap = document.querySelector('[data-testid="present-capacity"] figcaption')!;
			return [
				parseFloat(getComputedStyle(root).fontSize),
				parseFloat(getComputedStyle(cap).fontSize)
			];
		});
		expect(sizes[0]).toBeGreaterThan(30);
		expect(sizes[1]).toBeGreaterThan(sizes[0] * 0.7);
	});
});

test('printing the calculator hides the inputs and shows a report header', async ({ page }) => {
	await openCalculator(page);
	await field(page, 'Name').fill('Printed plan');
	await enter(page, 'People needed', '4');
	const inputs = page.getByRole('heading', { name: 'Recruit (buy)', exact: true });
	const header = page.getByTestId('print-header');
	await expect(inputs).toBeVisible();
	await expect(header).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	await expect(inputs).toBeHidden();
	await expect(field(page, 'Time to fill')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export…' })).toBeHidden();
	await expect(header).toBeVisible();
	await expect(header).toContainText('Printed plan');
	await expect(header).toContainText('4 × Data analyst');
	// The date is written as the page is printed (the browser says so with "beforeprint").
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(header).toContainText(String(new Date().getFullYear()));
	await expect(page.getByTestId('recommendation')).toBeVisible();
	await expect(page.getByTestId('key-figures')).toBeVisible();

	await page.emulateMedia({ media: 'screen' });
	await expect(inputs).toBeVisible();
	await expect(header).toBeHidden();
});
