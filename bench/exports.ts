/**
 * Time to produce each export for a 5-role scenario (median of several runs), and the simulation an
 * export runs itself when the risk panel's finished result is not at hand (the scenario's 10,000
 * futures, synchronously). The file builders get the simulation once (`risk`), as the dialog does.
 * Run: npx tsx bench/exports.ts
 */
import { createScenario, evaluateScenario, PRESETS } from '../src/lib/model/index.ts';
import { buildCsv } from '../src/lib/files/export/csv.ts';
import { buildXlsx } from '../src/lib/files/export/xlsx.ts';
import { buildPdf } from '../src/lib/files/export/pdf.ts';
import { buildPptx } from '../src/lib/files/export/pptx.ts';
import { buildRiskCsv, riskOf } from '../src/lib/files/export/risk.ts';

const RUNS = 9;
const scenario = createScenario({
	name: 'Benchmark: five roles',
	currency: 'EUR',
	locale: 'de-DE',
	roles: PRESETS.map((p) => p.role())
});
const result = evaluateScenario(scenario);
const risk = riskOf(scenario);

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
		`${name.padEnd(8)} median ${median.toFixed(1).padStart(7)} ms  (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})  ${(size / 1024).toFixed(1)} KiB`
	);
}

console.log(`5 roles, ${scenario.settings.horizonMonths} months, ${RUNS} runs each`);
await time('csv', () => buildCsv(scenario, result));
await time('risk-csv', () => buildRiskCsv(scenario, result, { risk }));
await time('xlsx', () => buildXlsx(scenario, result, { risk }));
await time('pdf', () => buildPdf(scenario, result, { risk }));
await time('pptx', () => buildPptx(scenario, result, { risk }));
// What an export adds when the panel's result is not at hand: the same futures, run here.
await time('sim', () => ({ ok: riskOf(scenario).runs === 10_000 }));
