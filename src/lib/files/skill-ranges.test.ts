/**
 * A skill's study hours with a range (issue 11.1: "ranges are part of the scenario: share links,
 * files, compare"): the range under the skill's path survives a share link and a scenario file,
 * shows in a comparison as a three-point value, and a malformed one in a file is refused with the
 * path named.
 */
import { describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../model/index.ts';
import { diffInputs, isRangedValue } from '../model/compare.ts';
import { decodeShareFragment, encodeShareFragment } from './share-link.ts';
import { buildScenarioFile, parseScenarioFile, serializeScenarioFile } from './scenario-file.ts';

const PATH = 'build.skills.1.hoursPerLevel';

function withSkillRange(low = 30, high = 90): Scenario {
	const s = createScenario({ name: 'Skills' });
	s.roles[0].build.skills[1].hoursPerLevel = 50;
	s.roles[0].ranges = { [PATH]: { low, high } };
	return s;
}

function fileText(scenario: Scenario): string {
	const at = '2026-12-02T05:00:00.000Z';
	return serializeScenarioFile(
		buildScenarioFile(
			[{ id: 'a', name: scenario.name, createdAt: at, updatedAt: at, scenario }],
			'test',
			new Date(at)
		)
	);
}

describe('a skill range', () => {
	it('survives a share link', async () => {
		const decoded = await decodeShareFragment(await encodeShareFragment(withSkillRange()));
		expect(decoded.ok && decoded.scenario.roles[0].ranges[PATH]).toEqual({ low: 30, high: 90 });
	});

	it('survives a scenario file', () => {
		const parsed = parseScenarioFile(fileText(withSkillRange()));
		expect(parsed.ok && parsed.scenarios[0].scenario.roles[0].ranges[PATH]).toEqual({
			low: 30,
			high: 90
		});
	});

	it('is compared as low – likely – high at the skill’s hours', () => {
		const diff = diffInputs([withSkillRange(), withSkillRange(20, 90)]);
		const row = diff.find((d) => d.path.join('.') === `roles.0.${PATH}`);
		expect(row).toBeDefined();
		expect(row!.values.every(isRangedValue)).toBe(true);
		expect(row!.values).toEqual([
			{ ranged: true, low: 30, likely: 50, high: 90 },
			{ ranged: true, low: 20, likely: 50, high: 90 }
		]);
	});

	it('in a file, with a low above the likely hours, is refused with its path named', () => {
		const parsed = parseScenarioFile(fileText(withSkillRange(60, 90)));
		expect(parsed.ok).toBe(false);
		expect(JSON.stringify(parsed)).toContain(PATH);
	});
});
