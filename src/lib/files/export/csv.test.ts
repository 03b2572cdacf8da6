import { describe, expect, it } from 'vitest';
import { buildCsv, chartDataCsv, csvNumber, csvText, CSV_COLUMNS } from './csv.ts';
import { evaluated, sampleScenarios } from './test-support.ts';

/** Minimal RFC 4180 parser for the tests. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('buildCsv', () => {
	for (const { id, scenario } of sampleScenarios()) {
		it(`matches the engine month by month (${id})`, () => {
			const { result } = evaluated(scenario);
			const out = buildCsv(scenario, result);
			if (!out.ok) throw new Error(out.error.message);
			expect(out.data.charCodeAt(0)).not.toBe(0xfeff);
			const rows = parseCsv(out.data);
			expect(rows[0]).toEqual([...CSV_COLUMNS]);
			expect(rows.length).toBe(1 + result.horizonMonths * result.options.length);
			for (const row of rows.slice(1)) {
				const month = Number(row[0]);
				const t = result.totals[row[1] as 'buy']!;
				const i = month - 1;
				expect(Number(row[2])).toBeCloseTo(t.monthly.cash[i], 2);
				expect(Number(row[3])).toBeCloseTo(t.monthly.internal[i], 2);
				expect(Number(row[4])).toBeCloseTo(t.monthly.shortfall[i], 2);
				expect(Number(row[5])).toBeCloseTo(t.monthly.economic[i], 2);
				expect(Number(row[6])).toBeCloseTo(t.cumulative.economic[i], 2);
				expect(Number(row[7])).toBeCloseTo(t.series.productiveFte[i], 4);
				expect(Number(row[8])).toBeCloseTo(t.series.peopleInRole[i], 4);
				expect(Number(row[9])).toBeCloseTo(t.series.neededFte[i], 4);
				for (const cell of row.slice(2)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
			}
		});
	}

	it('gives the data of each chart', () => {
		const { scenario, result } = evaluated(sampleScenarios()[1].scenario);
		const cum = chartDataCsv(scenario, result, 'cumulative-cost');
		const cap = chartDataCsv(scenario, result, 'capacity');
		const layers = chartDataCsv(scenario, result, 'cost-by-layer');
		if (!cum.ok || !cap.ok || !layers.ok) throw new Error('chart data failed');
		const c = parseCsv(cum.data);
		expect(c[0]).toEqual([
			'Month',
			'Recruit (not discounted)',
			'Upskill (not discounted)',
			'Contract (not discounted)'
		]);
		// The de-DE sample decides on cash: the chart shows cumulative cash.
		expect(Number(c[48][2])).toBeCloseTo(result.totals.build!.cumulative.cash[47], 2);
		expect(parseCsv(cap.data)[0]).toContain('Needed FTE');
		expect(Number(parseCsv(layers.data)[1][1])).toBeCloseTo(result.totals.buy!.npv.cash, 2);
	});

	it('follows the chart’s basis: discounted (NPV) data when the chart shows NPV (issue 8.6)', () => {
		const { scenario, result } = evaluated(sampleScenarios()[0].scenario);
		const H = result.horizonMonths;
		const npv = chartDataCsv(scenario, result, 'cumulative-cost', { basis: 'npv' });
		const nominal = chartDataCsv(scenario, result, 'cumulative-cost', { basis: 'nominal' });
		if (!npv.ok || !nominal.ok) throw new Error('chart data failed');
		const n = parseCsv(npv.data);
		const p = parseCsv(nominal.data);
		expect(n[0]).toEqual(['Month', 'Recruit (NPV)', 'Upskill (NPV)', 'Contract (NPV)']);
		expect(n).toHaveLength(H + 1);
		// The discounted line ends at the NPV key figure; the nominal one at the total paid.
		result.options.forEach((o, i) => {
			expect(Number(n[H][i + 1])).toBeCloseTo(result.totals[o]!.npv.economic, 1);
			expect(Number(p[H][i + 1])).toBeCloseTo(result.totals[o]!.nominal.economic, 1);
			expect(Number(n[H][i + 1])).toBeLessThan(Number(p[H][i + 1]));
		});
		// Month 1 is paid at the start (not discounted); month 2 one month later, at the monthly
		// equivalent of the scenario's annual rate.
		const r = scenario.settings.discountRatePerYear;
		const f1 = 1 / Math.pow(1 + r, 1 / 12);
		const buy = result.totals.buy!.monthly.economic;
		expect(r).toBeGreaterThan(0);
		expect(Number(n[1][1])).toBeCloseTo(buy[0], 1);
		expect(Number(n[2][1])).toBeCloseTo(buy[0] + buy[1] * f1, 1);
	});

	it('quotes fields and writes plain decimals', () => {
		expect(csvText([['a,b', 'say "hi"', 'line\nbreak', 'plain']])).toBe(
			'"a,b","say ""hi""","line\nbreak",plain\r\n'
		);
		expect(csvNumber(1e-9)).toBe('0');
		expect(csvNumber(-0.001)).toBe('0');
		expect(csvNumber(1234567.891)).toBe('1234567.89');
		expect(csvNumber(12_000_000_000)).toBe('12000000000');
		expect(csvNumber(Number.NaN)).toBe('');
		expect(csvNumber(null)).toBe('');
	});
});
