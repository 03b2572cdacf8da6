import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario } from '../src/lib/model/index.ts';
import {
	amountAfter,
	browserToday,
	chartCaptions,
	downloadOf,
	enter,
	field,
	figureCell,
	openCalculator,
	readMoney,
	type Downloaded
} from './helpers.ts';

const ECONOMIC = 'Economic cost (NPV)';
const CSV_HEADER =
	'month,option,cash,internal_time,shortfall,economic,cumulative_economic,productive_fte,people_in_role,needed_fte';

/** Open the export dialog of the open scenario. */
async function openExport(page: Page) {
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^Export “.+”$/);
	return dialog;
}

/** Click an export button and return the downloaded file once the dialog reports it. */
async function exportAs(page: Page, button: string, done: RegExp): Promise<Downloaded> {
	const dialog = page.getByRole('dialog');
	const file = await downloadOf(page, () =>
		dialog.getByRole('button', { name: button, exact: true }).click()
	);
	await expect(dialog.getByTestId('export-status')).toHaveText(done);
	return file;
}

/** The text inside every (Flate-compressed or plain) content stream of a PDF. */
function pdfStreamsText(pdf: Buffer): string {
	const out: string[] = [];
	const latin = pdf.toString('latin1');
	const re = /stream\r?\n/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(latin))) {
		const start = m.index + m[0].length;
		const end = latin.indexOf('endstream', start);
		if (end < 0) break;
		const raw = pdf.subarray(start, end);
		try {
			out.push(inflateSync(raw).toString('latin1'));
		} catch {
			out.push(raw.toString('latin1'));
		}
		// Past 'endstream', whose own 'stream' would otherwise start a false match.
		re.lastIndex = end + 'endstream'.length;
	}
	return out.join('\n');
}

/** Entries of a zip file (XLSX, PPTX) by path, as text. */
function unzipText(file: Buffer): Map<string, string> {
	const entries = unzipSync(new Uint8Array(file));
	return new Map(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** A file name safe on every system: no path separators, drive colons or control characters. */
function expectSafeName(name: string): void {
	expect(name).not.toMatch(/[/\\:*?"<>|]/);
	expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
	expect(name).not.toMatch(/^\.|\.\./);
}

test.describe('exports', () => {
	const NAME = 'Team: Q3/Q4 plan';
	const PART = 'Team-Q3-Q4-plan';

	test.beforeEach(async ({ page }) => {
		await openCalculator(page);
		await field(page, 'Name').fill(NAME);
		await enter(page, 'Time to fill', '70');
		await expect(page.getByLabel('Scenario', { exact: true })).toContainText(NAME);
	});

	test('PDF, spreadsheet, slides, CSV and JSON carry the scenario and its figures', async ({
		page
	}) => {
		const today = await browserToday(page);
		const recruit = await readMoney(figureCell(page, ECONOMIC, 'buy'));
		const caption = (await chartCaptions(page))[0];
		const cumulativeRecruit = amountAfter(caption, 'Recruit');
		const horizon = Number(await field(page, 'Horizon').inputValue());
		expect(horizon).toBeGreaterThan(0);

		const dialog = await openExport(page);
		await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Export “${NAME}”`);
		await dialog.getByLabel('Company name on the cover (optional)').fill('Acme Widgets');

		await test.step('PDF', async () => {
			const pdf = await exportAs(page, 'PDF report', /^PDF downloaded\.$/);
			expect(pdf.name).toBe(`build-or-buy_${PART}_${today}.pdf`);
			expectSafeName(pdf.name);
			expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(pdf.body.length).toBeGreaterThan(10_000);
			expect(pdf.body.subarray(-8).toString('latin1')).toContain('%%EOF');
			const text = pdfStreamsText(pdf.body);
			expect(text).toContain(`(${NAME})`);
			expect(text).toContain('Acme Widgets');
		});

		await test.step('XLSX', async () => {
			const xlsx = await exportAs(page, 'Spreadsheet (XLSX)', /^XLSX downloaded\.$/);
			expect(xlsx.name).toBe(`build-or-buy_${PART}_${today}.xlsx`);
			expectSafeName(xlsx.name);
			expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
			const parts = unzipText(xlsx.body);
			const workbook = parts.get('xl/workbook.xml') ?? '';
			for (const sheet of ['Summary', 'Inputs', 'Monthly', 'Roles']) {
				expect(workbook).toContain(`name="${sheet}"`);
			}
			const all = [...parts.values()].join('\n');
			expect(all).toContain(NAME);
			// The economic cost of recruiting, as a number (unrounded) somewhere in the sheets.
			const numbers = [...all.matchAll(/<v>(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)<\/v>/gi)].map((m) =>
				Number(m[1])
			);
			expect(numbers.some((n) => Math.round(n) === recruit)).toBe(true);
		});

		await test.step('PPTX', async () => {
			const pptx = await exportAs(page, 'Slides (PPTX)', /^PPTX downloaded\.$/);
			expect(pptx.name).toBe(`build-or-buy_${PART}_${today}.pptx`);
			expectSafeName(pptx.name);
			const parts = unzipText(pptx.body);
			const slides = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
			expect(slides.length).toBeGreaterThanOrEqual(3);
			expect(parts.get('ppt/slides/slide1.xml')).toContain(NAME);
		});

		await test.step('CSV', async () => {
			const csv = await exportAs(page, 'Monthly data (CSV)', /^CSV downloaded\.$/);
			expect(csv.name).toBe(`build-or-buy_${PART}_${today}.csv`);
			expectSafeName(csv.name);
			const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
			expect(lines[0]).toBe(CSV_HEADER);
			const rows = lines.slice(1).map((l) => l.split(','));
			expect(rows).toHaveLength(horizon * 3);
			expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['buy', 'build', 'borrow']));
			expect(rows.at(-1)![0]).toBe(String(horizon));
			// The last month's cumulative cost of recruiting is what the chart's text says.
			const lastBuy = rows.filter((r) => r[1] === 'buy').at(-1)!;
			expect(lastBuy[0]).toBe(String(horizon));
			expect(Math.round(Number(lastBuy[6]))).toBe(cumulativeRecruit);
			for (const r of rows)
				expect(r.slice(2).every((v) => v === '' || Number.isFinite(+v))).toBe(true);
		});

		await test.step('JSON', async () => {
			const json = await exportAs(page, 'Scenario file (JSON)', /^Scenario file downloaded\.$/);
			expect(json.name).toBe(`build-or-buy_${PART}_${today}.json`);
			const file = JSON.parse(json.body.toString('utf8'));
			expect(file.format).toBe('build-or-buy/scenarios');
			expect(file.version).toBe(2);
			expect(file.scenarios).toHaveLength(1);
			expect(file.scenarios[0].name).toBe(NAME);
			expect(file.scenarios[0].scenario.roles[0].buy.timeToFillDays).toBe(70);
		});
	});

	test('the risk of a ranged scenario is in every file, with the panel’s figures', async ({
		page
	}) => {
		test.slow();
		// A range on Time to fill (the preset may bring one already: then it is set anew).
		const add = page.getByRole('button', { name: 'Add a range to Time to fill' });
		if (await add.isVisible()) await add.click();
		const group = page.getByRole('group', { name: 'Range of Time to fill' });
		await group.getByLabel('Low', { exact: true }).fill('40');
		await group.getByLabel('Low', { exact: true }).press('Tab');
		await group.getByLabel('High', { exact: true }).fill('150');
		await group.getByLabel('High', { exact: true }).press('Tab');
		// The panel's simulation has finished: the export takes its very figures.
		const panel = page.getByTestId('risk-panel');
		await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
		const sentence = (await panel.getByTestId('risk-sentence').textContent())!.trim();
		const cheapestBuy = (await panel.getByTestId('risk-best-buy').textContent())!.trim();
		expect(sentence).toMatch(/cheapest in \d+\s?% of 10,000 simulated futures/);

		await openExport(page);
		const pdf = await exportAs(page, 'PDF report', /^PDF downloaded\.$/);
		const pdfText = pdfStreamsText(pdf.body);
		expect(pdfText).toContain('(How sure is this?)');
		expect(pdfText).toContain('Spread over the simulated futures');
		expect(pdfText).toContain('Estimates with a range');

		const xlsx = await exportAs(page, 'Spreadsheet (XLSX)', /^XLSX downloaded\.$/);
		const risk = await readSheet(xlsx.body, 'Risk');
		expect(risk[1][0]).toBe(sentence);
		expect(risk.find((r) => r[0] === 'Simulated futures')?.[1]).toBe(10_000);
		const recruit = risk.find((r) => r[0] === 'Recruit')!;
		expect(Math.round(Number(recruit[5]) * 100)).toBe(parseInt(cheapestBuy, 10));

		const pptx = await exportAs(page, 'Slides (PPTX)', /^PPTX downloaded\.$/);
		const slides = [...unzipText(pptx.body).values()];
		expect(slides.some((x) => x.includes('How sure is this?') && x.includes(cheapestBuy))).toBe(
			true
		);

		const csv = await exportAs(page, 'Risk figures (CSV)', /^CSV downloaded\.$/);
		expect(csv.name).toBe(`build-or-buy_${PART}-risk_${await browserToday(page)}.csv`);
		const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'option,measure,runs,seed,mean,p10,p50,p90,probability_cheapest,capacity_month,probability_full_capacity'
		);
		expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['buy', 'build', 'borrow']);
		expect(Number(lines[1].split(',')[8])).toBeCloseTo(Number(recruit[5]), 4);
	});

	test('a chart downloads as a PNG image', async ({ page }) => {
		const today = await browserToday(page);
		const chart = page.getByTestId('chart-cumulative');
		const png = await downloadOf(page, () =>
			chart.getByRole('button', { name: 'PNG', exact: true }).click()
		);
		expect(png.name).toBe(`build-or-buy_${PART}-cumulative-cost_${today}.png`);
		expectSafeName(png.name);
		expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.body.subarray(12, 16).toString('latin1')).toBe('IHDR');
		const width = png.body.readUInt32BE(16);
		const height = png.body.readUInt32BE(20);
		expect(width).toBeGreaterThanOrEqual(400);
		expect(height).toBeGreaterThanOrEqual(200);
		expect(png.body.length).toBeGreaterThan(5_000);
		expect(png.body.length).toBeLessThan(5_000_000);
	});

	test('a logo that is not an image is refused with a clear message', async ({ page }) => {
		const dialog = await openExport(page);
		const logo = dialog.getByLabel('Logo for PDF and slides (PNG or JPEG, optional)');

		await logo.setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Not a picture.')
		});
		await expect(dialog.getByRole('alert')).toHaveText('“notes.txt” is not a PNG or JPEG image.');

		// A text file renamed to .png: the browser calls it a PNG; its bytes are not. It is refused
		// at once, and exports made afterwards carry no logo rather than failing.
		await logo.setInputFiles({
			name: 'logo.png',
			mimeType: 'image/png',
			buffer: Buffer.from('Not a picture either, only named like one.')
		});
		await expect(dialog.getByRole('alert')).toHaveText('“logo.png” is not a PNG or JPEG image.');
		await expect(dialog.getByText('Logo: logo.png')).toHaveCount(0);

		// A real PNG is taken and the report is made.
		await logo.setInputFiles({ name: 'real.png', mimeType: 'image/png', buffer: TINY_PNG });
		await expect(dialog.getByText('Logo: real.png')).toBeVisible();
		const pdf = await exportAs(page, 'PDF report', /^PDF downloaded\.$/);
		expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.body.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
	});
});

test('a German scenario in euros exports too', async ({ page }) => {
	await openCalculator(page);
	const name = 'Übernahme Größe';
	await field(page, 'Name').fill(name);
	await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
	await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
	const recruitCell = figureCell(page, ECONOMIC, 'buy');
	await expect(recruitCell).toHaveText(/^\d{1,3}(\.\d{3})*\s€/);
	const recruit = await readMoney(recruitCell);
	const today = await browserToday(page);

	const dialog = await openExport(page);
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Export “${name}”`);
	const pdf = await exportAs(page, 'PDF report', /^PDF downloaded\.$/);
	expect(pdf.name).toBe(`build-or-buy_Uebernahme-Groesse_${today}.pdf`);
	expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(pdf.body.length).toBeGreaterThan(10_000);
	// WinAnsi: Ü is 0xDC, ö 0xF6, ß 0xDF; the euro sign is 0x80.
	const text = pdfStreamsText(pdf.body);
	expect(text).toContain('(\u00dcbernahme Gr\u00f6\u00dfe)');
	expect(text).toContain('\u0080');

	const xlsx = await exportAs(page, 'Spreadsheet (XLSX)', /^XLSX downloaded\.$/);
	expect(xlsx.name).toBe(`build-or-buy_Uebernahme-Groesse_${today}.xlsx`);
	const sheets = [...unzipText(xlsx.body).values()].join('\n');
	expect(sheets).toContain(name);
	expect(sheets).toContain('€');
	const numbers = [...sheets.matchAll(/<v>(-?\d+(?:\.\d+)?)<\/v>/g)].map((m) => Number(m[1]));
	expect(numbers.some((n) => Math.round(n) === recruit)).toBe(true);

	const pptx = await exportAs(page, 'Slides (PPTX)', /^PPTX downloaded\.$/);
	expect(pptx.name).toBe(`build-or-buy_Uebernahme-Groesse_${today}.pptx`);
	expect(unzipText(pptx.body).get('ppt/slides/slide1.xml')).toContain(name);

	const csv = await exportAs(page, 'Monthly data (CSV)', /^CSV downloaded\.$/);
	const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
	expect(lines[0]).toBe(CSV_HEADER);
	// Machine-readable whatever the display format: '.' decimals, no thousands separators.
	expect(lines[1]).toMatch(/^1,buy,-?\d+(\.\d+)?,/);
});

/** A 4×4 red PNG. */
const TINY_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4IScHRwzEcQCxYxBBO0tjggAAAABJRU5ErkJggg==',
	'base64'
);

// Risk (issue 11.4): an export made before the risk panel has simulated anything runs the risk
// page's futures in a worker, with progress and cancel in the dialog (never on the main thread).
test.describe('the risk page when the risk panel has not run', () => {
	/** One role without ranges (the panel starts only when scrolled near), `runs` futures. */
	async function unrunLink(runs: number): Promise<string> {
		const scenario = createScenario({
			name: 'Unrun',
			currency: 'GBP',
			locale: 'en-GB',
			settings: { simulation: { runs, seed: 5, capacityMonth: 12 } }
		});
		scenario.roles.forEach((r) => (r.ranges = {}));
		return `/#${await encodeShareFragment(scenario)}`;
	}

	test('the PDF and XLSX simulate in a worker with progress; the panel later shows the same futures', async ({
		page
	}) => {
		test.slow();
		await page.goto(await unrunLink(30_000));
		await expect(page.getByTestId('recommendation')).toBeVisible();
		const panel = page.getByTestId('risk-panel');
		await expect(panel.getByTestId('risk-sentence')).toHaveCount(0);

		const dialog = await openExport(page);
		const status = dialog.getByTestId('export-status');
		const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
		const pdf = await downloadOf(page, async () => {
			await dialog.getByRole('button', { name: 'PDF report', exact: true }).click();
			// The progress and its Cancel button in one look at the page: on a busy machine the
			// simulation can end between two separate checks.
			const progress = page.getByTestId('export-status').filter({
				hasText: /^Preparing PDF: simulating futures for the risk page, [\d,]+ of 30,000…$/
			});
			await expect(dialog.filter({ has: progress }).filter({ has: cancel })).toBeVisible();
		});
		await expect(status).toHaveText(/^PDF downloaded\.$/);
		await expect(dialog.locator(cancel)).toHaveCount(0);
		const pdfText = pdfStreamsText(pdf.body);
		expect(pdfText).toContain('(How sure is this?)');
		expect(pdfText).toContain('Spread over the simulated futures');

		const xlsx = await exportAs(page, 'Spreadsheet (XLSX)', /^XLSX downloaded\.$/);
		const risk = await readSheet(xlsx.body, 'Risk');
		expect(risk.find((r) => r[0] === 'Simulated futures')?.[1]).toBe(30_000);
		await dialog.getByRole('button', { name: 'Close', exact: true }).click();

		// The panel (its code loads when it comes near), once it has run, shows the very futures the
		// export simulated (same seed).
		await page.getByRole('heading', { name: 'How sure is this?' }).scrollIntoViewIfNeeded();
		await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
		await expect(panel.getByTestId('risk-sentence')).toHaveText(String(risk[1][0]), {
			timeout: 30_000
		});
	});

	test('cancel stops the simulation, says so and downloads nothing', async ({ page }) => {
		await page.goto(await unrunLink(100_000));
		await expect(page.getByTestId('recommendation')).toBeVisible();
		let downloads = 0;
		page.on('download', () => downloads++);
		const dialog = await openExport(page);
		const status = dialog.getByTestId('export-status');
		await dialog.getByRole('button', { name: 'Slides (PPTX)', exact: true }).click();
		await expect(status).toContainText('simulating futures for the risk page');
		await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
		await expect(status).toHaveText('Export cancelled.');
		// The buttons work again: the monthly CSV needs no simulation and downloads at once.
		const csv = await exportAs(page, 'Monthly data (CSV)', /^CSV downloaded\.$/);
		expect(csv.body.toString('utf8')).toContain(CSV_HEADER);
		expect(downloads).toBe(1);
	});
});
