/**
 * A keystroke's check (`parseScenarioAfter`, which parses only the part that changed) against the
 * whole parse, on drafts made as the workspace makes them (`withAtPath`, sharing what did not
 * change): for any valid scenario and any edit, valid or not, of one field or several, the two give
 * the same result, issues included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createScenario,
	FIELD_KEYS,
	parseScenario,
	parseScenarioAfter,
	pathOf,
	PRESETS,
	type Scenario,
	type ValidDraft
} from '../model/index.ts';
import { plainCopy, withAtPath, type Path } from './draft.ts';

/** A draft with `value` at `path`, sharing every other part with `draft` (as `setField` makes it). */
const withAt = (draft: unknown, path: Path, value: unknown): unknown =>
	withAtPath(draft, path, value) ?? draft;

/** A valid scenario as the last check left it: its draft and itself. */
const validDraft = (scenario: Scenario): ValidDraft => ({ draft: plainCopy(scenario), scenario });

/** What a person may type or a file may hold in a field: in range, out of it, the wrong kind. */
const anyValue = fc.oneof(
	fc.integer({ min: -5, max: 400 }),
	fc.double({ min: -1, max: 2, noNaN: true }),
	fc.constantFrom(0, 1, 12, 36, 120, 1e9, Number.NaN, null, '', 'x', true, 'benchmark', 'itemised')
);

const scenarioOf = (roles: number, horizon: number): Scenario =>
	createScenario({
		settings: { horizonMonths: horizon },
		roles: Array.from({ length: roles }, (_, i) => ({
			...PRESETS[i % PRESETS.length].role(),
			neededFromMonth: Math.min(i, horizon - 1)
		}))
	});

/** One edit: a field of the scenario, its settings or a role (its path), and the value set. */
const edit = (roles: number) =>
	fc.record({
		key: fc.constantFrom(...FIELD_KEYS),
		role: fc.integer({ min: 0, max: roles - 1 }),
		value: anyValue
	});

describe('parseScenarioAfter', () => {
	it('gives what the whole parse gives, for a chain of edits of one part or several', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }),
				fc.constantFrom(12, 36, 120),
				fc
					.integer({ min: 1, max: 4 })
					.chain((n) => fc.array(edit(4), { minLength: 1, maxLength: 6 }).map((e) => ({ n, e }))),
				(roles, horizon, { n, e }) => {
					let last = validDraft(scenarioOf(roles, horizon));
					let draft = last.draft;
					// Edits in groups of n between checks: one part or several changed at a time.
					for (let i = 0; i < e.length; i += n) {
						for (const { key, role, value } of e.slice(i, i + n))
							draft = withAt(draft, pathOf(key, role % roles), value);
						const whole = parseScenario(draft);
						const after = parseScenarioAfter(draft, last);
						expect(after).toEqual(whole);
						if (whole.ok) last = { draft, scenario: whole.scenario };
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it.each([0, 1, 2])(
		'parses only the role that changed (role %i), and shares the others with the last scenario',
		(changed) => {
			const last = validDraft(scenarioOf(3, 36));
			const { scenario } = last;
			const next = withAt(last.draft, ['roles', changed, 'buy', 'timeToFillDays'], 60);
			const after = parseScenarioAfter(next, last);
			expect(after.ok).toBe(true);
			if (!after.ok) return;
			expect(after.scenario.roles[changed].buy.timeToFillDays).toBe(60);
			for (const other of [0, 1, 2].filter((i) => i !== changed))
				expect(after.scenario.roles[other]).toBe(scenario.roles[other]);
			expect(after.scenario.settings).toBe(scenario.settings);
		}
	);

	it('parses only the settings when they alone changed', () => {
		const last = validDraft(scenarioOf(2, 36));
		const next = withAt(last.draft, ['settings', 'discountRatePerYear'], 0.1);
		const after = parseScenarioAfter(next, last);
		expect(after).toEqual(parseScenario(next));
		if (after.ok) expect(after.scenario.roles).toBe(last.scenario.roles);
	});

	it('takes the whole parse for a change across parts, and for an invalid one', () => {
		const last = validDraft(scenarioOf(2, 36));
		const { draft, scenario } = last;
		// A horizon before a role's start: an issue on the role, from a change to the settings.
		const shorter = withAt(draft, ['settings', 'horizonMonths'], 1);
		const r1 = parseScenarioAfter(shorter, last);
		expect(r1).toEqual(parseScenario(shorter));
		expect(r1.ok).toBe(false);
		if (!r1.ok) expect(r1.issues.map((i) => i.path.join('.'))).toContain('roles.1.neededFromMonth');
		const bad = withAt(draft, ['roles', 0, 'headcount'], -1);
		expect(parseScenarioAfter(bad, last)).toEqual(parseScenario(bad));
		const renamed = withAt(withAt(draft, ['name'], 'B'), ['roles', 0, 'headcount'], 2);
		const r3 = parseScenarioAfter(renamed, last);
		expect(r3).toEqual(parseScenario(renamed));
		if (r3.ok) expect(r3.scenario.roles[1]).not.toBe(scenario.roles[1]);
	});
});
