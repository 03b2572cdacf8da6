/**
 * The first view (issue 10): the prerendered page shows the default calculator before any script
 * runs, and saved work takes over without ever showing the default figures and without moving
 * anything (cumulative layout shift 0).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { enter, expectMessageNear, field, openCalculator, savedWorkspace } from './helpers.ts';

interface LayoutShift {
	value: number;
	hadRecentInput: boolean;
	startTime: number;
}

interface Frame {
	/** Key figures painted in this frame (present and not hidden), or null. */
	figures: string | null;
	/** Whether the app had started by this frame. */
	started: boolean;
}

/**
 * Before the page's own scripts: sample what each frame shows (requestAnimationFrame runs right
 * before every paint) and sum every layout shift, as the browser measures them for CLS.
 */
async function watchFirstView(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { frames_: Frame[]; cls_: number };
		w.frames_ = [];
		w.cls_ = 0;
		// Every shift counts, including when the sentence from the sensitivity analysis (computed
		// in a worker after the app has started) arrives: its place is kept from the first frame.
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as LayoutShift[])
				if (!e.hadRecentInput) w.cls_ += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		const sample = () => {
			const el = document.querySelector<HTMLElement>('[data-testid="key-figures"]');
			const shown = el?.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length;
			const started = document.documentElement.hasAttribute('data-started');
			w.frames_.push({ figures: el && shown ? el.innerText : null, started });
			if (w.frames_.filter((f) => f.started).length < 30) requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
}

/**
 * Open the calculator with the app's scripts held back (the prerendered page is there, the app has
 * not started). Returns the function that lets them load.
 */
async function openWithScriptsHeld(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	return release;
}

async function framesAndShift(page: Page): Promise<{ frames: Frame[]; cls: number }> {
	// Let the page settle (charts are drawn soon after the app has started), then read.
	await expect
		.poll(
			() =>
				page.evaluate(
					() => (window as unknown as { frames_: Frame[] }).frames_.filter((f) => f.started).length
				),
			{ timeout: 20_000 }
		)
		.toBe(30);
	// The first view is complete with the sentence of the sensitivity analysis.
	await page.getByTestId('recommendation-flip').waitFor({ timeout: 20_000 });
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
	return page.evaluate(() => {
		const w = window as unknown as { frames_: Frame[]; cls_: number };
		return { frames: w.frames_, cls: w.cls_ };
	});
}

/** The default key figures as the running app shows them to a first-time visitor. */
async function defaultFigures(browser: Browser): Promise<string> {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await openCalculator(page);
	const text = await page.getByTestId('key-figures').innerText();
	await context.close();
	return text;
}

test.describe('first view', () => {
	test.use({ locale: 'en-US' });
	// Each test loads the app two or three times, in fresh browsers.
	test.describe.configure({ timeout: 90_000 });

	test('without JavaScript the recommendation and key figures are there, as the app shows them', async ({
		browser
	}) => {
		const expected = await defaultFigures(browser);
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByTestId('recommendation')).toBeVisible();
		await expect(page.getByTestId('recommendation')).toContainText('Recruit');
		await expect(page.getByTestId('key-figures')).toBeVisible();
		expect(await page.getByTestId('key-figures').innerText()).toBe(expected);
		await expect(page.getByLabel('People needed', { exact: true })).toHaveValue('3');
		// What would change the answer (the sensitivity analysis) is in the page too.
		await expect(page.getByTestId('recommendation-flip')).toContainText('The answer changes');
		// No storage is readable without scripts, and the page does not claim otherwise.
		await expect(page.getByTestId('storage-notice')).toHaveCount(0);
		await context.close();
	});

	test('a first-time visitor sees the default figures from the first frame on, nothing moves', async ({
		page,
		browser
	}) => {
		const expected = await defaultFigures(browser);
		await watchFirstView(page);
		await page.goto('/');
		const { frames, cls } = await framesAndShift(page);
		const shown = frames.filter((f) => f.figures !== null);
		expect(shown.length).toBeGreaterThan(0);
		expect(new Set(shown.map((f) => f.figures))).toEqual(new Set([expected]));
		expect(cls).toBe(0);
	});

	test('the page paints before the app’s scripts are requested; then they load together and the app starts', async ({
		page
	}) => {
		await page.goto('/');
		await page.locator('html[data-started]').waitFor({ state: 'attached' });
		const { paint, scripts, preloads } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			scripts: performance
				.getEntriesByType('resource')
				.filter((e) => /\/_app\/immutable\/.*\.js$/.test(e.name))
				.map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
			preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
				(l) => l.href.split('/').pop()
			)
		}));
		expect(paint).toBeGreaterThan(0);
		expect(scripts.length).toBeGreaterThan(0);
		for (const s of scripts) expect(s.start, s.name).toBeGreaterThanOrEqual(paint);
		// The page's first scripts are preloaded as one batch when it starts (no request waits for
		// another to arrive): every one of them is among the preloads.
		expect(preloads.length).toBeGreaterThan(1);
		const first = scripts.filter((s) => s.start <= scripts[0].start + 5).map((s) => s.name);
		for (const name of first) expect(preloads).toContain(name);
	});

	test('a saved scenario takes over without one frame of default figures and without a shift', async ({
		page,
		browser
	}) => {
		const defaults = await defaultFigures(browser);
		await openCalculator(page);
		await enter(page, 'People needed', '7');
		await enter(page, 'Salary in the role', '95000');
		const saved = await page.getByTestId('key-figures').innerText();
		expect(saved).not.toBe(defaults);
		await expect.poll(() => savedWorkspace(page)).toContain('95000');

		await watchFirstView(page);
		await page.reload();
		await expect(page.getByLabel('People needed', { exact: true })).toHaveValue('7');
		const { frames, cls } = await framesAndShift(page);
		const shown = frames.filter((f) => f.figures !== null).map((f) => f.figures);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown).not.toContain(defaults);
		expect(new Set(shown)).toEqual(new Set([saved]));
		expect(cls).toBe(0);
	});

	test('typing before the app has started is kept: each edit counts and the caret stays', async ({
		page,
		browser
	}) => {
		// The same edits typed into the running app, for comparison.
		const context = await browser.newContext({ locale: 'en-US' });
		const running = await context.newPage();
		await openCalculator(running);
		await enter(running, 'People needed', '5');
		await enter(running, 'Time to fill', '90');
		const expected = await running.getByTestId('key-figures').innerText();
		await context.close();

		// Hold the app's scripts back: the prerendered page is there, the app has not started.
		const release = await openWithScriptsHeld(page);
		const people = page.getByRole('textbox', { name: 'People needed', exact: true });
		const fill = page.getByRole('textbox', { name: 'Time to fill', exact: true });
		await people.click();
		await people.press('ControlOrMeta+a');
		await page.keyboard.type('5');
		await fill.click();
		await fill.press('ControlOrMeta+a');
		await page.keyboard.type('9');
		await expect(page.locator('html')).not.toHaveAttribute('data-started');
		await expect(fill).toHaveValue('9');

		release();
		await page.locator('html[data-started]').waitFor({ state: 'attached' });
		// Still in the field, the caret after the 9: typing goes on where it was.
		await page.keyboard.type('0');
		await expect(fill).toHaveValue('90');
		await expect(people).toHaveValue('5');
		await fill.press('Tab');
		await expect.poll(() => page.getByTestId('key-figures').innerText()).toBe(expected);
		// An edit like any other: saved.
		await expect.poll(() => savedWorkspace(page)).toContain('"timeToFillDays":90');
	});

	test('a button clicked before the app has started is clicked once it has: Duplicate, then the theme', async ({
		page
	}) => {
		const release = await openWithScriptsHeld(page);
		const theme = await page.locator('html').getAttribute('data-theme');
		await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
		await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
		await expect(page.locator('html')).not.toHaveAttribute('data-started');
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveCount(1);

		release();
		await page.locator('html[data-started]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveCount(2);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
		// Clicked once each: the copy is open and one more click makes a third.
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue(/copy/i);
		await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
		await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveCount(3);
	});

	test('the sensitivity analysis comes with the page: no worker until the first edit, the panel there when scrolled to', async ({
		page
	}) => {
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await openCalculator(page);
		const flip = page.getByTestId('recommendation-flip');
		await expect(flip).toContainText('The answer changes');
		const before = await flip.innerText();
		// Scrolled to, the panel shows the analysis and its chart at once, from the page's result.
		const panel = page.locator('section', {
			has: page.getByRole('heading', { name: 'What would change the answer' })
		});
		await panel.scrollIntoViewIfNeeded();
		await expect(panel.getByTestId('flip-sentence')).toHaveText(before, { timeout: 20_000 });
		await expect(panel.getByTestId('chart-tornado')).toBeVisible();
		expect(workers.filter((u) => u.includes('sensitivity'))).toEqual([]);
		// An edit asks the worker: the sentence follows the new numbers.
		await enter(page, 'Contractor day rate', '700');
		await expect.poll(() => workers.some((u) => u.includes('sensitivity'))).toBe(true);
		await expect(flip).not.toHaveText(before, { timeout: 20_000 });
		await expect(flip).toContainText('The answer changes');
	});

	test('the best mix comes with the page: the app starts with the page’s answer for its very scenario, and finds its own for any other', async ({
		page
	}) => {
		// The page's answer, changed on its way (all upskilled instead of all recruited): the app shows
		// what the page says, so it did not find the answer again at start-up.
		const served = async (change: (block: string) => string) => {
			await page.route('**/', async (route) => {
				const response = await route.fetch();
				const html = await response.text();
				const block = /<script type="application\/json" id="bob-best-mix">(.*?)<\/script>/.exec(
					html
				);
				expect(block).not.toBeNull();
				await route.fulfill({ response, body: html.replace(block![1], change(block![1])) });
			});
		};
		const upskilled = (json: string) =>
			json.replace('"buy":3,"build":0', '"buy":0,"build":3').replace(/"value":[\d.]+/, '"value":1');
		await served(upskilled);
		await openCalculator(page);
		const card = page.getByTestId('best-mix');
		await expect(card).toContainText('3 upskilled');
		await expect(card).not.toContainText('recruited');

		// The same answer for a scenario that is not the one on screen (its key differs): not used.
		await page.unroute('**/');
		await served((json) => upskilled(json).replace(/"key":"[^"]+"/, '"key":"other"'));
		await page.reload();
		await page.locator('html[data-started]').waitFor({ state: 'attached' });
		await expect(card).toContainText('3 recruited');
	});

	test('the currency list starts with the chosen currency and holds every currency once in use', async ({
		page,
		browser
	}) => {
		// Without scripts: the chosen currency only (the list is not usable without the app anyway).
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
		const still = await context.newPage();
		await still.goto('/');
		const stillList = still.getByLabel('Currency', { exact: true });
		await expect(stillList).toHaveValue('USD');
		expect(await stillList.locator('option').allInnerTexts()).toEqual(['USD \u2013 US Dollar']);
		await context.close();

		await openCalculator(page);
		const list = page.getByLabel('Currency', { exact: true });
		await expect(list).toHaveValue('USD');
		// Reached with the keyboard, it holds them all, sorted, and the arrow keys move through them.
		await list.focus();
		const codes = await list
			.locator('option')
			.evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
		expect(codes.length).toBeGreaterThan(100);
		expect(codes).toEqual([...codes].sort());
		expect(codes).toContain('EUR');
		await expect(list).toHaveValue('USD');
		await list.press('ArrowDown');
		await expect(list).toHaveValue(codes[codes.indexOf('USD') + 1]);
		await expect(page.getByTestId('key-figures')).toContainText(codes[codes.indexOf('USD') + 1]);
	});

	test('input problems: their texts load with the first edit, and saved work shows its problem from its first frame', async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('response', async (r) => {
			if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
		});
		await openCalculator(page);
		await page.waitForLoadState('networkidle');
		// A first visit without an edit fetches no problem texts.
		expect(scripts.some((s) => s.includes('Enter a number.'))).toBe(false);
		const fill = await enter(page, 'Time to fill', 'abc');
		await expectMessageNear(page, fill, 'Enter a number.');
		await expect.poll(() => savedWorkspace(page)).toContain('abc');

		// Reloaded, the saved invalid field shows its message in every frame the page is visible.
		await page.addInitScript(() => {
			const w = window as unknown as { shown_: boolean[] };
			w.shown_ = [];
			const sample = () => {
				const root = document.documentElement;
				if (root.hasAttribute('data-started') && !root.hasAttribute('data-wait'))
					w.shown_.push(document.body.innerText.includes('Enter a number.'));
				if (w.shown_.length < 20) requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await page.reload();
		await expect(field(page, 'Time to fill')).toHaveValue('abc');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shown_: boolean[] }).shown_.length))
			.toBe(20);
		const shown = await page.evaluate(() => (window as unknown as { shown_: boolean[] }).shown_);
		expect(shown.every(Boolean)).toBe(true);
	});

	test('in the dark theme and in German the first view neither flashes nor shifts', async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: 'de-DE', colorScheme: 'dark' });
		const page = await context.newPage();
		await watchFirstView(page);
		await page.goto('/');
		await expect(page.getByTestId('recommendation')).toContainText('Neueinstellung');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const { frames, cls } = await framesAndShift(page);
		const shown = frames.filter((f) => f.figures !== null).map((f) => f.figures ?? '');
		expect(shown.length).toBeGreaterThan(0);
		// German figures only: "1.234.567 €", never the English page's "$1,234,567".
		for (const text of shown) expect(text).not.toMatch(/\$\d/);
		expect(cls).toBe(0);
		await context.close();
	});
});
