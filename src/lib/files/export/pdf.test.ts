import { describe, expect, it } from 'vitest';
import { createScenario, evaluateScenario } from '../../model/index.ts';
import { formatMoney } from '../../i18n/format.ts';
import { buildPdf } from './pdf.ts';
import { toWinAnsi } from './pdf-text.ts';
import { pdfStrings, pngDataUrl, sampleScenarios, evaluated } from './test-support.ts';

describe('buildPdf', () => {
	for (const { id, scenario } of sampleScenarios()) {
		it(`prints the engine's key figures (${id})`, () => {
			const { result } = evaluated(scenario);
			const out = buildPdf(scenario, result, { compress: false, companyName: 'Acme GmbH' });
			if (!out.ok) throw new Error(out.error.message);
			expect(out.warnings).toEqual([]);
			const text = pdfStrings(out.data).join('\n');
			expect(text).toContain(scenario.name);
			expect(text).toContain('Prepared for Acme GmbH');
			for (const o of result.options) {
				const t = result.totals[o]!;
				for (const v of [t.npv.economic, t.npv.cash, t.npv.internal, t.npv.shortfall]) {
					expect(text).toContain(toWinAnsi(formatMoney(v, scenario.currency, scenario.locale)));
				}
			}
			expect(text).toContain('Assumptions');
			expect(text).toContain('Methodology in brief');
			expect(text).toContain(scenario.roles[0].name);
			// Charts are vector: axis labels are text.
			expect(text).toContain('Productive people (FTE)');
			expect(text).toMatch(/Page 1 of \d/);
		});
	}

	it('writes German figures in German format', () => {
		const { scenario, result } = evaluated(sampleScenarios()[1].scenario);
		const out = buildPdf(scenario, result, { compress: false });
		if (!out.ok) throw new Error(out.error.message);
		const text = pdfStrings(out.data).join('\n');
		expect(text).toMatch(/\d{1,3}\.\d{3}\.\d{3}\u00a0€/);
		expect(text).toContain('Größe');
	});

	it('marks the break-even point', () => {
		const { scenario, result } = evaluated(sampleScenarios()[0].scenario);
		expect(result.breakEven?.month).not.toBeNull();
		const out = buildPdf(scenario, result, { compress: false });
		if (!out.ok) throw new Error(out.error.message);
		// The same words as the screen's chart marker.
		expect(pdfStrings(out.data)).toContain(`Break-even, month ${result.breakEven!.month}`);
	});

	it('marks every crossing the break-even sentence names, not only a lasting one (issue 8.3)', () => {
		const scenario = createScenario();
		const result = evaluateScenario(scenario);
		// The default scenario: Upskill dearer in month 1, cheaper in months 2-10, dearer from 11.
		const be = result.breakEven!;
		expect(be.month).toBeNull();
		expect(be.spans.map((s) => s.sign)).toEqual([1, -1, 1]);
		const out = buildPdf(scenario, result, { compress: false });
		if (!out.ok) throw new Error(out.error.message);
		const strings = pdfStrings(out.data);
		expect(strings).toContain(`Upskill cheaper from month ${be.spans[1].from}`);
		expect(strings).toContain(`Upskill dearer from month ${be.spans[2].from}`);
		expect(strings.some((s) => s.startsWith('Break-even'))).toBe(false);
		// The chart's heading names its basis.
		expect(strings).toContain('Cumulative cost over time: Economic cost (not discounted)');
	});

	it('supports A4 and US Letter', () => {
		const { scenario, result } = evaluated(createScenario({ roles: [{}] }));
		const media = (size: 'a4' | 'letter') => {
			const out = buildPdf(scenario, result, { pageSize: size, compress: false });
			if (!out.ok) throw new Error(out.error.message);
			return /\/MediaBox \[([^\]]+)\]/.exec(Buffer.from(out.data).toString('latin1'))![1];
		};
		expect(media('a4').split(/\s+/).map(Number).map(Math.round)).toEqual([0, 0, 595, 842]);
		expect(media('letter').split(/\s+/).map(Number).map(Math.round)).toEqual([0, 0, 612, 792]);
	});

	it('accepts a valid logo and rejects bad ones with a typed error', async () => {
		const scenario = createScenario({});
		const result = evaluateScenario(scenario);
		const good = await pngDataUrl(60, 20);
		const ok = buildPdf(scenario, result, { logo: { dataUrl: good, format: 'PNG' } });
		expect(ok.ok).toBe(true);
		const bad = [
			{ dataUrl: 'data:image/png;base64,AAAA', format: 'PNG' },
			{ dataUrl: good, format: 'JPEG' },
			{ dataUrl: 'https://example.com/logo.png', format: 'PNG' },
			{ dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', format: 'PNG' },
			{ dataUrl: 'data:image/jpeg;base64,/9j/AAAA', format: 'JPEG' },
			// A PNG header with a corrupt image body.
			{ dataUrl: good.slice(0, 120) + 'AAAAAAAAAAAAAAAAAAAA', format: 'PNG' }
		] as const;
		for (const logo of bad) {
			const out = buildPdf(scenario, result, { logo });
			expect(out.ok).toBe(false);
			if (!out.ok) expect(out.error.code).toBe('bad-logo');
		}
	});

	it('replaces characters the fonts lack and warns instead of printing garbage', () => {
		const scenario = createScenario({
			name: 'Team 数据 🚀 צוות',
			roles: [{ name: 'Аналитик' }]
		});
		const out = buildPdf(scenario, evaluateScenario(scenario), { compress: false });
		if (!out.ok) throw new Error(out.error.message);
		expect(out.warnings).toHaveLength(1);
		expect(out.warnings[0]).toContain('数');
		expect(out.warnings[0]).toContain('🚀');
		expect(pdfStrings(out.data).join('\n')).toContain('Team ?? ? ????');
	});
});

describe('toWinAnsi', () => {
	it('keeps Western European text and maps Intl spaces', () => {
		const missing = new Set<string>();
		expect(toWinAnsi('Größe – “Straße” € 1\u202f234', missing)).toBe(
			'Größe – “Straße” € 1\u00a0234'
		);
		expect(toWinAnsi('Cafe\u0301')).toBe('Café');
		expect(missing.size).toBe(0);
	});
});
