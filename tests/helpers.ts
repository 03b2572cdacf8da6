/**
 * Shared helpers for the end-to-end tests: open the calculator, find fields and key-figure cells
 * the way a person would (by label, row and column), and read formatted numbers back.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type OptionId = 'buy' | 'build' | 'borrow';

/** localStorage key of the autosaved workspace. */
export const WORKSPACE_KEY = 'bob.workspace';

/**
 * Wait until the app has started: pages are prerendered, so they show (default) content before
 * their scripts have run; typing or clicking before then would do nothing.
 */
export async function waitForApp(page: Page): Promise<void> {
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/** Open the calculator and wait until the first results are shown. */
export async function openCalculator(page: Page): Promise<void> {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByTestId('recommendation')).toBeVisible();
	await expect(page.getByTestId('key-figures')).toBeVisible();
}

/** A number field by its visible label (exact). */
export function field(page: Page, label: string): Locator {
	return page.getByLabel(label, { exact: true });
}

/** Fill a field as a person would (focus, replace text) and leave it with Tab. */
export async function enter(page: Page, label: string, text: string): Promise<Locator> {
	const input = field(page, label);
	await input.fill(text);
	await input.press('Tab');
	return input;
}

/** The key-figures cell of a row (by its row header) and an option column. */
export function figureCell(page: Page, rowLabel: string, option: OptionId): Locator {
	return page
		.getByTestId('key-figures')
		.locator('tr', { has: page.getByRole('rowheader', { name: rowLabel, exact: true }) })
		.locator(`td[data-option="${option}"]`);
}

/**
 * Read a whole-unit formatted amount ("$1,201,349", "1.201.349 €", "-$12", "$5 BEST") as a number:
 * the first number in the text. Money is shown without decimals, so every digit is a whole unit.
 */
export function parseMoney(text: string): number {
	const match = /\d(?:[\d.,'\u2019\u00a0\u202f]*\d)?/.exec(text);
	if (!match) throw new Error(`No amount in "${text}"`);
	const before = text.slice(0, match.index);
	const negative = /[-\u2212]\s*\S{0,3}\s*$/.test(before);
	return (negative ? -1 : 1) * Number(match[0].replace(/\D/g, ''));
}

/** The amount shown in a cell or other element. */
export async function readMoney(locator: Locator): Promise<number> {
	return parseMoney(await locator.innerText());
}

/** The amount that follows `label` in a sentence ("... Recruit $1,324,887, Upskill ..."). */
export function amountAfter(text: string, label: string): number {
	const at = text.indexOf(label);
	if (at < 0) throw new Error(`"${label}" not found in "${text}"`);
	return parseMoney(text.slice(at + label.length));
}

/** The visible page text must not show broken numbers or missing values. */
export async function expectNoGarbage(page: Page): Promise<void> {
	const text = await page.evaluate(() => document.body.innerText);
	expect(text).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

/**
 * The field shows `message` next to it: as an alert, as the input's accessible description, and
 * placed just below the input.
 */
export async function expectMessageNear(
	page: Page,
	input: Locator,
	message: string | RegExp
): Promise<void> {
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	const pattern = typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message;
	// The message is part of what a screen reader reads for the field.
	await expect(input).toHaveAccessibleDescription(pattern);
	const alert = page.getByRole('alert').filter({ hasText: message });
	await expect(alert).toHaveCount(1);
	await expect(alert).toBeVisible();
	const a = await alert.boundingBox();
	const i = await input.boundingBox();
	expect(a && i).toBeTruthy();
	if (!a || !i) return;
	// Directly under the field (within a couple of lines) and overlapping it horizontally.
	expect(a.y).toBeGreaterThanOrEqual(i.y);
	expect(a.y - (i.y + i.height)).toBeLessThan(60);
	expect(a.x).toBeLessThan(i.x + i.width);
	expect(a.x + a.width).toBeGreaterThan(i.x);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text of the key-figures table, to compare results before and after a change. */
export async function keyFiguresText(page: Page): Promise<string> {
	return page.getByTestId('key-figures').innerText();
}

/** Text alternatives of the three charts. */
export async function chartCaptions(page: Page): Promise<string[]> {
	// The three result charts; the sensitivity chart arrives later from a worker.
	return page
		.locator(
			'figure:is([data-testid="chart-cumulative"], [data-testid="chart-capacity"], [data-testid="chart-layers"]) figcaption'
		)
		.allInnerTexts();
}

/** The saved workspace as stored in the browser (null before the first save). */
export async function savedWorkspace(page: Page): Promise<string | null> {
	return page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
}

/** Press Tab until `target` has focus; returns the number of presses (fails after `max`). */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return i;
	}
	throw new Error(`Not reached with ${max} Tab presses`);
}

/** How many pixels of a chart canvas are drawn (not fully transparent). */
export async function paintedPixels(canvas: Locator): Promise<number> {
	return canvas.evaluate((el) => {
		const c = el as HTMLCanvasElement;
		const ctx = c.getContext('2d');
		if (!ctx || c.width === 0 || c.height === 0) return 0;
		const data = ctx.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
		return n;
	});
}

/** A fingerprint of what a chart canvas shows, to see that it was redrawn. */
export async function canvasImage(canvas: Locator): Promise<string> {
	return canvas.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
}

/** Open the list of saved scenarios. */
export async function openScenarios(page: Page): Promise<void> {
	await page.goto('/scenarios/');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: /Your scenarios/ })).toBeVisible();
}

/** The names shown in the list of saved scenarios, in order. */
export async function scenarioNames(page: Page): Promise<string[]> {
	return page.getByTestId('scenario-list').locator('tbody th[scope="row"] button').allInnerTexts();
}

/** The row of a saved scenario in the list, by its exact name. */
export function scenarioRow(page: Page, name: string): Locator {
	return page
		.getByTestId('scenario-list')
		.locator('tbody tr', { has: page.getByRole('button', { name, exact: true }) });
}

/** What the list shows for every scenario: name, recommended option and its cost. */
export async function scenarioListSummary(page: Page): Promise<string[]> {
	const rows = page.getByTestId('scenario-list').locator('tbody tr');
	const out: string[] = [];
	for (const row of await rows.all()) {
		const name = await row.locator('th[scope="row"] button').innerText();
		const headline = await row.locator('td').nth(1).innerText();
		out.push(`${name} | ${headline}`);
	}
	return out;
}

/** A downloaded file: the name the browser suggested and its bytes. */
export interface Downloaded {
	name: string;
	body: Buffer;
}

/** Run `action` (a click) and return the file it makes the browser download. */
export async function downloadOf(page: Page, action: () => Promise<unknown>): Promise<Downloaded> {
	const [download] = await Promise.all([page.waitForEvent('download'), action()]);
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
}

/** Choose a file in the browser's file picker opened by `action`. */
export async function chooseFile(
	page: Page,
	action: () => Promise<unknown>,
	file: { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action()]);
	await chooser.setFiles(file);
}

/**
 * Drop a file on the page the way a file dragged from the desktop arrives: dragenter, dragover
 * and drop events carrying a DataTransfer that holds the file.
 */
export async function dropFile(
	page: Page,
	name: string,
	content: string,
	type = 'application/json'
): Promise<void> {
	await page.evaluate(
		({ name, content, type }) => {
			const data = new DataTransfer();
			data.items.add(new File([content], name, { type }));
			const target = document.querySelector('main') ?? document.body;
			for (const kind of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: data })
				);
			}
		},
		{ name, content, type }
	);
}

/** Today's date in the browser's time zone as YYYY-MM-DD (as export file names carry it). */
export async function browserToday(page: Page): Promise<string> {
	return page.evaluate(() => {
		const d = new Date();
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	});
}

/** Share the open scenario from the calculator and return the link the dialog shows. */
export async function createLink(page: Page, passphrase = ''): Promise<string> {
	await page.getByRole('button', { name: 'Share link…' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading')).toHaveText(/^Share “.+” as a link$/);
	if (passphrase) await dialog.getByLabel('Passphrase (optional)').fill(passphrase);
	await dialog.getByRole('button', { name: 'Create link' }).click();
	const box = dialog.getByTestId('share-link');
	await expect(box).toHaveValue(/#[se]1\./);
	const link = await box.inputValue();
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(dialog).toBeHidden();
	return link;
}

/** The page's queue of held worker replies (null: none held). */
type HeldReplies = { __held: (() => void)[] | null };

/**
 * Lets the test hold back what the app's workers answer, to look at a page while a computation is
 * pending. Call before the first `goto`; then `hold()` queues every worker reply from that moment
 * and `release()` delivers the queued ones in order.
 */
export async function workerReplies(
	page: Page
): Promise<{ hold: () => Promise<void>; release: () => Promise<void> }> {
	await page.addInitScript(() => {
		const w = window as unknown as HeldReplies;
		w.__held = null;
		const own = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
		Object.defineProperty(Worker.prototype, 'onmessage', {
			configurable: true,
			get() {
				return own.get!.call(this);
			},
			set(handler: ((e: MessageEvent) => void) | null) {
				own.set!.call(
					this,
					handler &&
						((e: MessageEvent) => {
							if (w.__held) w.__held.push(() => handler.call(this, e));
							else handler.call(this, e);
						})
				);
			}
		});
	});
	return {
		hold: () =>
			page.evaluate(() => {
				(window as unknown as HeldReplies).__held = [];
			}),
		release: () =>
			page.evaluate(() => {
				const w = window as unknown as HeldReplies;
				const queued = w.__held ?? [];
				w.__held = null;
				for (const deliver of queued) deliver();
			})
	};
}
