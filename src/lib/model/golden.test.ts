/**
 * Golden results: the engine's full results for a fixed set of scenarios (the presets, the default,
 * every preset together, 10 roles x 120 months, and random valid scenarios from the property-test
 * arbitraries), recorded in `fixtures/golden-results.json` before the engine was optimised. Any
 * change to the engine that moves a number by more than 1e-9 (relative) fails here.
 *
 * Every scalar is stored as is. Every monthly series of the default scenario is stored in full; the
 * series of the other scenarios are stored as fingerprints (length, sum, sum of absolute values and
 * two sums weighted by fixed pseudo-random weights), which a changed, shifted or reordered month
 * cannot match. The fixture is a subset check: fields added to the result later do not fail it.
 *
 * A deliberate change to the model's numbers: regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run src/lib/model/golden.test.ts
 * and say why in the commit message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioArb } from './arbitraries.ts';
import { evaluateScenario } from './evaluate.ts';
import { PRESETS } from './presets.ts';
import { createScenario, type Scenario } from './schema.ts';

const FIXTURE = new URL('./fixtures/golden-results.json', import.meta.url);
const TOLERANCE = 1e-9;
const SEED = 20261201;
const RANDOM_SCENARIOS = 40;

/** The scenarios whose results are recorded (inputs are stored in the fixture too). */
function goldenScenarios(): { name: string; scenario: Scenario; full: boolean }[] {
	const tenByTwenty = Array.from({ length: 10 }, (_, i) => {
		const role = PRESETS[i % PRESETS.length].role();
		role.name = `${role.name} ${i + 1}`;
		role.neededFromMonth = i;
		return role;
	});
	return [
		{ name: 'default', scenario: createScenario(), full: true },
		...PRESETS.map((p) => ({
			name: `preset ${p.id}`,
			scenario: createScenario({ name: p.id, roles: [p.role()] }),
			full: false
		})),
		{
			name: 'every preset, 60 months, cash',
			scenario: createScenario({
				name: 'All',
				settings: { horizonMonths: 60, decisionMeasure: 'cash' },
				roles: PRESETS.map((p) => p.role())
			}),
			full: false
		},
		{
			name: '10 roles x 120 months',
			scenario: createScenario({
				name: 'Bench',
				settings: { horizonMonths: 120 },
				roles: tenByTwenty
			}),
			full: false
		},
		...fc
			.sample(scenarioArb, { seed: SEED, numRuns: RANDOM_SCENARIOS })
			.map((scenario, i) => ({ name: `random ${i}`, scenario, full: false }))
	];
}

/** Fixed weights in [0.5, 1.5) for the fingerprints (a small LCG: the same on every machine). */
const WEIGHTS = (() => {
	const n = 121;
	const a = new Float64Array(n);
	const b = new Float64Array(n);
	let x = 12345;
	const next = () => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return 0.5 + x / 2147483648;
	};
	for (let i = 0; i < n; i++) {
		a[i] = next();
		b[i] = next();
	}
	return { a, b };
})();

type Fingerprint = { fingerprint: [number, number, number, number, number] };

function fingerprint(series: ArrayLike<number>): Fingerprint {
	let sum = 0;
	let abs = 0;
	let wa = 0;
	let wb = 0;
	for (let m = 0; m < series.length; m++) {
		const v = series[m];
		sum += v;
		abs += Math.abs(v);
		wa += v * WEIGHTS.a[m % WEIGHTS.a.length] * (1 + m / series.length);
		wb += v * WEIGHTS.b[m % WEIGHTS.b.length];
	}
	return { fingerprint: [series.length, sum, abs, wa, wb] };
}

const isSeries = (v: unknown): v is ArrayLike<number> =>
	(Array.isArray(v) && v.every((x) => typeof x === 'number')) || ArrayBuffer.isView(v);

/** A plain-JSON record of a result: scalars as they are, series in full or as fingerprints. */
function record(value: unknown, full: boolean): unknown {
	if (isSeries(value)) return full ? Array.from(value) : fingerprint(value);
	if (Array.isArray(value)) return value.map((v) => record(v, full));
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(value))
			out[k] = record((value as Record<string, unknown>)[k], full);
		return out;
	}
	return value;
}

/** Compare `actual` with the recorded `expected`, collecting differences (expected is a subset). */
function compare(expected: unknown, actual: unknown, path: string, diffs: string[]): void {
	if (diffs.length > 20) return;
	if (typeof expected === 'number') {
		if (typeof actual !== 'number') {
			diffs.push(`${path}: expected ${expected}, got ${String(actual)}`);
			return;
		}
		const scale = Math.max(1, Math.abs(expected));
		if (!(Math.abs(actual - expected) <= TOLERANCE * scale))
			diffs.push(`${path}: expected ${expected}, got ${actual}`);
		return;
	}
	if (expected && typeof expected === 'object') {
		if (!actual || typeof actual !== 'object') {
			diffs.push(`${path}: expected an object or list, got ${String(actual)}`);
			return;
		}
		const e = expected as Record<string, unknown>;
		const a = actual as Record<string, unknown>;
		if (Array.isArray(e) && (!Array.isArray(a) || a.length !== e.length)) {
			diffs.push(`${path}: expected ${e.length} entries`);
			return;
		}
		if ('fingerprint' in e) {
			// The fingerprint's tolerance scales with the series' magnitude (its sum of |x|).
			const fe = e.fingerprint as number[];
			const fa = (a as Fingerprint).fingerprint;
			const scale = Math.max(1, Math.abs(fe[2]));
			fe.forEach((x, i) => {
				if (!(Math.abs(fa[i] - x) <= TOLERANCE * scale))
					diffs.push(`${path}.fingerprint[${i}]: expected ${x}, got ${fa[i]}`);
			});
			return;
		}
		for (const k of Object.keys(e)) compare(e[k], a[k], `${path}.${k}`, diffs);
		return;
	}
	if (expected !== actual)
		diffs.push(`${path}: expected ${String(expected)}, got ${String(actual)}`);
}

interface GoldenCase {
	name: string;
	full: boolean;
	scenario: Scenario;
	result: unknown;
}

if (process.env.UPDATE_GOLDEN) {
	const cases: GoldenCase[] = goldenScenarios().map(({ name, scenario, full }) => ({
		name,
		full,
		scenario,
		result: record(evaluateScenario(scenario), full)
	}));
	writeFileSync(FIXTURE, JSON.stringify(cases) + '\n');
}

const cases = JSON.parse(readFileSync(FIXTURE, 'utf8')) as GoldenCase[];

describe('golden results (recorded before the engine was optimised)', () => {
	it('covers the presets, 10 x 120 and random scenarios', () => {
		expect(cases.length).toBe(goldenScenarios().length);
		expect(cases.some((c) => c.name === '10 roles x 120 months')).toBe(true);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s: every number within 1e-9', (_, c) => {
		// The stored inputs go through the schema again (new fields get their defaults).
		const result = evaluateScenario(createScenario(c.scenario));
		const diffs: string[] = [];
		compare(c.result, record(result, c.full), 'result', diffs);
		expect(diffs).toEqual([]);
	});

	it('fails on a change of one month by more than the tolerance', () => {
		const c = cases.find((x) => x.name === '10 roles x 120 months')!;
		const result = evaluateScenario(createScenario(c.scenario));
		result.totals.build!.monthly.cash[57] *= 1 + 1e-5;
		const diffs: string[] = [];
		compare(c.result, record(result, c.full), 'result', diffs);
		expect(diffs.some((d) => d.startsWith('result.totals.build.monthly.cash.fingerprint'))).toBe(
			true
		);
	});
});
