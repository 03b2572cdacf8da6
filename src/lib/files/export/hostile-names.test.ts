/**
 * Every export with names full of XML's special characters, quotes, emoji and right-to-left text:
 * every XML part of the XLSX and PPTX must parse with a real XML parser, the workbook must read
 * back with an independent reader, and the names must come back unchanged.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readSheet } from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRole, createScenario, evaluateScenario } from '../../model/index.ts';
import { buildScenarioFile, parseScenarioFile, serializeScenarioFile } from '../scenario-file.ts';
import { buildCsv, chartDataCsv } from './csv.ts';
import { buildPdf } from './pdf.ts';
import { buildPptx } from './pptx.ts';
import { pdfStrings } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';

const COMPANY = `Smith & Sons <UK> "Ltd" 'plc' 🚀 שלום مرحبا`;
const NAME = `R&D <2027> "plan" 'B' 👩‍💻 צוות נתונים فريق`;
const ROLE = `Data & ML <lead> "x" 🤖 מהנדס`;
const SKILL = `C++ & <SQL> "y" 🧠 عربي`;

const scenario = createScenario({
	name: NAME,
	roles: [
		createRole({
			name: ROLE,
			build: {
				skills: [{ name: SKILL, currentLevel: 1, requiredLevel: 3, hoursPerLevel: 40 }]
			}
		})
	]
});
const result = evaluateScenario(scenario);

/** Every XML part of a zip, validated by a real XML parser; returns the parts as text. */
function xmlParts(bytes: Uint8Array): Record<string, string> {
	const files = unzipSync(bytes);
	const parts: Record<string, string> = {};
	for (const [path, data] of Object.entries(files)) {
		if (!/\.(xml|rels)$/.test(path)) continue;
		const text = strFromU8(data);
		const valid = XMLValidator.validate(text);
		expect(valid, `${path}: ${valid === true ? '' : JSON.stringify(valid.err)}`).toBe(true);
		parts[path] = text;
	}
	return parts;
}

describe('exports with hostile names', () => {
	it('PPTX: every XML part parses, and the company name comes back unchanged', async () => {
		const out = await buildPptx(scenario, result, { companyName: COMPANY });
		if (!out.ok) throw new Error(out.error.message);
		const parts = xmlParts(out.data);
		expect(Object.keys(parts).length).toBeGreaterThan(20);
		const parser = new XMLParser({ processEntities: true, htmlEntities: false });
		const app = parser.parse(parts['docProps/app.xml']) as { Properties: { Company: string } };
		expect(app.Properties.Company).toBe(COMPANY);
		const core = parser.parse(parts['docProps/core.xml']) as {
			'cp:coreProperties': { 'dc:title': string };
		};
		expect(core['cp:coreProperties']['dc:title']).toBe(NAME);
	});

	it('XLSX: every XML part parses, and an independent reader finds the names', async () => {
		const out = buildXlsx(scenario, result, { companyName: COMPANY });
		if (!out.ok) throw new Error(out.error.message);
		xmlParts(out.data);
		const summary = await readSheet(Buffer.from(out.data), 'Summary');
		const text = summary.flat().filter((v): v is string => typeof v === 'string');
		expect(text).toContain(NAME);
		expect(text.some((v) => v.includes(COMPANY))).toBe(true);
		// Numbers are numbers: the economic NPV of each option, to the cent.
		const row = summary.find((r) => r[0] === 'Economic cost (NPV)')!;
		expect(row.slice(1, 4)).toEqual(result.options.map((o) => result.totals[o]!.npv.economic));
		const inputs = await readSheet(Buffer.from(out.data), 'Inputs');
		expect(inputs.flat()).toContain(ROLE);
		const roles = await readSheet(Buffer.from(out.data), 'Roles');
		expect(roles.map((r) => r[0])).toContain(ROLE);
	});

	it('PDF: builds, shows what its fonts can and warns about the rest', () => {
		const out = buildPdf(scenario, result, { companyName: COMPANY, compress: false });
		if (!out.ok) throw new Error(out.error.message);
		const text = pdfStrings(out.data).join('\n');
		expect(text).toContain('Smith & Sons <UK> "Ltd"');
		expect(text).toContain('R&D <2027> "plan"');
		expect(out.warnings.join(' ')).toMatch(/cannot be shown/);
	});

	it('CSV: builds; the chart CSV quotes nothing it need not', () => {
		const csv = buildCsv(scenario, result);
		if (!csv.ok) throw new Error(csv.error.message);
		expect(csv.data.split('\r\n')[0]).toMatch(/^month,option,/);
		const chart = chartDataCsv(scenario, result, 'capacity');
		expect(chart.ok).toBe(true);
	});

	it('JSON: the scenario file gives back every name unchanged', () => {
		const file = buildScenarioFile(
			[
				{
					id: 'x',
					name: NAME,
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					scenario
				}
			],
			'0.1.0',
			new Date('2026-01-01T00:00:00Z')
		);
		const back = parseScenarioFile(serializeScenarioFile(file));
		if (!back.ok) throw new Error(back.error.code);
		expect(back.scenarios[0].name).toBe(NAME);
		expect(back.scenarios[0].scenario.roles[0].name).toBe(ROLE);
		expect(back.scenarios[0].scenario.roles[0].build.skills[0].name).toBe(SKILL);
	});
});
