import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenario } from '../model/index.ts';
import { POOL_BOUND } from '../model/test-scenarios.ts';
import { runEvaluate, type EvaluateIo } from './cli.ts';

const root = new URL('../../../', import.meta.url);
const examples = readdirSync(new URL('docs/examples/', root)).filter((f) => f.endsWith('.json'));

/** An IO over an in-memory file system, capturing output. */
function memoryIo(files: Record<string, string | Uint8Array>) {
	const out = { stdout: '', stderr: '' };
	const io: EvaluateIo = {
		readFile: async (path) => {
			if (path in files) return files[path];
			if (path === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
			return readFileSync(new URL(path, root), 'utf8');
		},
		stdout: (t) => {
			out.stdout += t;
		},
		stderr: (t) => {
			out.stderr += t;
		}
	};
	return { io, out };
}

async function run(args: string[], files: Record<string, string | Uint8Array> = {}) {
	const { io, out } = memoryIo(files);
	const code = await runEvaluate(args, io);
	return { code, ...out };
}

describe('runEvaluate on docs/examples', () => {
	it.each(examples)('%s as JSON', async (name) => {
		const { code, stdout, stderr } = await run([`docs/examples/${name}`]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.scenarios.length).toBeGreaterThan(0);
		for (const s of json.scenarios) {
			expect(s.recommendation.sentence.length).toBeGreaterThan(20);
			for (const o of s.options) {
				const t = s.totals[o];
				expect(Number.isFinite(t.npv.economic)).toBe(true);
				expect(Number.isFinite(t.nominal.cash)).toBe(true);
				expect(t).toHaveProperty('productiveFteMonths');
				expect(t).toHaveProperty('monthsToFullCapacity');
				expect(t).toHaveProperty('costPerProductiveFteMonth');
				expect(t).toHaveProperty('costPerHire');
				expect(t).toHaveProperty('hires');
				expect(t.monthly).toBeUndefined();
			}
			expect(s.roles.length).toBeGreaterThan(0);
		}
	});

	it.each(examples)('%s as Markdown', async (name) => {
		const { code, stdout } = await run([`docs/examples/${name}`, '--format', 'md']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^# /);
		expect(stdout).toContain('**Recommendation:**');
		expect(stdout).toContain('| Measure |');
		expect(stdout).toContain('**Break-even:**');
	});

	it('uses the same model: the numbers equal evaluateScenario', async () => {
		const text = readFileSync(new URL('docs/examples/data-team.json', root), 'utf8');
		const parsed = parseScenario(JSON.parse(text));
		if (!parsed.ok) throw new Error('example invalid');
		const result = evaluateScenario(parsed.scenario);
		const { stdout } = await run(['docs/examples/data-team.json', '--monthly']);
		const s = JSON.parse(stdout).scenarios[0];
		expect(s.totals.buy.npv).toEqual(result.totals.buy!.npv);
		expect(s.totals.build.nominal).toEqual(result.totals.build!.nominal);
		expect(s.recommendation.winner).toBe(result.recommendation.winner);
		expect(s.breakEven).toEqual(result.breakEven);
		expect(s.winners).toEqual(result.winners);
		expect(s.totals.buy.monthly.economic).toEqual(result.totals.buy!.monthly.economic);
		expect(Array.isArray(s.totals.buy.monthly.productiveFte)).toBe(true);
		expect(s.roles[0].options.build.npv).toEqual(result.roles[0].options.build!.npv);
	});

	it('formats money in the scenario currency and locale', async () => {
		const { stdout } = await run(['docs/examples/data-team.json', '--format=md']);
		expect(stdout).toMatch(/\d{1,3}(\.\d{3})+\s€/);
	});

	it('evaluates every scenario of a scenario file and migrates old ones', async () => {
		const { code, stdout, stderr } = await run(['tests/fixtures/scenarios-v0.json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).scenarios).toHaveLength(2);
		expect(stderr).toContain('older format (version 0)');
		const v1 = await run(['tests/fixtures/scenarios-v1.json', '--format', 'md']);
		expect(v1.stdout.split('\n---\n')).toHaveLength(2);
	});

	it('escapes names in Markdown', async () => {
		const scenario = JSON.stringify({ name: '<script>x</script> | *bold*', roles: [{}] });
		const { stdout } = await run(['s.json', '--format', 'md'], { 's.json': scenario });
		expect(stdout).toContain('# &lt;script&gt;x&lt;/script&gt; \\| \\*bold\\*');
		expect(stdout).not.toContain('<script>');
	});
});

// Plan (issue 12): a stored mix evaluated like an option, doing nothing, --optimize.
describe('runEvaluate with plans', () => {
	it('--optimize adds the best mix: counts per role, value, binding constraints', async () => {
		const { code, stdout, stderr } = await run(['pool.json', '--optimize'], {
			'pool.json': JSON.stringify(POOL_BOUND)
		});
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const s = JSON.parse(stdout).scenarios[0];
		const { optimizeScenario } = await import('../model/optimize.ts');
		const parsed = parseScenario(POOL_BOUND);
		if (!parsed.ok) throw new Error('invalid');
		const best = optimizeScenario(parsed.scenario);
		expect(s.plan).toMatchObject({
			status: 'optimal',
			measure: 'economicNpv',
			roles: [{ name: 'Analyst', buy: 1, build: 2, borrow: 0, bridging: { buy: 0, build: 0 } }]
		});
		expect(s.plan.value).toBeCloseTo(best.value!, 6);
		expect(s.plan.binding).toHaveLength(1);
		expect(s.plan.binding[0]).toMatchObject({ kind: 'pool', role: 'Analyst', limit: 2 });
		expect(s.plan.binding[0].saving).toBeGreaterThan(0);
		expect(s.plan.sentences.join(' ')).toMatch(/Limited by the internal pool of 2 \(Analyst\)/);
		// Without --optimize there is no best mix.
		const plain = await run(['pool.json'], { 'pool.json': JSON.stringify(POOL_BOUND) });
		expect(JSON.parse(plain.stdout).scenarios[0].plan).toBeUndefined();
	});

	it('names conflicting constraints and keeps the pure options', async () => {
		const conflict = {
			roles: [{ name: 'Analyst', headcount: 2 }],
			settings: { capacityDeadlineMonth: 4, contractorCap: 0 }
		};
		const { code, stdout } = await run(['c.json', '--optimize'], {
			'c.json': JSON.stringify(conflict)
		});
		expect(code).toBe(0);
		const s = JSON.parse(stdout).scenarios[0];
		expect(s.plan).toMatchObject({ status: 'infeasible', value: null, roles: [] });
		expect(s.plan.conflicts).toEqual(['deadline', 'cap']);
		expect(Number.isFinite(s.totals.buy.npv.economic)).toBe(true);
	});

	it('evaluates a mix stored in a file like any option, and totals gain doNothing', async () => {
		const withMix = {
			...POOL_BOUND,
			roles: [{ ...POOL_BOUND.roles![0], plan: { buy: 1, build: 2 } }]
		};
		const { code, stdout } = await run(['m.json'], { 'm.json': JSON.stringify(withMix) });
		expect(code).toBe(0);
		const s = JSON.parse(stdout).scenarios[0];
		const parsed = parseScenario(withMix);
		if (!parsed.ok) throw new Error('invalid');
		const result = evaluateScenario(parsed.scenario);
		expect(s.totals.plan.npv.economic).toBeCloseTo(result.plan!.totals.npv.economic, 6);
		expect(s.roles[0].options.plan.npv.cash).toBeCloseTo(result.plan!.roles[0].metrics.npv.cash, 6);
		expect(s.roles[0].plan).toEqual({
			buy: 1,
			build: 2,
			borrow: 0,
			bridgedBuy: 0,
			bridgedBuild: 0
		});
		expect(s.totals.doNothing.npv.shortfall).toBeCloseTo(result.doNothing.npv, 6);
		expect(s.totals.doNothing.nominal).toMatchObject({ cash: 0, internal: 0 });
		expect(s.totals.doNothing.nominal.economic).toBeCloseTo(result.doNothing.nominal, 6);
		const md = await run(['m.json', '--format', 'md', '--optimize'], {
			'm.json': JSON.stringify(withMix)
		});
		expect(md.stdout).toContain('| Your plan |');
		expect(md.stdout).toMatch(
			/\*\*Doing nothing costs £[\d.]+[kKmM] in lost capacity over 36 months \(NPV\)\.\*\*/
		);
		expect(md.stdout).toContain('## Best mix');
		expect(md.stdout).toContain('Your plan is the best mix.');
	});

	it('accepts --optimize in the usage', async () => {
		const { code, stdout } = await run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('--optimize');
	});
});

describe('runEvaluate failures exit with 2', () => {
	it('names the field of an invalid scenario', async () => {
		const file = JSON.stringify({
			roles: [{ name: 'Analyst', salaryPerYear: 0, headcount: -1 }]
		});
		const { code, stdout, stderr } = await run(['bad.json'], { 'bad.json': file });
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(
			'bad.json: The scenario, role 1 (\u201cAnalyst\u201d): People needed must be at least 0 people.'
		);
		expect(stderr).toContain('Salary in the role must be at least 1.');
	});

	it.each([
		['not json', '{oops', 'not valid JSON'],
		['empty', '', 'This file is empty.'],
		['another format', '{"format":"other","version":1}', 'its format is "other"'],
		['future', '{"format":"build-or-buy/scenarios","version":9,"scenarios":[]}', 'newer version']
	])('%s', async (_, content, message) => {
		const { code, stderr } = await run(['f.json'], { 'f.json': content });
		expect(code).toBe(2);
		expect(stderr).toContain(message);
	});

	it('missing and unreadable files', async () => {
		const missing = await run(['nope/missing.json']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toBe('evaluate: File not found: nope/missing.json\n');
		const folder = await run(['folder']);
		expect(folder.code).toBe(2);
		expect(folder.stderr).toContain('Not a file');
	});

	it('too large, before reading', async () => {
		const { io, out } = memoryIo({});
		io.fileSize = async () => 6 * 1024 * 1024;
		expect(await runEvaluate(['big.json'], io)).toBe(2);
		expect(out.stderr).toContain('at most 5 MB');
	});

	it('bad usage prints the usage', async () => {
		for (const args of [
			[],
			['--format', 'xml', 'a.json'],
			['a.json', 'b.json'],
			['--nope', 'a.json']
		]) {
			const { code, stderr } = await run(args);
			expect(code).toBe(2);
			expect(stderr).toContain('Usage: npm run evaluate');
		}
		const help = await run(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage:');
	});
});

describe('file encodings, as the browser reads them', () => {
	/** UTF-16 bytes of a text, with a byte order mark. */
	function utf16(text: string, bigEndian: boolean): Uint8Array {
		const out = new Uint8Array(2 + text.length * 2);
		out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
			out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
		}
		return out;
	}

	it('evaluates UTF-16 files with a byte order mark (LE and BE) and UTF-8 with one', async () => {
		const text = readFileSync(new URL('docs/examples/data-team.json', root), 'utf8');
		const expected = await run(['data.json'], { 'data.json': new TextEncoder().encode(text) });
		expect(expected.code).toBe(0);
		for (const bytes of [
			utf16(text, false),
			utf16(text, true),
			new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
		]) {
			const { code, stdout, stderr } = await run(['data.json'], { 'data.json': bytes });
			expect(stderr).toBe('');
			expect(code).toBe(0);
			expect(stdout).toBe(expected.stdout);
		}
	});
});

describe('--simulations and --seed (risk, issue 11)', () => {
	const example = `docs/examples/${examples[0]}`;

	it('adds uncertainty per scenario: runs, seed, measure, percentiles, probabilities summing to 1', async () => {
		const { code, stdout, stderr } = await run([example, '--simulations', '500', '--seed', '7']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		for (const s of JSON.parse(stdout).scenarios) {
			const u = s.uncertainty;
			expect(u.runs).toBe(500);
			expect(u.seed).toBe(7);
			expect(u.measure).toBe(s.decisionMeasure === 'cash' ? 'cashNpv' : 'economicNpv');
			// The pure options of the totals (a plan column, when there is one, is not simulated).
			const pure = Object.keys(s.totals).filter((o) => ['buy', 'build', 'borrow'].includes(o));
			expect(Object.keys(u.options)).toEqual(pure);
			let total = 0;
			for (const o of pure) {
				const x = u.options[o];
				expect(x.p10).toBeLessThanOrEqual(x.p50);
				expect(x.p50).toBeLessThanOrEqual(x.p90);
				expect(Number.isFinite(x.mean)).toBe(true);
				total += u.probabilityBest[o];
			}
			expect(total).toBeCloseTo(1, 9);
		}
	});

	it('gives identical output for the same seed, other output for another', async () => {
		const a = await run([example, '--simulations=300', '--seed=5']);
		const b = await run([example, '--simulations', '300', '--seed', '5']);
		const c = await run([example, '--simulations', '300', '--seed', '6']);
		expect(a.stdout).toBe(b.stdout);
		const u = (out: string) =>
			JSON.parse(out).scenarios.map((s: { uncertainty: unknown }) => s.uncertainty);
		expect(u(a.stdout)).not.toEqual(u(c.stdout));
	});

	it('leaves the output as it was without --simulations', async () => {
		const { stdout } = await run([example]);
		expect(stdout).not.toContain('uncertainty');
		const md = await run([example, '--format', 'md']);
		expect(md.stdout).not.toContain('How sure is this?');
	});

	it('adds a Markdown section with the sentence and the table', async () => {
		const { code, stdout } = await run([example, '--format', 'md', '--simulations', '200']);
		expect(code).toBe(0);
		expect(stdout).toContain('## How sure is this?');
		expect(stdout).toMatch(/is cheapest in \d+% of 200 simulated futures/);
		expect(stdout).toContain('| Option | Mean | P10 | P50 (median) | P90 | Cheapest in |');
		expect(stdout).toContain('200 simulated futures, seed 1,');
	});

	it.each([
		[['--simulations'], '--simulations needs a whole number from 100 to 100,000.'],
		[
			['--simulations', 'ten'],
			'--simulations must be a whole number from 100 to 100,000 (got "ten").'
		],
		[['--simulations', '50'], '(got "50")'],
		[['--simulations', '1e4'], '(got "1e4")'],
		[['--simulations', '200000'], '(got "200000")'],
		[['--simulations', '-5'], '(got "-5")'],
		[
			['--simulations', '500', '--seed', '-1'],
			'--seed must be a whole number from 0 to 4,294,967,295'
		],
		[['--simulations', '500', '--seed', '1.5'], '(got "1.5")'],
		[['--seed', '3'], '--seed needs --simulations N.']
	])('refuses %j with a clear message and exit code 2', async (flags, message) => {
		const { code, stdout, stderr } = await run([example, ...flags]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
	});
});
