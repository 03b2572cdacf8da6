/**
 * Time to produce each export for a 5-role scenario (median of several runs).
 * Run: npx tsx bench/exports.ts
 */
import { createScenario, evaluateScenario, PRESETS } from '../src/lib/model/index.ts';
import { buildCsv } from '../src/lib/files/export/csv.ts';
import { buildXlsx } from '../src/lib/files/export/xlsx.ts';
import { buildPdf } from '../src/lib/files/export/pdf.ts';
import { buildPptx } from '../src/lib/files/export/pptx.ts';

const RUNS = 9;
const scenario = createScenario({
	name: 'Benchmark: five roles',
	currency: 'EUR',
	locale: 'de-DE',
	roles: PRESETS.map((p) => p.role())
});
const result = evaluateScenario(scenario);

type Out = { ok: boolean; data?: string | Uint8Array };

async function time(name: string, run: () => Out | Promise<Out>): Promise<void> {
	const times: number[] = [];
	let size = 0;
	for (let i = 0; i < RUNS + 1; i++) {
		const t0 = performance.now();
		const out = await run();
		const t = performance.now() - t0;
		if (!out.ok) throw new Error(`${name} failed`);
		size = typeof out.data === 'string' ? out.data.length : (out.data?.length ?? 0);
		if (i > 0) times.push(t); // the first run warms up
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	console.log(
		`${name.padEnd(5)} median ${median.toFixed(1).padStart(7)} ms  (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})  ${(size / 1024).toFixed(1)} KiB`
	);
}

console.log(`5 roles, ${scenario.settings.horizonMonths} months, ${RUNS} runs each`);
await time('csv', () => buildCsv(scenario, result));
await time('xlsx', () => buildXlsx(scenario, result));
await time('pdf', () => buildPdf(scenario, result));
await time('pptx', () => buildPptx(scenario, result));
