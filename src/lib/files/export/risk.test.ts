/**
 * Uncertainty in every export (issue 11.4): the same futures as the screen (the scenario's runs,
 * seed and capacity month), read back from each file.
 */
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { de, en } from '../../i18n/messages-all.ts';
import { formatMoney, formatPercent } from '../../i18n/format.ts';
import { riskSentence } from '../../i18n/risk-text.ts';
import { createScenario, evaluateScenario, PRESETS, type Scenario } from '../../model/index.ts';
import { simulateScenario } from '../../model/montecarlo.ts';
import { buildPdf } from './pdf.ts';
import { toWinAnsi } from './pdf-text.ts';
import { buildPptx } from './pptx.ts';
import { buildRiskCsv, RISK_CSV_COLUMNS, riskOf } from './risk.ts';
import { pdfStrings, unzipText } from './test-support.ts';
import { buildXlsx } from './xlsx.ts';

/** Two roles with ranges, 2,000 futures and seed 7 (not the defaults: the settings must travel). */
function rangedScenario(extra: Partial<Scenario> = {}): Scenario {
	const roles = [PRESETS[0].role(), PRESETS[1].role()].map((role) => ({
		...role,
		ranges: {
			'buy.timeToFillDays': {
				low: role.buy.timeToFillDays * 0.7,
				high: role.buy.timeToFillDays * 2
			},
			'build.successProbability': { low: 0.5, high: 0.9 }
		}
	}));
	return createScenario({
		name: 'Ranged',
		settings: { simulation: { runs: 2_000, seed: 7, capacityMonth: 9 } },
		roles,
		...extra
	});
}

function unwrap<T>(out: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
	if (!out.ok) throw new Error(out.error.message);
	return out.data;
}

describe('riskOf: the screen’s futures', () => {
	const scenario = rangedScenario();

	it('runs the scenario’s own simulation settings', () => {
		const u = riskOf(scenario);
		expect(u).toEqual(simulateScenario(scenario, { runs: 2_000, seed: 7, capacityMonth: 9 }));
		expect([u.runs, u.seed, u.capacityMonth]).toEqual([2_000, 7, 9]);
	});

	it('uses a finished result of the same settings, and re-runs a partial or different one', () => {
		const given = riskOf(scenario);
		expect(riskOf(scenario, given)).toBe(given);
		expect(riskOf(scenario, { ...given, runs: 500 })).not.toBe(given);
		expect(riskOf(scenario, { ...given, seed: 8 })).toEqual(given);
	});
});

describe('risk in each export', () => {
	const scenario = rangedScenario();
	const result = evaluateScenario(scenario);
	const u = riskOf(scenario);

	it('CSV: one row per option with the settings and the figures', () => {
		const lines = unwrap(buildRiskCsv(scenario, result, { risk: u }))
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(RISK_CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(1 + u.options.length);
		u.options.forEach((o, i) => {
			const cells = lines[i + 1].split(',');
			const x = u.perOption[o]!;
			expect(cells.slice(0, 4)).toEqual([o, u.measure, '2000', '7']);
			expect(Number(cells[4])).toBeCloseTo(x.mean, 2);
			expect(Number(cells[5])).toBeCloseTo(x.p10, 2);
			expect(Number(cells[7])).toBeCloseTo(x.p90, 2);
			expect(Number(cells[8])).toBeCloseTo(x.probabilityBest, 4);
			expect(cells[9]).toBe('9');
			expect(Number(cells[10])).toBeCloseTo(x.probabilityFullCapacity, 4);
		});
		// Without a result at hand, the export simulates the same futures.
		expect(unwrap(buildRiskCsv(scenario, result))).toBe(
			unwrap(buildRiskCsv(scenario, result, { risk: u }))
		);
	});

	it('XLSX: a Risk sheet with percentiles, probabilities, bins and ranges (German)', async () => {
		const bytes = Buffer.from(unwrap(buildXlsx(scenario, result, { messages: de, risk: u })));
		expect((await readXlsxFile(bytes)).map((s) => s.sheet).at(-1)).toBe('Risiko');
		const rows = await readSheet(bytes, 'Risiko');
		expect(rows[0][0]).toBe('Wie sicher ist das?');
		expect(rows[1][0]).toBe(riskSentence(u, scenario.currency, scenario.locale, de));
		const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
		expect(value('Simulierte Zukünfte')).toBe(2_000);
		expect(value('Startwert')).toBe(7);
		expect(value('Volle Kapazität gefragt bis Monat')).toBe(9);
		const header = rows.findIndex((r) => r[1] === 'Mittelwert');
		expect(rows[header].slice(0, 7)).toEqual([
			'Option',
			'Mittelwert',
			'P10',
			'P50 (Median)',
			'P90',
			'Am günstigsten in',
			'Volle Kapazität bis Monat 9'
		]);
		u.options.forEach((o, i) => {
			const x = u.perOption[o]!;
			expect(rows[header + 1 + i]).toEqual([
				de.options[o],
				x.mean,
				x.p10,
				x.p50,
				x.p90,
				x.probabilityBest,
				x.probabilityFullCapacity
			]);
		});
		// Bins: edges and the futures in each, every future counted once per option.
		const bins = rows.findIndex((r) => r[0] === 'Von' && r[1] === 'Bis');
		const body = rows.slice(bins + 1, bins + 1 + u.histogramEdges.length - 1);
		expect(body.map((r) => r[0])).toEqual(u.histogramEdges.slice(0, -1));
		u.options.forEach((o, i) => {
			expect(body.map((r) => r[2 + i])).toEqual(u.perOption[o]!.histogram);
			expect(body.reduce((a, r) => a + Number(r[2 + i]), 0)).toBe(2_000);
		});
		// Estimates with a range: low, likely, high as numbers.
		const ranged = rows.filter(
			(r) => typeof r[0] === 'string' && r[0].endsWith('Weiterbildungserfolg')
		);
		expect(ranged).toHaveLength(2);
		expect(ranged[0].slice(1, 4)).toEqual([0.5, scenario.roles[0].build.successProbability, 0.9]);
	});

	it('PDF: a risk page with the sentence, the table, the histogram and the ranges', () => {
		const text = pdfStrings(unwrap(buildPdf(scenario, result, { compress: false, risk: u })));
		const all = text.join(' ');
		expect(text).toContain('How sure is this?');
		for (const word of riskSentence(u, scenario.currency, scenario.locale, en).split(' ')) {
			expect(all).toContain(toWinAnsi(word));
		}
		const money = (v: number) => formatMoney(v, scenario.currency, scenario.locale);
		for (const o of u.options) {
			const x = u.perOption[o]!;
			for (const v of [x.mean, x.p10, x.p50, x.p90]) expect(text).toContain(money(v));
		}
		expect(text).toContain(formatPercent(u.perOption.buy!.probabilityBest, 'en-US', 0));
		expect(all).toContain('Full capacity by month 9');
		expect(text).toContain('Spread over the simulated futures');
		expect(text).toContain('Share of futures');
		expect(text).toContain('Estimates with a range');
		expect(all).not.toContain('only from whole-person events');
	});

	it('PPTX: a risk slide with the table and the histogram as a native chart', async () => {
		const files = unzipText(unwrap(await buildPptx(scenario, result, { risk: u })));
		const slide = Object.entries(files).find(
			([f, x]) => /^ppt\/slides\/slide\d+\.xml$/.test(f) && x.includes('How sure is this?')
		)![1];
		expect(slide).toContain('Full capacity by month 9');
		expect(slide).toContain(formatMoney(u.perOption.build!.p90, 'USD', 'en-US'));
		const histogram = Object.entries(files).find(
			([f, x]) =>
				/^ppt\/charts\/chart\d+\.xml$/.test(f) && x.includes('<c:grouping val="clustered"/>')
		)![1];
		const share = u.perOption.buy!.histogram.map((c) => Math.round((c / 2_000) * 10_000) / 10_000);
		const peak = Math.max(...share);
		expect(histogram).toContain(`<c:v>${peak}</c:v>`);
		expect(histogram).toContain('formatCode="0%"');
	});
});

describe('risk without ranges', () => {
	it('says the spread comes only from whole-person events, with no ranges table', async () => {
		const scenario = createScenario({
			// The preset's own ranges cleared: no estimate has a range.
			roles: [{ ...PRESETS[0].role(), ranges: {} }],
			settings: { simulation: { runs: 1_000 } }
		});
		const result = evaluateScenario(scenario);
		const u = riskOf(scenario);
		expect(u.eventsOnly).toBe(true);
		const text = pdfStrings(unwrap(buildPdf(scenario, result, { compress: false, risk: u }))).join(
			' '
		);
		expect(text).toContain('the spread comes only from whole-person events');
		expect(text).not.toContain('Estimates with a range');
		const rows = await readSheet(
			Buffer.from(unwrap(buildXlsx(scenario, result, { risk: u }))),
			'Risk'
		);
		expect(rows.flat()).toContain(en.exports.risk.eventsOnly);
		expect(rows.flat()).not.toContain('Estimates with a range');
	});

	it('with nothing uncertain says every future is the same and draws no histogram', async () => {
		const scenario = createScenario({
			roles: [{ name: 'Nobody', headcount: 0 }],
			settings: { simulation: { runs: 200 } }
		});
		const result = evaluateScenario(scenario);
		const u = riskOf(scenario);
		const text = pdfStrings(unwrap(buildPdf(scenario, result, { compress: false, risk: u }))).join(
			' '
		);
		expect(text).toContain('Every simulated future gives the same figures');
		expect(text).not.toContain('Spread over the simulated futures');
		const rows = await readSheet(
			Buffer.from(unwrap(buildXlsx(scenario, result, { risk: u }))),
			'Risk'
		);
		expect(rows.flat()).not.toContain(en.exports.risk.distribution);
	});
});
