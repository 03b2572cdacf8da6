import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createRole,
	createScenario,
	PRESETS,
	ScenarioSchema,
	type Scenario
} from '../model/index.ts';
import { messageForImportError, messageForImportWarning } from './import-messages.ts';
import { en } from '../i18n/messages-all.ts';
import {
	buildScenarioFile,
	MAX_FILE_BYTES,
	MAX_SCENARIOS,
	parseScenarioFile,
	removeUnsafeKeys,
	SCENARIO_FILE_FORMAT,
	SCENARIO_FILE_VERSION,
	scenarioFileName,
	serializeScenarioFile,
	utf8ByteLength,
	type ImportError,
	type ParseFileResult,
	type StoredScenario
} from './scenario-file.ts';

/** Fuzz cases per property; `FUZZ_SCALE=20 npx vitest run src/lib/files` for a long run. */
const fuzzRuns = (n: number) => n * Number(process.env.FUZZ_SCALE ?? 1);

const NOW = new Date('2025-06-04T08:00:00.000Z');
const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

function counter(prefix = 'id'): () => string {
	let i = 0;
	return () => `${prefix}-${++i}`;
}

function stored(scenario: Scenario, i: number): StoredScenario {
	return {
		id: `s-${i}`,
		name: scenario.name,
		createdAt: '2025-01-01T00:00:00.000Z',
		updatedAt: '2025-01-02T00:00:00.000Z',
		scenario
	};
}

function presetScenarios(): StoredScenario[] {
	return [
		stored(createScenario({ name: 'Default' }), 1),
		stored(createScenario({ name: 'All presets', roles: PRESETS.map((p) => p.role()) }), 2),
		stored(
			createScenario({
				name: 'Cash, no contractors',
				currency: 'EUR',
				locale: 'de-DE',
				settings: { decisionMeasure: 'cash', includeBorrow: false, horizonMonths: 60 },
				roles: [PRESETS[1].role()]
			}),
			3
		)
	];
}

function expectError(result: ParseFileResult, code: ImportError['code']): ImportError {
	expect(result.ok).toBe(false);
	if (result.ok) throw new Error('expected an error');
	expect(result.error.code).toBe(code);
	const message = messageForImportError(result.error, en);
	expect(message.length).toBeGreaterThan(10);
	return result.error;
}

function fileText(scenarios: unknown[], extra: Record<string, unknown> = {}): string {
	return JSON.stringify({
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		appVersion: 'test',
		exportedAt: NOW.toISOString(),
		scenarios,
		...extra
	});
}

describe('buildScenarioFile / serializeScenarioFile', () => {
	it('builds the versioned wrapper', () => {
		const file = buildScenarioFile(presetScenarios(), '1.2.3', NOW);
		expect(file.format).toBe('build-or-buy/scenarios');
		expect(file.version).toBe(2);
		expect(file.appVersion).toBe('1.2.3');
		expect(file.exportedAt).toBe('2025-06-04T08:00:00.000Z');
		expect(file.scenarios.map((s) => s.id)).toEqual(['s-1', 's-2', 's-3']);
		expect(Object.keys(file.scenarios[0])).toEqual([
			'id',
			'name',
			'createdAt',
			'updatedAt',
			'scenario'
		]);
	});

	it('round-trips: export then import gives deep-equal scenarios', () => {
		const list = presetScenarios();
		const text = serializeScenarioFile(buildScenarioFile(list, '1.2.3', NOW));
		const result = parseScenarioFile(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenarios).toEqual(list);
		expect(result.warnings).toEqual([]);
		expect(result.file).toEqual(buildScenarioFile(list, '1.2.3', NOW));
	});

	it('names export files by date', () => {
		expect(scenarioFileName(NOW)).toBe('build-or-buy-2025-06-04.json');
	});

	it('parses 200 scenarios', () => {
		const base = createScenario({ roles: PRESETS.map((p) => p.role()) });
		const list = Array.from({ length: 200 }, (_, i) => stored({ ...base, name: `S${i}` }, i));
		const result = parseScenarioFile(serializeScenarioFile(buildScenarioFile(list, 'x', NOW)));
		expect(result.ok && result.scenarios.length).toBe(200);
	});
});

/** A JSON value's leaves by dotted path (an empty object or list is a leaf of its own). */
function leavesOf(
	value: unknown,
	path = '',
	out = new Map<string, unknown>()
): Map<string, unknown> {
	const entries = value !== null && typeof value === 'object' ? Object.entries(value) : [];
	if (entries.length === 0) out.set(path, value);
	for (const [k, v] of entries) leavesOf(v, path ? `${path}.${k}` : k, out);
	return out;
}

/**
 * An old file read and written back: every value it had is kept, and every input it lacked is
 * there at its default (the defaults of a new scenario and its roles). Nothing else changes, so a
 * new field needs no edit of the fixtures or of this test.
 */
function expectKeptWithDefaults(before: { scenarios: unknown[] }, after: { scenarios: unknown[] }) {
	expect(after.scenarios).toHaveLength(before.scenarios.length);
	after.scenarios.forEach((entry, i) => {
		const was = leavesOf(before.scenarios[i]);
		const now = leavesOf(entry);
		const roles = (entry as { scenario: { roles: unknown[] } }).scenario.roles;
		const fresh = createScenario({ roles: roles.map(() => createRole()) });
		const defaults = leavesOf({ scenario: JSON.parse(JSON.stringify(fresh)) });
		for (const [path, value] of was) expect(now.get(path), path).toEqual(value);
		for (const [path, value] of now)
			if (!was.has(path)) expect(value, `${path} (added)`).toEqual(defaults.get(path));
	});
}

describe('fixtures: one file per format version', () => {
	it('opens version 0 through the migration', () => {
		const result = parseScenarioFile(fixture('scenarios-v0.json'), { newId: counter() });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenarios.map((s) => s.id)).toEqual(['id-1', 'id-2']);
		expect(result.scenarios.map((s) => s.name)).toEqual([
			'Prototype: analysts',
			'Prototype: engineers'
		]);
		// The renamed field keeps its value.
		expect(result.scenarios[0].scenario.settings.discountRatePerYear).toBe(0.05);
		expect(result.scenarios[1].scenario.settings.discountRatePerYear).toBe(0.1);
		// Timestamps come from the old "exported" field.
		expect(result.file.exportedAt).toBe('2025-03-01T10:00:00.000Z');
		expect(result.scenarios[0].createdAt).toBe('2025-03-01T10:00:00.000Z');
		expect(result.warnings[0]).toMatchObject({ code: 'migrated', fromVersion: 0, toVersion: 2 });
		expect(messageForImportWarning(result.warnings[0], en)).toContain('older format (version 0)');
	});

	it('opens version 1 with only the version-2 defaults added (no plan, no constraints)', () => {
		const text = fixture('scenarios-v1.json');
		const result = parseScenarioFile(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.warnings[0]).toMatchObject({ code: 'migrated', fromVersion: 1, toVersion: 2 });
		expect(result.scenarios).toHaveLength(2);
		const original = JSON.parse(text);
		const reopened = JSON.parse(serializeScenarioFile(result.file));
		expect(reopened.version).toBe(2);
		expectKeptWithDefaults(original, reopened);
		// Among what it adds: no mix, an unknown pool, no ranges, the simulation's settings.
		for (const entry of reopened.scenarios) {
			expect(entry.scenario.settings.simulation).toEqual({
				runs: 10_000,
				seed: 1,
				capacityMonth: 12
			});
			for (const role of entry.scenario.roles) {
				expect(role.plan).toBeNull();
				expect(role.pool).toEqual({ feeders: null, shareAbleToMove: 1 });
				expect(role.ranges).toEqual({});
			}
		}
	});

	it('opens version 2 (a plan, a pool, constraints, ranges, simulation settings) unchanged', () => {
		const text = fixture('scenarios-v2.json');
		const result = parseScenarioFile(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.warnings).toEqual([]);
		expect(result.scenarios[0].scenario.roles[0].plan).toMatchObject({ buy: 1, build: 1 });
		expect(result.scenarios[0].scenario.settings.budgetPerFiscalYear).toBe(900_000);
		expect(result.scenarios[0].scenario.roles[0].ranges['buy.timeToFillDays']).toEqual({
			low: 30,
			high: 90
		});
		expect(result.scenarios[0].scenario.settings.simulation.seed).toBe(42);
		// Unchanged, but for fields newer than the fixture, which open at their defaults.
		expectKeptWithDefaults(JSON.parse(text), JSON.parse(serializeScenarioFile(result.file)));
	});

	it('has a fixture for every version up to the current one', () => {
		const names = readdirSync(new URL('../../../tests/fixtures/', import.meta.url));
		for (let v = 0; v <= SCENARIO_FILE_VERSION; v++) {
			expect(names).toContain(`scenarios-v${v}.json`);
		}
	});
});

describe('docs/examples', () => {
	const dir = new URL('../../../docs/examples/', import.meta.url);
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
	it('has examples', () => expect(files.length).toBeGreaterThan(0));
	it.each(files)('%s opens and validates', (name) => {
		const result = parseScenarioFile(readFileSync(new URL(name, dir), 'utf8'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		for (const s of result.scenarios)
			expect(ScenarioSchema.safeParse(s.scenario).success).toBe(true);
	});
});

describe('docs/file-format.md', () => {
	it('its JSON examples open', () => {
		const doc = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
		const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
		expect(blocks.length).toBeGreaterThan(0);
		for (const block of blocks) expect(parseScenarioFile(block).ok).toBe(true);
	});
});

describe('bare scenarios', () => {
	it('wraps a single scenario object and restores defaults', () => {
		const result = parseScenarioFile(
			JSON.stringify({ name: ' Mine ', roles: [{ headcount: 2 }] }),
			{
				newId: counter(),
				now: NOW
			}
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenarios).toHaveLength(1);
		expect(result.scenarios[0]).toMatchObject({
			id: 'id-1',
			name: 'Mine',
			createdAt: NOW.toISOString(),
			updatedAt: NOW.toISOString()
		});
		expect(result.scenarios[0].scenario).toEqual(
			createScenario({ name: 'Mine', roles: [{ headcount: 2 }] })
		);
		expect(result.warnings).toContainEqual({ code: 'bare-scenario' });
	});

	it('does not take an arbitrary object for a scenario', () => {
		expectError(parseScenarioFile('{"type":"excalidraw","elements":[]}'), 'wrong-format');
	});
});

describe('bad input: every error code', () => {
	it('not-json, with line and column', () => {
		const error = expectError(parseScenarioFile('{\n  "format": "x",\n  oops\n}'), 'not-json');
		expect(error).toMatchObject({ line: 3, column: 3 });
		expect(messageForImportError(error, en)).toBe(
			'This file is not valid JSON (error at line 3, column 3), so it cannot be a scenario file.'
		);
		const cut = expectError(parseScenarioFile('{"format": "build-or-buy/scen'), 'not-json');
		expect(messageForImportError(cut, en)).toContain('ends too early');
	});

	it('empty', () => {
		expectError(parseScenarioFile(''), 'empty');
		expectError(parseScenarioFile(' \n\t '), 'empty');
		expectError(parseScenarioFile('\ufeff'), 'empty');
	});

	it('too-large, before parsing', () => {
		const big = '{"x":"' + 'a'.repeat(MAX_FILE_BYTES) + '"}';
		const error = expectError(parseScenarioFile(big), 'too-large');
		expect(error).toMatchObject({ limitBytes: MAX_FILE_BYTES });
		expect(messageForImportError(error, en)).toBe(
			'This file is just over 5 MB; scenario files can be at most 5 MB.'
		);
		expect(
			messageForImportError(
				{
					code: 'too-large',
					bytes: 7.25 * 2 ** 20,
					limitBytes: MAX_FILE_BYTES
				},
				en
			)
		).toBe('This file is 7.3 MB; scenario files can be at most 5 MB.');
		// Multi-byte characters count as bytes, not characters.
		const euros = '\u20ac'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 10);
		expectError(parseScenarioFile(euros), 'too-large');
		expect(parseScenarioFile('x', { maxBytes: 0 })).toMatchObject({ ok: false });
	});

	it('wrong-format: not an object, no format, another format, bad version', () => {
		expect(expectError(parseScenarioFile('[1,2]'), 'wrong-format')).toMatchObject({
			reason: 'not-an-object',
			found: 'list'
		});
		expect(expectError(parseScenarioFile('42'), 'wrong-format')).toMatchObject({
			reason: 'not-an-object'
		});
		expect(
			messageForImportError(expectError(parseScenarioFile('{"a":1}'), 'wrong-format'), en)
		).toBe('This file is not a Build or Buy scenario file (it has no "format" field).');
		const other = expectError(
			parseScenarioFile('{"format":"excalidraw","version":2}'),
			'wrong-format'
		);
		expect(messageForImportError(other, en)).toBe(
			'This file is not a Build or Buy scenario file (its format is "excalidraw").'
		);
		for (const version of ['"1"', '1.5', '-1', 'null']) {
			const text = `{"format":"${SCENARIO_FILE_FORMAT}","version":${version},"scenarios":[]}`;
			expect(expectError(parseScenarioFile(text), 'wrong-format')).toMatchObject({
				reason: 'bad-version'
			});
		}
		expect(
			expectError(parseScenarioFile(`{"format":"${SCENARIO_FILE_FORMAT}"}`), 'wrong-format')
		).toMatchObject({ reason: 'bad-version', found: null });
	});

	it('future-version', () => {
		const error = expectError(parseScenarioFile(fileText([], { version: 99 })), 'future-version');
		expect(error).toMatchObject({ version: 99, supportedVersion: SCENARIO_FILE_VERSION });
		expect(messageForImportError(error, en)).toContain('newer version of Build or Buy');
	});

	it('too-many-scenarios', () => {
		const list = Array.from({ length: MAX_SCENARIOS + 1 }, () => ({ scenario: {} }));
		const error = expectError(parseScenarioFile(fileText(list)), 'too-many-scenarios');
		expect(messageForImportError(error, en)).toBe(
			'This file has 501 scenarios; at most 500 can be imported at once. Split it into smaller files.'
		);
	});

	it('no-scenarios and malformed-file', () => {
		expectError(parseScenarioFile(fileText([])), 'no-scenarios');
		expect(
			messageForImportError(
				expectError(parseScenarioFile(fileText({} as never)), 'malformed-file'),
				en
			)
		).toBe('This scenario file is damaged: "scenarios" should be a list.');
		const entry = expectError(
			parseScenarioFile(fileText([{ scenario: {} }, 'x'])),
			'malformed-file'
		);
		expect(messageForImportError(entry, en)).toBe(
			'This scenario file is damaged: entry 2 in "scenarios" should be a group of fields.'
		);
	});

	it('invalid-scenario names the scenario, the role and the field', () => {
		const text = fileText([
			{ id: 'a', name: 'Base', scenario: {} },
			{
				id: 'b',
				name: 'Pessimistic',
				scenario: { roles: [{ name: 'Data analyst', salaryPerYear: 0 }] }
			}
		]);
		const error = expectError(parseScenarioFile(text), 'invalid-scenario');
		expect(error).toMatchObject({ index: 1, name: 'Pessimistic', invalidCount: 1, total: 2 });
		expect(messageForImportError(error, en)).toBe(
			'Scenario 2 (\u201cPessimistic\u201d), role 1 (\u201cData analyst\u201d): Salary in the role must be at least 1.'
		);
	});

	it('invalid-scenario messages for each kind of problem', () => {
		const cases: [unknown, string][] = [
			[{ name: '' }, 'The scenario: Scenario name must not be empty.'],
			[
				{ currency: 'usd', roles: [{}] },
				'The scenario: Currency must be a three-letter currency code in capitals, such as USD or EUR.'
			],
			[{ roles: [] }, 'The scenario: Roles needs at least 1 role.'],
			[
				{ roles: [{ headcount: 1.5 }] },
				'The scenario, role 1: People needed must be a whole number.'
			],
			[{ settings: { horizonMonths: 'NaN' } }, 'The scenario, settings: Horizon must be a number.'],
			[
				{ roles: [{ name: 'R', buy: { rampCurve: 'zigzag' } }] },
				'The scenario, role 1 (\u201cR\u201d), Recruit: Ramp shape must be one of "linear", "s-curve", "stepped".'
			],
			[
				{ roles: [{ build: { skills: [{ name: 'SQL', currentLevel: 4, requiredLevel: 2 }] } }] },
				'The scenario, role 1, Upskill, skill 1 (\u201cSQL\u201d): Required level must not be below the current level.'
			],
			[
				{ roles: [{ build: { skills: [{ currentLevel: 1 }] } }] },
				'The scenario, role 1, Upskill, skill 1: Skill name is missing.'
			],
			[
				{ settings: { horizonMonths: 12 }, roles: [{ neededFromMonth: 20 }] },
				'The scenario, role 1: Needed from month must be within the horizon.'
			],
			[
				{ roles: [{ borrow: { billRatePerDay: 1e300 } }] },
				'The scenario, role 1, Contract: Contractor day rate must be at most 10,000,000.'
			],
			[
				{ currency: 'GBP', roles: [{ borrow: { billRatePerDay: 1e300 } }] },
				'The scenario, role 1, Contract: Contractor day rate must be at most \u00a310,000,000 per day.'
			]
		];
		for (const [scenario, message] of cases) {
			const result = parseScenarioFile(JSON.stringify({ roles: [{}], ...(scenario as object) }));
			const error = expectError(result, 'invalid-scenario');
			expect(messageForImportError(error, en).replace(/ \(\d+ more problems?.*$/, '')).toBe(
				message
			);
		}
	});

	it('a missing scenario inside an entry', () => {
		const error = expectError(
			parseScenarioFile(fileText([{ id: 'x', name: 'Lost' }])),
			'invalid-scenario'
		);
		expect(messageForImportError(error, en)).toBe(
			'The scenario \u201cLost\u201d: The scenario data is missing or is not a group of fields.'
		);
	});

	it('counts every invalid scenario', () => {
		const bad = { scenario: { roles: [] } };
		const error = expectError(
			parseScenarioFile(fileText([bad, { scenario: {} }, bad])),
			'invalid-scenario'
		);
		expect(error).toMatchObject({ index: 0, invalidCount: 2, total: 3 });
		expect(messageForImportError(error, en)).toContain('2 of 3 scenarios have problems.');
	});

	it('non-string input is reported, not thrown', () => {
		expect(parseScenarioFile(undefined as unknown as string).ok).toBe(false);
		expect(parseScenarioFile(42 as unknown as string).ok).toBe(false);
	});
});

describe('restoring metadata', () => {
	it('replaces duplicate, missing and unusable ids, names and timestamps', () => {
		const text = fileText([
			{ id: 'same', name: 'A', scenario: {} },
			{ id: 'same', name: 7, createdAt: 'yesterday', scenario: { name: 'B' } },
			{ scenario: {} }
		]);
		const result = parseScenarioFile(text, { newId: counter(), now: NOW });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenarios.map((s) => s.id)).toEqual(['same', 'id-1', 'id-2']);
		expect(result.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'Untitled scenario']);
		expect(result.scenarios[1].createdAt).toBe(NOW.toISOString());
		expect(result.warnings).toEqual([
			{ code: 'metadata-restored', index: 1, fields: ['id', 'name', 'createdAt'] }
		]);
	});
});

describe('prototype pollution', () => {
	it('drops __proto__, constructor and prototype keys and never pollutes Object.prototype', () => {
		const text = `{
			"__proto__": { "polluted": "yes" },
			"format": "${SCENARIO_FILE_FORMAT}", "version": 1,
			"scenarios": [{
				"id": "p", "__proto__": { "polluted": "yes" },
				"scenario": {
					"__proto__": { "polluted": "yes" },
					"constructor": { "prototype": { "polluted": "yes" } },
					"settings": { "__proto__": { "horizonMonths": 3 } },
					"roles": [{ "name": "R", "__proto__": { "polluted": "yes" } }]
				}
			}]
		}`;
		const result = parseScenarioFile(text);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const s = result.scenarios[0].scenario;
		expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(s.settings)).toBe(Object.prototype);
		expect(s.settings.horizonMonths).toBe(36);
		expect((s as unknown as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.hasOwn(s, 'constructor')).toBe(false);
		expect(result.warnings).toContainEqual({ code: 'unsafe-keys-removed', count: 6 });
	});

	it('removeUnsafeKeys handles deep nesting without recursion', () => {
		const deep = JSON.parse('['.repeat(100_000) + '{"__proto__":1}' + ']'.repeat(100_000));
		expect(removeUnsafeKeys(deep)).toBe(1);
	});
});

describe('names are text', () => {
	it('keeps HTML and script in names as plain strings', () => {
		const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const result = parseScenarioFile(JSON.stringify({ name, roles: [{ name }] }));
		expect(result.ok && result.scenarios[0].scenario.name).toBe(name);
		expect(result.ok && result.scenarios[0].scenario.roles[0].name).toBe(name);
	});
});

describe('utf8ByteLength', () => {
	it('counts UTF-8 bytes', () => {
		expect(utf8ByteLength('abc')).toBe(3);
		expect(utf8ByteLength('\u00e9')).toBe(2);
		expect(utf8ByteLength('\u20ac')).toBe(3);
		expect(utf8ByteLength('\u{1f600}')).toBe(4);
		expect(utf8ByteLength('a\u{1f600}\u20ac')).toBe(
			new TextEncoder().encode('a\u{1f600}\u20ac').length
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Fuzzing: whatever comes in, the parser answers with valid scenarios or a typed error.

const ERROR_CODES = new Set<string>([
	'not-json',
	'empty',
	'too-large',
	'wrong-format',
	'future-version',
	'too-many-scenarios',
	'no-scenarios',
	'malformed-file',
	'invalid-scenario'
]);

function checkResult(result: ParseFileResult): void {
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	if (result.ok) {
		expect(result.scenarios.length).toBeGreaterThan(0);
		const ids = new Set(result.scenarios.map((s) => s.id));
		expect(ids.size).toBe(result.scenarios.length);
		for (const s of result.scenarios) {
			expect(ScenarioSchema.safeParse(s.scenario).success).toBe(true);
			expect(typeof s.name).toBe('string');
			expect(Number.isFinite(Date.parse(s.createdAt))).toBe(true);
			expect(Number.isFinite(Date.parse(s.updatedAt))).toBe(true);
		}
	} else {
		// 'unexpected' would mean a bug was caught: the fuzzer must never reach it.
		expect(ERROR_CODES.has(result.error.code)).toBe(true);
		expect(messageForImportError(result.error, en).length).toBeGreaterThan(5);
	}
}

const VALID_FILE = JSON.parse(
	serializeScenarioFile(buildScenarioFile(presetScenarios(), '1.0.0', NOW))
) as unknown;

type Path = (string | number)[];
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	out.push(prefix);
	if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
	else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
	}
	return out;
}

const nastyValue = fc.oneof(
	fc.constantFrom(
		null,
		'',
		'NaN',
		'Infinity',
		'-1',
		'1e999',
		1e308,
		-1e308,
		-1,
		0,
		0.5,
		1.5,
		2 ** 53,
		true,
		[],
		{},
		'__proto__',
		{ __proto__: { polluted: 1 } },
		'x'.repeat(500)
	),
	fc.jsonValue({ maxDepth: 3 })
);
const mutation = fc.record({
	at: fc.nat(),
	kind: fc.constantFrom('delete', 'replace', 'replace'),
	value: nastyValue
});

function mutate(base: unknown, mutations: { at: number; kind: string; value: unknown }[]): unknown {
	const copy = structuredClone(base);
	let root: unknown = copy;
	for (const m of mutations) {
		const paths = pathsOf(root);
		const path = paths[m.at % paths.length];
		if (path.length === 0) {
			root = m.kind === 'delete' ? undefined : m.value;
			continue;
		}
		let parent = root as Record<string | number, unknown>;
		for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
		const key = path[path.length - 1];
		if (m.kind === 'delete') {
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete parent[key];
		} else parent[key] = structuredClone(m.value);
	}
	return root;
}

describe('fuzz: parseScenarioFile never throws', { timeout: fuzzRuns(60_000) }, () => {
	it('random strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
				checkResult(parseScenarioFile(text));
			}),
			{ numRuns: fuzzRuns(500) }
		);
	});

	it('random JSON values', () => {
		fc.assert(
			fc.property(fc.json({ maxDepth: 4 }), (text) => {
				checkResult(parseScenarioFile(text));
			}),
			{ numRuns: fuzzRuns(500) }
		);
	});

	it('random JSON inside the wrapper and as a bare scenario', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, wrap) => {
				const text = wrap
					? fileText([{ scenario: value }, value])
					: JSON.stringify({ roles: value, settings: value });
				checkResult(parseScenarioFile(text));
			}),
			{ numRuns: fuzzRuns(300) }
		);
	});

	it('mutated valid files', () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
				const text = JSON.stringify(mutate(VALID_FILE, mutations)) ?? '';
				checkResult(parseScenarioFile(text));
			}),
			{ numRuns: fuzzRuns(400) }
		);
	});

	it('round trip holds for arbitrary valid names and ids', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(
					fc.record({
						id: fc.uuid(),
						name: fc
							.string({ minLength: 1, maxLength: 40 })
							.filter((s) => s.trim() === s && s !== '')
					}),
					{ minLength: 1, maxLength: 5, selector: (r) => r.id }
				),
				(entries) => {
					const list = entries.map((e, i) => ({
						...stored(createScenario({ name: e.name }), i),
						id: e.id,
						name: e.name
					}));
					const result = parseScenarioFile(
						serializeScenarioFile(buildScenarioFile(list, 'v', NOW))
					);
					expect(result.ok && result.scenarios).toEqual(list);
				}
			),
			{ numRuns: fuzzRuns(100) }
		);
	});
});
