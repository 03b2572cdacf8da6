/**
 * The content security policy (issue 9.6): every built page carries a strict policy, and a
 * session that uses every feature runs without a single violation.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
	chooseFile,
	createLink,
	downloadOf,
	enter,
	field,
	openCalculator,
	waitForApp
} from './helpers.ts';

const PAGES = ['/', '/scenarios/', '/compare/', '/present/', '/methodology/'];

const TINY_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4IScHRwzEcQCxYxBBO0tjggAAAABJRU5ErkJggg==',
	'base64'
);

/** The policy of a page's <meta http-equiv="content-security-policy">, by directive. */
function policyOf(html: string): Map<string, string[]> {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	expect(meta, 'a content-security-policy meta tag').not.toBeNull();
	return new Map(
		meta![1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name, values])
	);
}

/**
 * Record every policy violation a page reports (the DOM event and the console message), across
 * its navigations and reloads.
 */
async function recordViolations(page: Page, into: string[]): Promise<void> {
	await page.exposeFunction('reportViolation_', (text: string) => into.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { reportViolation_: (t: string) => void })
				.reportViolation_;
			report(
				`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`
			);
		});
	});
	page.on('console', (m) => {
		if (/content security policy/i.test(m.text())) into.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => into.push(`page error: ${e.message}`));
	// No request leaves the device: every request goes to the app's own server (or is data/blob).
	page.on('request', (r) => {
		const url = new URL(r.url());
		requestsSeen.count++;
		// The app is served from localhost (playwright.config.ts); anything else would leave the device.
		const own = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
		if (!own && url.protocol !== 'data:' && url.protocol !== 'blob:') {
			into.push(`request to another origin: ${r.url()}`);
		}
	});
}

/** Requests seen by `recordViolations` (so an empty record of foreign requests means something). */
const requestsSeen = { count: 0 };

async function freshPage(browser: Browser, testInfo: TestInfo, into: string[]): Promise<Page> {
	const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
	const page = await context.newPage();
	await recordViolations(page, into);
	return page;
}

test('every page carries a strict policy that allows exactly its inline scripts', async ({
	request
}) => {
	for (const path of PAGES) {
		const html = await (await request.get(path)).text();
		const policy = policyOf(html);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts, path).toContain("'self'");
		expect(scripts, path).not.toContain("'unsafe-inline'");
		expect(scripts, path).not.toContain("'unsafe-eval'");
		expect(policy.get('default-src'), path).toEqual(["'self'"]);
		expect(policy.get('connect-src'), path).toEqual(["'self'"]);
		expect(policy.get('object-src'), path).toEqual(["'none'"]);
		expect(policy.get('base-uri'), path).toEqual(["'self'"]);
		expect(policy.get('worker-src'), path).toEqual(["'self'"]);
		expect(policy.get('style-src'), path).not.toContain("'unsafe-inline'");
		// Every inline script is allowed by its hash (so it runs), and nothing else inline is.
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
			(m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`
		);
		expect(inline.length, path).toBeGreaterThanOrEqual(2);
		expect(scripts.filter((s) => s.startsWith("'sha256-")).sort(), path).toEqual(inline.sort());
	}
});

test('the recorder notices a violation (so an empty record means something)', async ({ page }) => {
	const violations: string[] = [];
	await recordViolations(page, violations);
	await openCalculator(page);
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.injected_ = true';
		document.head.append(s);
	});
	await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
	expect(await page.evaluate(() => 'injected_' in window)).toBe(false);
});

test('a session using every feature causes no policy violation and no request to another origin', async ({
	page,
	context,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	const violations: string[] = [];
	await recordViolations(page, violations);

	// Edit, add a role, switch language and theme.
	await openCalculator(page);
	await field(page, 'Name').fill('Policy check');
	await enter(page, 'Time to fill', '70');
	await page.getByRole('button', { name: '+ Add role' }).click();
	await page.getByTestId('language-select').selectOption('de');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await page.getByTestId('language-select').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('theme-toggle').click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// Every export, with a logo (shown as a preview) on the PDF and slides.
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog');
	await dialog
		.getByLabel('Logo for PDF and slides (PNG or JPEG, optional)')
		.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
	await expect(dialog.getByText('Logo: logo.png')).toBeVisible();
	for (const [button, done] of [
		['PDF report', /^PDF downloaded\.$/],
		['Spreadsheet (XLSX)', /^XLSX downloaded\.$/],
		['Slides (PPTX)', /^PPTX downloaded\.$/],
		['Monthly data (CSV)', /^CSV downloaded\.$/],
		['Scenario file (JSON)', /^Scenario file downloaded\.$/]
	] as const) {
		const file = await downloadOf(page, () =>
			dialog.getByRole('button', { name: button, exact: true }).click()
		);
		expect(file.body.length, button).toBeGreaterThan(100);
		await expect(dialog.getByTestId('export-status')).toHaveText(done);
	}
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	const png = await downloadOf(page, () =>
		page.getByTestId('chart-cumulative').getByRole('button', { name: 'PNG', exact: true }).click()
	);
	expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');

	// Share links, plain and with a passphrase, opened in other browsers.
	const plain = await createLink(page);
	const secret = await createLink(page, 'correct horse battery');
	const other = await freshPage(browser, testInfo, violations);
	try {
		await other.goto(plain);
		await waitForApp(other);
		await expect(field(other, 'Name')).toHaveValue('Policy check');
		await other.goto('about:blank');
		await other.goto(secret);
		await waitForApp(other);
		const banner = other.getByTestId('share-banner');
		await banner
			.getByLabel('This shared scenario is protected. Passphrase:')
			.fill('correct horse battery');
		await banner.getByRole('button', { name: 'Open' }).click();
		await expect(banner).toHaveCount(0);
		await expect(field(other, 'Name')).toHaveValue('Policy check');
	} finally {
		await other.context().close();
	}

	// Scenarios: duplicate, export all, import it back; compare; present.
	await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
	await expect(field(page, 'Name')).toHaveValue('Policy check (copy)');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Scenarios' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: /Your scenarios/ })).toBeVisible();
	const all = await downloadOf(page, () =>
		page.getByRole('button', { name: 'Back up all' }).click()
	);
	await chooseFile(page, () => page.getByRole('button', { name: 'Import file…' }).click(), {
		name: all.name,
		mimeType: 'application/json',
		buffer: all.body
	});
	await expect(page.getByTestId('import-status')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Compare' })
		.click();
	await expect(page.getByTestId('compare-table')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Present' })
		.click();
	await expect(page.getByTestId('presentation')).toBeVisible();
	for (const view of ['Decision', 'Cost over time', 'Capacity', 'Cost by layer']) {
		await page.getByRole('button', { name: view, exact: true }).click();
	}
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('key-figures')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Methodology' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// Offline: the service worker answers, the calculator still computes.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('/');
	await waitForApp(page);
	await enter(page, 'Time to fill', '90');
	await expect(page.getByTestId('key-figures')).toBeVisible();
	await context.setOffline(false);

	expect(requestsSeen.count).toBeGreaterThan(10);
	expect(violations).toEqual([]);
});
