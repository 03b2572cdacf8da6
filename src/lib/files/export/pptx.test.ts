import { describe, expect, it } from 'vitest';
import { buildPptx } from './pptx.ts';
import { evaluated, pngDataUrl, sampleScenarios, unzipText } from './test-support.ts';

describe('buildPptx', () => {
	for (const { id, scenario } of sampleScenarios()) {
		it(`has the slides and native charts with the engine's values (${id})`, async () => {
			const { result } = evaluated(scenario);
			const logo = { dataUrl: await pngDataUrl(30, 10), format: 'PNG' as const };
			const out = await buildPptx(scenario, result, { companyName: 'Acme', logo });
			if (!out.ok) throw new Error(out.error.message);
			const files = unzipText(out.data);
			const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
			// Title, recommendation, cost, capacity, layers, risk, assumptions, results per role.
			expect(slides.length).toBe(8);
			const charts = Object.keys(files)
				.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
				.sort();
			expect(charts.length).toBe(4);
			const all = charts.map((c) => files[c]);
			const line = all.filter((x) => x.includes('<c:lineChart>'));
			// Cost by layer (stacked) and the risk histogram (clustered).
			const bar = all.filter((x) => x.includes('<c:grouping val="stacked"/>'));
			expect(line.length).toBe(2);
			expect(bar.length).toBe(1);
			expect(all.filter((x) => x.includes('<c:grouping val="clustered"/>'))).toHaveLength(1);
			const layer = scenario.settings.decisionMeasure === 'cash' ? 'cash' : 'economic';
			const last = Math.round(result.totals.buy!.cumulative[layer][result.horizonMonths - 1]);
			const cost = line.find((x) => x.includes(`<c:v>${last}</c:v>`));
			expect(cost).toBeDefined();
			const cash = Math.round(result.totals.build!.npv.cash);
			expect(bar[0]).toContain(`<c:v>${cash}</c:v>`);
			expect(files['ppt/slides/slide1.xml']).toContain(scenario.name.replace(/"/g, '&quot;'));
			expect(Object.keys(files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
		});
	}

	it('rejects a bad logo with a typed error', async () => {
		const { scenario, result } = evaluated(sampleScenarios()[0].scenario);
		const out = await buildPptx(scenario, result, {
			logo: { dataUrl: 'data:image/png;base64,bm90IGEgcG5n', format: 'PNG' }
		});
		expect(out.ok).toBe(false);
		if (!out.ok) expect(out.error.code).toBe('bad-logo');
	});
});
