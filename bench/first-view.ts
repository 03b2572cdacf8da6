/**
 * The first view's targets of issue 10 that are not timings, printed with their results:
 * - the prerendered page shows the default calculator (recommendation, key figures and what would
 *   change the answer) with JavaScript off;
 * - cumulative layout shift 0 while the app starts, for a first visit, for saved work that replaces
 *   the prerendered default and for a share link (every shift summed from before the page's own
 *   scripts until the page has settled, as the browser measures them for CLS);
 * - `npm start` (scripts/serve.js) serves precompressed files (brotli, else gzip) and gives hashed
 *   assets a year's immutable cache lifetime.
 * The e2e suite (tests/first-view.spec.ts, scripts/serve.test.ts) asserts the same; this prints the
 * figures. Run: npx tsx bench/first-view.ts (after `npm run build`); BENCH_PORT sets the port.
 */
import type { Browser, Page } from '@playwright/test';
import { encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario, PRESETS } from '../src/lib/model/index.ts';
import { launchBrowser, load, serveBuild } from './serve-build.ts';
import { pageScripts } from './page-scripts.ts';

const { server, port } = serveBuild('first-view', 4393);
const base = `http://localhost:${port}/`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Sum every layout shift from before the page's scripts on. */
function watchShifts(): void {
	const w = window as unknown as { cls_: number };
	w.cls_ = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
			if (!e.hadRecentInput) w.cls_ += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
}

/** Load `url` in `page`, let it settle (app started, sensitivity sentence in), return the CLS. */
async function shiftOf(page: Page, url: string, reload = false): Promise<number> {
	if (reload) await page.reload();
	else await page.goto(url);
	await page.locator('html[data-started]').waitFor({ state: 'attached', timeout: 30_000 });
	await page.getByTestId('recommendation-flip').waitFor({ timeout: 30_000 });
	// Charts near the view and late parts arrive soon after the start.
	await page.waitForTimeout(1500);
	return page.evaluate(() => (window as unknown as { cls_: number }).cls_);
}

async function cls(browser: Browser): Promise<void> {
	const fresh = async () => {
		const context = await browser.newContext({
			locale: 'en-US',
			viewport: { width: 1280, height: 800 }
		});
		await context.addInitScript(watchShifts);
		return context.newPage();
	};
	const rows: [string, number][] = [];
	rows.push(['a first visit', await shiftOf(await fresh(), base)]);

	// Saved work: an edit as a person makes it, kept by the app, then the page opened again.
	const page = await fresh();
	await shiftOf(page, base);
	const people = page.getByLabel('People needed', { exact: true });
	await people.fill('7');
	await people.press('Tab');
	await page.waitForFunction(() =>
		Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('"headcount":7'))
	);
	const savedShift = await shiftOf(page, base, true);
	if ((await people.inputValue()) !== '7')
		throw new Error('first view: the saved work was not restored');
	rows.push(['saved work replacing the default', savedShift]);

	const linked = createScenario({
		name: 'Linked',
		settings: { horizonMonths: 48 },
		roles: [PRESETS[1].role(), PRESETS[2].role()]
	});
	const opened = await fresh();
	const linkShift = await shiftOf(opened, `${base}#${await encodeShareFragment(linked)}`);
	if ((await opened.getByLabel('Name', { exact: true }).inputValue()) !== 'Linked')
		throw new Error('first view: the share link was not opened');
	rows.push(['a share link', linkShift]);
	for (const [what, value] of rows)
		console.log(
			`first view: cumulative layout shift, ${what}: ${value.toFixed(4)} (${load()}) (target 0) ${verdict(value === 0)}`
		);
}

async function withoutScripts(browser: Browser): Promise<void> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
	const page = await context.newPage();
	await page.goto(base);
	const shown = async (id: string) => {
		const el = page.getByTestId(id);
		return (await el.count()) > 0 && (await el.first().isVisible());
	};
	const parts: [string, boolean][] = [
		['the recommendation', await shown('recommendation')],
		['the key figures', await shown('key-figures')],
		['what would change the answer', await shown('recommendation-flip')],
		['the inputs', await page.getByLabel('People needed', { exact: true }).isVisible()]
	];
	await context.close();
	const missing = parts.filter(([, ok]) => !ok).map(([name]) => name);
	console.log(
		`first view: without JavaScript the page shows ${parts.map(([name]) => name).join(', ')}: ${missing.length ? `missing ${missing.join(', ')}` : 'all there'} (target all) ${verdict(missing.length === 0)}`
	);
}

async function serving(): Promise<void> {
	const html = await (await fetch(base)).text();
	const asset = pageScripts(html)[0];
	const page = await fetch(base, { headers: { 'accept-encoding': 'br, gzip' } });
	const gz = await fetch(base, { headers: { 'accept-encoding': 'gzip' } });
	const hashed = asset
		? await fetch(base + asset, { headers: { 'accept-encoding': 'br, gzip' } })
		: null;
	const cache = hashed?.headers.get('cache-control') ?? '(no hashed asset found)';
	const year = Number(cache.match(/max-age=(\d+)/)?.[1] ?? 0) >= 31536000;
	const ok =
		page.headers.get('content-encoding') === 'br' &&
		gz.headers.get('content-encoding') === 'gzip' &&
		hashed?.headers.get('content-encoding') === 'br' &&
		year &&
		cache.includes('immutable');
	console.log(
		`first view: npm start serves the page as ${page.headers.get('content-encoding') ?? 'identity'} (gzip when brotli is not accepted: ${gz.headers.get('content-encoding') ?? 'identity'}), a hashed script as ${hashed?.headers.get('content-encoding') ?? 'identity'} with "${cache}" (target precompressed, a year immutable) ${verdict(ok)}`
	);
}

const browser = await launchBrowser();
try {
	await withoutScripts(browser);
	await cls(browser);
	await serving();
} finally {
	await browser.close();
	server.kill();
}
