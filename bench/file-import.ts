/**
 * Median time to parse (validate, restore defaults) a scenario file of 200 scenarios, each with all
 * five preset roles. Run: npx tsx bench/file-import.ts
 */
import {
	buildScenarioFile,
	parseScenarioFile,
	serializeScenarioFile,
	type StoredScenario
} from '../src/lib/files/scenario-file.ts';
import { createScenario, PRESETS } from '../src/lib/model/index.ts';

const COUNT = 200;
const RUNS = 15;

const base = createScenario({ name: 'Bench', roles: PRESETS.map((p) => p.role()) });
const list: StoredScenario[] = Array.from({ length: COUNT }, (_, i) => ({
	id: `bench-${i}`,
	name: `Scenario ${i + 1}`,
	createdAt: '2025-01-01T00:00:00.000Z',
	updatedAt: '2025-01-01T00:00:00.000Z',
	scenario: { ...base, name: `Scenario ${i + 1}` }
}));
const text = serializeScenarioFile(buildScenarioFile(list, 'bench', new Date()));

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Warm up the JIT, then measure.
for (let i = 0; i < 3; i++) parseScenarioFile(text);
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const t0 = performance.now();
	const result = parseScenarioFile(text);
	times.push(performance.now() - t0);
	if (!result.ok || result.scenarios.length !== COUNT) throw new Error('bench file did not parse');
}
console.log(
	`parseScenarioFile: ${COUNT} scenarios x ${base.roles.length} roles, ${(text.length / 1024).toFixed(0)} KB: ` +
		`median ${median(times).toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`
);
