/**
 * Visual check of the exports: writes every export for two scenarios into bench/out/ and, where the
 * tools exist, converts them to PNG pages (pdftoppm; LibreOffice for XLSX and PPTX).
 * Run: npx tsx scripts/render-exports.ts   (Debian: apt-get install poppler-utils libreoffice-calc
 * libreoffice-impress)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	createScenario,
	evaluateScenario,
	PRESETS,
	type Scenario
} from '../src/lib/model/index.ts';
import { buildCsv } from '../src/lib/files/export/csv.ts';
import { buildXlsx } from '../src/lib/files/export/xlsx.ts';
import { buildPdf } from '../src/lib/files/export/pdf.ts';
import { buildPptx } from '../src/lib/files/export/pptx.ts';
import type { ExportResult } from '../src/lib/files/export/shared.ts';
import { pngDataUrl } from '../src/lib/files/export/test-support.ts';

const OUT = join(import.meta.dirname, '..', 'bench', 'out');

/** A stand-in logo: a 240 x 80 PNG with a green square and a blue bar. */
const LOGO = await pngDataUrl(240, 80, (x, y) =>
	x < 80 ? [0, 158, 115] : y > 30 && y < 50 ? [0, 114, 178] : [255, 255, 255]
);

const scenarios: { id: string; scenario: Scenario }[] = [
	{
		id: 'us',
		scenario: createScenario({
			name: 'Data team for the analytics programme',
			roles: [PRESETS[0].role(), PRESETS[1].role()]
		})
	},
	{
		id: 'de',
		scenario: createScenario({
			name: 'Cloud-Team Düsseldorf (Größe 5 Rollen) 数据团队',
			currency: 'EUR',
			locale: 'de-DE',
			settings: { horizonMonths: 48, discountRatePerYear: 0.05 },
			roles: PRESETS.map((p) => p.role())
		})
	}
];

function has(tool: string): boolean {
	try {
		execFileSync('which', [tool], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function save<T extends string | Uint8Array>(name: string, r: ExportResult<T>): string | null {
	if (!r.ok) {
		console.error(`${name}: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
		return null;
	}
	for (const w of r.warnings) console.warn(`${name}: warning: ${w}`);
	const path = join(OUT, name);
	writeFileSync(path, r.data);
	return path;
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) rmSync(join(OUT, f), { recursive: true });
const date = new Date(2026, 10, 25);
const pdfs: string[] = [];
const office: string[] = [];
for (const { id, scenario } of scenarios) {
	const result = evaluateScenario(scenario);
	save(`${id}.csv`, buildCsv(scenario, result, { date }));
	const xlsx = save(`${id}.xlsx`, buildXlsx(scenario, result, { date, companyName: 'Acme GmbH' }));
	const pdf = save(
		`${id}.pdf`,
		buildPdf(scenario, result, {
			date,
			companyName: 'Acme GmbH',
			logo: { dataUrl: LOGO, format: 'PNG' },
			pageSize: id === 'us' ? 'letter' : 'a4'
		})
	);
	const pptx = save(
		`${id}.pptx`,
		await buildPptx(scenario, result, {
			date,
			companyName: 'Acme GmbH',
			logo: { dataUrl: LOGO, format: 'PNG' }
		})
	);
	if (pdf) pdfs.push(pdf);
	if (xlsx) office.push(xlsx);
	if (pptx) office.push(pptx);
}

if (has('libreoffice')) {
	for (const file of office) {
		const dir = join(OUT, 'lo');
		mkdirSync(dir, { recursive: true });
		execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
			stdio: 'ignore',
			timeout: 180_000
		});
		const base = file.split('/').pop()!.replace(/\./, '-');
		const converted = join(
			dir,
			file
				.split('/')
				.pop()!
				.replace(/\.[a-z]+$/, '.pdf')
		);
		const renamed = join(OUT, `${base}.pdf`);
		execFileSync('mv', [converted, renamed]);
		pdfs.push(renamed);
	}
	rmSync(join(OUT, 'lo'), { recursive: true, force: true });
} else {
	console.warn('libreoffice not found: XLSX and PPTX are not rendered to PNG.');
}
if (has('pdftoppm')) {
	for (const pdf of pdfs) {
		execFileSync('pdftoppm', ['-r', '70', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
	}
} else {
	console.warn('pdftoppm not found: no PNG pages.');
}
console.log(`Wrote ${readdirSync(OUT).length} files to ${OUT}`);
