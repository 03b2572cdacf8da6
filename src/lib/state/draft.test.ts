import { afterEach, describe, expect, it } from 'vitest';
import { createRole, createScenario, parseScenario } from '../model/index.ts';
import {
	cloneDraft,
	getAtPath,
	normalizeDraft,
	parseNumberInput,
	pathKey,
	plainCopy,
	roleShape,
	scenarioShape,
	setAtPath,
	withAtPath
} from './draft.ts';
import { de, en } from '../i18n/messages-all.ts';

/** The one issue that parsing `data` produces (fails the test if there is not exactly one). */
describe('parseNumberInput', () => {
	it('reads plain and grouped numbers in en-US', () => {
		expect(parseNumberInput('80000', 'en-US')).toBe(80000);
		expect(parseNumberInput('80,000', 'en-US')).toBe(80000);
		expect(parseNumberInput('1,234,567.5', 'en-US')).toBe(1234567.5);
		expect(parseNumberInput('80 000', 'en-US')).toBe(80000);
		expect(parseNumberInput('80\u00a0000', 'en-US')).toBe(80000);
		expect(parseNumberInput('2.5', 'en-US')).toBe(2.5);
		expect(parseNumberInput('.5', 'en-US')).toBe(0.5);
		expect(parseNumberInput('  42  ', 'en-US')).toBe(42);
	});

	it('does not read "1,5" in en-US as 15 (nor as 1.5): it stays text for validation', () => {
		expect(parseNumberInput('1,5', 'en-US')).toBe('1,5');
		expect(parseNumberInput('1,50', 'en-US')).toBe('1,50');
		expect(parseNumberInput('12,34,567', 'en-US')).toBe('12,34,567');
		// A German-style number in en-US is not silently 1.2345.
		expect(parseNumberInput('1.234,5', 'en-US')).toBe('1.234,5');
	});

	it('reads decimal commas and dot groups in de-DE', () => {
		expect(parseNumberInput('1,5', 'de-DE')).toBe(1.5);
		expect(parseNumberInput('1.234,5', 'de-DE')).toBe(1234.5);
		expect(parseNumberInput('1.234.567', 'de-DE')).toBe(1234567);
		expect(parseNumberInput('1.234.567,89', 'de-DE')).toBeCloseTo(1234567.89, 9);
		expect(parseNumberInput('80 000', 'de-DE')).toBe(80000);
		expect(parseNumberInput('0,08', 'de-DE')).toBe(0.08);
		// A lone dot that is not a thousands group stays a decimal point.
		expect(parseNumberInput('2.5', 'de-DE')).toBe(2.5);
		// An English grouped number in de-DE is not guessed at.
		expect(parseNumberInput('1,234.5', 'de-DE')).toBe('1,234.5');
	});

	it('reads apostrophe groups in de-CH, where the decimal is a point', () => {
		expect(parseNumberInput("1'234.5", 'de-CH')).toBe(1234.5);
		expect(parseNumberInput("1'234'567", 'de-CH')).toBe(1234567);
		expect(parseNumberInput('2.5', 'de-CH')).toBe(2.5);
		expect(parseNumberInput('1,234.5', 'de-CH')).toBe(1234.5);
	});

	it('reads narrow and plain spaces and the decimal comma in fr-FR', () => {
		expect(parseNumberInput('1\u202f234,5', 'fr-FR')).toBe(1234.5);
		expect(parseNumberInput('1\u00a0234,5', 'fr-FR')).toBe(1234.5);
		expect(parseNumberInput('1 234 567', 'fr-FR')).toBe(1234567);
		expect(parseNumberInput('0,5', 'fr-FR')).toBe(0.5);
		// What fr-FR itself prints parses back.
		const shown = new Intl.NumberFormat('fr-FR').format(1234567.5);
		expect(parseNumberInput(shown, 'fr-FR')).toBe(1234567.5);
	});

	it('parses back what each locale prints', () => {
		for (const locale of ['en-US', 'de-DE', 'de-CH', 'fr-FR']) {
			const shown = new Intl.NumberFormat(locale).format(-9876543.25);
			expect(parseNumberInput(shown, locale), `${locale}: ${shown}`).toBe(-9876543.25);
		}
	});

	it("returns '' for an empty or blank field", () => {
		expect(parseNumberInput('', 'en-US')).toBe('');
		expect(parseNumberInput('   ', 'de-DE')).toBe('');
		expect(parseNumberInput('\t', 'fr-FR')).toBe('');
	});

	it('returns the trimmed raw text for anything that is not a number', () => {
		expect(parseNumberInput('abc', 'en-US')).toBe('abc');
		expect(parseNumberInput(' 12abc ', 'en-US')).toBe('12abc');
		expect(parseNumberInput('80k', 'de-DE')).toBe('80k');
		expect(parseNumberInput('1.2.3', 'en-US')).toBe('1.2.3');
		expect(parseNumberInput('--5', 'en-US')).toBe('--5');
		expect(parseNumberInput('-', 'en-US')).toBe('-');
		expect(parseNumberInput('.', 'en-US')).toBe('.');
		expect(parseNumberInput('NaN', 'en-US')).toBe('NaN');
		expect(parseNumberInput('Infinity', 'en-US')).toBe('Infinity');
		expect(parseNumberInput('0x10', 'en-US')).toBe('0x10');
	});

	it('reads exponents, and keeps an overflowing one as text', () => {
		expect(parseNumberInput('1e3', 'en-US')).toBe(1000);
		expect(parseNumberInput('2.5E-2', 'en-US')).toBe(0.025);
		expect(parseNumberInput('1,5e3', 'de-DE')).toBe(1500);
		expect(parseNumberInput('1e400', 'en-US')).toBe('1e400');
		expect(parseNumberInput('1e', 'en-US')).toBe('1e');
	});

	it('reads a leading minus', () => {
		expect(parseNumberInput('-5', 'en-US')).toBe(-5);
		expect(parseNumberInput('-1,234.5', 'en-US')).toBe(-1234.5);
		expect(parseNumberInput('-1.234,5', 'de-DE')).toBe(-1234.5);
		expect(parseNumberInput('-0,5', 'fr-FR')).toBe(-0.5);
		expect(parseNumberInput("-1'000", 'de-CH')).toBe(-1000);
	});
});

describe('pathKey', () => {
	it('joins a path with dots', () => {
		expect(pathKey(['roles', 0, 'buy', 'timeToFillDays'])).toBe('roles.0.buy.timeToFillDays');
		expect(pathKey([])).toBe('');
	});
});

describe('setAtPath and getAtPath', () => {
	afterEach(() => {
		// Belt and braces: whatever a test did, the shared prototype must be clean.
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('sets and reads nested object and array values', () => {
		const draft = normalizeDraft(createScenario());
		setAtPath(draft, ['roles', 0, 'buy', 'timeToFillDays'], '60x');
		expect(draft.roles[0].buy.timeToFillDays).toBe('60x');
		expect(getAtPath(draft, ['roles', 0, 'buy', 'timeToFillDays'])).toBe('60x');
		setAtPath(draft, ['roles', 0, 'build', 'skills', 1, 'requiredLevel'], 5);
		expect(draft.roles[0].build.skills[1].requiredLevel).toBe(5);
		setAtPath(draft, ['name'], 'Renamed');
		expect(getAtPath(draft, ['name'])).toBe('Renamed');
	});

	it('does nothing (and does not throw) when the path runs through a missing or primitive node', () => {
		const target: Record<string, unknown> = { a: 5, b: null };
		setAtPath(target, ['x', 'y'], 1);
		setAtPath(target, ['a', 'y'], 1);
		setAtPath(target, ['b', 'y'], 1);
		expect(target).toEqual({ a: 5, b: null });
	});

	it('reads undefined through missing, null and primitive nodes', () => {
		const source = { a: { b: [10, 20] }, n: null, s: 'text' };
		expect(getAtPath(source, ['a', 'b', 1])).toBe(20);
		expect(getAtPath(source, ['a', 'c', 'd'])).toBeUndefined();
		expect(getAtPath(source, ['n', 'x'])).toBeUndefined();
		expect(getAtPath(source, ['s', 'length'])).toBeUndefined();
		expect(getAtPath(null, ['a'])).toBeUndefined();
		expect(getAtPath(source, [])).toBe(source);
	});

	it('refuses __proto__, constructor and prototype anywhere in the path', () => {
		const target: Record<string, unknown> = { a: {} };
		setAtPath(target, ['__proto__', 'polluted'], true);
		setAtPath(target, ['constructor', 'prototype', 'polluted'], true);
		setAtPath(target, ['a', 'constructor', 'prototype', 'polluted'], true);
		setAtPath(target, ['a', '__proto__'], { polluted: true });
		setAtPath(target, ['prototype'], { polluted: true });
		setAtPath(target, ['constructor'], 'x');
		const parsed = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
		setAtPath(parsed, ['__proto__', 'polluted'], true);

		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(target.a)).toBe(Object.prototype);
		expect(Object.keys(target)).toEqual(['a']);
		expect(target.a).toEqual({});
		expect(Object.hasOwn(target, 'prototype')).toBe(false);
		expect(Object.hasOwn(target, 'constructor')).toBe(false);
		expect(typeof target.constructor).toBe('function');
	});
});

describe('normalizeDraft', () => {
	it('shares nothing between drafts or with its templates (they are made once)', () => {
		const templates = () => ({ scenario: scenarioShape(), role: roleShape() });
		const pristine = JSON.stringify(templates());
		const a = normalizeDraft({});
		const b = normalizeDraft({ roles: [{ name: 'Only a name' }] });
		const c = normalizeDraft({ settings: {} });
		for (const d of [a, b, c]) {
			d.roles[0].buy.timeToFillDays = 'edited';
			d.roles[0].build.skills.push({
				name: 'New',
				currentLevel: 0,
				requiredLevel: 1,
				hoursPerLevel: 1
			});
			d.roles[0].build.skills[0].name = 'Renamed';
			d.settings.simulation.runs = -1;
			d.roles.push(d.roles[0]);
		}
		expect(JSON.stringify(templates())).toBe(pristine);
		const fresh = normalizeDraft({});
		expect(fresh).toEqual(normalizeDraft(createScenario()));
		expect(fresh.roles).toHaveLength(1);
		expect(fresh.roles[0].build.skills.map((s) => s.name)).not.toContain('Renamed');
		expect(createRole()).toEqual(roleShape());
	});

	it('keeps the preset a role was started from (its help shows the preset values)', () => {
		const draft = normalizeDraft({ roles: [{ name: 'ML', preset: 'ml-engineer' }] });
		expect((draft.roles[0] as { preset?: string }).preset).toBe('ml-engineer');
		expect('preset' in normalizeDraft({ roles: [{ name: 'X' }] }).roles[0]).toBe(false);
	});

	afterEach(() => {
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it("keeps a role's plan (its mix), values as they were; garbage or none stays null", () => {
		const plan = { buy: 1, build: 2, borrow: 0, bridgedBuy: 1, bridgedBuild: 'x' };
		const draft = normalizeDraft({ roles: [{ name: 'R', headcount: 3, plan }] });
		expect(draft.roles[0].plan).toEqual(plan);
		// Stored and read back (storage, files, links all normalise): still valid, still the mix.
		const valid = normalizeDraft(
			createScenario({
				roles: [
					{ headcount: 3, plan: { buy: 1, build: 2, borrow: 0, bridgedBuy: 0, bridgedBuild: 0 } }
				]
			})
		);
		const parsed = parseScenario(valid);
		expect(parsed.ok && parsed.scenario.roles[0].plan).toEqual({
			buy: 1,
			build: 2,
			borrow: 0,
			bridgedBuy: 0,
			bridgedBuild: 0
		});
		expect(normalizeDraft({ roles: [{ plan: 5 }] }).roles[0].plan).toBeNull();
		expect(normalizeDraft({ roles: [{}] }).roles[0].plan).toBeNull();
		const odd = normalizeDraft({ roles: [{ plan: JSON.parse('{"__proto__":{"polluted":1}}') }] });
		expect(Object.keys(odd.roles[0].plan ?? {})).not.toContain('__proto__');
	});

	it("keeps a role's ranges (risk), values as they were so invalid ones still show their message", () => {
		const ranges = {
			'buy.timeToFillDays': { low: 30, high: 90 },
			'build.successProbability': { low: 'x', high: 0.9 }
		};
		const draft = normalizeDraft({ roles: [{ name: 'R', ranges }] });
		expect(draft.roles[0].ranges).toEqual(ranges);
		const valid = normalizeDraft(
			createScenario({ roles: [{ ranges: { 'buy.rampWeeks': { low: 10, high: 40 } } }] })
		);
		const parsed = parseScenario(valid);
		expect(parsed.ok && parsed.scenario.roles[0].ranges).toEqual({
			'buy.rampWeeks': { low: 10, high: 40 }
		});
		// Garbage instead of ranges or of one range becomes empty; prototype keys never survive.
		expect(normalizeDraft({ roles: [{ ranges: 5 }] }).roles[0].ranges).toEqual({});
		const odd = normalizeDraft(
			JSON.parse('{"roles":[{"ranges":{"__proto__":{"polluted":1},"a":7,"b":{"low":1,"x":2}}}]}')
		).roles[0].ranges as Record<string, unknown>;
		expect(Object.keys(odd)).toEqual(['b']);
		expect(odd.b).toEqual({ low: 1, high: null });
	});

	it('is the default scenario for an empty object and for garbage at the top level', () => {
		const defaults = createScenario();
		for (const garbage of [{}, null, undefined, 42, 'text', true, [], [1, 2]]) {
			expect(normalizeDraft(garbage), JSON.stringify(garbage)).toEqual(defaults);
		}
	});

	it('keeps a valid scenario as it is', () => {
		const scenario = createScenario({
			name: 'Two roles',
			roles: [{ name: 'A', headcount: 2 }, { name: 'B' }]
		});
		expect(normalizeDraft(cloneDraft(scenario))).toEqual(scenario);
	});

	it('fills missing fields from the defaults at every level', () => {
		const d = normalizeDraft({
			name: 'Partial',
			settings: { horizonMonths: 24 },
			roles: [
				{ name: 'Engineer', buy: { timeToFillDays: 60 }, build: { skills: [{ name: 'Go' }] } }
			]
		});
		const defaults = createScenario();
		const role = createRole();
		expect(d.name).toBe('Partial');
		expect(d.currency).toBe('USD');
		expect(d.settings).toEqual({ ...defaults.settings, horizonMonths: 24 });
		expect(d.roles).toHaveLength(1);
		expect(d.roles[0].name).toBe('Engineer');
		expect(d.roles[0].headcount).toBe(3);
		expect(d.roles[0].buy).toEqual({ ...role.buy, timeToFillDays: 60 });
		expect(d.roles[0].borrow).toEqual(role.borrow);
		expect(d.roles[0].build.skills).toEqual([
			{ name: 'Go', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 40 }
		]);
		expect(d.roles[0].build.trainingMonthsOverride).toBeNull();
		// Filled in, the draft is a valid scenario.
		expect(parseScenario(d).ok).toBe(true);
	});

	it('drops unknown keys at every level, __proto__ included', () => {
		const input = JSON.parse(
			JSON.stringify({
				extra: 1,
				settings: { bogus: 2 },
				roles: [{ junk: 3, buy: { nope: 4 }, build: { skills: [{ name: 'SQL', odd: 5 }] } }]
			}).replace('{"extra"', '{"__proto__":{"polluted":true},"extra"')
		) as unknown;
		const d = normalizeDraft(input) as unknown as Record<string, unknown>;
		expect(Object.keys(d)).toEqual(['name', 'currency', 'locale', 'settings', 'roles']);
		expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
		expect(d).not.toHaveProperty('extra');
		expect(d.settings).not.toHaveProperty('bogus');
		const role = (d.roles as Record<string, unknown>[])[0];
		expect(role).not.toHaveProperty('junk');
		expect(role.buy).not.toHaveProperty('nope');
		const skill = (role.build as { skills: Record<string, unknown>[] }).skills[0];
		expect(Object.keys(skill).sort()).toEqual(
			['currentLevel', 'hoursPerLevel', 'name', 'requiredLevel'].sort()
		);
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('keeps invalid primitive values so validation can show them', () => {
		const d = normalizeDraft({
			name: '',
			currency: 'euro',
			settings: { horizonMonths: 'abc', includeBorrow: 'yes', discountRatePerYear: -1 },
			roles: [
				{
					headcount: -2,
					salaryPerYear: '80k',
					neededFromMonth: null,
					buy: { rampCurve: 'wavy' },
					build: { skills: [{ currentLevel: 9, requiredLevel: 'x' }] }
				}
			]
		});
		expect(d.name).toBe('');
		expect(d.currency).toBe('euro');
		expect(d.settings.horizonMonths).toBe('abc');
		expect(d.settings.includeBorrow).toBe('yes');
		expect(d.settings.discountRatePerYear).toBe(-1);
		expect(d.roles[0].headcount).toBe(-2);
		expect(d.roles[0].salaryPerYear).toBe('80k');
		expect(d.roles[0].neededFromMonth).toBeNull();
		expect(d.roles[0].buy.rampCurve).toBe('wavy');
		expect(d.roles[0].build.skills[0].currentLevel).toBe(9);
		expect(d.roles[0].build.skills[0].requiredLevel).toBe('x');
		const r = parseScenario(d);
		expect(r.ok).toBe(false);
	});

	it('replaces objects and arrays found where a primitive belongs by the default', () => {
		const d = normalizeDraft({
			name: { first: 'x' },
			currency: ['EUR'],
			roles: [{ headcount: { n: 3 }, build: { trainingMonthsOverride: { months: 4 } } }]
		});
		expect(d.name).toBe('Untitled scenario');
		expect(d.currency).toBe('USD');
		expect(d.roles[0].headcount).toBe(3);
		expect(d.roles[0].build.trainingMonthsOverride).toBeNull();
	});

	it('survives null, arrays and numbers in place of objects at any level', () => {
		const defaults = createScenario();
		const role = createRole();
		const d = normalizeDraft({
			settings: null,
			roles: [null, 7, [], 'role', { buy: [], build: null, borrow: 3 }]
		});
		expect(d.settings).toEqual(defaults.settings);
		expect(d.roles).toHaveLength(5);
		for (const r of d.roles) expect(r).toEqual({ ...role, name: 'Role' });
		expect(parseScenario(d).ok).toBe(true);

		expect(normalizeDraft({ settings: [1, 2], roles: 'many' })).toEqual(defaults);
		expect(normalizeDraft({ settings: 12 }).settings).toEqual(defaults.settings);
	});

	it('repairs skill lists: garbage skills become default skills, a non-list the default skills', () => {
		const d = normalizeDraft({
			roles: [
				{ build: { skills: [null, 5, 'x', []] } },
				{ build: { skills: 'none' } },
				{ build: { skills: [] } }
			]
		});
		const skill = { name: 'Skill', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 40 };
		expect(d.roles[0].build.skills).toEqual([skill, skill, skill, skill]);
		expect(d.roles[1].build.skills).toEqual(createRole().build.skills);
		// An empty skill list is a valid choice and stays empty.
		expect(d.roles[2].build.skills).toEqual([]);
	});

	it('gives an empty role list the default role', () => {
		expect(normalizeDraft({ roles: [] }).roles).toEqual(createScenario().roles);
	});

	it('does not change its input, and the result shares no objects with it', () => {
		const input = {
			settings: { horizonMonths: 24 },
			roles: [{ name: 'A', build: { skills: [{ name: 'SQL' }] } }]
		};
		const before = JSON.stringify(input);
		const d = normalizeDraft(input);
		expect(JSON.stringify(input)).toBe(before);
		d.roles[0].build.skills[0].name = 'changed';
		d.settings.horizonMonths = 1;
		d.roles.push(d.roles[0]);
		expect(JSON.stringify(input)).toBe(before);
	});
});

describe('plainCopy and withAtPath (the per-keystroke path, no deep copy)', () => {
	it('plainCopy copies arrays and objects deeply and keeps primitives', () => {
		const draft = normalizeDraft({});
		const copy = plainCopy(draft);
		expect(copy).toEqual(draft);
		expect(copy.roles[0].build.skills).not.toBe(draft.roles[0].build.skills);
		copy.roles[0].build.skills[0].name = 'changed';
		expect(draft.roles[0].build.skills[0].name).toBe('SQL');
	});

	it('withAtPath gives what setAtPath on a copy gives, shares the rest, and leaves the source alone', () => {
		const source = normalizeDraft({ roles: [createRole(), createRole({ name: 'Two' })] });
		const before = JSON.stringify(source);
		const paths: [(string | number)[], unknown][] = [
			[['roles', 1, 'buy', 'timeToFillDays'], '4x'],
			[['roles', 0, 'build', 'skills', 2, 'hoursPerLevel'], 12],
			[['settings', 'horizonMonths'], 48],
			[['name'], 'Renamed'],
			[['roles', 0, 'ranges'], { 'buy.timeToFillDays': { low: 10, high: 90 } }]
		];
		for (const [path, value] of paths) {
			const next = withAtPath(source, path, value)!;
			const expected = cloneDraft(source);
			setAtPath(expected, path, value);
			expect(next).toEqual(expected);
			expect(JSON.stringify(source)).toBe(before);
			// Branches off the path are the same objects.
			expect(next.settings === source.settings).toBe(path[0] !== 'settings');
			if (path[0] === 'roles')
				expect(next.roles[path[1] === 0 ? 1 : 0]).toBe(source.roles[path[1] === 0 ? 1 : 0]);
		}
		// A value object is copied, not shared with the caller.
		const ranges = { 'buy.timeToFillDays': { low: 1, high: 2 } };
		const next = withAtPath(source, ['roles', 0, 'ranges'], ranges)!;
		ranges['buy.timeToFillDays'].low = 5;
		expect(next.roles[0].ranges['buy.timeToFillDays']).toEqual({ low: 1, high: 2 });
	});

	it('withAtPath refuses what setAtPath refuses: unsafe keys, no object on the way, an empty path', () => {
		const source = normalizeDraft({});
		expect(withAtPath(source, ['__proto__', 'x'], 1)).toBeNull();
		expect(withAtPath(source, ['roles', 0, 'constructor'], 1)).toBeNull();
		expect(withAtPath(source, ['name', 'x'], 1)).toBeNull();
		expect(withAtPath(source, ['nope', 'x'], 1)).toBeNull();
		expect(withAtPath(source, [], 1)).toBeNull();
	});
});

describe('cloneDraft', () => {
	it('makes a deep copy', () => {
		const draft = normalizeDraft({});
		const copy = cloneDraft(draft);
		expect(copy).toEqual(draft);
		copy.roles[0].build.skills[0].name = 'changed';
		expect(draft.roles[0].build.skills[0].name).toBe('SQL');
	});
});

describe('parseNumberInput with scale words (issue 8.1)', () => {
	const EN = { words: en.numberWords };
	const DE = { words: de.numberWords };

	it('reads "80k" and "1.2m" in English', () => {
		expect(parseNumberInput('80k', 'en-US', EN)).toBe(80_000);
		expect(parseNumberInput('80K', 'en-GB', EN)).toBe(80_000);
		expect(parseNumberInput('1.2m', 'en-US', EN)).toBe(1_200_000);
		expect(parseNumberInput('1.2 M', 'en-US', EN)).toBe(1_200_000);
		expect(parseNumberInput('2.5bn', 'en-US', EN)).toBe(2_500_000_000);
		expect(parseNumberInput('150,5k', 'en-US', EN)).toBe('150,5k');
	});

	it('reads "80 Tsd." and "1,2 Mio." in German', () => {
		expect(parseNumberInput('80 Tsd.', 'de-DE', DE)).toBe(80_000);
		expect(parseNumberInput('80 tsd', 'de-DE', DE)).toBe(80_000);
		expect(parseNumberInput('1,2 Mio.', 'de-DE', DE)).toBe(1_200_000);
		expect(parseNumberInput('1,5 Mrd.', 'de-DE', DE)).toBe(1_500_000_000);
	});

	it('leaves words of the other language, and unknown words, as text for validation', () => {
		expect(parseNumberInput('1,2 Mio.', 'de-DE', EN)).toBe('1,2 Mio.');
		expect(parseNumberInput('80k', 'en-US')).toBe('80k');
		expect(parseNumberInput('80 apples', 'en-US', EN)).toBe('80 apples');
		expect(parseNumberInput('k', 'en-US', EN)).toBe('k');
	});

	it('never clamps: 99999999 people stays 99999999 for validation to refuse', () => {
		expect(parseNumberInput('99999999', 'en-US', EN)).toBe(99_999_999);
		const result = parseScenario({ roles: [{ headcount: 99_999_999 }] });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues[0]).toMatchObject({ code: 'too-big', maximum: 1000 });
	});

	it('accepts a trailing percent sign in percent fields only', () => {
		expect(parseNumberInput('90 %', 'en-US', { percent: true })).toBe(90);
		expect(parseNumberInput('90%', 'de-DE', { percent: true })).toBe(90);
		expect(parseNumberInput('90 %', 'en-US')).toBe('90 %');
	});
});
