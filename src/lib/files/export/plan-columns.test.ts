/**
 * "Your plan" (issue 12) is a fourth column wherever an export shows the options, and absent when
 * no role has a mix. Files are read back: the XLSX with a spreadsheet reader, the PPTX parts and
 * the PDF text.
 */
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/messages-all.ts';
import { formatMoney } from '../../i18n/format.ts';
import {
	createScenario,
	evaluateScenario,
	hexOf,
	LIGHT,
	roleColumnMetrics,
	type Scenario
} from '../../model/index.ts';
import { buildCsv, chartDataCsv } from './csv.ts';
import { buildPdf } from './pdf.ts';
import { toWinAnsi } from './pdf-text.ts';
import { buildPptx } from './pptx.ts';
import { pdfStrings, unzipText } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';

const withPlan = createScenario({
	name: 'Plan columns',
	roles: [
		{ name: 'Analyst', headcount: 3, plan: { buy: 1, build: 1, borrow: 1 } },
		{ name: 'Engineer', headcount: 2 }
	]
});
const withoutPlan = createScenario({
	name: 'No plan',
	roles: [
		{ name: 'Analyst', headcount: 3 },
		{ name: 'Engineer', headcount: 2 }
	]
});

function unwrap<T>(out: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
	if (!out.ok) throw new Error(out.error.message);
	return out.data;
}

describe('"Your plan" in every export', () => {
	const result = evaluateScenario(withPlan);
	const plan = result.plan!;

	it('has a plan to show', () => {
		expect(plan).not.toBeNull();
		expect(result.options).toEqual(['buy', 'build', 'borrow']);
	});

	it('CSV: a plan row for every month, with the plan series', () => {
		const lines = unwrap(buildCsv(withPlan, result)).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 4 * result.horizonMonths);
		const month1 = lines.slice(1, 5).map((l) => l.split(',')[1]);
		expect(month1).toEqual(['buy', 'build', 'borrow', 'plan']);
		const last = lines[4 * result.horizonMonths].split(',');
		expect(last[1]).toBe('plan');
		const H = result.horizonMonths - 1;
		expect(Number(last[6])).toBeCloseTo(plan.totals.cumulative.economic[H], 2);
		expect(Number(last[7])).toBeCloseTo(plan.totals.series.productiveFte[H], 4);
	});

	it('chart CSVs: a plan column (capacity) and a plan row (cost by layer)', () => {
		const capacity = unwrap(chartDataCsv(withPlan, result, 'capacity')).split('\r\n');
		expect(capacity[0]).toBe('Month,Recruit,Upskill,Contract,Your plan,Needed FTE');
		expect(Number(capacity[1].split(',')[4])).toBeCloseTo(plan.totals.series.productiveFte[0], 4);
		const layers = unwrap(chartDataCsv(withPlan, result, 'cost-by-layer')).trimEnd();
		const planRow = layers.split('\r\n').find((l) => l.startsWith('Your plan,'))!;
		expect(Number(planRow.split(',')[1])).toBeCloseTo(plan.totals.npv.cash, 2);
		const cumulative = unwrap(chartDataCsv(withPlan, result, 'cumulative-cost')).split('\r\n');
		expect(cumulative[0]).toContain('Your plan');
	});

	it('XLSX: plan rows in Monthly and, per role, in Roles (German labels)', async () => {
		const bytes = Buffer.from(unwrap(buildXlsx(withPlan, result, { messages: de })));
		const monthly = await readSheet(bytes, 'Monatlich');
		const planRows = monthly.filter((r) => r[1] === 'Ihr Plan');
		expect(planRows).toHaveLength(result.horizonMonths);
		expect(planRows[0][5]).toBe(plan.totals.monthly.economic[0]);
		const roles = await readSheet(bytes, 'Rollen');
		withPlan.roles.forEach((role, i) => {
			const rows = roles.filter((r) => r[0] === role.name);
			expect(rows.map((r) => r[2])).toEqual(['Einstellen', 'Weiterbilden', 'Externe', 'Ihr Plan']);
			expect(rows[3][3]).toBe(roleColumnMetrics(result, i).plan!.npv.economic);
		});
	});

	it('PDF: plan column in the layer and component tables and per role', () => {
		const text = pdfStrings(unwrap(buildPdf(withPlan, result, { compress: false })));
		const money = (v: number) => toWinAnsi(formatMoney(v, withPlan.currency, withPlan.locale));
		for (const v of [plan.totals.npv.cash, plan.totals.npv.internal, plan.totals.npv.shortfall]) {
			expect(text).toContain(money(v));
		}
		// Per role: each role's block lists the plan too (plus the key figures' header on page 1).
		expect(text.filter((s) => s === 'Your plan (mix)').length).toBeGreaterThanOrEqual(
			1 + 2 + withPlan.roles.length
		);
		expect(text).toContain(money(plan.roles[1].metrics.npv.economic));
	});

	it('PPTX: plan in the capacity and layer charts (its colour) and the per-role table', async () => {
		const files = unzipText(await unwrap(await buildPptx(withPlan, result)));
		const charts = Object.keys(files)
			.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
			.map((f) => files[f]);
		const planColour = hexOf(LIGHT.options.plan);
		const capacity = charts.find((x) => x.includes('<c:lineChart>') && x.includes('Needed'))!;
		expect(capacity).toContain('Your plan');
		expect(capacity).toContain(planColour);
		const bar = charts.find((x) => x.includes('<c:barChart>'))!;
		expect(bar).toContain('Your plan (mix)');
		expect(bar).toContain(`<c:v>${Math.round(plan.totals.npv.cash)}</c:v>`);
		const slides = Object.keys(files)
			.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
			.map((f) => files[f]);
		const perRole = slides.find((x) => x.includes('Engineer') && x.includes('Your plan (mix)'));
		expect(perRole).toBeDefined();
	});
});

describe('no plan, no plan column', () => {
	const result = evaluateScenario(withoutPlan);
	const absent = async (scenario: Scenario) => {
		expect(result.plan).toBeNull();
		const csv = unwrap(buildCsv(scenario, result));
		expect(csv).not.toContain(',plan,');
		expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 3 * result.horizonMonths);
		const bytes = Buffer.from(unwrap(buildXlsx(scenario, result)));
		for (const sheet of ['Summary', 'Monthly', 'Roles']) {
			const rows = await readSheet(bytes, sheet);
			expect(rows.flat().some((v) => typeof v === 'string' && v.startsWith('Your plan'))).toBe(
				false
			);
		}
		const pdf = pdfStrings(unwrap(buildPdf(scenario, result, { compress: false })));
		expect(pdf.some((s) => s.startsWith('Your plan'))).toBe(false);
		const pptx = unzipText(await unwrap(await buildPptx(scenario, result)));
		expect(Object.values(pptx).some((x) => x.includes('Your plan'))).toBe(false);
	};
	it('shows the three options only', () => absent(withoutPlan));
});
