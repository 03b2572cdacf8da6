/** The PDF and the slides draw every option in the screen's colour (the light palette). */
import { describe, expect, it } from 'vitest';
import { LIGHT, hexOf, type OptionId } from '../../model/index.ts';
import { buildPdf } from './pdf.ts';
import { buildPptx } from './pptx.ts';
import { evaluated, sampleScenarios, unzipText } from './test-support.ts';

const screen = (o: OptionId) => hexOf(LIGHT.options[o]);

/** Stroke colours ("r g b RG") used in an uncompressed PDF, as [r, g, b] in 0..255. */
function pdfStrokeColours(bytes: Uint8Array): number[][] {
	const raw = Buffer.from(bytes).toString('latin1');
	return Array.from(raw.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) RG/g), (m) =>
		[m[1], m[2], m[3]].map((c) => Number(c) * 255)
	);
}

/** Whether a colour was drawn, allowing for the PDF's two-decimal channels. */
function drawn(strokes: number[][], hex: string): boolean {
	const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return strokes.some((c) => c.every((v, i) => Math.abs(v - want[i]) <= 1.5));
}

describe('export colours', () => {
	const { scenario, result } = evaluated(sampleScenarios()[0].scenario);

	it('draws the PDF charts in the screen colours of the options', () => {
		const out = buildPdf(scenario, result, { compress: false });
		if (!out.ok) throw new Error(out.error.message);
		const strokes = pdfStrokeColours(out.data);
		for (const o of result.options) expect(drawn(strokes, screen(o)), o).toBe(true);
		// The former export palette (Upskill green, Contract orange) is gone.
		expect(drawn(strokes, '009E73')).toBe(false);
		expect(drawn(strokes, 'D55E00')).toBe(false);
	});

	it('draws the slide charts in the screen colours of the options and layers', async () => {
		const out = await buildPptx(scenario, result);
		if (!out.ok) throw new Error(out.error.message);
		const files = unzipText(out.data);
		const charts = Object.keys(files)
			.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
			.map((f) => files[f]);
		const seriesColours = (xml: string) =>
			Array.from(xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g), (s) => {
				return /<a:srgbClr val="([0-9A-F]{6})"/.exec(s[0])?.[1];
			});
		const lines = charts.filter((x) => x.includes('<c:lineChart>'));
		expect(lines).toHaveLength(2);
		for (const xml of lines) {
			expect(seriesColours(xml).slice(0, result.options.length)).toEqual(
				result.options.map(screen)
			);
		}
		const bar = charts.find((x) => x.includes('<c:barChart>'))!;
		expect(seriesColours(bar)).toEqual(
			(['cash', 'internal', 'shortfall'] as const).map((l) => hexOf(LIGHT.layers[l]))
		);
	});
});
